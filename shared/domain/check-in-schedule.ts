import { addDays, isValid, set } from 'date-fns';
import { addIsoWeeks, compareIsoWeeks, isoWeekOf, isoWeekStart } from './iso-week';
import type { IsoWeek, Settings } from './types';

// When the weekly check-in is due. The moment is a local wall-clock time ("Friday 16:00"), so it is built
// from the week's local Monday with calendar-day and clock setters, never by adding milliseconds: across a
// daylight-saving change the reminder stays at 16:00. A time that does not exist on its day (02:30 on the
// spring-forward Sunday) is moved forward by the runtime, to 03:30; an ambiguous one (01:30 on the
// fall-back Sunday) is its first occurrence.

export type CheckInScheduleSettings = Pick<Settings, 'checkInWeekday' | 'checkInTime'>;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of an `HH:mm` time; throws a RangeError for anything else. */
export function parseCheckInTime(time: string): { hours: number; minutes: number } {
  const match = TIME_PATTERN.exec(time);
  if (match === null) throw new RangeError(`Check-in time must be HH:mm (00:00–23:59), got "${time}"`);
  return { hours: Number(match[1]), minutes: Number(match[2]) };
}

/** The local moment of the check-in in `week`: its ISO weekday (1 = Monday … 7 = Sunday) at `HH:mm`. */
export function checkInMoment(week: IsoWeek, { checkInWeekday, checkInTime }: CheckInScheduleSettings): Date {
  if (!Number.isInteger(checkInWeekday) || checkInWeekday < 1 || checkInWeekday > 7) {
    throw new RangeError(`Check-in weekday must be 1 (Monday) to 7 (Sunday), got ${checkInWeekday}`);
  }
  const { hours, minutes } = parseCheckInTime(checkInTime);
  const day = addDays(isoWeekStart(week), checkInWeekday - 1);
  return set(day, { hours, minutes, seconds: 0, milliseconds: 0 });
}

/**
 * When to remind next: this week's check-in moment if it is still ahead and this week's check-in is not
 * done; otherwise next week's. At the exact moment this week's counts as passed, so a shell that re-asks when
 * its timer fires gets next week's reminder instead of firing twice.
 */
export function nextCheckInReminder({
  now,
  checkInWeekday,
  checkInTime,
  lastCheckInWeek,
}: CheckInScheduleSettings & { now: Date; lastCheckInWeek: IsoWeek | null }): Date {
  if (!isValid(now)) throw new RangeError('nextCheckInReminder: invalid now');
  const settings = { checkInWeekday, checkInTime };
  const currentWeek = isoWeekOf(now);
  const thisWeeks = checkInMoment(currentWeek, settings);
  if (now < thisWeeks && !isWeekDone(currentWeek, lastCheckInWeek)) return thisWeeks;
  return checkInMoment(addIsoWeeks(currentWeek, 1), settings);
}

/**
 * Whether `week`'s check-in exists, given the latest check-in's week. A latest week after `week` also counts
 * (there is at most one check-in per week, and the clock may have been set back).
 */
export function isWeekDone(week: IsoWeek, lastCheckInWeek: IsoWeek | null): boolean {
  return lastCheckInWeek !== null && compareIsoWeeks(lastCheckInWeek, week) >= 0;
}
