import { describe, expect, it } from 'vitest';
import {
  addLocalDays,
  addQuarters,
  inDateRange,
  isLocalDate,
  lastQuarters,
  parseQuarter,
  quarterOf,
  quarterRange,
} from '@shared/domain/local-calendar';

describe('isLocalDate', () => {
  it.each([
    ['2026-11-30', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-4-1', false],
    ['30/11/2026', false],
    ['0026-01-01', false],
    ['2026-11-30T00:00', false],
    ['20261130', false],
    ['2026-W48', false],
    ['', false],
    ['1000-01-01', true],
    ['9999-12-31', true],
  ])('%s → %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });
});

describe('addLocalDays', () => {
  it.each([
    ['2026-11-21', -89, '2026-08-24'],
    ['2026-04-01', -89, '2026-01-02'],
    // Across the US daylight-saving changes (2026-03-08 and 2026-11-01) a day is still one day.
    ['2026-03-09', -1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-11-21', 0, '2026-11-21'],
  ])('%s %i days → %s', (date, n, expected) => {
    expect(addLocalDays(date, n)).toBe(expected);
  });

  it('refuses a malformed day and a fractional count', () => {
    expect(() => addLocalDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addLocalDays('2026-11-21', 0.5)).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-06-30', '2026-Q2'],
    ['2026-07-01', '2026-Q3'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
    ['2027-01-01', '2027-Q1'],
  ])('%s is in %s', (date, quarter) => {
    expect(quarterOf(date)).toBe(quarter);
  });

  it('refuses a day that does not exist', () => {
    expect(() => quarterOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it.each([
    ['2026-Q1', { from: '2026-01-01', to: '2026-03-31' }],
    ['2026-Q2', { from: '2026-04-01', to: '2026-06-30' }],
    ['2026-Q3', { from: '2026-07-01', to: '2026-09-30' }],
    ['2026-Q4', { from: '2026-10-01', to: '2026-12-31' }],
  ])('%s runs %j', (quarter, range) => {
    expect(quarterRange(quarter)).toEqual(range);
  });

  it.each([
    ['2026-Q3', 1, '2026-Q4'],
    ['2026-Q4', 1, '2027-Q1'],
    ['2026-Q1', -1, '2025-Q4'],
    ['2026-Q2', -6, '2024-Q4'],
    ['2026-Q2', 0, '2026-Q2'],
    ['2026-Q2', 8, '2028-Q2'],
  ])('%s + %i quarters is %s', (quarter, n, expected) => {
    expect(addQuarters(quarter, n)).toBe(expected);
  });

  it('refuses a fractional count and a result outside the four-digit years', () => {
    expect(() => addQuarters('2026-Q2', 0.5)).toThrow(RangeError);
    expect(addQuarters('1000-Q2', -1)).toBe('1000-Q1');
    expect(() => addQuarters('1000-Q1', -1)).toThrow(RangeError);
    expect(addQuarters('9999-Q3', 1)).toBe('9999-Q4');
    expect(() => addQuarters('9999-Q4', 1)).toThrow(RangeError);
    // Far enough that no Date can hold it.
    expect(() => addQuarters('2026-Q2', 1e15)).toThrow(RangeError);
  });

  it('lists the last quarters oldest first, across a year end', () => {
    expect(lastQuarters('2026-Q2', 4)).toEqual(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']);
    expect(lastQuarters('2026-Q2', 1)).toEqual(['2026-Q2']);
    expect(lastQuarters('2026-Q2', 0)).toEqual([]);
    expect(() => lastQuarters('2026-Q2', -1)).toThrow(RangeError);
  });

  it.each(['2026-Q0', '2026-Q5', '2026Q1', '2026-q1', '26-Q1', ''])('refuses "%s"', (value) => {
    expect(() => parseQuarter(value)).toThrow(RangeError);
  });

  it('parses a quarter into its year and number', () => {
    expect(parseQuarter('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
  });
});

describe('inDateRange', () => {
  const range = { from: '2026-08-24', to: '2026-11-21' };
  it.each([
    ['2026-08-23', false],
    ['2026-08-24', true],
    ['2026-11-21', true],
    ['2026-11-22', false],
  ])('%s → %s (both edges included)', (date, expected) => {
    expect(inDateRange(date, range)).toBe(expected);
  });
});
