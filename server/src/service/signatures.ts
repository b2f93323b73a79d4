/**
 * The signature block of a filing: the "SIGNATURE(S)" heading (or, without
 * one, the "Pursuant to the requirements of the Securities Exchange Act ..."
 * paragraph), the date, the signer and the signer's title.
 */
import { findDates, parseDate } from './dates';
import { Lines, TO_END, collapse, isAscii, isWhiteSpace } from './bodyLines';

/** A value found in the view, with view offsets. */
export interface Found {
  value: string;
  raw: string;
  start: number;
  end: number;
}

export interface SignatureBlock {
  /** Line of the heading (or of the paragraph when there is no heading). */
  line: number;
  headingStart: number;
  headingEnd: number;
  /** End of the block: the end of the last line the date, signer or title came from. */
  end: number;
  date?: Found;
  signer?: Found;
  title?: Found;
}

const HEADING = /^[*_\s]*(?:signatures?|s ?i ?g ?n ?a ?t ?u ?r ?e ?s?)(?:[ \t]+page)?[ \t]*[.:]?[*_\s]*$/i;
const CONFIRMS = /pursuant\s+to\s+the\s+requirements|duly (?:caused|authorized)|signed on (?:its|his|her|their) behalf|\/s\/|^\s*by\s*:/i;
// "Pursuant to the requirements of the Securities Exchange Act of 1934", "... of Section 13 or 15(d)
// of the Securities Exchange Act", "... of the Securities Act of 1933" (registration statements).
const PARAGRAPH_START = /pursuant\s+to\s+the\s+requirements/i;
const PARAGRAPH = /pursuant to the requirements of (?:section 13 or 15 ?\(d\) of )?the securities (?:and )?(?:exchange )?act/i;
const SIGNS_OFF = /caused this (?:report|amendment)|duly caused|signed on (?:its|his|her|their) behalf|has been signed/i;
// A line after the heading that ends the block: the exhibit index, or an exhibit's own heading ("EXHIBIT 99.1").
const BLOCK_END =
  /^[*_\s]*(?:(?:exhibit index|index to exhibits|exhibits? index|index of exhibits|exhibit list)\b|exhibit\s+\d{1,3}(?:\.\d{1,3})?[*_\s]*$)/i;
const LINES_AFTER_SIGNER = 10;

const ANOTHER_HEADING = /^[*_\s]*(?:items?\s+\d|exhibit index|index to exhibits|table of contents)/i;

const MAX_HEADING_SCAN = 120;
const MAX_BLOCK_LINES = 45;

/** The first signature block at or after line `from`. */
export function findSignatureBlock(lines: Lines, from: number): SignatureBlock | undefined {
  const at = findHeadingLine(lines, from);
  if (at === undefined) return undefined;
  const { line, hasHeading } = at;
  const headingStart = lines.contentStart(line);
  const block: SignatureBlock = {
    line,
    headingStart,
    headingEnd: hasHeading ? lines.contentEnd(line) : headingStart,
    end: lines.contentEnd(line),
  };
  let last = blockLastLine(lines, line);
  const signer = findSigner(lines, line, last);
  if (signer) {
    block.signer = signer.found;
    const title = findSignerTitle(lines, signer.line, last, signer.found.value);
    if (title) block.title = title;
    // A date comes at most a few lines after the signature.
    last = Math.min(last, nonBlankAfter(lines, signer.line, LINES_AFTER_SIGNER));
  }
  const date = findSignatureDate(lines, line, last);
  if (date) block.date = date;
  block.end = Math.max(block.headingEnd, block.date?.end ?? 0, block.signer?.end ?? 0, block.title?.end ?? 0);
  return block;
}

/**
 * False when HEADING cannot match the line's content [start, end): after its
 * leading '*', '_' and blanks, an ASCII character other than 's'. Characters
 * beyond ASCII (some are white space to \s) leave the answer to the pattern.
 */
