/**
 * The cover region of a view, cut into lines and cells.
 *
 * A cell is a run of text between gaps: a tab (HTML table cells) or two or
 * more blanks (plain-text columns). Positions are view offsets throughout.
 */
import type { Located, TextView } from '../model';
import { isWhiteSpace } from './anchoredPattern';

export interface Line {
  readonly index: number;
  readonly start: number;
  /** End of the line's text, before any "\r\n". */
  readonly end: number;
  readonly text: string;
  /** Nothing a reader would call a value: empty, rules ("-----"), or SGML markup ("<PAGE> 2"). */
  readonly blank: boolean;
  /** A blank line drawn as a rule ("-----", "_____") rather than left empty. */
  readonly rule: boolean;
  readonly hasTab: boolean;
  /** Whether the line is made only of caption words: see isCaptionLine, which fills it in. */
  captionOnly: boolean | undefined;
  /** The line's cells: see cellsOf, which fills them in. */
  cells: readonly Cell[] | undefined;
}

export interface Cell {
  start: number;
  end: number;
  text: string;
  /** Index among the line's cells. */
  index: number;
}

export interface Span {
  start: number;
  end: number;
}

const SGML_TAG = /<\/?[A-Za-z][^<>\n]{0,80}>/g;
/** Three rule characters in a row: a blank line drawn as a rule. */
const RULE = /[-_=*~]{3,}/;

/** Nothing but SGML markup ("<PAGE> 2"), white space and digits. */
function isMarkupOnly(text: string): boolean {
  return /^[\s\d]*$/.test(text.replace(SGML_TAG, ''));
}

/** /^[\s\-_=*~.·•]*$/: nothing but white space and rule characters (or nothing). */
export function isSeparatorLine(text: string): boolean {
  return isSeparatorIn(text, 0, text.length);
}

/** isSeparatorLine(text.slice(from, to)), read in place. */
function isSeparatorIn(text: string, from: number, to: number): boolean {
  // Most lines end in a letter: looked at first, it settles them without a walk over their indent.
  if (to > from && !isRuleOrSpace(text.charCodeAt(to - 1))) return false;
  for (let i = from; i < to; i++) if (!isRuleOrSpace(text.charCodeAt(i))) return false;
  return true;
}

function isRuleOrSpace(c: number): boolean {
  if (c === 0x20) return true;
  const rule = c === 0x2d || c === 0x5f || c === 0x3d || c === 0x2a || c === 0x7e || c === 0x2e || c === 0xb7 || c === 0x2022;
  return rule || isWhiteSpace(c);
}

const TAB = 0x09;

/** A blank of a gap between cells: " " or "\u00a0". */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0xa0;
}

/** A tab or a gap blank. */
function isCellBreak(c: number): boolean {
  return c === TAB || isGap(c);
}

/** A line of the cover. Its text is cut out of the head when first read: many lines are only tested for blankness. */
class CoverLine implements Line {
  private cut: string | undefined = undefined;
  captionOnly: boolean | undefined = undefined;
  cells: readonly Cell[] | undefined = undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    private readonly head: string,
    readonly blank: boolean,
    readonly rule: boolean,
    readonly hasTab: boolean,
  ) {}

  get text(): string {
    this.cut ??= this.head.slice(this.start, this.end);
    return this.cut;
  }
}

export class CoverText {
  readonly text: string;
  /** The text up to the limit: where captions and headings are searched. */
  readonly head: string;
  readonly lines: Line[] = [];

  constructor(
    readonly view: TextView,
    readonly limit: number,
  ) {
    this.text = view.text;
    // Line ends are looked for up to the limit only (the last line ends there).
    const head = this.text.slice(0, limit);
    this.head = head;
    // The next "<" and tab at or after the line's start, or -1 when none is left: one search
    // each finds them for all the lines up to it, rather than a search of every line.
    let nextLt = head.indexOf('<');
    let nextTab = head.indexOf('\t');
    let start = 0;
    while (start < limit) {
      let nl = head.indexOf('\n', start);
      if (nl === -1) nl = limit;
      let end = nl;
      if (end > start && head.charCodeAt(end - 1) === 13) end--;
      if (nextLt !== -1 && nextLt < start) nextLt = head.indexOf('<', start);
      if (nextTab !== -1 && nextTab < start) nextTab = head.indexOf('\t', start);
      // Read in the head, not in the line's own string: every line then reads the same string,
      // which the compiled loop handles faster than strings of several kinds.
      const blank = isSeparatorIn(head, start, end) || (nextLt !== -1 && nextLt < end && isMarkupOnly(head.slice(start, end)));
      const rule = blank && end - start >= 3 && RULE.test(head.slice(start, end));
      this.lines.push(new CoverLine(this.lines.length, start, end, head, blank, rule, nextTab !== -1 && nextTab < end));
      start = nl + 1;
    }
  }

