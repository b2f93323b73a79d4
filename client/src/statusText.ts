/** What the status bar says about the active filing: form, item count, deadline. */
import type { FilingSummary } from '../../server/src/protocol';
import { deadlineStatus, type DeadlineLevel } from './deadlineText';
import { plural } from './problems';
import { formName, isFiling } from './summaryFacts';
import { clip, oneLine } from './text';

export interface StatusContent {
  /** With codicons: "$(file-text) 8-K · 2 items · due 2013-04-11". */
  text: string;
  /** Plain text. */
  tooltip: string;
  deadline: DeadlineLevel | undefined;
}

export function statusContent(summary: FilingSummary | null | undefined): StatusContent | undefined {
  if (!isFiling(summary)) return undefined;
  const deadline = deadlineStatus(summary.deadline);
  const items = summary.items.length;
  // The form name comes from the filing; form types are letters, digits, "-" and "/", and "$(" would be read as an icon.
  const form = clip(oneLine(formName(summary)).replace(/[^\w\-/. ]/g, ''), 24);
  const parts = [`$(file-text) ${form}`, plural(items, 'item')];
  if (deadline) parts.push(deadline.level === 'late' ? `$(warning) ${deadline.short}` : deadline.short);
  const tooltip = [
    `${formName(summary)}${summary.registrant ? ` — ${oneLine(summary.registrant)}` : ''}`,
    summary.dateOfReport ? `Date of Report: ${summary.dateOfReport}` : '',
    items ? `Items: ${summary.items.map((i) => i.number).join(', ')}` : 'No item headings found',
    deadline?.long ?? '',
    'Click for the Filing Summary.',
  ]
    .filter(Boolean)
    .join('\n');
  return { text: parts.join(' · '), tooltip, deadline: deadline?.level };
}