function mayBeHeading(text: string, start: number, end: number): boolean {
  let p = start;
  while (p < end) {
    const c = text.charCodeAt(p);
    if (c === 0x2a || c === 0x5f || c === 0x20 || (c >= 0x09 && c <= 0x0d)) p++;
    else return c === 0x53 || c === 0x73 || c > 0x7f;
  }
  return true;
}

/** The first confirmed "SIGNATURES" heading or signature paragraph at or after `from`. */
function findHeadingLine(lines: Lines, from: number): { line: number; hasHeading: boolean } | undefined {
  const paragraphs = new ParagraphStarts(lines);
  let heading = NOT_YET;
  for (let i = from; i >= 0; i = lines.next(i)) {
    // Skip to the next line that may be a heading or holds the paragraph's
    // first words: the lines between pass neither test below.
    if (heading !== -1 && heading < i) heading = nextMaybeHeadingLine(lines, i);
    const paragraph = paragraphs.lineFrom(i);
    i = heading < 0 ? paragraph : paragraph < 0 ? heading : Math.min(heading, paragraph);
    if (i < 0) return undefined;
    const start = lines.contentStart(i);
    const end = lines.end(i);
    if (start === end) continue;
    if (isHeadingLine(lines, i, start) && confirmed(lines, i)) return { line: i, hasHeading: true };
    if (paragraphs.within(i, Math.min(end, i + MAX_PARAGRAPH_SCAN)) && isSignatureParagraph(lines, i)) return { line: i, hasHeading: false };
  }
  return undefined;
}

const NOT_YET = -2;

/**
 * The first line at or after line `from` that starts with an "S"
 * (`Lines.nextHeadLine`) and on which, after '*', '_' and ASCII blanks,
 * stands a character beyond ASCII, or an 's' followed by 'i' or a blank
 * ("SIGNATURES", "S I G N ..."); or -1. Only such a line can be a heading
 * (`mayBeHeading`, then HEADING: its '*', '_' and white space are lead
 * characters to `nextHeadLine`).
 */
export function nextMaybeHeadingLine(lines: Lines, from: number): number {
  const text = lines.text;
  for (let i = lines.nextHeadLine(from, TO_END, isS); i >= 0; i = lines.nextHeadLine(i + 1, TO_END, isS)) {
    let p = i;
    let c = text.charCodeAt(p);
    while (c === 0x2a || c === 0x5f || c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x0d) c = text.charCodeAt(++p);
    if (c > 0x7f) return i;
    const d = text.charCodeAt(p + 1);
    if ((c === 0x53 || c === 0x73) && (d === 0x49 || d === 0x69 || d === 0x20)) return i;
  }
  return -1;
}

function isS(c: number): boolean {
  return c === 0x53 || c === 0x73;
}

/** Line `i`, whose content starts at `start`, reads "SIGNATURES". */
function isHeadingLine(lines: Lines, i: number, start: number): boolean {
  const len = lines.contentEnd(i) - start;
  return len <= MAX_HEADING_SCAN && mayBeHeading(lines.text, start, start + len) && HEADING.test(lines.trimmed(i));
}

const MAX_PARAGRAPH_SCAN = 2000;

/** PARAGRAPH_START tested on the first MAX_PARAGRAPH_SCAN characters of line `i` (the reference for `ParagraphStarts`). */
export function opensParagraph(lines: Lines, i: number): boolean {
  return PARAGRAPH_START.test(lines.lineText(i, MAX_PARAGRAPH_SCAN));
}

const PARAGRAPH_SEARCH = new RegExp(PARAGRAPH_START.source, 'gi');

/**
 * Answers `opensParagraph` for lines in order with one search of the text
 * that is kept until the lines pass the match it found. The words of
 * PARAGRAPH_START are fixed and the white space between them is taken whole,
 * so a match starting at a given place is unique, and two matches cannot
 * overlap (no "p" after the first letter). So a line's text holds a match
 * exactly when the first match at or after the line's start ends within it.
 */
