/**
 * The SEC header beside the cover page: for each fact both state, the two
 * values and whether they agree. The server's checks are the authority on
 * what is wrong (header-mismatch, header-items-mismatch); this table shows the
 * values side by side so a reader sees why, and compares a few more loosely.
 */
import type { FilingSummary, SummaryCheck, SummaryField } from '../../server/src/protocol';
import { JURISDICTIONS } from '../../server/src/service/data/jurisdictions';
import { normalizeFormType } from '../../server/src/service/form';
import { itemNumberOfHeaderValue } from '../../server/src/service/itemTitles';
import { rangeWithin, type Range } from './ranges';
import { coverField, headerValue } from './summaryFacts';
import { oneLine } from './text';

export type Verdict = 'same' | 'different' | 'header-only' | 'cover-only';

export interface ComparedValue {
  text: string;
  range: Range;
}

export interface ComparisonRow {
  what: string;
  header?: ComparedValue;
  /** The cover's value; for items, the item headings of the body. */
  cover?: ComparedValue;
  verdict: Verdict;
  /** Messages of the server's checks about this fact. */
  checks: string[];
}

export const HEADER_CHECK_CODES: readonly string[] = ['header-mismatch', 'header-items-mismatch'];

interface FieldPair {
  what: string;
  header: string;
  cover: string;
  key: (value: string) => string;
}

const PAIRS: readonly FieldPair[] = [
  { what: 'Company name', header: 'companyName', cover: 'registrant', key: (v) => lettersAndDigits(v) },
  { what: 'Form type', header: 'submissionType', cover: 'formType', key: (v) => normalizeFormType(v) },
  { what: 'Date of Report', header: 'periodOfReport', cover: 'dateOfReport', key: (v) => v },
  { what: 'State of incorporation', header: 'stateOfIncorporation', cover: 'stateOfIncorporation', key: jurisdictionKey },
  { what: 'Commission File Number', header: 'fileNumber', cover: 'commissionFileNumber', key: fileNumberKey },
  { what: 'IRS Employer Identification No.', header: 'irsNumber', cover: 'irsEmployerId', key: (v) => v.replace(/\D/g, '') },
];

/** The rows for a filing with an SEC header; [] without one (nothing to compare). */
export function headerComparison(summary: FilingSummary): ComparisonRow[] {
  if (!summary.header) return [];
  const checks = summary.checks.filter((c) => HEADER_CHECK_CODES.includes(c.code));
  const rows: ComparisonRow[] = [];
  for (const pair of PAIRS) {
    const h = headerValue(summary, pair.header);
    const c = coverField(summary, pair.cover);
    if (!h && !c) continue;
    // EDGAR writes 000000000 when the filer gave no EIN: that says nothing.
    const header = h && !(pair.header === 'irsNumber' && /^0*$/.test(h.value.replace(/\D/g, ''))) ? h : undefined;
    rows.push({
      what: pair.what,
      header: header && shown(header),
      cover: c && shown(c),
      verdict: verdict(header, c, pair.key),
      checks: checksAbout(checks, [header?.range, c?.range]),
    });
  }
  const items = itemsRow(summary, checks);
  if (items) rows.push(items);
  return rows;
}

function itemsRow(summary: FilingSummary, checks: readonly SummaryCheck[]): ComparisonRow | undefined {
  const declared = summary.header?.itemInformation ?? [];
  if (declared.length === 0 && summary.items.length === 0) return undefined;
  const scheme = summary.items[0]?.scheme ?? 'current';
  const declaredNumbers = declared.map((d) => itemNumberOfHeaderValue(d.value, scheme) ?? oneLine(d.value));
  const bodyNumbers = [...new Set(summary.items.map((i) => i.number))];
  // "8.01 (Other Events)": the number read from the value, and the value as written.
  const declaredText = declared.map((d, i) => {
    const written = oneLine(d.value);
    return declaredNumbers[i] === written ? written : `${declaredNumbers[i]} (${written})`;
  });
  const header: ComparedValue | undefined = declared.length
    ? { text: declaredText.join('; '), range: span(declared.map((d) => d.range)) }
    : undefined;
  const cover: ComparedValue | undefined = bodyNumbers.length
    ? { text: bodyNumbers.join(', '), range: summary.items[0].headingRange }
    : undefined;
  const same = sameSet(declaredNumbers, bodyNumbers);
  return {
    what: 'Items (ITEM INFORMATION / body)',
    header,
    cover,
    verdict: header && cover ? (same ? 'same' : 'different') : header ? 'header-only' : 'cover-only',
    checks: checks.filter((c) => c.code === 'header-items-mismatch').map((c) => oneLine(c.message)),
  };
}

function shown(f: SummaryField): ComparedValue {
  return { text: oneLine(f.raw) || oneLine(f.value), range: f.range };
}

function verdict(header: SummaryField | undefined, cover: SummaryField | undefined, key: (v: string) => string): Verdict {
  if (header && cover) return key(header.value) === key(cover.value) ? 'same' : 'different';
  return header ? 'header-only' : 'cover-only';
}

function checksAbout(checks: readonly SummaryCheck[], ranges: (Range | undefined)[]): string[] {
  return checks
    .filter((c) => c.code === 'header-mismatch' && ranges.some((r) => r && rangeWithin(c.range, r)))
    .map((c) => oneLine(c.message));
}

function span(ranges: Range[]): Range {
  return { start: ranges[0].start, end: ranges[ranges.length - 1].end };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

function lettersAndDigits(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** 0-17999 and 000-17999 are the same file number. */
function fileNumberKey(text: string): string {
  const m = /(\d+)\s*-\s*(\d+)/.exec(text);
  return m ? `${Number(m[1])}-${Number(m[2])}` : text.trim();
}

/** "CA", "Calif." and "California" are one jurisdiction. */
function jurisdictionKey(text: string): string {
  const wanted = lettersAndDigits(text);
  const found = JURISDICTIONS.find((j) =>
    [j.name, ...j.abbreviations, ...(j.aliases ?? [])].some((name) => lettersAndDigits(name) === wanted),
  );
  return found ? found.name : wanted;
}
