import { describe, expect, it } from 'vitest';
import { checkInMoment, isWeekDone, nextCheckInReminder, parseCheckInTime } from '@shared/domain/check-in-schedule';

// vitest.config.ts runs these in America/New_York: DST starts 2026-03-08 and ends 2026-11-01.

const friday4pm = { checkInWeekday: 5, checkInTime: '16:00' };
const sunday9am = { checkInWeekday: 7, checkInTime: '09:00' };

describe('checkInMoment', () => {
  it.each([
    ['2026-W47', friday4pm, new Date(2026, 10, 20, 16, 0)],
    ['2026-W47', { checkInWeekday: 1, checkInTime: '00:00' }, new Date(2026, 10, 16, 0, 0)],
    ['2026-W47', { checkInWeekday: 7, checkInTime: '23:59' }, new Date(2026, 10, 22, 23, 59)],
    // The Friday of 2026-W53 is 2027-01-01.
    ['2026-W53', friday4pm, new Date(2027, 0, 1, 16, 0)],
    // On the Sundays of the DST changes the wall-clock time is kept.
    ['2026-W10', sunday9am, new Date(2026, 2, 8, 9, 0)],
    ['2026-W44', sunday9am, new Date(2026, 10, 1, 9, 0)],
  ])('%s with %j is %s', (week, settings, expected) => {
    expect(checkInMoment(week, settings).getTime()).toBe(expected.getTime());
  });

  it('moves a time skipped by spring-forward to the hour after', () => {
    const moment = checkInMoment('2026-W10', { checkInWeekday: 7, checkInTime: '02:30' });
    expect([moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([8, 3, 30]);
  });

  it('takes the first of the two 01:30s on the fall-back Sunday', () => {
    const moment = checkInMoment('2026-W44', { checkInWeekday: 7, checkInTime: '01:30' });
    expect([moment.getDate(), moment.getHours(), moment.getMinutes()]).toEqual([1, 1, 30]);
    expect(moment.getTimezoneOffset()).toBe(240);
  });

  it.each([
    { checkInWeekday: 0, checkInTime: '16:00' },
    { checkInWeekday: 8, checkInTime: '16:00' },
    { checkInWeekday: 2.5, checkInTime: '16:00' },
    { checkInWeekday: 5, checkInTime: '9:00' },
    { checkInWeekday: 5, checkInTime: '24:00' },
    { checkInWeekday: 5, checkInTime: '16:60' },
    { checkInWeekday: 5, checkInTime: '16:00:00' },
    { checkInWeekday: 5, checkInTime: '' },
  ])('rejects %j', (settings) => {
    expect(() => checkInMoment('2026-W47', settings)).toThrow(RangeError);
  });
});

describe('parseCheckInTime', () => {
  it.each([
    ['00:00', { hours: 0, minutes: 0 }],
    ['09:05', { hours: 9, minutes: 5 }],
    ['23:59', { hours: 23, minutes: 59 }],
  ])('%s', (time, parts) => {
    expect(parseCheckInTime(time)).toEqual(parts);
  });
});

describe('isWeekDone', () => {
  it.each([
    ['2026-W47', '2026-W47', true],
    ['2026-W47', '2026-W46', false],
    ['2026-W47', null, false],
    ['2026-W53', '2027-W01', true],
  ])('week %s with last check-in %s: %s', (week, last, done) => {
    expect(isWeekDone(week, last)).toBe(done);
  });
});

describe('nextCheckInReminder', () => {
  it.each([
    ['Monday, not done', new Date(2026, 10, 16, 9), '2026-W46', new Date(2026, 10, 20, 16)],
    ['a minute before, never checked in', new Date(2026, 10, 20, 15, 59), null, new Date(2026, 10, 20, 16)],
    ['at the moment itself', new Date(2026, 10, 20, 16, 0), '2026-W46', new Date(2026, 10, 27, 16)],
    ['a minute after, not done', new Date(2026, 10, 20, 16, 1), '2026-W46', new Date(2026, 10, 27, 16)],
    ['Monday, already done this week', new Date(2026, 10, 16, 9), '2026-W47', new Date(2026, 10, 27, 16)],
    ['Sunday night after the moment', new Date(2026, 10, 22, 23, 59), '2026-W46', new Date(2026, 10, 27, 16)],
    // Across the year boundary: 2026-W53's Friday is New Year's Day, the next one is in 2027-W01.
    ['Monday of 2026-W53', new Date(2026, 11, 28, 9), '2026-W52', new Date(2027, 0, 1, 16)],
    ['after the moment of 2026-W53', new Date(2027, 0, 1, 17), '2026-W52', new Date(2027, 0, 8, 16)],
  ])('%s', (_label, now, lastCheckInWeek, expected) => {
    expect(nextCheckInReminder({ now, ...friday4pm, lastCheckInWeek }).getTime()).toBe(expected.getTime());
  });

  it.each([
    // Before and after the spring-forward Sunday, the reminder stays at 09:00 local.
    ['before spring-forward', new Date(2026, 2, 7, 12), new Date(2026, 2, 8, 9)],
    ['after spring-forward', new Date(2026, 2, 8, 10), new Date(2026, 2, 15, 9)],
    ['before fall-back', new Date(2026, 9, 31, 12), new Date(2026, 10, 1, 9)],
    ['after fall-back', new Date(2026, 10, 1, 10), new Date(2026, 10, 8, 9)],
  ])('keeps 09:00 local %s', (_label, now, expected) => {
    const reminder = nextCheckInReminder({ now, ...sunday9am, lastCheckInWeek: null });
    expect(reminder.getTime()).toBe(expected.getTime());
    expect(reminder.getHours()).toBe(9);
  });

  it('makes the week across fall-back one hour longer, not one hour earlier', () => {
    const before = nextCheckInReminder({ now: new Date(2026, 9, 24, 12), ...sunday9am, lastCheckInWeek: null });
    const after = nextCheckInReminder({ now: new Date(2026, 9, 31, 12), ...sunday9am, lastCheckInWeek: null });
    expect((after.getTime() - before.getTime()) / 3_600_000).toBe(7 * 24 + 1);
  });

  it('rejects an invalid now', () => {
    expect(() => nextCheckInReminder({ now: new Date(Number.NaN), ...friday4pm, lastCheckInWeek: null })).toThrow(
      RangeError,
    );
  });
});
