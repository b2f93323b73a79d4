/**
 * Offsets to 0-based lines and UTF-16 columns, and back. Built once per text
 * with native searches for the line breaks (no loop over every character),
 * and after an edit by splicing the previous index: the starts before the
 * edit are kept, those after it shifted, and only the edited stretch is read.
 */

import type { TextSource } from './textSource';
import { lastAtOrBefore } from './sortedSearch';

/** A replacement of text[start, end) of the previous text by `length` new characters. */
export interface SplicedRange {
  start: number;
  end: number;
  length: number;
}

export class LineIndex {
  private readonly starts: Uint32Array;

  constructor(
    private readonly text: TextSource,
    starts?: Uint32Array,
  ) {
    this.starts = starts ?? lineStarts(text.toString());
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line and character of an offset. */
  position(offset: number): { line: number; character: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(o);
    return { line, character: o - this.starts[line] };
  }

  /** The 0-based line holding an offset. */
  lineAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /**
   * `lineAt(offset)` for an offset on line `from` or after it: a search that
   * widens from `from` (1, 2, 4... lines) before it halves, so offsets met in
   * order, most a few lines apart, cost a step or two each, not a search of
   * every line.
   */
  lineAtFrom(offset: number, from: number): number {
    const starts = this.starts;
    const n = starts.length;
    if (from < 0 || from >= n || starts[from] > offset) return this.lineAt(offset);
    let lo = from;
    let step = 1;
    // Invariant: starts[lo] <= offset.
    while (lo + step < n && starts[lo + step] <= offset) {
      lo += step;
      step *= 2;
    }
    let hi = Math.min(n - 1, lo + step - 1);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of a 0-based line and character, clamped to the line's text (its line break excluded). */
  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.starts.length) return this.text.length;
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return Math.min(start + Math.max(0, character), end);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /**
   * The index of `text`, which is this index's text with [edit.start,
   * edit.end) replaced by edit.length characters. Reads only the edited
   * stretch of `text` (and a character either side of it).
   */
  edited(text: TextSource, edit: SplicedRange): LineIndex {
    const { start, end, length } = edit;
    const delta = length - (end - start);
    const old = this.starts;
    // A line start p depends on text[p - 1] and text[p]: starts before the edit
    // keep, starts after its end shift, and [start, start + length] is read again.
    let keep = old.length;
    let lo = 0;
    while (lo < keep) {
      const mid = (lo + keep) >> 1;
      if (old[mid] < start) lo = mid + 1;
      else keep = mid;
    }
    let from = keep;
    while (from < old.length && old[from] <= end) from++;

    const fresh: number[] = [];
    const scanEnd = Math.min(text.length, start + length);
    for (let p = start; p <= scanEnd; p++) {
      const before = p === 0 ? 10 : text.charCodeAt(p - 1);
      if (before === 10 || (before === 13 && text.charCodeAt(p) !== 10)) fresh.push(p);
    }
    const starts = new Uint32Array(keep + fresh.length + (old.length - from));
    starts.set(old.subarray(0, keep));
    for (let k = 0; k < fresh.length; k++) starts[keep + k] = fresh[k];
    let w = keep + fresh.length;
    for (let k = from; k < old.length; k++) starts[w++] = old[k] + delta;
    return new LineIndex(text, starts);
  }
}

/**
 * Where each line starts: 0, then after every \n, \r\n and lone \r. Found
 * with indexOf, which runs at memory speed, instead of a loop over the
 * characters.
 */
export function lineStarts(text: string): Uint32Array {
  let starts = new Uint32Array(Math.min(1 << 20, (text.length >> 5) + 16));
  let n = 1;
  const push = (p: number) => {
    if (n === starts.length) {
      const grown = new Uint32Array(n * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[n++] = p;
  };
  let cr = text.indexOf('\r');
  let lf = text.indexOf('\n');
  if (cr === -1) {
    for (; lf !== -1; lf = text.indexOf('\n', lf + 1)) push(lf + 1);
  } else {
    while (lf !== -1 || cr !== -1) {
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else {
        if (lf === cr + 1) {
          push(cr + 2);
          lf = text.indexOf('\n', cr + 2);
        } else {
          push(cr + 1);
        }
        cr = text.indexOf('\r', cr + 1);
      }
    }
  }
  return starts.slice(0, n);
}
