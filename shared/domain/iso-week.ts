import {
  addWeeks,
  differenceInCalendarISOWeeks,
  getISOWeek,
  getISOWeekYear,
  getISOWeeksInYear,
  isValid,
  startOfISOWeekYear,
} from 'date-fns';
import type { IsoWeek } from './types';

// ISO 8601 weeks in the user's local calendar: weeks start on Monday, and week 1 is the week holding the
// year's first Thursday, so a week can belong to a different year than some of its days (2027-01-01 is in
// 2026-W53, 2025-12-29 in 2026-W01). All arithmetic goes through date-fns on local dates, so a week across
// a daylight-saving change is still one week.

export type IsoWeekParts = { year: number; week: number };

// Four-digit years from 1000 only: `new Date(y, 0, 4)` maps years 0–99 to 1900–1999, and the app has no
// use for weeks before then.
const ISO_WEEK_PATTERN = /^([1-9]\d{3})-W(\d{2})$/;

/** The ISO week holding a local date, e.g. `2026-W47`. */
export function isoWeekOf(date: Date): IsoWeek {
  if (!isValid(date)) throw new RangeError('isoWeekOf: invalid date');
  return formatIsoWeek({ year: getISOWeekYear(date), week: getISOWeek(date) });
}

/** Whether `value` is a well-formed ISO week that exists (W53 only in years that have one). */
export function isIsoWeek(value: string): boolean {
  return parseIsoWeekOrNull(value) !== null;
}

/** Splits an ISO week into its week-numbering year and week; throws a RangeError when it does not exist. */
export function parseIsoWeek(week: IsoWeek): IsoWeekParts {
  const parts = parseIsoWeekOrNull(week);
  if (parts === null) throw new RangeError(`Not an ISO week: "${week}"`);
  return parts;
}

/** The canonical `YYYY-Www` form of a year and week; throws a RangeError when that week does not exist. */
export function formatIsoWeek({ year, week }: IsoWeekParts): IsoWeek {
  const formatted = `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
  // Round-tripping through the parser applies the same validation as every other entry point.
  parseIsoWeek(formatted);
  return formatted;
}

/** Local midnight on the Monday that starts the week. */
export function isoWeekStart(week: IsoWeek): Date {
  const { year, week: number } = parseIsoWeek(week);
  return addWeeks(firstMondayOfIsoYear(year), number - 1);
}

/** The week `n` weeks after `week` (before it when `n` is negative). */
export function addIsoWeeks(week: IsoWeek, n: number): IsoWeek {
  if (!Number.isInteger(n)) throw new RangeError(`addIsoWeeks: n must be a whole number, got ${n}`);
  return isoWeekOf(addWeeks(isoWeekStart(week), n));
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier): `isoWeeksBetween('2026-W52', '2027-W01')` is 2. */
export function isoWeeksBetween(from: IsoWeek, to: IsoWeek): number {
  return differenceInCalendarISOWeeks(isoWeekStart(to), isoWeekStart(from));
}

/** Orders weeks chronologically, for `Array.prototype.sort`: negative when `a` is earlier. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  const pa = parseIsoWeek(a);
  const pb = parseIsoWeek(b);
  return pa.year === pb.year ? pa.week - pb.week : pa.year - pb.year;
}

/** Every week from `from` to `to`, both included, in order; empty when `to` is before `from`. */
export function isoWeekRange(from: IsoWeek, to: IsoWeek): IsoWeek[] {
  const count = isoWeeksBetween(from, to) + 1;
  const start = isoWeekStart(from);
  return Array.from({ length: Math.max(0, count) }, (_, i) => isoWeekOf(addWeeks(start, i)));
}

function parseIsoWeekOrNull(value: string): IsoWeekParts | null {
  const match = ISO_WEEK_PATTERN.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > getISOWeeksInYear(firstMondayOfIsoYear(year))) return null;
  return { year, week };
}

// 4 January is always in week 1 of its year, so the start of its ISO week-numbering year is week 1's Monday.
function firstMondayOfIsoYear(year: number): Date {
  return startOfISOWeekYear(new Date(year, 0, 4));
}
