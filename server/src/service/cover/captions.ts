/**
 * The printed captions of a cover page ("(Exact name of registrant as
 * specified in its charter)", "(Commission File Number)") and the lines made
 * of nothing but caption words.
 */
import type { CoverText, Line } from './coverText';
import { AnchoredPattern, backOverSpace, isLineTerminator, isWhiteSpace } from './anchoredPattern';
import { type KeyWord, type KeyWords, KeyWordSet } from './keyWords';

export type CaptionKind =
  | 'dateOfReport'
  | 'registrant'
  | 'registrantColumn'
  | 'state'
  | 'fileNumber'
  | 'ein'
  | 'address'
  | 'telephone'
  | 'formerName'
  | 'checkBoxes'
  | 'securities12b';

export interface Caption {
  kind: CaptionKind;
  start: number;
  end: number;
  line: number;
  /** Written in parentheses or brackets: the value stands before or above it. */
  parenthesized: boolean;
}

export interface CaptionPattern {
  kind: CaptionKind;
  pattern: AnchoredPattern;
  /** The words its anchor finds, as KeyWords lists them. */
  keys: KeyWordSet;
  /** The words from the match to the end of its cell must be caption words (state "of Delaware" is a value). */
  captionWordsOnly?: boolean;
}

const APOSTROPHE = "['’`]?";

/**
 * A caption pattern anchored on its key words: each alternative of it starts
 * with one of them at a word boundary (or, per `startsOf`, a little before).
 */
function keyed(
  kind: CaptionKind,
  pattern: RegExp,
  words: readonly KeyWord[],
  startsOf?: (text: string, at: number) => readonly number[],
): { kind: CaptionKind; pattern: AnchoredPattern; keys: KeyWordSet } {
  const keys = new KeyWordSet(words);
  return { kind, pattern: new AnchoredPattern(pattern, keys.anchor(), startsOf), keys };
}

/**
 * "Registrant, State of Incorporation, Address ..." heading a column. Its
 * pattern opens with a line start or a tab; it is tried only where
 * "registrant" stands, from the start of the cell that opens with that word
 * or with an "Exact name(s) of" just before it. (That "registrant" follows
 * blanks, a tab or a line end, so a word boundary.)
 */
const REGISTRANT_COLUMN_KEYS = new KeyWordSet(['registrant']);
export const REGISTRANT_COLUMN = new AnchoredPattern(
  /(?:^|\t)[ \u00a0]*(?:exact\s+names?\s+of\s+)?registrants?,?\s+(?:state|address)/gim,
  REGISTRANT_COLUMN_KEYS.anchor(),
  columnHeaderStarts,
);

/** What follows "registrant" in every column header; most of the word's places lack it. */
const COLUMN_WORDS = /registrants?,?\s+(?:state|address)/iy;

/** Where a column header whose "registrant" stands at `at` can start, ascending. */
function columnHeaderStarts(text: string, at: number): number[] {
  const starts: number[] = [];
  COLUMN_WORDS.lastIndex = at;
  if (!COLUMN_WORDS.test(text)) return starts;
  const exact = exactNamesOfBefore(text, at);
  const exactCell = exact === -1 ? -1 : cellStartBefore(text, exact);
  if (exactCell !== -1) starts.push(exactCell);
  const cell = cellStartBefore(text, at);
  if (cell !== -1) starts.push(cell);
  return starts;
}

/**
 * The start of the cell a word at `at` opens: back over blanks to the tab
 * before them (the cell starts at the tab) or to the start of the line; -1
 * when other text stands before the word on its line.
 */
function cellStartBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0xa0)) start--;
  if (start > 0 && text.charCodeAt(start - 1) === 0x09) return start - 1;
  return start === 0 || isLineTerminator(text.charCodeAt(start - 1)) ? start : -1;
}

/**
 * Where "exact names? of" followed by white space ends at `at` (as
 * /exact\s+names?\s+of\s+/i would match it), read backwards; -1 if it does
 * not. Each white-space run is the whole run before the next word, since
 * every word ends in a letter.
 */
function exactNamesOfBefore(text: string, at: number): number {
  const afterOf = backOverSpace(text, at);
  if (afterOf === at || !endsWithWord(text, afterOf, 'of')) return -1;
  const afterName = backOverSpace(text, afterOf - 2);
  if (afterName === afterOf - 2) return -1;
  const name = endsWithWord(text, afterName, 'names') ? 'names' : endsWithWord(text, afterName, 'name') ? 'name' : undefined;
  if (name === undefined) return -1;
  const afterExact = backOverSpace(text, afterName - name.length);
  if (afterExact === afterName - name.length || !endsWithWord(text, afterExact, 'exact')) return -1;
  return afterExact - 'exact'.length;
}

