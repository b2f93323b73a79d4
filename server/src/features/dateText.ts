/** Dates as people read them: "Thursday 11 April 2013", "Thu 11 Apr 2013". */
import { weekday } from '../service/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(iso: string): { day: number; month: number; year: string } {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10)) };
}

/** "Thursday 11 April 2013". */
export function longDate(iso: string): string {
  const { day, month, year } = parts(iso);
  return `${WEEKDAYS[weekday(iso)]} ${day} ${MONTHS[month]} ${year}`;
}

/** "Thu 11 Apr 2013". */
export function shortDate(iso: string): string {
  const { day, month, year } = parts(iso);
  return `${WEEKDAYS[weekday(iso)].slice(0, 3)} ${day} ${MONTHS[month].slice(0, 3)} ${year}`;
}

/** "2013-04-11T17:45:02" → "Thursday 11 April 2013, 17:45:02". */
export function longDateTime(isoDateTime: string): string {
  const [date, time] = isoDateTime.split('T');
  return time ? `${longDate(date)}, ${time}` : longDate(date);
}
