/**
 * Dates as filings write them: "April 7, 2013", "Apr. 7, 2013", "7 April 2013",
 * "April 7th, 2013", "04/07/2013", "20130407", "2013-04-07". Everything
 * normalizes to ISO "YYYY-MM-DD"; impossible dates (31 April) are rejected.
 */

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** The first three letters of a word in lower case, as one number (letters only: `| 0x20` lowers ASCII letters). */
function threeLetterKey(text: string, i: number): number {
  return ((text.charCodeAt(i) | 0x20) << 16) | ((text.charCodeAt(i + 1) | 0x20) << 8) | (text.charCodeAt(i + 2) | 0x20);
}

/** Month numbers by the first three letters of their names: every way of writing a month starts with them. */
const MONTH_BY_KEY = new Map(MONTH_NAMES.map((name, i) => [threeLetterKey(name, 0), i + 1]));

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** "01" to "31", made once. */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

function twoDigits(n: number): string {
  return TWO_DIGITS[n] ?? String(n).padStart(2, '0');
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1];
}

/** A date found in text: its ISO value and where it stands in that text. */
export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

// Month name, day, year. The gaps allow the odd spacing of converted text
// ("April 7 , 2013", "April  7,2013") but stay bounded, so scans are linear.
const MONTH_NAME =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?';
const MDY = `\\b(${MONTH_NAME})[ \\t\\u00a0]{0,3}(\\d{1,2})(?:st|nd|rd|th)?[ \\t\\u00a0]{0,3},?[ \\t\\u00a0]{0,3}((?:19|20)\\d\\d)\\b`;
const DMY = `\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t\\u00a0]{1,3}(${MONTH_NAME}),?[ \\t\\u00a0]{1,3}((?:19|20)\\d\\d)\\b`;
const NUMERIC = `\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)?\\d\\d)\\b`;
const ISO = `\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b`;
const COMPACT = `\\b((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)\\b`;

/** Shared by the functions below, which set lastIndex before each use (none calls another while scanning). */
const ANY_DATE = new RegExp(`${MDY}|${DMY}|${NUMERIC}|${ISO}`, 'gi');
/**
 * ANY_DATE tried at one place, its groups made non-capturing (every '(' not
 * escaped and not followed by '?' opens one): isoOfDate reads the date's
 * parts from its characters, so no match array need hold them.
 */
