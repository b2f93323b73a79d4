/**
 * The filing deadline of a Form 8-K as a reader wants it explained: the due
 * date, the business days counted and the days skipped (by name), and how
 * the signature date, the filing date and the acceptance time compare.
 */
import type { FilingModel } from '../service/model';
import { filingDeadline, withinCalendar, filingDateOfAcceptance, nextBusinessDay, type Deadline } from '../service/calendar';
import { deadlineStatus } from '../service/checks/deadline';
import { CURRENT_SCHEME_EFFECTIVE, currentItem } from '../service/data/items';
import { FILING_CUTOFF_EASTERN } from '../service/data/holidays';
import { longDate, longDateTime, shortDate } from './dateText';
import { deadlineRuleText } from './itemInfo';

/** The event date the deadline counts from: the cover's Date of Report, else the header's period of report. */
function eventDate(model: FilingModel): string | undefined {
  return model.cover?.dateOfReport?.value ?? model.header?.periodOfReport?.value;
}

/** The deadline, when the four-business-day rule existed on the event date. */
export function filingDeadlineOf(model: FilingModel): Deadline | undefined {
  const event = eventDate(model);
  if (!event || event < CURRENT_SCHEME_EFFECTIVE || !withinCalendar(event)) return undefined;
  return filingDeadline(event);
}

function acceptanceFilingDate(model: FilingModel): string | undefined {
  const acceptance = model.header?.acceptanceDateTime?.value;
  // The model writes 2013-04-08T16:05:00; the calendar reads EDGAR's YYYYMMDDhhmmss.
  return acceptance ? filingDateOfAcceptance(acceptance.replace(/\D/g, '')) : undefined;
}

/** Business days from the due date to a later date (1 = the next business day). */
function businessDaysLate(dueDate: string, date: string): number {
  let n = 0;
  for (let d: string | undefined = dueDate; d !== undefined && d < date && n < 1000; d = nextBusinessDay(d)) n++;
  return n;
}

function verdict(date: string, dueDate: string): string {
  if (date <= dueDate) return 'meets the deadline';
  const late = businessDaysLate(dueDate, date);
  return `**after the deadline** (${late} business day${late === 1 ? '' : 's'} late)`;
}

/**
 * Markdown paragraphs about the deadline. `subject` names what the hover is
 * on ("Date of Report", "Date signed") and `shown` is its value when it is
 * not the Date of Report itself (an ISO date or date-time).
 */
export function deadlineMarkdown(model: FilingModel, subject: string, shown?: string): string[] {
  const event = eventDate(model);
  if (!event) return [];
  const lines: string[] = [];
  if (shown) {
    lines.push(`**${subject}** ${shown.includes('T') ? longDateTime(shown) : longDate(shown)}`);
    lines.push(`Date of Report: ${longDate(event)}`);
  } else {
    lines.push(`**${subject}** ${longDate(event)}`);
  }

  const deadline = filingDeadlineOf(model);
  if (!deadline) {
    lines.push(
      `The four-business-day deadline applies to events since ${longDate(CURRENT_SCHEME_EFFECTIVE)}; this report predates it, when earlier rules set other periods.`,
    );
    return lines;
  }
  const binding = deadlineBinds(model);
  if (binding) {
    lines.push(`**Due ${longDate(deadline.dueDate)}**: four business days after the event (General Instruction B.1).`);
  } else if (deadlineStatus(model)?.amendment) {
    lines.push(
      `**No four-business-day deadline**: four business days after the event would end ${longDate(deadline.dueDate)} (General Instruction B.1), ` +
        'but an amendment (8-K/A) runs on the deadline of what it adds, such as the financial statements of Item 9.01 within 71 days.',
    );
  } else {
    lines.push(
      `**No four-business-day deadline**: four business days after the event would end ${longDate(deadline.dueDate)} (General Instruction B.1), ` +
        `but none of the items reported runs on that clock:\n${clockFreeItems(model).map((c) => `- ${c}`).join('\n')}`,
    );
  }
  const eventSkipped = deadline.skipped.find((s) => s.date === event);
  if (eventSkipped) {
    const on = isWeekend(eventSkipped.reason) ? `a ${eventSkipped.reason}` : eventSkipped.reason;
    lines.push(`The event fell on ${on}: the count starts on the next business day and includes it.`);
  }
  lines.push(`Business days counted: ${deadline.businessDays.map(shortDate).join(', ')}.`);
  const skipped = deadline.skipped.filter((s) => s.date !== event);
  if (skipped.length > 0) {
    lines.push(`Skipped: ${skipped.map((s) => `${shortDate(s.date)} (${isWeekend(s.reason) ? 'weekend' : s.reason})`).join(', ')}.`);
  }

  const status = deadlineStatus(model);
  const judge = (date: string) => (binding ? verdict(date, deadline.dueDate) : date <= deadline.dueDate ? 'within the four days' : 'after the four days');

  const comparisons: string[] = [];
  const signed = status?.signedOn ?? model.signatures?.date?.value;
  if (signed) comparisons.push(`- Signed ${longDate(signed)}: ${judge(signed)}.`);
  const filedAsOf = model.header?.filedAsOf?.value;
  if (filedAsOf) comparisons.push(`- FILED AS OF DATE ${longDate(filedAsOf)}: ${judge(filedAsOf)}.`);
  const acceptance = model.header?.acceptanceDateTime?.value;
  const accepted = acceptanceFilingDate(model);
  if (acceptance && accepted) {
    const cutoff = `${String(FILING_CUTOFF_EASTERN.hour).padStart(2, '0')}:${String(FILING_CUTOFF_EASTERN.minute).padStart(2, '0')}`;
    const shifted = accepted !== acceptance.slice(0, 10) ? ` (after ${cutoff} Eastern or on a non-business day: filed as of ${longDate(accepted)})` : '';
    comparisons.push(`- Accepted ${longDateTime(acceptance)} Eastern${shifted}: ${judge(accepted)}.`);
  }
  if (comparisons.length > 0) lines.push(comparisons.join('\n'));
  return lines;
}

/**
 * Whether the four-business-day deadline binds this filing: false only when
 * every item reported has a clock of its own (Items 7.01 and 8.01 alone).
 */
export function deadlineBinds(model: FilingModel): boolean {
  const status = deadlineStatus(model);
  if (status?.amendment) return false;
  return !status || status.applies || clockFreeItems(model).length === 0;
}

/** "Item 7.01: Timing follows ..." for the reported items that have no four-day deadline. */
function clockFreeItems(model: FilingModel): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const heading of model.items) {
    const item = heading.scheme === 'current' ? currentItem(heading.number) : undefined;
    if (!item || item.deadline === 'four-business-days' || seen.has(item.number)) continue;
    seen.add(item.number);
    out.push(`Item ${item.number}: ${deadlineRuleText(item)}`);
  }
  return out;
}

function isWeekend(reason: string): boolean {
  return reason === 'Saturday' || reason === 'Sunday';
}
