/**
 * Exhibit lists: the rows of the Item 9.01 (legacy Item 7) "(d) Exhibits"
 * list and of an "EXHIBIT INDEX". A row starts a line (or a table row) with
 * an exhibit number, "Exhibit 99.1" or "EX-10.1", and carries a description on
 * the same line or the next.
 */
import { INLINE_SPACE, Lines, TO_END, collapse } from './bodyLines';
import { MISREAD_DASH } from './data/misreadEncodings';

export interface ExhibitRow {
  /** "99.1", "10.72(a)", "10-E-1" as numbered, markers ("*", "+") and a closing period dropped. */
  number: string;
  description: string;
  /** View offsets: the row (number to end of description) and the number. */
  start: number;
  end: number;
  numberStart: number;
  numberEnd: number;
}

const S = INLINE_SPACE;
// The word before a number: "Exhibit", "EX-", "Exhibit No.", "(c) Exhibit".
const KEYWORD = String.raw`[Ee][Xx](?:[Hh][Ii][Bb][Ii][Tt])?\.?(?:${S}*(?:[Nn][Oo]\.?|[Nn]umber|NUMBER|#))?${S}*[-:]?${S}*`;
// "99.1", "104", "2\t.1" (split across table cells), "10.A.15", "10-E-1", "3.3(a)", "4.1b".
const NUMBER = String.raw`\d{1,3}(?:\t{1,2}(?=\.\d))?(?:\.\d{1,3}|\.[A-Z](?![a-z])|-[A-Z](?![a-z]))*(?:-\d{1,2})?(?:\([a-zA-Z]{1,4}\))*[a-zA-Z]?`;
// Footnote marks after the number are not part of it: "2.1*", "10.6+", "10.1(1)".
const MARKS = String.raw`(?:[*+†‡#]|\(\d{1,2}\))*`;
// Groups: 1 a letter in parentheses before the keyword, 2 keyword, 3 number, 4 a hyphen that wraps the
// number onto the next line, 5 marks. The number starts after groups 1 and 2 (no 'd' flag: it
// makes every match build the indices of every group, which measures three times slower).
export const ROW = new RegExp(
  String.raw`((?:\([a-zA-Z]\)${S}*(?=[Ee][Xx]))?)((?:${KEYWORD})?)(${NUMBER})(-?)(${MARKS})\.?(?=${S}|[\r\n]|$)`,
  'y',
);
// Between number and description: a dash, a doubled "--" of typewritten text, an en or em dash, a colon.
const AFTER_NUMBER = new RegExp(String.raw`${S}*(?:(?:-{1,3}|[–—:]|${MISREAD_DASH})${S}*)?`, 'y');
const WRAPPED_TAIL = new RegExp(String.raw`^(\d{1,2})(?=${S}|$)`);
// Headings, page marks, and the words that continue a sentence ("Exhibit 4 to the Company's report").
const NOT_DESCRIPTION =
  /^(?:table of contents|signatures?|exhibit index|index to exhibits|items?\s+\d|part\s+[ivx]+\b|page\b|<|\(?continued\)?$|\d+$|-\s*\d+\s*-$|pursuant to the requirements|(?:to|of|in|and|or|as|is|are|was|hereto|herewith|thereto)\b)/i;
// A capital, a quote, a parenthesis, an amount ("$100,000,000 Credit Agreement"), a year ("1999 Annual Report").
const DESCRIPTION_START = new RegExp(String.raw`^(?:["“'‘(\[$A-Z]|[a-z]+[A-Z]|(?:19|20)\d\d${S}+[A-Z])`);
export const EXHIBIT_INDEX_HEADING =
  /^[*_\s]*(?:exhibit index|index to exhibits|exhibits? index|index of exhibits|exhibit list|list of exhibits)\b[^a-z]{0,20}$/i;

// A line that opens an exhibit list: "(c) Exhibits", "EXHIBITS", "Exhibit No.", "Item 7. Exhibits",
// "The following exhibit is filed ...".
const LIST_MARKER = new RegExp(
  String.raw`^[*_\s]*(?:items?${S}+\d{1,2}(?:\.\d\d)?(?:\([a-z]\))?(?:${S}|[.:\-–—])*)?(?:\(?[a-z]\)${S}*)?exhibits?\b|following exhibits?\b`,
  'i',
);

const MAX_ROW_LINE = 2000;

/**
 * Rows in the lines from `from` on that start before `to`. `stopAfterGap`: stop after that many lines that
 * are neither rows nor the lines right after one (an exhibit index followed by
 * the exhibits themselves).
 */
