/**
 * The lines of a view's text, for the body finders (items, signatures,
 * exhibits). Built once in one pass; a line's end excludes its "\r\n" / "\n".
 */
import { lastAtOrBefore } from './sortedSearch';

export class Lines {
  readonly count: number;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  constructor(readonly text: string) {
    // One pass: the arrays start at a guess (lines of ~40 characters) and grow.
    let starts: Int32Array = new Int32Array(Math.max(16, text.length >> 5));
    let ends: Int32Array = new Int32Array(starts.length);
    let k = 0;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      if (k === starts.length - 1) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[k] = start;
      ends[k] = i > start && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
      k++;
      start = i + 1;
    }
    starts[k] = start;
    ends[k] = text.length;
    this.count = k + 1;
    this.starts = starts;
    this.ends = ends;
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  /** The line's text; long lines are cut to `max` characters (matching never needs more). */
  lineText(i: number, max = Infinity): string {
    const s = this.starts[i];
    return this.text.slice(s, Math.min(this.ends[i], s + max));
  }

  /** Offset of the first character that is not white space, or the line end. */
  contentStart(i: number): number {
    const end = this.ends[i];
    let p = this.starts[i];
    while (p < end && isSpace(this.text.charCodeAt(p))) p++;
    return p;
  }

  /** Offset just past the last character that is not white space, or the line start. */
  contentEnd(i: number): number {
    const start = this.starts[i];
    let p = this.ends[i];
    while (p > start && isSpace(this.text.charCodeAt(p - 1))) p--;
    return p;
  }

  isBlank(i: number): boolean {
    return this.contentStart(i) === this.ends[i];
  }

  /** The line's text without surrounding white space, cut to `max` characters. */
  trimmed(i: number, max = 2000): string {
    const s = this.contentStart(i);
    return this.text.slice(s, Math.min(this.contentEnd(i), s + max));
  }

  /** Index of the line holding `offset`. */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset, this.count);
  }

  /** The next line at or after `i` that is not blank, or -1 (looks at most `limit` lines). */
  nextNonBlank(i: number, limit = 12): number {
    for (let j = i; j < this.count && j < i + limit; j++) if (!this.isBlank(j)) return j;
    return -1;
  }

  /** The previous line at or before `i` that is not blank, or -1. */
  prevNonBlank(i: number, limit = 12): number {
    for (let j = i; j >= 0 && j > i - limit; j--) if (!this.isBlank(j)) return j;
    return -1;
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A regular-expression class of white space within a line: blanks, tabs, no-break and typographic spaces. */
export const INLINE_SPACE = String.raw`[ \t\u00a0\u2000-\u200b\u202f\u3000]`;

/** White space as converted filings have it: ASCII blanks, tabs, no-break and other Unicode spaces. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 11 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Collapses runs of white space to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