/** Whether text[end - word.length, end) is `word` (lower-case letters) in either case, as /word/i compares. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(start + k);
    // Only the letter and its ASCII upper case give the letter with bit 5 set.
    if ((c | 0x20) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * "Registrant's telephone number", "Telephone number, including area code":
 * at "registrant", "issuer" or "telephone".
 */
const TELEPHONE_KEYS = new KeyWordSet(['registrant', 'issuer', 'telephone']);
export const TELEPHONE_CAPTION = new AnchoredPattern(
  new RegExp(`\\b(?:registrant${APOSTROPHE}s?|issuer${APOSTROPHE}s?)\\s+telephone\\s+number|\\btelephone\\s+number,?\\s+including\\s+area\\s+code`, 'gi'),
  TELEPHONE_KEYS.anchor(),
);

/**
 * Where a match with "(" before its first word may start, as well as at the
 * word: at the "(" when only white space stands between.
 */
function atOrParenBefore(text: string, at: number): number[] {
  const open = backOverSpace(text, at) - 1;
  return open >= 0 && text.charCodeAt(open) === 0x28 ? [open, at] : [at];
}

export const CAPTION_PATTERNS: readonly CaptionPattern[] = [
  // "Date of earliest event reported" counts where a cover prints it without "Date of Report".
  keyed('dateOfReport', /\bdate\s+of\s+report\b|\bdate\s+of\s+earliest\s+event\s+reported\b/gi, ['date']),
  keyed(
    'registrant',
    /\b(?:exact\s+)?name\s+of\s+(?:the\s+)?(?:registrants?|issuers?|issuing\s+entity|company|depositor|small\s+business\s+issuer)\s+(?:as\s+specified\b|in\s+its\s+charter)/gi,
    ['exact', 'name'],
  ),
  // Combined filings of several registrants print a column header instead.
  { kind: 'registrantColumn', pattern: REGISTRANT_COLUMN, keys: REGISTRANT_COLUMN_KEYS },
  {
    ...keyed(
      'state',
      /\bstate\s+(?:or|of)\b|\bjurisdiction\s+of\s+(?:incorporation|organization)|\bcountry\s+of\s+incorporation/gi,
      ['state', 'jurisdiction', 'country'],
    ),
    captionWordsOnly: true,
  },
  {
    ...keyed(
      'fileNumber',
      /\bcommission\s+file\s+(?:number|no\b)|\(\s*commission\b|\bfile\s+(?:numbers?|no\b)/gi,
      ['commission', 'file'],
      atOrParenBefore,
    ),
    captionWordsOnly: true,
  },
  // "(IRS No." starts at its parenthesis; the abbreviation follows it or white space, so a word boundary.
  keyed(
    'ein',
    /\b(?:i\.?\s?r\.?\s?s\.?|irs)\s+employer\b|\bemployer\s+identification|\btax\s*payer\s+identification|\btax\s+identification\s+n|\(\s*(?:i\.?\s?r\.?\s?s\.?|irs)\s+(?:no\b|number|id\b|i\.d\.)/gi,
    ['irs', 'employer', 'tax'],
    atOrParenBefore,
  ),
  keyed(
    'address',
    /\baddress(?:es)?\s*(?:,\s*including\s+zip\s+code,?\s*)?(?:of|and)\s+(?:the\s+)?(?:registrant\S*\s+)?principal\s+(?:executive\s+)?offices?|\baddress\s+of\s+principal\s+executive\b|\baddress,\s+including\s+zip\s+code/gi,
    ['address'],
  ),
  { kind: 'telephone', pattern: TELEPHONE_CAPTION, keys: TELEPHONE_KEYS },
  // "form" rather than "former": no key word starts another.
  keyed('formerName', /\bformer\s+name\b/gi, ['form']),
  keyed('checkBoxes', /\bcheck\s+the\s+appropriate\s+box\b/gi, ['check']),
  keyed('securities12b', /\bsecurities\s+registered\s+pursuant\s+to\s+section\s+12\s?\(\s?b\s?\)/gi, ['securities']),
];

/** Words captions are made of; a line of nothing else is a caption line. */
export const CAPTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and area as charter code commission country date diction earliest employee employer event executive exact file former ' +
    'i id identification if in incorporated incorporation including irs its juris jurisdiction last name names no nos number ' +
    'numbers of office offices or organization organized other principal r registrant registrants report reported s sec ' +
    "since specified state telephone the tax to zip changed address addresses with ein province fiscal year changes " +
    "registrant's registrants' postal phone issuer"
  ).split(/\s+/),
);

