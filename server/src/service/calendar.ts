/**
 * The SEC business-day calendar and the Form 8-K filing deadline
 * (General Instruction B.1: four business days after the event; an event on a
 * weekend or holiday starts the count on the next business day, inclusive).
 */
import { AD_HOC_CLOSURES, FEDERAL_HOLIDAYS, FILING_CUTOFF_EASTERN, type HolidayRule } from './data/holidays';
import { addDays, daysInMonth, isoDate, weekday } from './dates';

const holidayCache = new Map<number, Map<string, string>>();

/** Non-business days of a year other than weekends: ISO date → name. */
export function holidaysOf(year: number): Map<string, string> {
  let days = holidayCache.get(year);
  if (days) return days;
  days = new Map();
  for (const h of FEDERAL_HOLIDAYS) {
    if (h.from !== undefined && year < h.from) continue;
    const date = holidayDate(year, h.rule);
    if (date) days.set(date, h.name);
  }
  // New Year's Day of next year observed on Friday 31 December.
  const nextNewYear = holidayDate(year + 1, { kind: 'fixed', month: 1, day: 1 });
  if (nextNewYear && nextNewYear.startsWith(String(year))) days.set(nextNewYear, 'New Year’s Day (observed)');
  for (const [date, name] of Object.entries(AD_HOC_CLOSURES)) {
    if (date.startsWith(`${year}-`)) days.set(date, name);
  }
  holidayCache.set(year, days);
  return days;
}

function holidayDate(year: number, rule: HolidayRule): string | undefined {
  if (rule.kind === 'fixed') {
    const date = isoDate(year, rule.month, rule.day);
    if (!date) return undefined;
    const wd = weekday(date);
    if (wd === 6) return addDays(date, -1); // Saturday: observed Friday
    if (wd === 0) return addDays(date, 1); // Sunday: observed Monday
    return date;
  }
  if (rule.n > 0) {
    const first = isoDate(year, rule.month, 1)!;
    const shift = (rule.weekday - weekday(first) + 7) % 7;
    return addDays(first, shift + 7 * (rule.n - 1));
  }
  const nextMonthFirst = rule.month === 12 ? isoDate(year + 1, 1, 1)! : isoDate(year, rule.month + 1, 1)!;
  const last = addDays(nextMonthFirst, -1);
  return addDays(last, -((weekday(last) - rule.weekday + 7) % 7));
}

/** Why a day is not a business day, or undefined for a business day. */
export function nonBusinessReason(iso: string): string | undefined {
  const wd = weekdayOf(iso);
  if (wd === 0) return 'Sunday';
  if (wd === 6) return 'Saturday';
  return holidaysOf(Number(iso.slice(0, 4))).get(iso);
}

export function isBusinessDay(iso: string): boolean {
  return nonBusinessReason(iso) === undefined;
}

/** Longer than any run of days without a business day (a weekend and the longest closure, with room to spare). */
const LONGEST_CLOSED_RUN = 14;

/**
 * The first business day after `iso`; undefined outside the calendar's
 * years, and when none comes within LONGEST_CLOSED_RUN days (a malformed
 * date), so that the search always ends.
 */
export function nextBusinessDay(iso: string): string | undefined {
  if (!withinCalendar(iso)) return undefined;
  let d = iso;
  for (let n = 0; n < LONGEST_CLOSED_RUN; n++) {
    d = nextDay(d);
    if (isBusinessDay(d)) return d;
  }
  return undefined;
}

export interface Deadline {
  /** The event date the count starts from. */
  eventDate: string;
  /** Last day to file. */
  dueDate: string;
  /** The business days counted, in order. */
  businessDays: string[];
  /** Days skipped between the event and the due date, with why. */
  skipped: { date: string; reason: string }[];
}

/**
 * Whether the calendar can count business days from this ISO date: its
 * holidays are worked out for the years dates are read in (1900-2100), and
 * a deadline may run into the next year. A header date of 9999 gets none.
 */
export function withinCalendar(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return year >= 1900 && year < 2100;
}

/**
 * The due date `count` business days after an event (four for Form 8-K).
 * The event date must be withinCalendar.
 */
export function filingDeadline(eventDate: string, count = 4): Deadline {
  const businessDays: string[] = [];
  const skipped: { date: string; reason: string }[] = [];
  let d = eventDate;
  // An event on a business day: the count starts the day after. On a
  // non-business day: it starts on, and includes, the next business day.
  const eventReason = nonBusinessReason(eventDate);
  if (eventReason) skipped.push({ date: eventDate, reason: eventReason });
  while (businessDays.length < count) {
    d = nextDay(d);
    const reason = nonBusinessReason(d);
    if (reason) skipped.push({ date: d, reason });
    else businessDays.push(d);
  }
  return { eventDate, dueDate: businessDays[businessDays.length - 1], businessDays, skipped };
}

/**
 * The filing date EDGAR gives a submission accepted at `acceptance`
 * (Eastern time, as EDGAR's YYYYMMDDhhmmss or ISO 2013-04-08T17:31:00):
 * after 5:30 pm, the next business day.
 */
export function filingDateOfAcceptance(acceptance: string): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})T?(\d{2}):?(\d{2})/.exec(acceptance.trim());
  if (!m) return undefined;
  const date = isoDate(+m[1], +m[2], +m[3]);
  if (!date) return undefined;
  const minutes = +m[4] * 60 + +m[5];
  const cutoff = FILING_CUTOFF_EASTERN.hour * 60 + FILING_CUTOFF_EASTERN.minute;
  if (minutes > cutoff || !isBusinessDay(date)) return nextBusinessDay(date);
  return date;
}

// ---------------------------------------------------------- day arithmetic

const DAY_MS = 86_400_000;

/**
 * The UTC day number (days since 1970-01-01) of an ISO date YYYY-MM-DD that
 * is a real day of the years 1000 to 9998, else undefined. Within those
 * years weekday() and addDays() of dates.ts read and write exactly these
 * dates; anything else is left to them.
 */
function dayNumber(iso: string): number | undefined {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 0x2d || iso.charCodeAt(7) !== 0x2d) return undefined;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 1000 || year > 9998 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** The number written by the decimal digits of s[from, to), or -1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** weekday(iso) without reading the date as a string. */
function weekdayOf(iso: string): number {
  const n = dayNumber(iso);
  // 1970-01-01 was a Thursday.
  return n === undefined ? weekday(iso) : (((n + 4) % 7) + 7) % 7;
}

/** addDays(iso, 1) without reading or writing the date as a string. */
function nextDay(iso: string): string {
  const n = dayNumber(iso);
  if (n === undefined) return addDays(iso, 1);
  const d = new Date((n + 1) * DAY_MS);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
