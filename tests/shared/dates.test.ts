import { describe, expect, it } from 'vitest';
import { calendarDaysBetween, localDateOf } from '@shared/domain/dates';

describe('localDateOf', () => {
  it('gives the local calendar day of an instant', () => {
    expect(localDateOf(new Date(2026, 10, 21, 23, 30))).toBe('2026-11-21');
    expect(localDateOf(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
  });
});

describe('calendarDaysBetween', () => {
  it.each([
    [new Date(2026, 10, 20, 23, 59), new Date(2026, 10, 21, 0, 1), 1],
    [new Date(2026, 10, 21, 8, 0), new Date(2026, 10, 21, 22, 0), 0],
    [new Date(2026, 10, 22), new Date(2026, 10, 21), -1],
    // Across the EU and US daylight-saving changes a day is still one day.
    [new Date(2026, 2, 28, 12), new Date(2026, 2, 30, 12), 2],
    [new Date(2026, 9, 24, 12), new Date(2026, 10, 2, 12), 9],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
  });
});
