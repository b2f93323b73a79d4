/**
 * Was the report filed within four business days of the Date of Report?
 * Only items with the four-day rule count (7.01 and 8.01 alone do not).
 */
import type { FilingModel } from '../model';
import { filingDeadline, withinCalendar, filingDateOfAcceptance, type Deadline } from '../calendar';
import { CURRENT_SCHEME_EFFECTIVE, currentItem } from '../data/items';
import { addDays } from '../dates';
import type { DiagnosticReport } from './report';

export interface DeadlineStatus {
  deadline: Deadline;
  /** The date the filing was made (FILED AS OF DATE, or derived from the acceptance time). */
  filedOn?: string;
  /** The date signed, when there is no filing date (a draft being written). */
  signedOn?: string;
  late?: boolean;
  /** True when at least one item runs on the four-business-day clock, and the filing is not an amendment. */
  applies: boolean;
  /** An 8-K/A: an amendment runs on the clock of what it adds, not four days from the event. */
  amendment: boolean;
}

/**
 * The four-business-day deadline and how the filing stands against it;
 * undefined without an event date, and for events before the rule took
 * effect (23 August 2004: the items before then had periods of their own).
 */
export function deadlineStatus(model: FilingModel): DeadlineStatus | undefined {
  const event = eventDate(model);
  if (!event || event < CURRENT_SCHEME_EFFECTIVE || !withinCalendar(event)) return undefined;
  const deadline = filingDeadline(event);
  const filedOn = filingDate(model);
  const signedOn = model.signatures?.date?.value;
  const amendment = isAmendment(model);
  const applies = !amendment && fourDayRuleApplies(model);
  const late = filedOn ? filedOn > deadline.dueDate : undefined;
  return { deadline, filedOn, signedOn, late, applies, amendment };
}

/** The date the deadline counts from: the Date of Report, else the header's period. */
function eventDate(model: FilingModel): string | undefined {
  return model.cover?.dateOfReport?.value ?? model.header?.periodOfReport?.value;
}

/** FILED AS OF DATE, or the filing date of the acceptance time. */
function filingDate(model: FilingModel): string | undefined {
  const acceptance = model.header?.acceptanceDateTime?.value;
  return model.header?.filedAsOf?.value ?? (acceptance ? filingDateOfAcceptance(acceptance) : undefined);
}

/** Form 8-K/A (the form type as the filing or its header gives it). */
function isAmendment(model: FilingModel): boolean {
  return /\/A$/i.test(model.form ?? '');
}

function fourDayRuleApplies(model: FilingModel): boolean {
  return (
    model.items.length === 0 ||
    model.items.some((i) => i.scheme === 'legacy' || currentItem(i.number)?.deadline === 'four-business-days')
  );
}

export function checkDeadline(model: FilingModel, report: DiagnosticReport): void {
  // The four-day rule is the current form's; pre-2004 items ran on other clocks.
  if (model.items.some((i) => i.scheme === 'legacy')) return;
  const dateOfReport = model.cover?.dateOfReport;
  if (!dateOfReport || !mayBeLate(model)) return;
  const status = deadlineStatus(model);
  if (!status || !status.applies || !status.late) return;
  report.add(
    'late-filing',
    dateOfReport.range,
    `Filed on ${status.filedOn}, after the deadline of ${status.deadline.dueDate} (four business days after ${status.deadline.eventDate}).`,
  );
}

/**
 * False when `deadlineStatus` cannot say late, told without counting business
 * days: no event date the calendar reads, no filing date, or a filing date no
 * later than four calendar days after the event. The due date is the fourth
 * business day after the event, so at least that late; ISO dates of four-digit
 * years compare as strings in the order of the days.
 */
export function mayBeLate(model: FilingModel): boolean {
  const event = eventDate(model);
  if (!event || !withinCalendar(event)) return false;
  const filedOn = filingDate(model);
  if (!filedOn) return false;
  return filedOn > addDays(event, 4);
}