  /** Index of the line holding `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The nearest non-blank line before (step -1) or after (step 1) line `index`, or -1. */
  nextNonBlank(index: number, step: 1 | -1): number {
    for (let i = index + step; i >= 0 && i < this.lines.length; i += step) {
      if (!this.lines[i].blank) return i;
    }
    return -1;
  }

  /** A Located value from a view span, trimmed of blanks and of the "**" / "__" marks of converted text. */
  locate<T = string>(span: Span, value?: T): Located<T> {
    const s = trimSpan(this.text, span.start, span.end);
    const raw = collapse(this.text.slice(s.start, s.end));
    return {
      value: (value === undefined ? raw : value) as T,
      raw,
      range: this.view.toSourceRange(s.start, s.end),
    };
  }
}

export function collapse(text: string): string {
  return isCollapsed(text) ? text : text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * True when collapse would give the text back as it is, as it does for most
 * values: no white space but single inner spaces (nothing to replace, nothing
 * to trim).
 */
function isCollapsed(text: string): boolean {
  const n = text.length;
  if (n > 0 && (isWhiteSpace(text.charCodeAt(0)) || isWhiteSpace(text.charCodeAt(n - 1)))) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 ? text.charCodeAt(i + 1) === 0x20 || isWhiteSpace(text.charCodeAt(i + 1)) : isWhiteSpace(c)) return false;
  }
  return true;
}

/** What trimSpan trims: white space as /\s/ knows it, "*" and "_". */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || c === 42 || c === 95;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The span without surrounding blanks, "**" bold marks and "__" underlines. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isTrimmed(text.charCodeAt(s))) s++;
  while (e > s && isTrimmed(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * The cells of a line: runs of text separated by tabs or by two or more
 * blanks. They are cut once per line (the column of every value tried is
 * told by them) and shared, so read-only.
 */
export function cellsOf(line: Line): readonly Cell[] {
  line.cells ??= cutCells(line);
  return line.cells;
}

function cutCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const { text } = line;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isCellBreak(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const s = i;
    let e = i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === TAB) break;
      if (isGap(c) && i + 1 < n && isCellBreak(text.charCodeAt(i + 1))) break;
      i++;
      if (!isGap(c)) e = i;
    }
    cells.push({ start: line.start + s, end: line.start + e, text: text.slice(s, e), index: cells.length });
  }
  return cells;
}

/** The cell of `line` that holds view offset `offset` (or the nearest one before it). */
export function cellAt(line: Line, offset: number): Cell | undefined {
  let found: Cell | undefined;
  for (const cell of cellsOf(line)) {
    if (cell.start <= offset) found = cell;
    else break;
  }
  return found;
}

/**
 * How far apart two spans on different lines stand, as columns: cell indices
 * when both lines are tab-separated (HTML tables), character columns otherwise.
 */
function columnDistance(a: Line, aSpan: Span, b: Line, bSpan: Span): number {
  if (a.hasTab && b.hasTab) {
    const ai = cellAt(a, aSpan.start)?.index ?? 0;
    const bi = cellAt(b, bSpan.start)?.index ?? 0;
    return Math.abs(ai - bi);
  }
  const aCenter = (aSpan.start + aSpan.end) / 2 - a.start;
  const bCenter = (bSpan.start + bSpan.end) / 2 - b.start;
  return Math.abs(aCenter - bCenter);
}

/** Of spans on line `line`, the one standing most nearly under (or over) `anchor` on line `anchorLine`. */
export function nearestInColumn<T extends Span>(spans: readonly T[], line: Line, anchorLine: Line, anchor: Span): T {
  let best = spans[0];
  let bestDistance = Infinity;
  for (const span of spans) {
    const d = columnDistance(anchorLine, anchor, line, span);
    if (d < bestDistance) {
      best = span;
      bestDistance = d;
    }
  }
  return best;
}

/** /[\s(\[]/: white space or an opening parenthesis or bracket. */
function opensBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || isWhiteSpace(c);
}

/**
 * Where the text a caption belongs to starts: back from `start` over blanks
 * and opening parentheses ("ImmunoGen, Inc. (Exact name ..." gives the end of
 * "Inc."), not before `lineStart`.
 */
export function openingBefore(text: string, lineStart: number, start: number): number {
  let open = start;
  while (open > lineStart && opensBracket(text.charCodeAt(open - 1))) open--;
  return open;
}
