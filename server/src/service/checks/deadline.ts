/**
 * Was the report filed within four business days of the Date of Report?
 * Only items with the four-day rule count (7.01 and 8.01 alone do not).
 */
import type { FilingModel } from '../model';
import { filingDeadline, withinCalendar, filingDateOfAcceptance, type Deadline } from '../calendar';
import { currentItem } from '../data/items';
import type { DiagnosticReport } from './report';

export interface DeadlineStatus {
  deadline: Deadline;
  /** The date the filing was made (FILED AS OF DATE, or derived from the acceptance time). */
  filedOn?: string;
  /** The date signed, when there is no filing date (a draft being written). */
  signedOn?: string;
  late?: boolean;
  /** True when at least one item runs on the four-business-day clock. */
  applies: boolean;
}

export function deadlineStatus(model: FilingModel): DeadlineStatus | undefined {
  const event = model.cover?.dateOfReport?.value ?? model.header?.periodOfReport?.value;
  if (!event || !withinCalendar(event)) return undefined;
  const deadline = filingDeadline(event);
  const acceptance = model.header?.acceptanceDateTime?.value;
  const filedOn = model.header?.filedAsOf?.value ?? (acceptance ? filingDateOfAcceptance(acceptance) : undefined);
  const signedOn = model.signatures?.date?.value;
  const applies =
    model.items.length === 0 ||
    model.items.some((i) => i.scheme === 'legacy' || currentItem(i.number)?.deadline === 'four-business-days');
  const late = filedOn ? filedOn > deadline.dueDate : undefined;
  return { deadline, filedOn, signedOn, late, applies };
}

export function checkDeadline(model: FilingModel, report: DiagnosticReport): void {
  // The four-day rule is the current form's; pre-2004 items ran on other clocks.
  if (model.items.some((i) => i.scheme === 'legacy')) return;
  const status = deadlineStatus(model);
  if (!status || !status.applies || !status.late || !model.cover?.dateOfReport) return;
  report.add(
    'late-filing',
    model.cover.dateOfReport.range,
    `Filed on ${status.filedOn}, after the deadline of ${status.deadline.dueDate} (four business days after ${status.deadline.eventDate}).`,
  );
}
