/** Words for the four-business-day deadline of General Instruction B.1, for the status bar, tree and panel. */
import type { SummaryDeadline, SummaryItem } from '../../server/src/protocol';

export type DeadlineLevel = 'on-time' | 'late' | 'pending' | 'not-applicable';

export interface DeadlineStatus {
  level: DeadlineLevel;
  /** A few words: "late (due 2019-11-14)". */
  short: string;
  /** A sentence. */
  long: string;
}

/** What the deadline of a filing comes to; undefined when there is none to speak of (no Date of Report). */
export function deadlineStatus(deadline: SummaryDeadline | null | undefined): DeadlineStatus | undefined {
  if (!deadline) return undefined;
  const { dueDate, eventDate, filedOn } = deadline;
  if (deadline.amendment) {
    return {
      level: 'not-applicable',
      short: 'amendment: no 4-day deadline',
      long: 'An amendment (8-K/A) runs on the deadline of what it adds (for example, financial statements of Item 9.01 within 71 days), not on four business days from the event.',
    };
  }
  if (!deadline.applies) {
    return {
      level: 'not-applicable',
      short: 'no 4-day deadline',
      long: 'No item of this filing runs on the four-business-day clock (Items 7.01 and 8.01 alone have none).',
    };
  }
  const clock = `four business days after the event on ${eventDate}`;
  if (deadline.late === true) {
    return { level: 'late', short: `late (due ${dueDate})`, long: `Filed ${filedOn ?? '?'}, after the deadline of ${dueDate}, ${clock}.` };
  }
  if (deadline.late === false) {
    return { level: 'on-time', short: `on time (due ${dueDate})`, long: `Filed ${filedOn ?? '?'}, by the deadline of ${dueDate}, ${clock}.` };
  }
  return { level: 'pending', short: `due ${dueDate}`, long: `Due ${dueDate}, ${clock}. The filing date is not known.` };
}

/** How an item's deadline works, in a few words. */
export function itemDeadlineText(item: SummaryItem, deadline: SummaryDeadline | null | undefined): string {
  switch (item.deadlineRule) {
    case 'four-business-days':
      return deadline ? `4 business days: due ${deadline.dueDate}` : '4 business days';
    case 'regulation-fd':
      return 'Regulation FD timing';
    case 'none':
      return 'none (voluntary)';
    case 'with-triggering-item':
      return 'with the item it supports';
    default:
      return item.scheme === 'legacy' ? 'pre-2004 rules' : 'unknown';
  }
}

/** "furnished" or "filed" (General Instruction B.2). */
export function filedOrFurnished(item: SummaryItem): string {
  if (!item.known) return 'unknown item';
  // The catalogue records filed/furnished for the current numbering only.
  if (item.scheme === 'legacy') return 'pre-2004 item';
  return item.furnished ? 'furnished' : 'filed';
}