/**
 * True for text made only of caption words (at least one), without digits.
 * The words are the runs of letters and apostrophes of the lower-cased text
 * ("’" read as "'"), a lone apostrophe not counting.
 *
 * This runs for every caption match and many lines, so the words are read
 * in place rather than cut out: each letter is lower-cased (A-Z only) as it
 * is read, a hash of the word is kept as it grows and the word is looked up
 * by it. That reads the words lower-casing the whole text gives, since it
 * makes no other character a letter, a digit or an apostrophe, nor changes
 * its length, but for "İ" and the Kelvin sign, which send the text the plain way.
 */
export function isCaptionText(text: string): boolean {
  return isCaptionTextIn(text, 0, text.length);
}

/** isCaptionText(text.slice(from, to)), read in place. */
export function isCaptionTextIn(text: string, from: number, to: number): boolean {
  let words = 0;
  let known = 0;
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (!isWordChar(foldCase(c))) {
      if (isDigit(c)) return false;
      if (c === 0x130 || c === 0x212a) return isLowerCaptionText(text.slice(from, to).toLowerCase());
      i++;
      continue;
    }
    const start = i;
    // The hashes of the word so far, and of it without its last one and two characters.
    let hash = 0;
    let hash1 = 0;
    let hash2 = 0;
    for (; i < to; i++) {
      const folded = foldCase(text.charCodeAt(i));
      if (!isWordChar(folded)) break;
      hash2 = hash1;
      hash1 = hash;
      hash = hashStep(hash, folded);
    }
    const last = foldCase(text.charCodeAt(i - 1));
    if (i - start === 1 && last === APOSTROPHE_CODE) continue;
    words++;
    // A caption word, or one with a possessive "'s" or "'" after it.
    const possessive =
      last === 0x73 && i - start >= 2 && foldCase(text.charCodeAt(i - 2)) === APOSTROPHE_CODE
        ? isCaptionWordAt(text, start, i - 2, hash2)
        : last === APOSTROPHE_CODE && isCaptionWordAt(text, start, i - 1, hash1);
    if (isCaptionWordAt(text, start, i, hash) || possessive) known++;
  }
  return words > 0 && known / words >= 0.75;
}

const APOSTROPHE_CODE = 0x27;

/** A character as the lower-cased text has it, "’" read as "'" (for the characters a word is made of). */
function foldCase(c: number): number {
  if (isUpperCase(c)) return c + 0x20;
  return c === 0x2019 ? APOSTROPHE_CODE : c;
}

/** The next hash of a growing word, kept to 30 bits so that it stays a small integer (a Map key without boxing). */
function hashStep(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) & 0x3fffffff;
}

/** CAPTION_WORDS by the hash of their characters. */
const CAPTION_WORDS_BY_HASH = new Map<number, string[]>();
for (const word of CAPTION_WORDS) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashStep(hash, word.charCodeAt(k));
  const same = CAPTION_WORDS_BY_HASH.get(hash);
  if (same) same.push(word);
  else CAPTION_WORDS_BY_HASH.set(hash, [word]);
}

