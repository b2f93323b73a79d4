/**
 * Text views: the text the analysis reads, with a map back to the source.
 *
 * A plain-text document is its own view (an offset shift). An HTML document's
 * view is built by the HTML extractor from two kinds of pieces: runs copied
 * verbatim from the source (one view character per source character) and
 * synthesized text (an entity's character, a line break for a block element),
 * every character of which maps to the source span it stands for.
 */
import type { Range, TextView } from './model';
import { lastAtOrBefore } from './sortedSearch';

/** The view of a plain-text region: the region itself. */
export function plainView(source: string, start = 0, end = source.length): TextView {
  const text = start === 0 && end === source.length ? source : source.slice(start, end);
  return {
    text,
    toSource: (offset) => start + clamp(offset, 0, text.length),
    toSourceRange: (s, e) => ({ start: start + clamp(s, 0, text.length), end: start + clamp(e, 0, text.length) }),
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

/**
 * Builds a mapped view piece by piece. Pieces must be appended in source order
 * for `toSource` to be monotonic (the HTML extractor does so).
 */
export class ViewBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  // Segment table, one entry per piece: where it starts in the view and the
  // source span it comes from. `copy` pieces map character for character.
  private viewStart = new Int32Array(256);
  private srcStart = new Int32Array(256);
  private srcEnd = new Int32Array(256);
  private copy = new Uint8Array(256);
  private count = 0;
  /** Code of the last character appended (-1 before any), for callers that collapse white space. */
  lastCode = -1;

  constructor(private readonly source: string) {}

  get viewLength(): number {
    return this.length;
  }

  /** Appends source[start, end) as it is. */
  copyRange(start: number, end: number): void {
    if (end <= start) return;
    // Merge with the previous copy piece when contiguous in both spaces.
    const last = this.count - 1;
    if (last >= 0 && this.copy[last] === 1 && this.srcEnd[last] === start) this.srcEnd[last] = end;
    else this.addSegment(start, end, 1);
    this.chunks.push(this.source.slice(start, end));
    this.length += end - start;
    this.lastCode = this.source.charCodeAt(end - 1);
  }

  /** Appends text that stands for source[srcStart, srcEnd) (an entity, a tag, a collapsed run). */
  emit(text: string, srcStart: number, srcEnd: number): void {
    if (text.length === 0) return;
    this.addSegment(srcStart, srcEnd, 0);
    this.chunks.push(text);
    this.length += text.length;
    this.lastCode = text.charCodeAt(text.length - 1);
  }

  private addSegment(start: number, end: number, copy: number): void {
    const n = this.count;
    if (n === this.viewStart.length) this.grow();
    this.viewStart[n] = this.length;
    this.srcStart[n] = start;
    this.srcEnd[n] = end;
    this.copy[n] = copy;
    this.count = n + 1;
  }

  private grow(): void {
    const n = this.viewStart.length * 2;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.viewStart = g32(this.viewStart);
    this.srcStart = g32(this.srcStart);
    this.srcEnd = g32(this.srcEnd);
    const c = new Uint8Array(n);
    c.set(this.copy);
    this.copy = c;
  }

  /** Finishes the view. `fallback` is the source offset for an empty view. */
  build(fallback: number): TextView {
    const text = this.chunks.join('');
    const count = this.count;
    const viewStart = this.viewStart.subarray(0, count);
    const srcStart = this.srcStart.subarray(0, count);
    const srcEnd = this.srcEnd.subarray(0, count);
    const copy = this.copy.subarray(0, count);

    const segmentAt = (offset: number): number => lastAtOrBefore(viewStart, offset, count);
    const startOf = (offset: number): number => {
      if (count === 0) return fallback;
      if (offset >= text.length) return srcEnd[count - 1];
      const i = segmentAt(Math.max(0, offset));
      return copy[i] ? srcStart[i] + (offset - viewStart[i]) : srcStart[i];
    };
    // Source offset just past the view character at offset - 1.
    const endOf = (offset: number): number => {
      if (count === 0) return fallback;
      if (offset <= 0) return startOf(0);
      const i = segmentAt(Math.min(offset, text.length) - 1);
      return copy[i] ? srcStart[i] + (Math.min(offset, text.length) - viewStart[i]) : srcEnd[i];
    };
    return {
      text,
      toSource: startOf,
      toSourceRange: (s: number, e: number): Range => {
        const start = startOf(s);
        return { start, end: e <= s ? start : Math.max(start, endOf(e)) };
      },
    };
  }
}
