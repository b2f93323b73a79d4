/**
 * The lines of a view's text, for the body finders (items, signatures,
 * exhibits). A line is named by the offset where it starts; its end excludes
 * its "\r\n" / "\n". Nothing is built up front: the finders look at few lines
 * (around the places a native search over the whole text finds), so a line is
 * located when asked for, with indexOf / lastIndexOf.
 */

/** A bound on line starts that no line reaches: "to the end of the text". */
export const TO_END = Infinity;

export class Lines {
  // The last line looked up, its end and the line after it: the finders ask
  // about one line several times in a row, then go on to the next.
  private cachedLine = -1;
  private cachedEnd = -1;
  private cachedNext = -1;

  constructor(readonly text: string) {}

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
  }

  /** The line's text; long lines are cut to `max` characters (matching never needs more). */
  lineText(line: number, max = Infinity): string {
    return this.text.slice(line, Math.min(this.end(line), line + max));
  }

  /** Offset of the first character that is not white space, or the line end. */
  contentStart(line: number): number {
    const end = this.end(line);
    let p = line;
    while (p < end && isSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  /** Offset just past the last character that is not white space, or the line start. */
  contentEnd(line: number): number {
    let p = this.end(line);
    while (p > line && isSpace(this.text.charCodeAt(p - 1))) p--;
    return p;
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

/** A regular-expression class of white space within a line: blanks, tabs, no-break and typographic spaces. */
export const INLINE_SPACE = String.raw`[ \t\u00a0\u2000-\u200b\u202f\u3000]`;

/** White space as converted filings have it: ASCII blanks, tabs, no-break and other Unicode spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapses runs of white space to one space and trims. */
export function collapse(s: string): string {
  // Most strings need nothing done: one test finds the others, without building a new string.
  return NEEDS_COLLAPSE.test(s) ? s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim() : s;
}

// White space other than a single blank between other characters: \s, U+200B, two blanks, a blank at either end.
const NEEDS_COLLAPSE = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;
