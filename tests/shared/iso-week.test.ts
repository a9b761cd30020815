import { describe, expect, it } from 'vitest';
import {
  addIsoWeeks,
  compareIsoWeeks,
  formatIsoWeek,
  isIsoWeek,
  isoWeekOf,
  isoWeekRange,
  isoWeekStart,
  isoWeeksBetween,
  parseIsoWeek,
} from '@shared/domain/iso-week';

// vitest.config.ts runs these in America/New_York: DST starts 2026-03-08 and ends 2026-11-01.

describe('isoWeekOf', () => {
  it.each([
    [new Date(2026, 10, 21, 12), '2026-W47'],
    [new Date(2026, 0, 5), '2026-W02'],
    // Year boundaries: 2026 starts on a Thursday, so it has 53 weeks and its week 1 starts in 2025.
    [new Date(2025, 11, 29, 0, 0), '2026-W01'],
    [new Date(2025, 11, 28, 23, 59), '2025-W52'],
    [new Date(2026, 0, 1), '2026-W01'],
    [new Date(2026, 11, 28), '2026-W53'],
    [new Date(2027, 0, 1), '2026-W53'],
    [new Date(2027, 0, 3, 23, 59), '2026-W53'],
    [new Date(2027, 0, 4), '2027-W01'],
    [new Date(2021, 0, 3), '2020-W53'],
    // DST weeks: the Sunday of the change still closes its week, and local midnight Monday opens the next.
    [new Date(2026, 2, 8, 23, 59), '2026-W10'],
    [new Date(2026, 2, 9, 0, 0), '2026-W11'],
    [new Date(2026, 10, 1, 23, 59), '2026-W44'],
    [new Date(2026, 10, 2, 0, 0), '2026-W45'],
    [new Date(2026, 0, 4, 23, 59, 59, 999), '2026-W01'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('rejects an invalid date', () => {
    expect(() => isoWeekOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('parseIsoWeek', () => {
  it.each([
    ['2026-W47', { year: 2026, week: 47 }],
    ['2026-W53', { year: 2026, week: 53 }],
    ['2020-W53', { year: 2020, week: 53 }],
    ['2027-W01', { year: 2027, week: 1 }],
  ])('%s', (week, parts) => {
    expect(parseIsoWeek(week)).toEqual(parts);
    expect(isIsoWeek(week)).toBe(true);
  });

  it.each([
    '2025-W53', // 2025 has 52 weeks
    '2027-W53',
    '2026-W54',
    '2026-W00',
    '2026-W5',
    '2026W05',
    '2026-w05',
    '26-W05',
    ' 2026-W05',
    '2026-W05 ',
    '0999-W01',
    '2026-05-01',
    '',
  ])('rejects %j', (week) => {
    expect(() => parseIsoWeek(week)).toThrow(RangeError);
    expect(isIsoWeek(week)).toBe(false);
  });
});

describe('formatIsoWeek', () => {
  it.each([
    [{ year: 2026, week: 5 }, '2026-W05'],
    [{ year: 2026, week: 53 }, '2026-W53'],
  ])('%j is %s', (parts, week) => {
    expect(formatIsoWeek(parts)).toBe(week);
  });

  it.each([
    { year: 2025, week: 53 },
    { year: 2026, week: 0 },
    { year: 2026, week: 1.5 },
  ])('rejects %j', (parts) => {
    expect(() => formatIsoWeek(parts)).toThrow(RangeError);
  });
});

describe('isoWeekStart', () => {
  it.each([
    ['2026-W01', new Date(2025, 11, 29)],
    ['2026-W47', new Date(2026, 10, 16)],
    ['2026-W53', new Date(2026, 11, 28)],
    ['2027-W01', new Date(2027, 0, 4)],
    ['2020-W53', new Date(2020, 11, 28)],
    // Weeks holding or following a DST change still start at local midnight.
    ['2026-W10', new Date(2026, 2, 2)],
    ['2026-W11', new Date(2026, 2, 9)],
    ['2026-W44', new Date(2026, 9, 26)],
    ['2026-W45', new Date(2026, 10, 2)],
  ])('%s starts on local Monday %s', (week, monday) => {
    const start = isoWeekStart(week);
    expect(start.getTime()).toBe(monday.getTime());
    expect(start.getDay()).toBe(1);
    expect(start.getHours()).toBe(0);
    expect(isoWeekOf(start)).toBe(week);
  });

  it('makes a DST week 167 or 169 hours long', () => {
    const hours = (week: string): number =>
      (isoWeekStart(addIsoWeeks(week, 1)).getTime() - isoWeekStart(week).getTime()) / 3_600_000;
    expect(hours('2026-W10')).toBe(167);
    expect(hours('2026-W44')).toBe(169);
    expect(hours('2026-W47')).toBe(168);
  });
});

describe('addIsoWeeks', () => {
  it.each([
    ['2026-W52', 1, '2026-W53'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2025-W52', 1, '2026-W01'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W10', 1, '2026-W11'],
    ['2026-W44', 1, '2026-W45'],
    ['2026-W45', -1, '2026-W44'],
    ['2026-W47', 0, '2026-W47'],
    ['2026-W47', 52, '2027-W46'],
    ['2026-W47', -52, '2025-W47'],
  ])('%s + %i is %s', (week, n, expected) => {
    expect(addIsoWeeks(week, n)).toBe(expected);
  });

  it('rejects a fractional step', () => {
    expect(() => addIsoWeeks('2026-W47', 0.5)).toThrow(RangeError);
  });
});

describe('isoWeeksBetween', () => {
  it.each([
    ['2026-W52', '2027-W01', 2],
    ['2027-W01', '2026-W52', -2],
    ['2026-W10', '2026-W11', 1],
    ['2026-W44', '2026-W45', 1],
    ['2026-W01', '2026-W53', 52],
    ['2025-W01', '2026-W01', 52],
    ['2026-W01', '2027-W01', 53],
    ['2026-W47', '2026-W47', 0],
  ])('from %s to %s is %i', (from, to, weeks) => {
    expect(isoWeeksBetween(from, to)).toBe(weeks);
  });
});

describe('compareIsoWeeks', () => {
  it('sorts chronologically across year boundaries', () => {
    const weeks = ['2027-W01', '2026-W53', '2026-W05', '2025-W52', '2026-W10'];
    expect([...weeks].sort(compareIsoWeeks)).toEqual(['2025-W52', '2026-W05', '2026-W10', '2026-W53', '2027-W01']);
  });

  it.each([
    ['2026-W01', '2026-W01', 0],
    ['2026-W53', '2027-W01', -1],
    ['2027-W01', '2026-W53', 1],
  ])('%s vs %s has sign %i', (a, b, sign) => {
    expect(Math.sign(compareIsoWeeks(a, b))).toBe(sign);
  });
});

describe('isoWeekRange', () => {
  it.each([
    ['2026-W52', '2027-W02', ['2026-W52', '2026-W53', '2027-W01', '2027-W02']],
    ['2026-W09', '2026-W12', ['2026-W09', '2026-W10', '2026-W11', '2026-W12']],
    ['2026-W47', '2026-W47', ['2026-W47']],
    ['2026-W48', '2026-W47', []],
  ])('from %s to %s', (from, to, weeks) => {
    expect(isoWeekRange(from, to)).toEqual(weeks);
  });

  it('spans ten years without skipping or repeating a week', () => {
    const weeks = isoWeekRange('2017-W01', '2026-W53');
    expect(weeks).toHaveLength(isoWeeksBetween('2017-W01', '2026-W53') + 1);
    expect(new Set(weeks).size).toBe(weeks.length);
  });
});
