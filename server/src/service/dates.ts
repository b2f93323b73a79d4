/**
 * Dates as filings write them: "April 7, 2013", "Apr. 7, 2013", "7 April 2013",
 * "April 7th, 2013", "04/07/2013", "20130407", "2013-04-07". Everything
 * normalizes to ISO "YYYY-MM-DD"; impossible dates (31 April) are rejected.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return undefined;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
const WHOLE_COMPACT = new RegExp(`^${COMPACT}$`);

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

function fromMatch(m: RegExpExecArray): string | undefined {
  if (m[1] !== undefined) return isoDate(+m[3], monthNumber(m[1]) ?? 0, +m[2]);
  if (m[4] !== undefined) return isoDate(+m[6], monthNumber(m[5]) ?? 0, +m[4]);
  if (m[7] !== undefined) {
    let year = +m[9];
    if (m[9].length === 2) year += year < 50 ? 2000 : 1900;
    return isoDate(year, +m[7], +m[8]);
  }
  if (m[10] !== undefined) return isoDate(+m[10], +m[11], +m[12]);
  return undefined;
}

/**
 * Every date matched contains a year ("19dd" or "20dd") or a digit, '/' and
 * a digit (m/d/y): those anchors are found by a pattern the regular-expression
 * engine scans at memory speed, and the full date pattern, whose first
 * character could be almost any letter or digit, only runs on windows around
 * them.
 */
const ANCHOR = /(?:19|20)\d\d|\d\/\d/g;
/** The longest anchor ("2013"): another one may hide behind an anchor, overlapping it, no further on. */
const ANCHOR_SPAN = 4;
/** The longest date the pattern matches: "september" + 3 blanks + "31st" + 3 blanks + "," + 3 blanks + "2013". */
const MAX_DATE = 27;

/**
 * Every date in `text` (written with a month name, as m/d/y or as ISO), in
 * order: the matches of ANY_DATE scanning from `from` to `to`, found window by
 * window. A match holds an anchor, so it starts at most MAX_DATE - 1 before
 * one (or before one hidden behind it); windows are read in order from where
 * the last match ended, so the first match in a window is the one the scan
 * of the whole text finds next.
 */
export function findDates(text: string, from = 0, to = text.length): DateMatch[] {
  const out: DateMatch[] = [];
  const re = ANY_DATE;
  const anchors = ANCHOR;
  anchors.lastIndex = 0;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let next = 0; // where the scan of the whole text would go on from
  for (let a = anchors.exec(slice); a; a = anchors.exec(slice)) {
    const lastStart = a.index + ANCHOR_SPAN - 1;
    if (lastStart < next) continue;
    const firstStart = Math.max(next, a.index - MAX_DATE + 1);
    // The window keeps the character before (for \b) and room after for the longest date and its \b.
    const base = Math.max(0, firstStart - 1);
    const window = slice.slice(base, lastStart + MAX_DATE + 1);
    re.lastIndex = firstStart - base;
    const m = re.exec(window);
    if (!m || base + m.index > lastStart) continue;
    next = base + m.index + m[0].length;
    const iso = fromMatch(m);
    if (iso) out.push({ iso, index: from + base + m.index, length: m[0].length });
  }
  return out;
}

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
