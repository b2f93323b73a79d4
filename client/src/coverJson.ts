/** "Copy Cover Data as JSON": the cover page (and the header's identifiers) as one JSON object. */
import type { FilingSummary } from '../../server/src/protocol';
import { oneLine } from './text';

export interface CoverData {
  form: string | null;
  registrant: string | null;
  dateOfReport: string | null;
  /** Cover fields by key, normalized values (ISO dates, NN-NNNNNNN EINs). */
  cover: Record<string, string>;
  /** Rule name → checked. */
  checkBoxes: Record<string, boolean>;
  securities12b: { title: string; symbol: string | null; exchange: string | null }[];
  /** The SEC header's convenience values (accessionNumber, cik, filedAsOf...), when there is a header. */
  header: Record<string, string>;
  items: { number: string; title: string }[];
}

export function coverData(summary: FilingSummary): CoverData {
  const fields = (list: readonly { key: string; value: string }[]) =>
    Object.fromEntries(list.map((f) => [f.key, oneLine(f.value)] as const));
  return {
    form: summary.form,
    registrant: summary.registrant,
    dateOfReport: summary.dateOfReport,
    cover: fields(summary.cover?.fields ?? []),
    checkBoxes: Object.fromEntries((summary.cover?.checkBoxes ?? []).map((b) => [b.rule, b.checked] as const)),
    securities12b: (summary.cover?.securities12b ?? []).map((s) => ({
      title: oneLine(s.title),
      symbol: s.symbol === null ? null : oneLine(s.symbol),
      exchange: s.exchange === null ? null : oneLine(s.exchange),
    })),
    header: fields(summary.header?.values ?? []),
    items: summary.items.map((i) => ({ number: i.number, title: oneLine(i.officialTitle ?? i.title) })),
  };
}

/** Two-space indented JSON, as pasted into a ticket or a spreadsheet tool. */
export function coverJson(summary: FilingSummary): string {
  return JSON.stringify(coverData(summary), null, 2);
}
