/**
 * The registrant's name as printed: the line or cell above "(Exact name of
 * registrant as specified in its charter)", beside it, or below it; the first
 * name under a "Registrant, State of Incorporation, Address" column of a
 * combined filing; failing both, the visible dei:EntityRegistrantName fact or
 * the line that spells the SEC header's company name.
 */
import type { Located, SecHeader, XbrlFact } from '../model';
import { findDates } from '../dates';
import { type Caption, type Captions, isCaptionLine, isCaptionText } from './captions';
import { cellAt, cellsOf, type CoverText, nearestInColumn, openingBefore, type Span, trimSpan } from './coverText';
import { locateFact, visibleFact } from './facts';
import { dateMatcher, einMatcher, fileNumberMatcher } from './valuePatterns';

const BOILERPLATE =
  /date\s+of\s+report|earliest\s+event|\bform\s+\d|current\s+report|securities\s+(?:and\s+)?exchange\s+(?:act|commission)|pursuant\s+to\s+section|washington,?\s+d\.?\s?c\b|\bmark\s+one\b|commission\s+file|table\s+of\s+contents/i;

/** Could this text be a company's name (not a caption, a date, a number or the form's boilerplate)? */
export function isPlausibleName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 160) return false;
  if (!/[A-Za-z].*[A-Za-z]/.test(t)) return false;
  if (isCaptionText(t) || BOILERPLATE.test(t)) return false;
  if (findDates(t).length > 0 || einMatcher(t, 0, t.length).length > 0) return false;
  const fileNumber = fileNumberMatcher(t, 0, t.length)[0];
  return !(fileNumber && fileNumber.end - fileNumber.start >= t.length - 2);
}

export interface RegistrantFound {
  located: Located;
  /** Where the printed name stands in the view (absent for a fact outside the view). */
  span?: Span;
}

export function findRegistrant(
  cover: CoverText,
  captions: Captions,
  hints: { header?: SecHeader; facts: XbrlFact[] },
  searchEnd: number,
): RegistrantFound | undefined {
  const printed = (span: Span | undefined) => (span ? { located: cover.locate(span), span } : undefined);
  const caption = captions.first('registrant');
  const beside = caption && nameBesideCaption(cover, caption);
  if (beside) return printed(beside);

  const column = captions.first('registrantColumn');
  const below = column && firstNameBelow(cover, column);
  if (below) return printed(below);

  const fact = visibleFact(hints.facts, 'EntityRegistrantName');
  if (fact) return { located: locateFact(fact) };

  const name = hints.header?.companyName?.value;
  return printed((name ? lineSpelling(cover, name, searchEnd) : undefined) ?? nameAboveEin(cover));
}

function nameBesideCaption(cover: CoverText, caption: Caption): Span | undefined {
  const line = cover.lines[caption.line];
  const { text } = cover;

  // "ImmunoGen, Inc. (Exact name of registrant ...)" on one line; on a cover flattened into
  // one line, what follows the last date or caption before it ("...reported): May 1, 2020 ACME CORP (Exact").
  const open = openingBefore(text, line.start, caption.start);
  const cell = open > line.start ? cellAt(line, open - 1) : undefined;
  if (cell) {
    const span = trimSpan(text, cell.start, Math.min(cell.end, open));
    if (isPlausibleName(text.slice(span.start, span.end))) return span;
    const tail = trimSpan(text, lastBreak(text, span.start, span.end), span.end);
    if (tail.start > span.start && isPlausibleName(text.slice(tail.start, tail.end))) return tail;
  }

  const colon = /^[^:()\n]{0,20}\)?\s*:/.test(text.slice(caption.end, line.end));
  if (!colon) {
    const index = cover.nextNonBlank(caption.line, -1);
    const above = index >= 0 && !isCaptionLine(cover, cover.lines[index]) ? nameOnLine(cover, index, caption) : undefined;
    if (above) return withContinuation(cover, above);
  }
  // "Exact name of registrant as specified in its charter: ImmunoGen, Inc."
  const rest = text.slice(caption.end, line.end).replace(/^[^:)]*[:)]/, '');
  const after = trimSpan(text, line.end - rest.length, line.end);
  if (after.end > after.start && isPlausibleName(text.slice(after.start, after.end))) return after;
  // Below, past the rest of a caption that wraps ("Exact Name of Registrant as Specified in its Charter, / State of ...").
  for (let i = caption.line + 1, seen = 0; i < cover.lines.length && seen < 3; i++) {
    if (cover.lines[i].blank || isCaptionLine(cover, cover.lines[i])) continue;
    seen++;
    const name = nameOnLine(cover, i, caption);
    if (name) return name;
  }
  return undefined;
}

/** Where the last date, closing parenthesis or colon in text[start, end) ends (or `start`). */
function lastBreak(text: string, start: number, end: number): number {
  let cut = start;
  for (const d of dateMatcher(text, start, end)) cut = Math.max(cut, d.end);
  const punctuation = Math.max(text.lastIndexOf(')', end - 1), text.lastIndexOf(':', end - 1));
  return punctuation >= cut ? punctuation + 1 : cut;
}

/**
 * A cover with no name caption at all ("Commission File Number 0-14278 /
 * MICROSOFT CORPORATION / WASHINGTON 91-1144442"): the company name on one of
 * the lines just above the first EIN.
 */