const DATE_AT = new RegExp(ANY_DATE.source.replace(/(?<!\\)\((?!\?)/g, '(?:'), 'iy');
const WHOLE_COMPACT = new RegExp(`^${COMPACT}$`);

/** The number of a month name as the date pattern matches it ("Sept.", "APRIL"), written at `i`. */
function monthNumberAt(text: string, i: number): number {
  return MONTH_BY_KEY.get(threeLetterKey(text, i)) ?? 0;
}

function fromMatch(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return isoDate(+m[3], monthNumberAt(m[1], 0), +m[2]);
  if (m[4] !== undefined) return isoDate(+m[6], monthNumberAt(m[5], 0), +m[4]);
  if (m[7] !== undefined) {
    let year = +m[9];
    if (m[9].length === 2) year += year < 50 ? 2000 : 1900;
    return isoDate(year, +m[7], +m[8]);
  }
  if (m[10] !== undefined) return isoDate(+m[10], +m[11], +m[12]);
  return undefined;
}

/**
 * The ISO value of the date ANY_DATE matched from `start` to `end` of `text`,
 * read from its characters as fromMatch reads it from the groups. Which
 * alternative matched is told by the characters: a month name starts MDY
 * only; after the leading digits, m/d/y has '/', ISO '-' and DMY a suffix or
 * a blank. Each group is then a run of digits or letters at a known place.
 */
function isoOfDate(text: string, start: number, end: number): string | undefined {
  if (isLetter(text.charCodeAt(start))) {
    // MDY: the day is the first run of digits, unless the year runs on from it ("April 72013").
    let day = start;
    while (!isDigit(text.charCodeAt(day))) day++;
    const dayEnd = Math.min(digitsEnd(text, day), end - 4);
    return isoDate(digitsValue(text, end - 4, end), monthNumberAt(text, start), digitsValue(text, day, dayEnd));
  }
  const leadEnd = digitsEnd(text, start);
  const separator = text.charCodeAt(leadEnd);
  if (separator === 47) {
    // m/d/y, the year in two or four digits.
    const dayEnd = digitsEnd(text, leadEnd + 1);
    let year = digitsValue(text, dayEnd + 1, end);
    if (end - dayEnd - 1 === 2) year += year < 50 ? 2000 : 1900;
    return isoDate(year, digitsValue(text, start, leadEnd), digitsValue(text, leadEnd + 1, dayEnd));
  }
  if (separator === 45) {
    // ISO: yyyy-mm-dd.
    return isoDate(digitsValue(text, start, start + 4), digitsValue(text, start + 5, start + 7), digitsValue(text, start + 8, start + 10));
  }
  // DMY: the month name is the first letter after the blank that follows the day and its suffix.
  let month = leadEnd;
  while (!isBlank(text.charCodeAt(month))) month++;
  while (!isLetter(text.charCodeAt(month))) month++;
  return isoDate(digitsValue(text, end - 4, end), monthNumberAt(text, month), digitsValue(text, start, leadEnd));
}

/** Where the run of digits from `i` ends. */
function digitsEnd(text: string, i: number): number {
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The number the digits from `start` to `end` write. */
function digitsValue(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * Where dates may stand: a year ("19dd", "20dd"), or a digit, '/' and two
 * digits. Every date the pattern matches holds one of these anchors at a
 * place the filter below lets through: a date with a month name ends with
 * its year, an ISO date starts with it, and an m/d/y date has a digit, '/'
 * and the two digits of its year at its second slash. The pattern is four
 * characters long at least, so the regular-expression engine can skip
 * through the text several characters at a time.
 */
export const DATE_ANCHOR_SOURCE = '(?:19|20)\\d\\d|\\d\\/\\d\\d';
const DATE_ANCHOR = new RegExp(DATE_ANCHOR_SOURCE, 'g');
/** The longest date ANY_DATE matches: "september" + 3 blanks + "31st" + 3 blanks + "," + 3 blanks + "2013". */
const MAX_DATE = 27;
/**
 * How far after its start a date holds the anchor the filter lets through:
 * at most as far as the year that ends the longest date.
 */
const MAX_ANCHOR_OFFSET = MAX_DATE - 4;

/**
 * Every date in `text` (written with a month name, as m/d/y or as ISO), in
 * order: the matches of ANY_DATE scanning from `from` to `to`.
 */
export function findDates(text: string, from = 0, to = text.length): DateMatch[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const dates = new DateScan(slice, from);
  const re = DATE_ANCHOR;
  re.lastIndex = 0;
  // test() rather than exec(): no match array to build; every anchor is four characters long.
  while (re.test(slice)) {
    const a = re.lastIndex - 4;
    dates.takeAnchor(a);
    re.lastIndex = a + 1; // the next anchor may overlap this one
  }
  return dates.found;
}

/**
 * The matches of ANY_DATE a scan of the whole of a text finds, found around
 * the anchors (see DATE_ANCHOR) it is given: all of them, overlapping ones
 * too, in order (more places do no harm). The next match of the whole scan
 * holds an anchor the filter lets through, and starts at most
 * MAX_ANCHOR_OFFSET before it and at most at it. From where the last match
 * ended, the places in that span where a date may start are tried in order;
 * the first match is the one the whole scan finds next.
 */
export class DateScan {
  /** The dates found so far, their index moved by the offset. */
  readonly found: DateMatch[] = [];
  /** Where the scan of the whole text would go on from. */
  private next = 0;

  constructor(
    private readonly text: string,
    private readonly offset = 0,
  ) {}

  takeAnchor(a: number): void {
    const text = this.text;
    if (a < this.next || !mayHoldDate(text, a)) return;
    const start = firstDateStart(text, Math.max(this.next, a - MAX_ANCHOR_OFFSET), a);
    if (start < 0) return;
    const end = DATE_AT.lastIndex;
    this.next = end;
    const iso = isoOfDate(text, start, end);
    if (iso) this.found.push({ iso, index: this.offset + start, length: end - start });
  }
}

/**
 * Where the first date starting from `first` to `last` starts, or -1; the
 * date ends at DATE_AT.lastIndex. DATE_AT is tried only where a date may
 * start: every alternative of ANY_DATE starts with a word boundary and a
 * digit or a month name, which its first three letters tell.
 */
function firstDateStart(text: string, first: number, last: number): number {
  const re = DATE_AT;
  let afterWord = isWordChar(text.charCodeAt(first - 1));
  for (let p = first; p <= last; p++) {
    const c = text.charCodeAt(p);
    const isWord = isWordChar(c);
    if (isWord && !afterWord && (isDigit(c) || MONTH_BY_KEY.has(threeLetterKey(text, p)))) {
      re.lastIndex = p;
      if (re.test(text)) return p;
    }
    afterWord = isWord;
  }
  return -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

/** ASCII letter (the only letters a month name can be written with, even ignoring case). */
function isLetter(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 97 && lower <= 122;
}

function isWordChar(c: number): boolean {
  return isDigit(c) || isLetter(c) || c === 95;
}

/**
 * Whether the anchor at `a` may be the one a date holds (see DATE_ANCHOR):
 * an m/d/y anchor always may; a year may when it starts an ISO date ("-"
 * follows) or when it may end a date with a month name: a word boundary
 * follows, and before it, past the blanks and comma between, stands a day
 * ("7", "7th") after a month name or a blank, or a month name.
 */
function mayHoldDate(text: string, a: number): boolean {
  if (text.charCodeAt(a + 1) === 47) return true; // '/'
  const after = text.charCodeAt(a + 4);
  if (after === 45) return true; // '-'
  if (isWordChar(after)) return false;
  let i = pastBlanksBack(text, a - 1);
  if (text.charCodeAt(i) === 44) i = pastBlanksBack(text, i - 1); // ','
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    const beforeDay = text.charCodeAt(isDigit(text.charCodeAt(i - 1)) ? i - 2 : i - 1);
    return isBlank(beforeDay) || isLetter(beforeDay) || beforeDay === 46; // '.'
  }
  if (c === 46) return true; // "Apr. 2013", "7 Apr. 2013"
  return isLetter(c) && endsMonthOrDaySuffix(text, i);
}

/** Going back from `i` over at most six blanks (the most a date puts before its year): where that stops. */
function pastBlanksBack(text: string, i: number): number {
  for (let n = 0; n < 6 && isBlank(text.charCodeAt(i)); n++) i--;
  return i;
}

/**
 * Whether the letters ending at `i` are a month name as the date pattern
 * writes it ("apr", "april", "sept"), or a day's suffix ("st", "th") after a
 * digit.
 */
function endsMonthOrDaySuffix(text: string, i: number): boolean {
  let start = i;
  while (i - start < 9 && isLetter(text.charCodeAt(start - 1))) start--;
  const length = i - start + 1;
  if (length === 2) return isDaySuffix(text, start) && isDigit(text.charCodeAt(start - 1));
  const month = length >= 3 ? MONTH_BY_KEY.get(threeLetterKey(text, start)) : undefined;
  if (month === undefined) return false;
  if (length === 3) return true;
  if (month === 9 && length === 4) return (text.charCodeAt(i) | 0x20) === 116; // "sept"
  const name = MONTH_NAMES[month - 1];
  return length === name.length && sameLettersIgnoringCase(text, start, name);
}

/**
 * Whether the letters at `start` are those of `lower` (in lower case), in
 * either case, past the first three (which the month's key compared).
 */
function sameLettersIgnoringCase(text: string, start: number, lower: string): boolean {
  for (let k = 3; k < lower.length; k++) if ((text.charCodeAt(start + k) | 0x20) !== lower.charCodeAt(k)) return false;
  return true;
}

/** Whether the two letters at `i` are the suffix of a day ("1st", "2nd", "3rd", "4th"), in either case. */
function isDaySuffix(text: string, i: number): boolean {
  return DAY_SUFFIXES.has(((text.charCodeAt(i) | 0x20) << 8) | (text.charCodeAt(i + 1) | 0x20));
}

/** The suffixes of days in lower case, two letters as one number. */
const DAY_SUFFIXES = new Set(['st', 'nd', 'rd', 'th'].map((s) => (s.charCodeAt(0) << 8) | s.charCodeAt(1)));

/** The first date in `text`, or undefined. */
export function firstDate(text: string): DateMatch | undefined {
  const re = ANY_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const iso = fromMatch(m);
    if (iso) return { iso, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** Parses a whole value that is one date, including EDGAR's compact "20130407". */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  const compact = WHOLE_COMPACT.exec(t);
  if (compact) return isoDate(+compact[1], +compact[2], +compact[3]);
  return firstDate(t)?.iso;
}

/** EDGAR's YYYYMMDD (or YYYYMMDDhhmmss) to ISO date. */
export function compactToIso(value: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  return m ? isoDate(+m[1], +m[2], +m[3]) : undefined;
}

/** Day of week (0 Sunday) of an ISO date. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** ISO date `days` calendar days after `iso`. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
