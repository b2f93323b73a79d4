/**
 * The registrant's name as printed: the line or cell above "(Exact name of
 * registrant as specified in its charter)", beside it, or below it; the first
 * name under a "Registrant, State of Incorporation, Address" column of a
 * combined filing; failing both, the line that spells the name the SEC
 * header or the dei facts give.
 */
import type { Located, SecHeader, XbrlFact } from '../model';
import { findDates } from '../dates';
import { type Caption, type Captions, isCaptionLine, isCaptionText } from './captions';
import { cellAt, cellsOf, columnDistance, type CoverText, type Line, type Span, trimSpan } from './coverText';
import { visibleFact, locateFact } from './facts';
import { einMatcher, fileNumberMatcher } from './valuePatterns';

const BOILERPLATE =
  /date\s+of\s+report|earliest\s+event|\bform\s+\d|current\s+report|securities\s+(?:and\s+)?exchange\s+(?:act|commission)|pursuant\s+to\s+section|washington,?\s+d\.?\s?c\b|\bmark\s+one\b|commission\s+file|table\s+of\s+contents/i;

export function isPlausibleName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 160) return false;
  if (!/[A-Za-z].*[A-Za-z]/.test(t)) return false;
  if (isCaptionText(t) || BOILERPLATE.test(t)) return false;
  if (findDates(t).length > 0) return false;
  if (einMatcher(t, 0, t.length).length > 0) return false;
  const fileNumber = fileNumberMatcher(t, 0, t.length)[0];
  return !(fileNumber && fileNumber.end - fileNumber.start >= t.length - 2);
}

export interface RegistrantFound {
  located: Located;
  /** Where the printed name stands in the view (absent for a hidden fact). */
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
  return printed(name ? lineSpelling(cover, name, searchEnd) : undefined);
}

function nameBesideCaption(cover: CoverText, caption: Caption): Span | undefined {
  const line = cover.lines[caption.line];
  const { text } = cover;

  // "ImmunoGen, Inc. (Exact name of registrant ...)" on one line.
  let open = caption.start;
  while (open > line.start && /[\s(\[]/.test(text[open - 1])) open--;
  if (open > line.start) {
    const cell = cellAt(line, open - 1);
    if (cell) {
      const span = trimSpan(text, cell.start, Math.min(cell.end, open));
      if (isPlausibleName(text.slice(span.start, span.end))) return span;
    }
  }

  const colon = /^[^:()\n]{0,20}\)?\s*:/.test(text.slice(caption.end, line.end));
  if (!colon) {
    const above = nameOnLine(cover, cover.nextNonBlank(caption.line, -1), { start: caption.start, end: caption.end }, caption.line);
    if (above) return withContinuation(cover, above);
  }
  // "Exact name of registrant as specified in its charter: ImmunoGen, Inc."
  const rest = text.slice(caption.end, line.end).replace(/^[^:)]*[:)]/, '');
  const restStart = line.end - rest.length;
  const after = trimSpan(text, restStart, line.end);
  if (after.end > after.start && isPlausibleName(text.slice(after.start, after.end))) return after;
  return nameOnLine(cover, cover.nextNonBlank(caption.line, 1), { start: caption.start, end: caption.end }, caption.line);
}

/** The cell of line `index` lined up with the caption, when it reads as a name. */
function nameOnLine(cover: CoverText, index: number, captionSpan: Span, captionLine: number): Span | undefined {
  if (index < 0 || Math.abs(index - captionLine) > 4) return undefined;
  const line = cover.lines[index];
  if (isCaptionLine(line)) return undefined;
  const cells = cellsOf(line);
  if (cells.length === 0) return undefined;
  let best = cells[0];
  if (cells.length > 1) {
    const capLine = cover.lines[captionLine];
    let bestDistance = Infinity;
    for (const cell of cells) {
      const d = columnDistance(capLine, captionSpan, line, cell);
      if (d < bestDistance) {
        best = cell;
        bestDistance = d;
      }
    }
  }
  const span = trimSpan(cover.text, best.start, best.end);
  return isPlausibleName(cover.text.slice(span.start, span.end)) ? span : undefined;
}

/** A long name broken over two lines: "PUBLIC SERVICE COMPANY OF" / "NEW MEXICO". */
function withContinuation(cover: CoverText, span: Span): Span {
  const index = cover.lineAt(span.start);
  const previous = cover.lines[index - 1];
  if (!previous || previous.blank) return span;
  const text = previous.text.trim();
  if (!/(?:\b(?:of|and|for|the)|[&,])$/i.test(text) || !isPlausibleName(text)) return span;
  return { start: trimSpan(cover.text, previous.start, previous.end).start, end: span.end };
}

/** The first name in the rows under a "Registrant, State of Incorporation, ..." column header. */
function firstNameBelow(cover: CoverText, column: Caption): Span | undefined {
  const captionLine = cover.lines[column.line];
  let seen = 0;
  for (let i = column.line + 1; i < cover.lines.length && seen < 8; i++) {
    const line = cover.lines[i];
    if (line.blank || isCaptionLine(line)) continue;
    seen++;
    const cells = cellsOf(line).filter((c) => isPlausibleName(c.text));
    if (cells.length === 0) continue;
    let best = cells[0];
    if (cells.length > 1) {
      best = cells.reduce((a, b) =>
        columnDistance(captionLine, column, line, b) < columnDistance(captionLine, column, line, a) ? b : a,
      );
    }
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

function nameKey(text: string): string {
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
    const candidates: Array<Line | { start: number; end: number; text: string }> = line.hasTab ? cellsOf(line) : [line];
    for (const c of candidates) {
      const k = nameKey(c.text);
      if (k === key || (key.length >= 8 && k.startsWith(key) && k.length - key.length <= 4)) {
        return trimSpan(cover.text, c.start, c.end);
      }
    }
  }
  return undefined;
}
