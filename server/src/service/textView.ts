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

/** `written` of a piece that copies its source span. */
const COPY = -1;

/**
 * Builds a mapped view piece by piece. Pieces must be appended in source order
 * for `toSource` to be monotonic (the HTML extractor does so).
 */
export class ViewBuilder {
  private length = 0;
  // Segment table, one entry per piece: where it starts in the view and the
  // source span it comes from. A piece is either a copy of its span, which
  // maps character for character, or one character that stands for the span:
  // `written` holds its code point, or COPY. The text is made from the table
  // once, at the end.
  // Small at first (typed arrays of up to 64 bytes live on the V8 heap, larger
  // ones get a separate backing store, which costs more than a small page's
  // whole view); they double as needed.
  private viewStart = new Int32Array(16);
  private srcStart = new Int32Array(16);
  private srcEnd = new Int32Array(16);
  private written = new Int32Array(16);
  private count = 0;
  /** Code of the last UTF-16 unit appended (-1 before any), for callers that collapse white space. */
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
    if (last >= 0 && this.written[last] === COPY && this.srcEnd[last] === start) this.srcEnd[last] = end;
    else this.addSegment(start, end, COPY);
    this.length += end - start;
    this.lastCode = this.source.charCodeAt(end - 1);
  }

  /** Appends the character `code` (a code point) standing for source[srcStart, srcEnd): an entity, a tag, a collapsed run. */
  emitChar(code: number, srcStart: number, srcEnd: number): void {
    this.addSegment(srcStart, srcEnd, code);
    if (code > 0xffff) {
      this.length += 2;
      this.lastCode = 0xdc00 + ((code - 0x10000) & 0x3ff); // the low surrogate
    } else {
      this.length += 1;
      this.lastCode = code;
    }
  }

  private addSegment(start: number, end: number, written: number): void {
    const n = this.count;
    if (n === this.viewStart.length) this.grow();
    this.viewStart[n] = this.length;
    this.srcStart[n] = start;
    this.srcEnd[n] = end;
    this.written[n] = written;
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
    this.written = g32(this.written);
  }

  /**
   * The text of the pieces, in order. Concatenated one by one, not joined
   * from an array: V8 links the pieces and copies them once, when the text is
   * first read, which measures faster than Array.join over tens of thousands
   * of short pieces.
   */
  private joinPieces(): string {
    const { source, srcStart, srcEnd, written } = this;
    let text = '';
    for (let k = 0; k < this.count; k++) {
      const code = written[k];
      text += code === COPY ? source.slice(srcStart[k], srcEnd[k]) : code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
    }
    return text;
  }

  /** Finishes the view. `fallback` is the source offset for an empty view. */
  build(fallback: number): TextView {
    const text = this.joinPieces();
    // The tables as they are: only their first `count` entries are read (no
    // subarray views, which cost more than a small page's whole view).
    const { count, viewStart, srcStart, srcEnd, written } = this;

    const segmentAt = (offset: number): number => lastAtOrBefore(viewStart, offset, count);
    const startOf = (offset: number): number => {
      if (count === 0) return fallback;
      if (offset >= text.length) return srcEnd[count - 1];
      const i = segmentAt(Math.max(0, offset));
      return written[i] === COPY ? srcStart[i] + (offset - viewStart[i]) : srcStart[i];
    };
    // Source offset just past the view character at offset - 1.
    const endOf = (offset: number): number => {
      if (count === 0) return fallback;
      if (offset <= 0) return startOf(0);
      const i = segmentAt(Math.min(offset, text.length) - 1);
      return written[i] === COPY ? srcStart[i] + (Math.min(offset, text.length) - viewStart[i]) : srcEnd[i];
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