function nameAboveEin(cover: CoverText): Span | undefined {
  const ein = einMatcher(cover.text, 0, cover.limit)[0];
  if (!ein) return undefined;
  for (let i = cover.lineAt(ein.start) - 1, seen = 0; i >= 0 && seen < 3; i--) {
    const line = cover.lines[i];
    if (line.blank || isCaptionLine(cover, line)) continue;
    seen++;
    const text = line.text.trim();
    if (isPlausibleName(text) && COMPANY_ENDING.test(text)) return trimSpan(cover.text, line.start, line.end);
  }
  return undefined;
}

/** The cell of line `index` lined up with the caption, when it reads as a name. */
function nameOnLine(cover: CoverText, index: number, caption: Caption): Span | undefined {
  const line = cover.lines[index];
  const cells = cellsOf(line);
  if (cells.length === 0) return undefined;
  const best = nearestInColumn(cells, line, cover.lines[caption.line], caption);
  const span = trimSpan(cover.text, best.start, best.end);
  return isPlausibleName(cover.text.slice(span.start, span.end)) ? span : undefined;
}

const CONTINUED = /(?:\b(?:of|and|for|the)|[&,])$/i;
const COMPANY_ENDING =
  /\b(?:inc|incorporated|corp|corporation|company|co|ltd|limited|llc|l\.l\.c|l\.p|lp|plc|n\.v|s\.a|trust|fund|bancorp|holdings?)\.?\)?$/i;

/**
 * A long name broken over two lines ("PUBLIC SERVICE COMPANY OF" / "NEW
 * MEXICO") is joined; of several registrants' names stacked above one
 * caption, the first is taken.
 */
function withContinuation(cover: CoverText, span: Span): Span {
  let index = cover.lineAt(span.start);
  const lineSpan = (i: number) => trimSpan(cover.text, cover.lines[i].start, cover.lines[i].end);
  const lineText = (i: number) => cover.lines[i].text.trim();
  const hasLineAbove = (i: number) => i > 0 && !cover.lines[i - 1].blank;

  if (hasLineAbove(index) && CONTINUED.test(lineText(index - 1)) && isPlausibleName(lineText(index - 1))) {
    return { start: lineSpan(index - 1).start, end: span.end };
  }
  if (!COMPANY_ENDING.test(lineText(index))) return span;
  let first = span;
  for (let n = 0; n < 4 && hasLineAbove(index); n++) {
    const above = lineText(--index);
    if (!COMPANY_ENDING.test(above) || !isPlausibleName(above)) break;
    first = lineSpan(index);
  }
  return first;
}

/** The first name in the rows under a "Registrant, State of Incorporation, ..." column header. */
function firstNameBelow(cover: CoverText, column: Caption): Span | undefined {
  for (let i = column.line + 1, seen = 0; i < cover.lines.length && seen < 8; i++) {
    const line = cover.lines[i];
    if (line.blank || isCaptionLine(cover, line)) continue;
    seen++;
    const cells = cellsOf(line).filter((c) => isPlausibleName(c.text));
    if (cells.length === 0) continue;
    const best = nearestInColumn(cells, line, cover.lines[column.line], column);
    return trimSpan(cover.text, best.start, best.end);
  }
  return undefined;
}

// Spellings of the same name: "ZURN INDUSTRIES INC" (header) and "Zurn Industries, Inc." (cover).
const SUFFIXES: Record<string, string> = {
  INCORPORATED: 'INC',
  CORPORATION: 'CORP',
  COMPANY: 'CO',
  LIMITED: 'LTD',
  AND: '&',
};

export function nameKey(text: string): string {
  const words = text
    .toUpperCase()
    .replace(/&/g, ' & ')
    .replace(/[^A-Z0-9& ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => SUFFIXES[w] ?? w);
  if (words[0] === 'THE') words.shift();
  return words.join('');
}

/** The first line (or cell) before `end` that spells `name`. */
function lineSpelling(cover: CoverText, name: string, end: number): Span | undefined {
  const key = nameKey(name);
  if (key.length < 3) return undefined;
  for (const line of cover.lines) {
    if (line.start >= end) break;
    if (line.blank) continue;
    for (const candidate of line.hasTab ? cellsOf(line) : [line]) {
      if (spellsName(candidate.text, key)) return trimSpan(cover.text, candidate.start, candidate.end);
    }
  }
  return undefined;
}

/**
 * Whether the nameKey of `text` is `key`, or (for a key of 8 characters or
 * more) the key and at most 4 characters more. The text's key is built word
 * by word, as nameKey builds it, and given up on as soon as it can no longer
 * be one of those: for most lines at their first word.
 */
export function spellsName(text: string, key: string): boolean {
  const upper = text.toUpperCase();
  const n = upper.length;
  const maxLength = key.length >= 8 ? key.length + 4 : key.length;
  let built = '';
  let first = true;
  for (let i = 0; i < n; ) {
    // nameKey's words: runs of A-Z and 0-9, and each "&" alone; anything else parts them.
    const c = upper.charCodeAt(i);
    let end = i + 1;
    if (c !== 0x26) {
      if (!isKeyChar(c)) {
        i++;
        continue;
      }
      while (end < n && isKeyChar(upper.charCodeAt(end))) end++;
    }
    const word = upper.slice(i, end);
    i = end;
    const wasFirst = first;
    first = false;
    if (wasFirst && word === 'THE') continue;
    built += SUFFIXES[word] ?? word;
    const stillPrefix = built.length <= key.length ? key.startsWith(built) : built.startsWith(key);
    if (!stillPrefix || built.length > maxLength) return false;
  }
  return built === key || (built.length > key.length && key.length >= 8);
}

/** A-Z or 0-9. */
function isKeyChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
