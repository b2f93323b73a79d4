/** Small questions about a filing summary that several views and commands ask. */
import type { FilingSummary, SummaryField } from '../../server/src/protocol';
import { rangeContains, type Position } from './ranges';

/** A summary of a document that is a filing (the server answers "not-a-filing" for other served documents). */
export function isFiling(summary: FilingSummary | null | undefined): summary is FilingSummary {
  return !!summary && summary.kind !== 'not-a-filing';
}

/** A convenience value of the SEC header: "cik", "accessionNumber", "filedAsOf"... */
export function headerValue(summary: FilingSummary, key: string): SummaryField | undefined {
  return summary.header?.values.find((v) => v.key === key);
}

/** A cover field: "dateOfReport", "registrant", "commissionFileNumber"... */
export function coverField(summary: FilingSummary, key: string): SummaryField | undefined {
  return summary.cover?.fields.find((f) => f.key === key);
}

/**
 * The date that decides which item numbering applies: the event date, else
 * the filing date, else the signature date (ISO, or undefined).
 */
export function filingDate(summary: FilingSummary): string | undefined {
  return (
    summary.dateOfReport ??
    headerValue(summary, 'filedAsOf')?.value ??
    summary.signatures?.fields.find((f) => f.key === 'date')?.value ??
    undefined
  );
}

/**
 * The kind of content at a position: inside a submission, that of the
 * document there ("html", "text", "xbrl"...); otherwise the summary's kind.
 */
export function contentKindAt(summary: FilingSummary, position: Position): string {
  const doc = summary.documents.find((d) => rangeContains(d.range, position));
  return doc ? doc.contentKind : summary.kind;
}

/** "8-K" or "Filing" when the form is not known. */
export function formName(summary: FilingSummary): string {
  return summary.form ?? 'Filing';
}
