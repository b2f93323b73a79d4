/**
 * A regular expression searched only where one of its matches can start.
 *
 * A pattern such as /\bstate\s+(?:or|of)\b|\bjurisdiction\s+of.../gi has no
 * literal prefix, so a global search tries every position of the text. Every
 * match of it starts at or shortly before a word, though: the anchor finds
 * those words with a fast native search, `startsOf` says where around each a
 * match may start, and the pattern is tried, sticky, only there.
 *
 * The answer is the plain search's as long as every position where a match
 * can start is a candidate: candidates are tried in ascending order, as the
 * plain search tries positions, and a sticky try at a position is the same
 * attempt it makes there.
 */
export class AnchoredPattern {
  private readonly sticky: RegExp;
  private readonly anchor: RegExp;

  /**
   * @param pattern the pattern searched (its flags are kept, "g" becomes "y");
   * @param anchor finds, with the pattern's case sensitivity, a word every match holds at or after its start;
   * @param startsOf where a match holding the anchor found at `at` may start (without it, at the anchor).
   */
  constructor(
    readonly pattern: RegExp,
    anchor: RegExp,
    private readonly startsOf?: (text: string, at: number) => readonly number[],
  ) {
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    this.anchor = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`);
  }

  /** The first match starting at or after `from`: what the pattern, global, gives with lastIndex = from. */
  exec(text: string, from = 0): RegExpExecArray | null {
    for (const start of this.startsAround(text, this.anchorsFrom(text, from), from)) {
      const m = this.tryAt(text, start);
      if (m !== null) return m;
    }
    return null;
  }

  /** Every match, left to right, as a global search finds them (the patterns anchored never match empty). */
  all(text: string): RegExpExecArray[] {
    return this.allAround(text, this.anchorsFrom(text, 0));
  }

  /**
   * What all(text) gives, from anchors already found: `anchors` must hold,
   * ascending, every position where the anchor finds a word (others may be
   * among them, as positions tried in vain).
   */
  allAround(text: string, anchors: readonly number[]): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    let from = 0;
    for (const start of this.startsAround(text, anchors, 0)) {
      if (start < from) continue;
      const m = this.tryAt(text, start);
      if (m === null) continue;
      out.push(m);
      from = m.index + Math.max(1, m[0].length);
    }
    return out;
  }

  /** The first match allAround(text, anchors) would give, or null. */
  firstAround(text: string, anchors: readonly number[]): RegExpExecArray | null {
    for (const start of this.startsAround(text, anchors, 0)) {
      const m = this.tryAt(text, start);
      if (m !== null) return m;
    }
    return null;
  }

  private tryAt(text: string, start: number): RegExpExecArray | null {
    this.sticky.lastIndex = start;
    return this.sticky.exec(text);
  }

  /** Every position at or after `from` where the anchor finds its word, ascending. */
  private anchorsFrom(text: string, from: number): number[] {
    const { anchor } = this;
    const found: number[] = [];
    anchor.lastIndex = from;
    for (let hit = anchor.exec(text); hit !== null; hit = anchor.exec(text)) {
      found.push(hit.index);
      anchor.lastIndex = hit.index + 1;
    }
    return found;
  }

  /** Every position at or after `from` where a match holding one of the ascending anchors may start, ascending, each once. */
  private startsAround(text: string, anchors: readonly number[], from: number): readonly number[] {
    const { startsOf } = this;
    if (startsOf === undefined) return anchors;
    const found: number[] = [];
    for (const at of anchors) for (const start of startsOf(text, at)) if (start >= from) insertOnce(found, start);
    return found;
  }
}

/**
 * `value` put into the ascending `list` unless it is there already. The
 * starts come nearly in order (each anchor's a little before it), so this
 * takes a step or two where a sort would compare them all again.
 */
function insertOnce(list: number[], value: number): void {
  let i = list.length;
  while (i > 0 && list[i - 1] > value) i--;
  if (i > 0 && list[i - 1] === value) return;
  if (i === list.length) list.push(value);
  else list.splice(i, 0, value);
}

/** True for the characters JavaScript's multiline ^ and $ take as line ends. */
export function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** Where the line holding `at` starts: just after the line terminator before it, or 0. */
export function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !isLineTerminator(text.charCodeAt(i - 1))) i--;
  return i;
}

/** `end` moved back over the white space (as /\s/ knows it) before it. */
export function backOverSpace(text: string, end: number): number {
  let i = end;
  while (i > 0 && isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** True for the characters /\s/ matches. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
