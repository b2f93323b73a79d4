/**
 * The words the cover's caption and heading patterns are anchored on, found
 * in one pass over the cover.
 *
 * Searched one by one, the eleven caption patterns, the form heading and the
 * six check box captions each took a scan of the whole cover, trying most
 * positions. Every match of them starts at, or a few characters before, one
 * of a few words standing at a word boundary ("state", "jurisdiction",
 * "commission", the I.R.S. abbreviation, ...). One search for all those
 * words lists where each stands; each pattern is then tried only around its
 * own words (see AnchoredPattern.allAround).
 */

/** The literal key words, lower-case; none is the start of another, so at most one stands at a position. */
const LITERAL_KEY_WORDS = [
  'address',
  'check',
  'commission',
  'communication',
  'country',
  'date',
  'emerging',
  'employer',
  'exact',
  'file',
  'form',
  'issuer',
  'jurisdiction',
  'material',
  'name',
  'registrant',
  'schedule',
  'securities',
  'state',
  'tax',
  'telephone',
] as const;

/** "IRS", "I.R.S.", "I. R. S.": the abbreviation as the EIN caption spells it, which a "." or white space ends. */
const IRS = 'i\\.?\\s?r\\.?\\s?s\\b';

export type KeyWord = (typeof LITERAL_KEY_WORDS)[number] | 'irs';

/**
 * The words as alternatives grouped by their first letter: "c(?:heck|ommission|ountry)".
 * The regular expression engine searches that a quarter faster than the flat list.
 */
function byFirstLetter(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const rests = groups.get(word[0]);
    if (rests) rests.push(word.slice(1));
    else groups.set(word[0], [word.slice(1)]);
  }
  return [...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`)).join('|');
}

const KEY_WORD = new RegExp(`\\b(?:${byFirstLetter(LITERAL_KEY_WORDS)}|(${IRS}))`, 'gi');

/** Each key word's number, for the sets of them `of` is asked for. */
const KEY_NUMBER = new Map<KeyWord, number>([...LITERAL_KEY_WORDS, 'irs'].map((w, i) => [w as KeyWord, i]));
const IRS_NUMBER = KEY_NUMBER.get('irs')!;

/** A literal key word told by its first two and last letters (either case) and its length, which no two share. */
function signature(text: string, at: number, length: number): number {
  const letters = ((text.charCodeAt(at) | 0x20) << 16) | ((text.charCodeAt(at + 1) | 0x20) << 8) | (text.charCodeAt(at + length - 1) | 0x20);
  return letters * 64 + length;
}

const NUMBER_OF_SIGNATURE = new Map<number, number>();
for (const word of LITERAL_KEY_WORDS) NUMBER_OF_SIGNATURE.set(signature(word, 0, word.length), KEY_NUMBER.get(word)!);
if (NUMBER_OF_SIGNATURE.size !== LITERAL_KEY_WORDS.length) throw new Error('two key words share a signature');

export class KeyWords {
  /** Where each key word stands, ascending, by its KEY_NUMBER. */
  private readonly positionsOf: (number[] | undefined)[] = [];

  /**
   * Every key word in `text`. A word boundary never falls inside a run of
   * letters, nor inside an I.R.S. abbreviation before a key word could start
   * (its "r" and "s" begin none), so no key word is hidden inside another's match.
   */
  constructor(text: string) {
    const re = KEY_WORD;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      // A literal is told by its letters; the capture is the I.R.S. abbreviation.
      const number = m[1] === undefined ? NUMBER_OF_SIGNATURE.get(signature(text, m.index, m[0].length))! : IRS_NUMBER;
      const positions = this.positionsOf[number];
      if (positions) positions.push(m.index);
      else this.positionsOf[number] = [m.index];
    }
  }

  /** Where any of the words stands, ascending (shared: read-only). */
  of(words: KeyWordSet): readonly number[] {
    let out: readonly number[] = NONE;
    for (const number of words.numbers) {
      const positions = this.positionsOf[number];
      if (positions) out = out.length === 0 ? positions : mergeAscending(out, positions);
    }
    return out;
  }
}

const NONE: readonly number[] = [];

/** The ascending union of two ascending lists with no value in both. */
function mergeAscending(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** The key words a pattern is anchored on, made once per pattern. */
export class KeyWordSet {
  /** The words' KEY_NUMBERs. */
  readonly numbers: readonly number[];

  constructor(readonly words: readonly KeyWord[]) {
    this.numbers = words.map((word) => KEY_NUMBER.get(word)!);
  }

  /** The search for these words alone, at a word boundary and in either case: what KeyWords finds of them. */
  anchor(): RegExp {
    return new RegExp(`\\b(?:${this.words.map((w) => (w === 'irs' ? IRS : w)).join('|')})`, 'gi');
  }
}
