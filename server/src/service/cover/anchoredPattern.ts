/**
 * A regular expression searched only where one of its matches can start.
 *
 * A pattern such as /\bstate\s+(?:or|of)\b|\bjurisdiction\s+of.../gi has no
 * literal prefix, so a global search tries every position of the text. Every
 * match of it starts with one of a few words, though: the anchor (here
 * /state|jurisdiction/gi) finds those words with a fast native search, and the
 * pattern is tried, sticky, only where they stand.
 *
 * The answer is the plain search's as long as every position where a match
 * can start is a candidate (`startsOf` of an anchor hit), and candidates come
 * in ascending order: the plain search tries positions left to right too,
 * and a sticky try at a position is the same attempt it makes there.
 */
export class AnchoredPattern {
  private readonly sticky: RegExp;
  private readonly anchor: RegExp;

  /**
   * @param pattern the pattern searched (its flags are kept, "g" becomes "y");
   * @param anchor finds, with the pattern's case sensitivity, what stands at or after the start of every match;
   * @param startsOf where matches may start, ascending, for an anchor found at `at` (by default at the anchor);
   *   candidates of a later anchor hit never come before those of an earlier one.
   */
  constructor(
    pattern: RegExp,
    anchor: RegExp,
    private readonly startsOf: (text: string, at: number) => readonly number[] = (_, at) => [at],
  ) {
    this.sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    this.anchor = new RegExp(anchor.source, anchor.flags.includes('g') ? anchor.flags : `${anchor.flags}g`);
  }

  /** The first match starting at or after `from`: what the pattern, global, gives with lastIndex = from. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const { anchor, sticky } = this;
    let tried = -1;
    anchor.lastIndex = from;
    for (let hit = anchor.exec(text); hit !== null; hit = anchor.exec(text)) {
      for (const start of this.startsOf(text, hit.index)) {
        if (start < from || start <= tried) continue;
        tried = start;
        sticky.lastIndex = start;
        const m = sticky.exec(text);
        if (m !== null) return m;
      }
      anchor.lastIndex = hit.index + 1;
    }
    return null;
  }

  /** Every match, left to right, as a global search finds them (the patterns anchored never match empty). */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.exec(text); m !== null; m = this.exec(text, m.index + Math.max(1, m[0].length))) out.push(m);
    return out;
  }
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

/** True for the characters /\s/ matches. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
