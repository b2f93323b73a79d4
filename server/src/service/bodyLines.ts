/**
 * The lines of a view's text, for the body finders (items, signatures,
 * exhibits). A line is named by the offset where it starts; its end excludes
 * its "\r\n" / "\n". Nothing is built up front: the finders stop early (the
 * items end at the signatures) and look closely at few lines (those that
 * start with a heading's first letter, `nextHeadLine`), so a line is located
 * when asked for, with indexOf / lastIndexOf.
 */
import { firstAtOrAfter } from './sortedSearch';

/** A bound on line starts that no line reaches: "to the end of the text". */
export const TO_END = Infinity;

export class Lines {
  // The last line looked up, its end and the line after it: the finders ask
  // about one line several times in a row, then go on to the next.
  private cachedLine = -1;
  private cachedEnd = -1;
  private cachedNext = -1;
  // The cached line's content start and end, once asked for (-1 until then).
  private cachedContentStart = -1;
  private cachedContentEnd = -1;

  // The lines classified so far that start with a heading letter (`nextHeadLine`),
  // with that letter, and the next line to classify (-1: all are).
  private readonly headLines: number[] = [];
  private readonly headLetters: number[] = [];
  private unclassified = 0;

  constructor(readonly text: string) {}

  /**
   * The first line at or after `from` and before `to` whose first character
   * past lead characters (`isLeadOrSpace`) is a heading letter
   * (`isHeadLetter`) for which `accept` is true, or -1.
   *
   * The finders of item headings, signature headings, exhibit indexes and item
   * or part sections each want the few lines that start with one of their
   * letters: one loop over the text classifies each line once, as far as the
   * finders ask, and keeps those lines; each finder then tests its own lines.
   */
  nextHeadLine(from: number, to: number, accept: (letter: number) => boolean): number {
    if (from < 0) return -1;
    let k = firstAtOrAfter(this.headLines, from);
    for (;;) {
      for (; k < this.headLines.length; k++) {
        const line = this.headLines[k];
        if (line >= to) return -1;
        if (line >= from && accept(this.headLetters[k])) return line;
      }
      if (this.unclassified < 0 || this.unclassified >= to) return -1;
      this.classifyOn(to);
    }
  }

  /** Classifies lines from the first unclassified one, before `to`, until one starts with a heading letter. */
  private classifyOn(to: number): void {
    const text = this.text;
    let i = this.unclassified;
    while (i >= 0 && i < to) {
      let p = i;
      let c = text.charCodeAt(p);
      for (;;) {
        while (c === 0x20) c = text.charCodeAt(++p); // blanks first: most lead characters are
        if (c < 0x80 ? ASCII_KIND[c] !== LEAD : !isLeadOrSpace(c)) break;
        c = text.charCodeAt(++p);
      }
      const nl = c === 0x0a ? p : text.indexOf('\n', p);
      const line = i;
      i = nl < 0 ? -1 : nl + 1;
      if (c < 0x80 && ASCII_KIND[c] === HEAD_LETTER) {
        this.headLines.push(line);
        this.headLetters.push(c);
        break;
      }
    }
    this.unclassified = i;
  }

  /** The line after `line`, or -1 when `line` is the last one (or is -1). */
  next(line: number): number {
    if (line < 0) return -1;
    if (line !== this.cachedLine) this.lookUp(line);
    return this.cachedNext;
  }

  /** The line before `line`, or -1 when `line` is the first one (or is -1). */
  prev(line: number): number {
    if (line <= 0) return -1;
    // text[line - 1] is the "\n" that ends the previous line.
    return line === 1 ? 0 : this.text.lastIndexOf('\n', line - 2) + 1;
  }

