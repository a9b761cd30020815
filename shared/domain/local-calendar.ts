import { addDays, addQuarters as addQuartersToDate, getQuarter, getYear, isExists, lastDayOfQuarter } from 'date-fns';
import { localDateOf } from './dates';
import type { LocalDate } from './types';

// Days and calendar quarters of the user's local calendar, for records dated by day (`YYYY-MM-DD`) such as
// strategy moments. A day string has no time zone: 2026-03-31 is in Q1 wherever the user is. The only
// time-zone step is turning "now" into today's date (dates.ts `localDateOf`), so a quarter starts at local
// midnight. Day and quarter arithmetic goes through date-fns on local dates, so a day across a daylight-saving
// change is still one day.

/** A calendar quarter, e.g. `2026-Q3` (July–September 2026). */
export type QuarterKey = string;

/** A span of whole days; both `from` and `to` are included. */
export type DateRange = { from: LocalDate; to: LocalDate };

/** A quarter's year and number, 1–4. */
export type QuarterParts = { year: number; quarter: number };

// Four-digit years from 1000 only, as in iso-week.ts: `new Date(y, m, d)` maps years 0–99 into the 1900s.
const LOCAL_DATE_PATTERN = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const QUARTER_PATTERN = /^([1-9]\d{3})-Q([1-4])$/;

/** Whether `value` is a `YYYY-MM-DD` day that exists (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  return dayParts(value) !== null;
}

/** Throws a RangeError for a day that is malformed or does not exist: stored days are validated on input. */
export function assertLocalDate(date: LocalDate): void {
  dayPartsOrThrow(date);
}

/** The day `n` days after `date` (before it when `n` is negative); throws a RangeError for a malformed day. */
export function addLocalDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addLocalDays: n must be a whole number, got ${n}`);
  return localDateOf(addDays(localMidnight(date), n));
}

/** Whether `date` lies in `range`, edges included. Zero-padded days compare as strings in calendar order. */
export function inDateRange(date: LocalDate, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** The quarter holding a day: January–March is Q1, April–June Q2, July–September Q3, October–December Q4. */
export function quarterOf(date: LocalDate): QuarterKey {
  return quarterKeyOf(localMidnight(date));
}

/** Splits a quarter into its year and number; throws a RangeError when it is not like `2026-Q3`. */
export function parseQuarter(quarter: QuarterKey): QuarterParts {
  const match = QUARTER_PATTERN.exec(quarter);
  if (match === null) throw new RangeError(`Not a quarter like 2026-Q3: "${quarter}"`);
  return { year: Number(match[1]), quarter: Number(match[2]) };
}

/** The quarter `n` quarters after `quarter` (before it when `n` is negative). */
export function addQuarters(quarter: QuarterKey, n: number): QuarterKey {
  if (!Number.isInteger(n)) throw new RangeError(`addQuarters: n must be a whole number, got ${n}`);
  const start = addQuartersToDate(quarterStart(quarter), n);
  const year = getYear(start);
  // A result outside the years the pattern accepts would be a key no other function can read. Written so
  // that NaN, the year of a date too far off for a Date, is refused as well.
  if (!(year >= 1000 && year <= 9999)) throw new RangeError(`addQuarters: ${quarter} + ${n} leaves the calendar`);
  return quarterKeyOf(start);
}

/** The first and last day of a quarter, both included. */
export function quarterRange(quarter: QuarterKey): DateRange {
  const start = quarterStart(quarter);
  return { from: localDateOf(start), to: localDateOf(lastDayOfQuarter(start)) };
}

/** The `count` quarters ending with `last`, oldest first; `lastQuarters('2026-Q1', 2)` is `['2025-Q4', '2026-Q1']`. */
export function lastQuarters(last: QuarterKey, count: number): QuarterKey[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`lastQuarters: count must be a whole number of at least 0, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => addQuarters(last, i - (count - 1)));
}

type DayParts = { year: number; monthIndex: number; day: number };

function localMidnight(date: LocalDate): Date {
  const { year, monthIndex, day } = dayPartsOrThrow(date);
  return new Date(year, monthIndex, day);
}

function dayPartsOrThrow(date: LocalDate): DayParts {
  const parts = dayParts(date);
  if (parts === null) throw new RangeError(`Not a day like 2026-11-30: "${date}"`);
  return parts;
}

// A pattern and isExists rather than parseISO, which also takes `2026-W47`, `20261130` and times, none of
// them a stored day. Parts rather than a Date: every score checks every moment's day, and only some of the
// callers need the Date.
function dayParts(value: string): DayParts | null {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (match === null) return null;
  const parts = { year: Number(match[1]), monthIndex: Number(match[2]) - 1, day: Number(match[3]) };
  return isExists(parts.year, parts.monthIndex, parts.day) ? parts : null;
}

function quarterStart(quarter: QuarterKey): Date {
  const { year, quarter: number } = parseQuarter(quarter);
  return new Date(year, (number - 1) * 3, 1);
}

function quarterKeyOf(date: Date): QuarterKey {
  return `${getYear(date)}-Q${getQuarter(date)}`;
}