export function exhibitRows(
  lines: Lines,
  from: number,
  to: number,
  opts: { listing?: boolean; stopAfterGap?: number } = {},
): ExhibitRow[] {
  const stopAfterGap = opts.stopAfterGap ?? Infinity;
  const rows: ExhibitRow[] = [];
  // Non-blank lines since a line that speaks of exhibits; in a listing (an exhibit index) always 0.
  let sinceMarker = opts.listing ? 0 : Infinity;
  let gap = 0;
  for (let i = from; i >= 0 && i < to; i = lines.next(i)) {
    if (lines.isBlank(i)) continue;
    const row = parseRow(lines, i, sinceMarker);
    if (row) {
      rows.push(row.row);
      sinceMarker = 0;
      gap = 0;
      i = row.lastLine;
      continue;
    }
    if (!opts.listing) sinceMarker = LIST_MARKER.test(lines.trimmed(i, 200)) ? 0 : sinceMarker + 1;
    if (rows.length > 0 && ++gap >= stopAfterGap) break;
  }
  return dedupe(rows);
}

function parseRow(lines: Lines, i: number, sinceMarker: number): { row: ExhibitRow; lastLine: number } | undefined {
  const text = lines.text;
  const start = lines.contentStart(i);
  const end = Math.min(lines.contentEnd(i), start + MAX_ROW_LINE);
  let p = start;
  while (p < end && (text[p] === '*' || text[p] === '_' || text[p] === '•')) p++;
  if (!mayStartRow(text.charCodeAt(p))) return undefined;
  ROW.lastIndex = p;
  const m = ROW.exec(text);
  if (!m || ROW.lastIndex > end) return undefined;
  const keyword = m[2].length > 0;
  const numberStart = m.index + m[1].length + m[2].length;
  const numberEnd = numberStart + m[3].length;
  // Of white space, only tabs can stand in a number ("2\t.1").
  let number = m[3].includes('\t') ? m[3].replace(/[\s\u00a0]+/g, '') : m[3];
  let lastLine = i;
  if (m[4]) {
    // "10.A.15-" with "1" at the start of the next line: a number wrapped in a narrow column.
    const j = lines.nextNonBlank(lines.next(i), 2);
    const tail = j >= 0 ? WRAPPED_TAIL.exec(lines.trimmed(j, 10)) : null;
    if (!tail) return undefined;
    number += `-${tail[1]}`;
    lastLine = j;
  }
  const major = leadingDigitsValue(number);
  if (major < 1 || major > 110) return undefined;
  // An undotted number ("99", "1.") is a row only where exhibits are being listed.
  const dotted = /[.\-(]/.test(number);
  if (!keyword && !dotted && sinceMarker > 8) return undefined;

  AFTER_NUMBER.lastIndex = ROW.lastIndex;
  AFTER_NUMBER.exec(text);
  let descStart = Math.min(AFTER_NUMBER.lastIndex, end);
  let descEnd = end;
  if (descStart >= end) {
    // The description is on the next line (a table cell of its own).
    const j = lines.nextNonBlank(lines.next(lastLine), 3);
    if (j < 0) return undefined;
    const s = lines.trimmed(j, 400);
    // Not a lettered or numbered paragraph "(4) The unaudited ...": a row's number ends a sentence there.
    if (!looksLikeDescription(s) || /^\(\w{1,3}\)/.test(s) || startsWithRow(lines, j)) return undefined;
    descStart = lines.contentStart(j);
    descEnd = Math.min(lines.contentEnd(j), descStart + MAX_ROW_LINE);
    lastLine = j;
  } else {
    const s = text.slice(descStart, Math.min(end, descStart + 400));
    if (!looksLikeDescription(s)) return undefined;
  }
  // In a table the description is one cell: a next one holds how it was filed ("Filed herewith").
  const cellEnd = text.indexOf('\t', descStart);
  if (cellEnd > descStart && cellEnd < descEnd && text.slice(descStart, cellEnd).trim() !== '') descEnd = cellEnd;
  const description = collapse(text.slice(descStart, descEnd));
  return {
    row: {
      number,
      description,
      start: p,
      end: descEnd,
      numberStart,
      numberEnd,
    },
    lastLine,
  };
}

/** The value of the digits `s` starts with (a row number starts with one to three). */
export function leadingDigitsValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  return n;
}

/** ROW can match only from "(" (a letter in parentheses), "E" or "e" (the keyword) or a digit (the number). */
export function mayStartRow(c: number): boolean {
  return c === 0x28 || c === 0x45 || c === 0x65 || (c >= 0x30 && c <= 0x39);
}

/** Line `j` starts with something that reads as another row's number. */
function startsWithRow(lines: Lines, j: number): boolean {
  ROW.lastIndex = lines.contentStart(j);
  const m = ROW.exec(lines.text);
  return m !== null && ROW.lastIndex <= lines.contentEnd(j);
}

