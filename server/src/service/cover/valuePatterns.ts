/**
 * What each cover value looks like: an EIN, a commission file number, a
 * jurisdiction, a telephone number, a date. A matcher lists the values it
 * sees in text[from, to) with their view offsets.
 */
import { findDates } from '../dates';
import { JURISDICTIONS } from '../data/jurisdictions';
import { escapeRegExp } from '../regExpSource';

export interface ValueMatch {
  start: number;
  end: number;
  /** Normalized value. */
  value: string;
}

export type ValueMatcher = (text: string, from: number, to: number) => ValueMatch[];

/** Global copies of the patterns scan() runs, made once each (scan sets lastIndex; its callbacks never scan). */
const GLOBAL_COPIES = new Map<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let re = GLOBAL_COPIES.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    GLOBAL_COPIES.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

function scan(pattern: RegExp, text: string, from: number, to: number, value: (m: RegExpExecArray) => string | undefined): ValueMatch[] {
  const out: ValueMatch[] = [];
  if (to <= from) return out;
  const slice = text.slice(from, to);
  const re = globalCopy(pattern);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const v = value(m);
    if (v !== undefined) out.push({ start: from + m.index, end: from + m.index + m[0].length, value: v });
  }
  return out;
}

const DASH = '[-\u2010\u2011\u2012\u2013]';

// ------------------------------------------------------------------ EIN

const EIN = new RegExp(`(?<![\\d\\-\u2010-\u2013])(\\d{2})[ \u00a0]?${DASH}[ \u00a0]?(\\d{7})(?![\\d\\-\u2010-\u2013])`, 'g');
/** Nine digits with no dash, as a few covers print the EIN; trusted only beside its caption. */
const EIN_UNDASHED = /(?<![\d-])(\d{2})(\d{7})(?![\d-])/g;

export const einMatcher: ValueMatcher = (text, from, to) => scan(EIN, text, from, to, (m) => `${m[1]}-${m[2]}`);
export const looseEinMatcher: ValueMatcher = (text, from, to) => {
  const strict = einMatcher(text, from, to);
  return strict.length > 0 ? strict : scan(EIN_UNDASHED, text, from, to, (m) => `${m[1]}-${m[2]}`);
};

// ---------------------------------------------------------- file number

// A prefix of one to three digits, a dash, three to six digits, and the
// optional "-01" of a co-registrant: 0-17999, 000-26952, 1-4423, 333-46893-01.
const FILE_NUMBER = new RegExp(
  `(?<![\\w\\-\u2010-\u2013./$,])(\\d{1,3})${DASH}(\\d{3,6})(?:${DASH}(\\d{1,3}))?(?![\\w\\-\u2010-\u2013]|[.,]\\d)`,
  'g',
);

/**
 * A telephone number's last seven digits look like a file number (435-0800):
 * when the prefix could be a telephone exchange (2 to 9 first) and the body is
 * four digits, an area code or a closing parenthesis before it gives it away.
 */
function looksLikePhone(text: string, index: number, prefix: string, body: string): boolean {
  if (prefix.length !== 3 || body.length !== 4 || prefix[0] === '0' || prefix[0] === '1') return false;
  const before = text.slice(Math.max(0, index - 6), index);
  return /(?:\)|\d{3}[\s.\-]?)\s*$/.test(before) || !/^(?:333|811|814|812|801)$/.test(prefix);
}

export const fileNumberMatcher: ValueMatcher = (text, from, to) => {
  const slice = text.slice(from, to);
  return scan(FILE_NUMBER, text, from, to, (m) => {
    if (m[1].length === 2 && m[2].length === 7) return undefined;
    if (looksLikePhone(slice, m.index, m[1], m[2])) return undefined;
    return m[0].replace(/[\u2010-\u2013]/g, '-');
  });
};

// --------------------------------------------------------- jurisdiction

const CANONICAL = new Map<string, string>();
for (const j of JURISDICTIONS) {
  CANONICAL.set(j.name.toLowerCase(), j.name);
  for (const alias of j.aliases ?? []) CANONICAL.set(alias.toLowerCase(), j.name);
}
const ABBREVIATIONS = new Map<string, string>();
for (const j of JURISDICTIONS) for (const a of j.abbreviations) ABBREVIATIONS.set(a, j.name);

// Longest names first so "New Jersey" wins over "Jersey" and "West Virginia" over "Virginia".
const JURISDICTION = new RegExp(
  `(?<![\\w-])(?:${[...CANONICAL.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(n).replace(/ /g, '\\s+'))
    .join('|')})(?![\\w-])`,
  'gi',
);

export const jurisdictionMatcher: ValueMatcher = (text, from, to) =>
  scan(JURISDICTION, text, from, to, (m) => CANONICAL.get(m[0].toLowerCase().replace(/\s+/g, ' ')));

/** The jurisdiction a whole cell abbreviates ("DE", "Del."), if any. */
export function jurisdictionOfAbbreviation(cellText: string): string | undefined {
  const t = cellText.trim().replace(/^\(|\)$/g, '');
  return ABBREVIATIONS.get(t) ?? ABBREVIATIONS.get(t.toUpperCase());
}

// ------------------------------------------------------------ telephone

const PHONE =
  /(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\s{0,3}\d{3}\s{0,3}\)|\d{3})[\s.\u00a0-]{0,3}\d{3}[\s.\u00a0-]{1,2}\d{4}(?!\d)|\+\d{1,3}(?:[\s.-]{1,2}\(?\d{1,5}\)?){2,5}(?![\d-])/g;

export const phoneMatcher: ValueMatcher = (text, from, to) => scan(PHONE, text, from, to, (m) => m[0].replace(/\s+/g, ' '));

// ----------------------------------------------------------------- date

export const dateMatcher: ValueMatcher = (text, from, to) =>
  findDates(text, from, to).map((d) => ({ start: d.index, end: d.index + d.length, value: d.iso }));