export class ParagraphStarts {
  // The first match at or after the last line asked about, and the line it starts on (Infinity, -1: none).
  private start = -1;
  private end = -1;
  private line = -1;

  constructor(private readonly lines: Lines) {}

  /** A match lies in text[line, limit); `line` must not decrease from call to call. */
  within(line: number, limit: number): boolean {
    this.searchFrom(line);
    return this.start < limit && this.end <= limit;
  }

  /** The line on which the first match at or after line `from` starts, or -1. */
  lineFrom(from: number): number {
    this.searchFrom(from);
    return this.line;
  }

  private searchFrom(line: number): void {
    if (this.start >= line) return;
    PARAGRAPH_SEARCH.lastIndex = line;
    const m = PARAGRAPH_SEARCH.exec(this.lines.text);
    this.start = m ? m.index : Infinity;
    this.end = m ? m.index + m[0].length : Infinity;
    this.line = m ? this.lines.lineOf(m.index) : -1;
  }
}

/**
 * The paragraph starting at `line` (it may wrap over a few lines) is the
 * signature paragraph: "Pursuant to the requirements of the Securities
 * Exchange Act of 1934, the registrant has duly caused this report to be signed ...".
 */
function isSignatureParagraph(lines: Lines, line: number): boolean {
  let text = lines.lineText(line, 2000);
  for (let j = lines.next(line), seen = 0; j >= 0 && seen < 3; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    seen++;
    text += ' ' + lines.trimmed(j, 2000);
  }
  const words = collapse(text);
  return PARAGRAPH.test(words) && SIGNS_OFF.test(words);
}

/** A heading is a signature heading when the signature paragraph or a signature line follows it. */
function confirmed(lines: Lines, line: number): boolean {
  let seen = 0;
  for (let j = lines.next(line); j >= 0 && seen < 6; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    seen++;
    const s = lines.lineText(j, 2000);
    if (CONFIRMS.test(s)) return true;
    // Another heading: this one was an entry of a table of contents.
    if (ANOTHER_HEADING.test(s) || (s.length <= MAX_HEADING_SCAN && HEADING.test(s.trim()))) return false;
  }
  return false;
}

/** The line `n` non-blank lines after `line` (or the last line). */
function nonBlankAfter(lines: Lines, line: number, n: number): number {
  let last = line;
  for (let j = lines.next(line), seen = 0; j >= 0 && seen < n; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    seen++;
    last = j;
  }
  return last;
}

function blockLastLine(lines: Lines, line: number): number {
  let seen = 0;
  let last = line;
  for (let j = lines.next(line); j >= 0 && seen < MAX_BLOCK_LINES; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    if (mayEndBlock(lines.text.charCodeAt(lines.contentStart(j))) && BLOCK_END.test(lines.trimmed(j, 200))) break;
    seen++;
    last = j;
  }
  return last;
}

/**
 * BLOCK_END can match a line whose content starts with `c` only when `c` is
 * '*', '_', the "e" of "exhibit" or the "i" of "index", in either case, or
 * beyond ASCII (white space to \s that `contentStart` does not skip).
 */
export function mayEndBlock(c: number): boolean {
  return c === 0x2a || c === 0x5f || (c | 0x20) === 0x65 || (c | 0x20) === 0x69 || c > 0x7f;
}

// ------------------------------------------------------------------- date