  /** The line holding `offset`. */
  lineOf(offset: number): number {
    return offset <= 0 ? 0 : this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The line after `line`, or `line` itself when it is the last: "at most one line past `line`". */
  oneAfter(line: number): number {
    const n = this.next(line);
    return n < 0 ? line : n;
  }

  /** End of the line's text: before its "\n", and before a "\r" that precedes the "\n". */
  end(line: number): number {
    if (line !== this.cachedLine) this.lookUp(line);
    return this.cachedEnd;
  }

  private lookUp(line: number): void {
    const text = this.text;
    const nl = text.indexOf('\n', line);
    this.cachedLine = line;
    this.cachedEnd = nl < 0 ? text.length : nl > line && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.cachedNext = nl < 0 ? -1 : nl + 1;
    this.cachedContentStart = -1;
    this.cachedContentEnd = -1;
  }

  /** The line's text; long lines are cut to `max` characters (matching never needs more). */
  lineText(line: number, max = Infinity): string {
    return this.text.slice(line, Math.min(this.end(line), line + max));
  }

  /** Offset of the first character that is not white space, or the line end. */
  contentStart(line: number): number {
    const end = this.end(line);
    if (this.cachedContentStart < 0) {
      let p = line;
      while (p < end && isSpace(this.text.charCodeAt(p))) p++;
      this.cachedContentStart = p;
    }
    return this.cachedContentStart;
  }

  /** Offset just past the last character that is not white space, or the line start. */
  contentEnd(line: number): number {
    const end = this.end(line);
    if (this.cachedContentEnd < 0) {
      let p = end;
      while (p > line && isSpace(this.text.charCodeAt(p - 1))) p--;
      this.cachedContentEnd = p;
    }
    return this.cachedContentEnd;
  }

  isBlank(line: number): boolean {
    return this.contentStart(line) === this.end(line);
  }

  /** The line's text without surrounding white space, cut to `max` characters. */
  trimmed(line: number, max = 2000): string {
    const s = this.contentStart(line);
    return this.text.slice(s, Math.min(this.contentEnd(line), s + max));
  }

  /** The first line at or after `line` that is not blank, or -1 (looks at most `limit` lines). */
  nextNonBlank(line: number, limit = 12): number {
    for (let j = line, n = 0; j >= 0 && n < limit; j = this.next(j), n++) if (!this.isBlank(j)) return j;
    return -1;
  }

  /** The last line at or before `line` that is not blank, or -1 (looks at most `limit` lines). */
  prevNonBlank(line: number, limit = 12): number {
    for (let j = line, n = 0; j >= 0 && n < limit; j = this.prev(j), n++) if (!this.isBlank(j)) return j;
    return -1;
  }
}

// `isLeadOrSpace` and `isHeadLetter` for ASCII characters, looked up: they run on the first characters of every line.
const LEAD = 1;
const HEAD_LETTER = 2;
const ASCII_KIND = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_KIND[c] = isLeadOrSpace(c) && c !== 0x0a ? LEAD : isHeadLetter(c) ? HEAD_LETTER : 0;

/**
 * The letters the headings the body finders look for start with, in either
 * case: "Item", "Part", "Signatures", "Exhibit index", "Index to exhibits",
 * "List of exhibits".
 */
export function isHeadLetter(c: number): boolean {
  switch (c | 0x20) {
    case 0x65: // e
    case 0x69: // i
    case 0x6c: // l
    case 0x70: // p
    case 0x73: // s
      return true;
    default:
      return false;
  }
}

/**
 * What may stand before a heading's first word, for any of the finders: white
 * space (to `isSpace` or to \s) and the marks of converted text, bullets and
 * table rules ("*", "_", "#", ">", "|", "•", "·", "=").
 */
export function isLeadOrSpace(c: number): boolean {
  return isSpace(c) || isLead(c) || c === 0x1680 || c === 0x2028 || c === 0x2029;
}

// Characters that may stand before "Item" on a heading line: bold markers of
// converted text, bullets, table rules.
// A switch, not a Set: it runs on the first characters of lines.
export function isLead(c: number): boolean {
  switch (c) {
    case 0x2a: // *
    case 0x5f: // _
    case 0x23: // #
    case 0x3e: // >
    case 0x7c: // |
    case 0x2022: // •
    case 0xb7: // ·
    case 0x3d: // =
      return true;
    default:
      return false;
  }
}

/** A regular-expression class of white space within a line: blanks, tabs, no-break and typographic spaces. */
export const INLINE_SPACE = String.raw`[ \t\u00a0\u2000-\u200b\u202f\u3000]`;

/** White space as converted filings have it: ASCII blanks, tabs, no-break and other Unicode spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The white space of regular expressions: what /\s/ matches (it takes U+00A0, not U+200B). */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Every character of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Collapses runs of white space to one space and trims. */
export function collapse(s: string): string {
  // Most strings need nothing done: one test finds the others, without building a new string.
  return NEEDS_COLLAPSE.test(s) ? s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim() : s;
}

// White space other than a single blank between other characters: \s, U+200B, two blanks, a blank at either end.
const NEEDS_COLLAPSE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;