/** A description starts with a capital, a quote or a parenthesis and is not a heading, a page number or a figure. */
function looksLikeDescription(s: string): boolean {
  const t = s.trim();
  if (t.length === 0) return false;
  if (!DESCRIPTION_START.test(t)) return false;
  return !NOT_DESCRIPTION.test(t);
}

function dedupe(rows: ExhibitRow[]): ExhibitRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.number) ? false : (seen.add(r.number), true)));
}

/**
 * The line of an "EXHIBIT INDEX" heading at or after `from`, or -1. Only the
 * lines that start with an "E", an "I" or an "L" are tested
 * (`Lines.nextHeadLine`: '*', '_' and white space are lead characters to it).
 */
export function findExhibitIndex(lines: Lines, from: number): number {
  for (let i = lines.nextHeadLine(from, TO_END, isEIL); i >= 0; i = lines.nextHeadLine(i + 1, TO_END, isEIL)) {
    if (isExhibitIndexHeading(lines, i)) return i;
  }
  return -1;
}

function isEIL(c: number): boolean {
  const l = c | 0x20;
  return l === 0x65 || l === 0x69 || l === 0x6c;
}

/** Line `i` is an "EXHIBIT INDEX" heading. */
export function isExhibitIndexHeading(lines: Lines, i: number): boolean {
  const start = lines.contentStart(i);
  const len = lines.contentEnd(i) - start;
  if (len === 0 || len > 60) return false;
  return /[*_EeIiLl]/.test(lines.text[start]) && EXHIBIT_INDEX_HEADING.test(lines.trimmed(i));
}

const EXHIBITS_ITEM = new RegExp(
  String.raw`^[*_\s]*(?:part${S}+[ivx]+${S}*[,.\-–—]?${S}*)?items?${S}+\d{1,2}[a-z]?(?:${S}?\([a-z0-9]{1,3}\))*(?:${S}|[.:\-–—])*["“]?exhibits?\b`,
  'i',
);
const BARE_ITEM = new RegExp(String.raw`^[*_\s]*items?${S}+\d{1,2}[a-z]?(?:${S}|[.:\-–—])*$`, 'i');
// A heading that closes a section: "PART II", "Item 7." followed by its title or nothing (not "Item 2.02 of this report").
const ANY_ITEM_OR_PART = new RegExp(
  String.raw`^[*_\s]*(?:[Pp][Aa][Rr][Tt]${S}+[IVXivx]+\b|[Ii][Tt][Ee][Mm][Ss]?${S}+\d{1,2}(?:\.\d\d)?[A-Za-z]?(?:\([a-z0-9]{1,3}\))*(?:${S}|[.:\-–—])*(?:$|["“(A-Z]))`,
);

function isIP(c: number): boolean {
  const l = c | 0x20;
  return l === 0x69 || l === 0x70;
}

/**
 * Sections of any form's item headings whose title begins with "Exhibits"
 * ("Item 6. Exhibits" of a 10-Q, "Item 16. Exhibits" of a registration
 * statement, "Item 14. Exhibits, Financial Statement Schedules ..." of a 10-K),
 * as the lines from `from` on that start before `to`.
 */
export function exhibitItemSections(lines: Lines, from: number, to: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let open = -1;
  // Only the lines that start with an "I" or a "P" ('*', '_' and white space are lead characters to `nextHeadLine`).
  for (let i = lines.nextHeadLine(from, to, isIP); i >= 0; i = lines.nextHeadLine(i + 1, to, isIP)) {
    const head = itemOrPartHeading(lines, i);
    if (head === undefined) continue;
    if (open >= 0) out.push({ from: open, to: i });
    // A heading on the last line opens no section (it would be empty).
    open = EXHIBITS_ITEM.test(head) || (BARE_ITEM.test(head) && nextLineSaysExhibits(lines, i)) ? lines.next(i) : -1;
  }
  if (open >= 0) out.push({ from: open, to });
  return out;
}

/** The start of line `i` when it is an item or part heading of any form ("Item 6.", "PART II"), else undefined. */
export function itemOrPartHeading(lines: Lines, i: number): string | undefined {
  const start = lines.contentStart(i);
  if (start === lines.end(i)) return undefined;
  if (!/[IiPp*_]/.test(lines.text[start])) return undefined;
  const head = lines.trimmed(i, 200);
  return ANY_ITEM_OR_PART.test(head) ? head : undefined;
}

/** "Item 6." with its title "Exhibits" on the next line. */
function nextLineSaysExhibits(lines: Lines, i: number): boolean {
  const j = lines.nextNonBlank(lines.next(i), 3);
  return j >= 0 && /^[*_\s]*exhibits?\b/i.test(lines.trimmed(j, 40));
}