const DATE_LABEL = /(?:^|[\s*(])(dated?)\b\s*[:.]?/gi;
const DAY_OF = /\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+([A-Za-z]{3,9})\.?,?\s+((?:19|20)\d\d)\b/gi;

/**
 * The block's date: one labelled "Date:"/"Dated:" first (its value may be on the
 * next line), then a date that opens a line or a table cell, then any date,
 * including "this 8th day of January, 2025" in the paragraph.
 */
function findSignatureDate(lines: Lines, first: number, last: number): Found | undefined {
  const text = lines.text;
  for (let i = first; i >= 0 && i <= last; i = lines.next(i)) {
    const s = lines.lineText(i, 2000);
    DATE_LABEL.lastIndex = 0;
    for (let m = DATE_LABEL.exec(s); m; m = DATE_LABEL.exec(s)) {
      const after = DATE_LABEL.lastIndex;
      const base = i;
      const dates = findDates(text, base + after, base + s.length);
      if (dates.length > 0 && /^[\s\t\u00a0]*$/.test(text.slice(base + after, dates[0].index))) return found(text, dates[0]);
      if (s.slice(after).trim() === '') {
        const j = lines.nextNonBlank(lines.next(i), 3);
        if (j >= 0 && j <= lines.oneAfter(last)) {
          const d = findDates(text, lines.contentStart(j), lines.contentEnd(j));
          if (d.length > 0 && d[0].index === lines.contentStart(j)) return found(text, d[0]);
        }
      }
    }
  }
  for (let i = first; i >= 0 && i <= last; i = lines.next(i)) {
    const start = lines.contentStart(i);
    const end = lines.contentEnd(i);
    for (const d of findDates(text, start, Math.min(end, start + 2000))) {
      const before = text.slice(i, d.index);
      if (/^[\s*_]*$/.test(before) || /(?:\t|\s{3,})[\s*_]*$/.test(before)) return found(text, d);
    }
  }
  for (let i = first; i >= 0 && i <= last; i = lines.next(i)) {
    const start = lines.contentStart(i);
    const end = Math.min(lines.contentEnd(i), start + 4000);
    const d = findDates(text, start, end)[0];
    const dayOf = findDayOf(lines, i, last);
    if (d && (!dayOf || d.index <= dayOf.start)) return found(text, d);
    if (dayOf) return dayOf;
  }
  return undefined;
}

function found(text: string, d: { iso: string; index: number; length: number }): Found {
  return { value: d.iso, raw: collapse(text.slice(d.index, d.index + d.length)), start: d.index, end: d.index + d.length };
}

/** "this 8th day of January, 2025" starting on line `i` (it may run on to the next line of the block). */
function findDayOf(lines: Lines, i: number, last: number): Found | undefined {
  const text = lines.text;
  const start = lines.contentStart(i);
  const end = Math.min(lines.contentEnd(i), start + 4000);
  const j = i < last ? lines.nextNonBlank(lines.next(i), 2) : -1;
  const nextStart = j >= 0 ? lines.contentStart(j) : -1;
  const first = text.slice(start, end);
  const joined = j >= 0 ? `${first} ${text.slice(nextStart, Math.min(lines.contentEnd(j), nextStart + 100))}` : first;
  // An offset in `joined` back to the view.
  const at = (k: number) => (k <= first.length ? start + k : nextStart + (k - first.length - 1));
  DAY_OF.lastIndex = 0;
  for (let m = DAY_OF.exec(joined); m && m.index < first.length; m = DAY_OF.exec(joined)) {
    const iso = parseDate(`${m[2]} ${m[1]}, ${m[3]}`);
    if (iso) return { value: iso, raw: collapse(m[0]), start: at(m.index), end: at(m.index + m[0].length) };
  }
  return undefined;
}

// ---------------------------------------------------------- signer, title

const SLASH_S = /\/s\/\s*/i;
const BY = /(?:^[\s*_]*|\t[\s*_]*| {2,})by\b\s*:?\s*/i;
const LABEL = /^[\s*_]*(name|title)\s*:?\s*/i;

/** Name after "/s/", else after "By:", cut at a cell or a wide gap. */
function findSigner(lines: Lines, first: number, last: number): { line: number; found: Found } | undefined {
  const text = lines.text;
  for (let i = first; i >= 0 && i <= last; i = lines.next(i)) {
    const s = lines.lineText(i, 2000);
    const m = SLASH_S.exec(s);
    if (!m) continue;
    const f = cellAt(text, i + m.index + m[0].length, i + s.length);
    if (f) return { line: i, found: f };
  }
  for (let i = first; i >= 0 && i <= last; i = lines.next(i)) {
    const s = lines.lineText(i, 2000);
    const m = BY.exec(s);
    if (!m) continue;
    const f = cellAt(text, i + m.index + m[0].length, i + s.length);
    if (f && /^[A-Z][A-Za-z.'\- ]/.test(f.value)) return { line: i, found: f };
    let j = lines.nextNonBlank(lines.next(i), 3);
    if (j >= 0 && /^[-_=\s]+$/.test(lines.trimmed(j))) j = lines.nextNonBlank(lines.next(j), 3);
    if (j < 0 || j > last) continue;
    const next = cellAt(text, lines.contentStart(j), lines.contentEnd(j));
    if (next && /^[A-Z][A-Za-z.'\- ]+$/.test(next.value.split(',')[0])) {
      const name = next.value.split(',')[0].trim();
      return { line: j, found: { value: name, raw: name, start: next.start, end: next.start + name.length } };
    }
  }
  return undefined;
}

/** The text from `start` to the next tab or run of three spaces, trimmed; undefined when empty. */
function cellAt(text: string, start: number, end: number): Found | undefined {
  let p = start;
  while (p < end && isWhiteSpace(text.charCodeAt(p))) p++;
  let q = p;
  while (q < end && !endsCell(text, q)) q++;
  while (q > p && (isWhiteSpace(text.charCodeAt(q - 1)) || text.charCodeAt(q - 1) === 0x5f || text.charCodeAt(q - 1) === 0x2a)) q--;
  if (q <= p) return undefined;
  const raw = collapse(text.slice(p, q));
  return { value: raw, raw, start: p, end: q };
}

/** A tab, or the first of three spaces, ends a table cell of converted text. */
function endsCell(text: string, q: number): boolean {
  const c = text.charCodeAt(q);
  return c === 0x09 || (c === 0x20 && text.charCodeAt(q + 1) === 0x20 && text.charCodeAt(q + 2) === 0x20);
}

/** The letters of a name, lower case: what the signer's name and a line are compared by. */
export function nameKey(s: string): string {
  return isAscii(s) ? asciiLetters(s) : plainNameKey(s);
}

/** nameKey(s) === key, without making the key of an ASCII `s`. */
export function hasNameKey(s: string, key: string): boolean {
  if (!isAscii(s)) return plainNameKey(s) === key;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    else if (c < 0x61 || c > 0x7a) continue;
    if (k === key.length || key.charCodeAt(k) !== c) return false;
    k++;
  }
  return k === key.length;
}

/** `nameKey` the plain way, for any text. */
export function plainNameKey(s: string): string {
  return s.toLowerCase().replace(/[^a-z]/g, '');
}

/**
 * `plainNameKey` of an ASCII text in one pass: lower case makes letters only
 * of A-Z. (Beyond ASCII it can make a-z of other letters: those go the plain way.)
 */
function asciiLetters(s: string): string {
  let key = '';
  let run = 0; // start of the run of lower-case letters kept as they are
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) continue;
    if (i > run) key += s.slice(run, i);
    run = i + 1;
    if (c >= 0x41 && c <= 0x5a) key += String.fromCharCode(c | 0x20);
  }
  return run === 0 ? s : key + s.slice(run);
}

// Lines below the signer's name that are not the title: a rule, a note in parentheses, the date, "By".
const NOT_A_TITLE = /^[-_=\s]+$|^\(.*\)$|^(?:date|dated)\b|^by\b/i;

/** "Title: ..." near the signer, else the first line after the signer's name that is not the name again. */
function findSignerTitle(lines: Lines, signerLine: number, last: number, signer: string): Found | undefined {
  const found = titleOnOneLine(lines, signerLine, last, signer);
  return found && continuedTitle(lines, found, lines.oneAfter(last));
}

/** A title that ends in a comma or "and" goes on, over at most MAX_TITLE_LINES lines. */
const TITLE_GOES_ON = /(?:,|\band|&)$/i;
const MAX_TITLE_LINES = 4;
/** What comes after a signature block, not the rest of a title: "EXHIBIT INDEX", "Item 9.01", "/s/", a page number. */
const NOT_MORE_TITLE = /^(?:exhibit|index|item\b|signature|\/s\/|\d+$)/i;

/**
 * A title set over several lines ("Chief Legal Officer," then "General
 * Counsel and Corporate Secretary"): a next line joins it when it comes right
 * after (no blank line) and is not a date, a label or a parenthesis.
 */
function continuedTitle(lines: Lines, title: Found, bound: number): Found {
  for (let extra = 0; extra < MAX_TITLE_LINES - 1 && TITLE_GOES_ON.test(title.value); extra++) {
    const k = lines.next(lines.lineOf(title.end));
    if (k < 0 || k > bound || lines.isBlank(k)) break;
    const s = lines.trimmed(k);
    if (NOT_A_TITLE.test(s) || LABEL.test(s) || NOT_MORE_TITLE.test(s)) break;
    const rest = cellAt(lines.text, lines.contentStart(k), lines.contentEnd(k));
    if (!rest) break;
    const value = `${title.value} ${rest.value}`;
    title = { value, raw: value, start: title.start, end: rest.end };
  }
  return title;
}

function titleOnOneLine(lines: Lines, signerLine: number, last: number, signer: string): Found | undefined {
  const text = lines.text;
  const key = nameKey(signer);
  let seen = 0;
  // Lines up to the one after the block's last.
  const bound = lines.oneAfter(last);
  for (let j = signerLine; j >= 0 && j <= bound && seen < 6; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    seen++;
    const s = lines.lineText(j, 2000);
    const m = LABEL.exec(s);
    if (m && m[1].toLowerCase() === 'title') {
      const f = cellAt(text, j + m[0].length, j + s.length);
      if (f) return f;
      const k = lines.nextNonBlank(lines.next(j), 3);
      return k >= 0 ? cellAt(text, lines.contentStart(k), lines.contentEnd(k)) : undefined;
    }
  }
  seen = 0;
  for (let j = lines.next(signerLine); j >= 0 && j <= bound && seen < 5; j = lines.next(j)) {
    if (lines.isBlank(j)) continue;
    seen++;
    const start = lines.contentStart(j);
    const s = lines.trimmed(j);
    if (NOT_A_TITLE.test(s)) continue;
    const label = LABEL.exec(s);
    if (label) {
      if (label[1].toLowerCase() === 'name') continue;
      return cellAt(text, start + label[0].length, lines.contentEnd(j));
    }
    if (hasNameKey(s, key)) continue;
    const cell = cellAt(text, start, lines.contentEnd(j));
    if (!cell) continue;
    // "Gregory D. Perry Executive Vice President ..." : the title follows the name on the same line.
    const nameEnd = prefixLengthOfName(text.slice(cell.start, cell.end), key);
    if (nameEnd > 0) {
      let restStart = cell.start + nameEnd;
      while (restStart < cell.end && (isWhiteSpace(text.charCodeAt(restStart)) || text[restStart] === ',' || text[restStart] === '.')) restStart++;
      if (restStart >= cell.end) continue;
      const rest = collapse(text.slice(restStart, cell.end));
      return { value: rest, raw: rest, start: restStart, end: cell.end };
    }
    return cell;
  }
  return undefined;
}

/** Length of the prefix of `s` whose letters spell the name `key`, or 0. */
function prefixLengthOfName(s: string, key: string): number {
  if (!key) return 0;
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i].toLowerCase();
    if (c < 'a' || c > 'z') continue;
    if (c !== key[k]) return 0;
    k++;
    if (k === key.length) return i + 1;
  }
  return 0;
}
