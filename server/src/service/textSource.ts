/**
 * Text that is read in windows. A JavaScript string is one; so is PieceText,
 * the text of an edited document kept as the pieces the edits left, so that
 * an edit does not copy the whole text.
 *
 * Why: a string built by `text.slice(0, a) + inserted + text.slice(b)` is
 * copied into one new flat string the first time any character of it is read
 * (indexOf, a regular expression, slice, charCodeAt), which for 10 MB costs
 * about 8 ms of fresh memory on every keystroke. What an edit re-analyses
 * (see incremental.ts) and what the outline, semantic tokens and diagnostics
 * read needs only windows around the edit and the structure, so a PieceText
 * makes the whole string only when something asks for all of it.
 */
import { lastAtOrBefore } from './sortedSearch';

/** The part of the string interface that windowed reads need; a string is a TextSource. */
export interface TextSource {
  readonly length: number;
  slice(start?: number, end?: number): string;
  charCodeAt(index: number): number;
  /** The whole text as one string. */
  toString(): string;
}

/** Pieces beyond this many are joined into one string again (one copy every few hundred edits). */
const MAX_PIECES = 512;

export class PieceText implements TextSource {
  private whole: string | undefined;

  private constructor(
    private readonly pieces: readonly string[],
    /** Offset of each piece. */
    private readonly starts: readonly number[],
    readonly length: number,
  ) {
    if (pieces.length === 1) this.whole = pieces[0];
  }

  static of(text: string): PieceText {
    return new PieceText([text], [0], text.length);
  }

  /** This text with [start, end) replaced by `inserted`. */
  replaced(start: number, end: number, inserted: string): PieceText {
    const a = Math.max(0, Math.min(start, this.length));
    const b = Math.max(a, Math.min(end, this.length));
    if (this.pieces.length >= MAX_PIECES) {
      const text = this.toString();
      return PieceText.of(text.slice(0, a) + inserted + text.slice(b));
    }
    const pieces: string[] = [];
    let i = this.pieceAt(a);
    const j = this.pieceAt(b);
    // At the start of a piece, a small piece before it takes the edit (typing stays one piece).
    if (i > 0 && a === this.starts[i] && this.pieces[i - 1].length < 256) i--;
    for (let k = 0; k < i; k++) pieces.push(this.pieces[k]);
    const left = this.pieces[i]?.slice(0, a - this.starts[i]) ?? '';
    const right = this.pieces[j]?.slice(b - this.starts[j]) ?? '';
    // Small neighbours are merged so that typing does not make a piece per keystroke.
    const middle = left.length + inserted.length < 256 ? [left + inserted] : [left, inserted];
    if (right.length + middle[middle.length - 1].length < 256) middle[middle.length - 1] += right;
    else middle.push(right);
    for (const p of middle) if (p.length > 0) pieces.push(p);
    for (let k = j + 1; k < this.pieces.length; k++) pieces.push(this.pieces[k]);
    const starts: number[] = [];
    let at = 0;
    for (const p of pieces) {
      starts.push(at);
      at += p.length;
    }
    return new PieceText(pieces.length > 0 ? pieces : [''], pieces.length > 0 ? starts : [0], at);
  }

  slice(start = 0, end = this.length): string {
    const a = clampIndex(start, this.length);
    const b = clampIndex(end, this.length);
    if (b <= a) return '';
    if (this.whole !== undefined) return this.whole.slice(a, b);
    const i = this.pieceAt(a);
    const j = this.pieceAt(b - 1);
    if (i === j) return this.pieces[i].slice(a - this.starts[i], b - this.starts[i]);
    const parts = [this.pieces[i].slice(a - this.starts[i])];
    for (let k = i + 1; k < j; k++) parts.push(this.pieces[k]);
    parts.push(this.pieces[j].slice(0, b - this.starts[j]));
    return parts.join('');
  }

  charCodeAt(index: number): number {
    if (!(index >= 0 && index < this.length)) return NaN;
    if (this.whole !== undefined) return this.whole.charCodeAt(index);
    const i = this.pieceAt(index);
    return this.pieces[i].charCodeAt(index - this.starts[i]);
  }

  /** The whole text, joined once and kept. */
  toString(): string {
    this.whole ??= this.pieces.join('');
    return this.whole;
  }

  /** How many pieces the text is in (for tests). */
  get pieceCount(): number {
    return this.pieces.length;
  }

  /** Index of the piece holding `offset` (the last piece for the end of the text). */
  private pieceAt(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }
}

/** `slice` arguments as String.prototype.slice reads them (negative from the end). */
function clampIndex(n: number, length: number): number {
  if (Number.isNaN(n)) return 0;
  if (n < 0) return Math.max(0, length + n);
  return Math.min(n, length);
}