/** Whether text[start, end), whose folded characters hash to `hash`, is a caption word. */
function isCaptionWordAt(text: string, start: number, end: number, hash: number): boolean {
  const candidates = CAPTION_WORDS_BY_HASH.get(hash);
  if (candidates === undefined) return false;
  for (const word of candidates) {
    if (word.length !== end - start) continue;
    let k = 0;
    while (k < word.length && foldCase(text.charCodeAt(start + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** isCaptionText of text already lower-cased, its words cut out. */
function isLowerCaptionText(lower: string): boolean {
  const n = lower.length;
  let words = 0;
  let known = 0;
  for (let i = 0; i < n; ) {
    for (; i < n && !isWordChar(lower.charCodeAt(i)); i++) {
      // Lower-casing makes no digit: a digit here is one of the text's.
      if (isDigit(lower.charCodeAt(i))) return false;
    }
    if (i >= n) break;
    const start = i;
    let curly = false;
    for (; i < n && isWordChar(lower.charCodeAt(i)); i++) curly ||= lower.charCodeAt(i) === 0x2019;
    const word = curly ? lower.slice(start, i).replace(/’/g, "'") : lower.slice(start, i);
    if (word === "'") continue;
    words++;
    if (isCaptionWord(word)) known++;
  }
  return words > 0 && known / words >= 0.75;
}

/**
 * A caption word, or one followed by a possessive "'s" or "'". The suffix is
 * cut only when it is there, which is when /'s?$/ would cut it.
 */
function isCaptionWord(word: string): boolean {
  if (CAPTION_WORDS.has(word)) return true;
  const cut = word.endsWith("'s") ? 2 : word.endsWith("'") ? 1 : 0;
  return cut > 0 && CAPTION_WORDS.has(word.slice(0, word.length - cut));
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A-Z. */
function isUpperCase(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** a-z, "'" and "’": what caption words are made of. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019;
}

/**
 * isCaptionText of a line's text, worked out once per line. It is read in
 * the cover's head rather than in the line's own string: every line then
 * reads the same string, which the compiled loop handles faster than the
 * lines' strings of several kinds.
 */
export function isCaptionLine(cover: CoverText, line: Line): boolean {
  if (line.blank) return false;
  line.captionOnly ??= isCaptionTextIn(cover.head, line.start, line.end);
  return line.captionOnly;
}

export class Captions {
  readonly all: Caption[] = [];

  /** `keyWords` are those of the cover's head. */
  constructor(cover: CoverText, keyWords: KeyWords) {
    const text = cover.head;
    for (const { kind, pattern, keys, captionWordsOnly } of CAPTION_PATTERNS) {
      for (const m of pattern.allAround(text, keyWords.of(keys))) {
        let start = m.index;
        while (start < text.length && opensCaption(text.charCodeAt(start))) start++;
        const end = m.index + m[0].length;
        const line = cover.lineAt(start);
        if (captionWordsOnly && !isCaptionTextIn(text, start, endOfCellWords(text, start, cover.lines[line].end))) continue;
        // "(Commission" and its "File Number)" a line or two later are one caption.
        const previous = this.all[this.all.length - 1];
        if (previous?.kind === kind && continuesCaption(text, previous.end, start)) continue;
        this.all.push({ kind, start, end, line, parenthesized: opensWithParen(text, cover.lines[line].start, start) });
      }
    }
    this.all.sort((a, b) => a.start - b.start);
  }

  first(kind: CaptionKind, after = 0): Caption | undefined {
    return this.all.find((c) => c.kind === kind && c.start >= after);
  }

  ofKind(kind: CaptionKind): Caption[] {
    return this.all.filter((c) => c.kind === kind);
  }

  /** The first caption of any of `kinds` starting at or after `from`. */
  next(kinds: readonly CaptionKind[], from: number): Caption | undefined {
    return this.all.find((c) => c.start >= from && kinds.includes(c.kind));
  }

  has(kind: CaptionKind): boolean {
    return this.all.some((c) => c.kind === kind);
  }
}

/** What a caption match may take in before its first word: white space and "(" (/[\s\t(]/). */
function opensCaption(c: number): boolean {
  return c === 0x28 || isWhiteSpace(c);
}

function continuesCaption(text: string, previousEnd: number, start: number): boolean {
  if (start - previousEnd > 80) return false;
  return isBlankBetween(text, previousEnd, start) || isCaptionTextIn(text, previousEnd, start);
}

/** Whether text[from, to) is white space alone (or nothing), as its trim() would leave nothing. */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Where the words from `from` to the end of their cell or parenthesis end, or
 * where the value after a colon or the first digit starts: the first
 * /\t| {2,}|\u00a0{2,}|[:)\]]|\d/ before the line's end, or that end.
 */
export function endOfCellWords(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x09 || c === 0x3a || c === 0x29 || c === 0x5d || isDigit(c)) return i;
    if ((c === 0x20 || c === 0xa0) && i + 1 < lineEnd && text.charCodeAt(i + 1) === c) return i;
  }
  return lineEnd;
}

/**
 * A caption is parenthesized when an opening parenthesis or bracket stands
 * before it in its cell with only caption words between: "(State or other",
 * "[I.R.S. Employer", "(Date of earliest event reported)" but not "Date of
 * Report (Date of ...)".
 */
function opensWithParen(text: string, lineStart: number, start: number): boolean {
  for (let i = start - 1; i >= lineStart && start - i <= 40; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b) return isBlankBetween(text, i + 1, start) || isCaptionTextIn(text, i + 1, start);
    if (c === 0x29 || c === 0x5d || c === 0x09) return false;
  }
  return false;
}
