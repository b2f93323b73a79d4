/**
 * Inlay hints: the official title after a bare item number ("Item 2.02" with
 * no title), the filing deadline after the Date of Report ("due Thu 11 Apr
 * 2013", or "no 4-day deadline" when no item reported runs on that clock),
 * and the readable date after the SEC header's YYYYMMDD values.
 */
import { MarkupKind, type InlayHint, type Range as LspRange } from 'vscode-languageserver-types';
import type { Range } from '../service/model';
import { officialTitle } from '../service/itemTitles';
import { toOffset, type FeatureContext } from './context';
import { itemMarkdown } from './itemInfo';
import { deadlineBinds, deadlineMarkdown, filingDeadlineOf } from './deadlineInfo';
import { shortDate } from './dateText';
import { compactToIso } from '../service/dates';

/** Header keys whose values are dates written YYYYMMDD. */
const COMPACT_DATE_KEYS = /^(?:CONFORMED PERIOD OF REPORT|PERIOD|FILED AS OF DATE|FILING[- ]DATE|DATE AS OF CHANGE|DATE[- ]OF[- ]FILING[- ]DATE[- ]CHANGE|DATE OF NAME CHANGE|DATE[- ]CHANGED|EFFECTIVENESS[- ]DATE)$/i;

export function provideInlayHints(ctx: FeatureContext, range: LspRange): InlayHint[] {
  const from = toOffset(ctx, range.start);
  const to = toOffset(ctx, range.end);
  const inRange = (r: Range) => r.end >= from && r.end <= to;
  const hints: InlayHint[] = [];
  const at = (offset: number) => ctx.lines.position(offset);

  for (const item of ctx.model.items) {
    if (item.title || !item.known || !inRange(item.numberRange)) continue;
    const title = officialTitle(item.number, item.scheme);
    if (!title) continue;
    const doc = itemMarkdown(item.number, item.scheme);
    hints.push({
      position: at(item.numberRange.end),
      label: title,
      paddingLeft: true,
      tooltip: doc ? { kind: MarkupKind.Markdown, value: doc.join('\n\n') } : undefined,
    });
  }

  const dateOfReport = ctx.model.cover?.dateOfReport;
  const deadline = filingDeadlineOf(ctx.model);
  if (dateOfReport && deadline && inRange(dateOfReport.range)) {
    hints.push({
      position: at(dateOfReport.range.end),
      // Items 7.01 and 8.01 alone have no deadline: the hint says so rather than show a due date.
      label: deadlineBinds(ctx.model) ? `due ${shortDate(deadline.dueDate)}` : 'no 4-day deadline',
      paddingLeft: true,
      tooltip: { kind: MarkupKind.Markdown, value: deadlineMarkdown(ctx.model, 'Date of Report').join('\n\n') },
    });
  }

  for (const field of ctx.model.header?.fields ?? []) {
    if (!COMPACT_DATE_KEYS.test(field.key) || !inRange(field.valueRange)) continue;
    const iso = compactDate(field.value);
    if (iso) hints.push({ position: at(field.valueRange.end), label: shortDate(iso), paddingLeft: true });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/** "20130407" → "2013-04-07" when it is a real date. */
function compactDate(value: string): string | undefined {
  return /^\d{8}$/.test(value.trim()) ? compactToIso(value) : undefined;
}
