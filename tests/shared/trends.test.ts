import { describe, expect, it } from 'vitest';
import { checkInSeries, leastSquaresSlope, rollingMean, weeklySeries, type WeeklyPoint } from '@shared/domain/trends';
import type { ItemAnswer } from '@shared/domain/types';

const _ = null;

/** A dense series of consecutive 2026 weeks starting at `firstWeek`. */
function series(values: readonly (number | null)[], firstWeek = 1): WeeklyPoint[] {
  return values.map((value, i) => ({ week: `2026-W${String(firstWeek + i).padStart(2, '0')}`, value }));
}

const valuesOf = (points: readonly WeeklyPoint[]): (number | null)[] => points.map((p) => p.value);

describe('weeklySeries', () => {
  it('keeps missing weeks as gaps, never zeros', () => {
    expect(
      weeklySeries(
        [
          { week: '2026-W02', value: 40 },
          { week: '2026-W04', value: 0 },
        ],
        '2026-W01',
        '2026-W05',
      ),
    ).toEqual(series([_, 40, _, 0, _]));
  });

  it('averages several points in one week and ignores null values', () => {
    expect(
      valuesOf(
        weeklySeries(
          [
            { week: '2026-W01', value: 10 },
            { week: '2026-W01', value: 20 },
            { week: '2026-W01', value: null },
            { week: '2026-W02', value: null },
          ],
          '2026-W01',
          '2026-W02',
        ),
      ),
    ).toEqual([15, _]);
  });

  it('ignores points outside the range and crosses 2026-W53', () => {
    expect(
      weeklySeries(
        [
          { week: '2026-W51', value: 1 },
          { week: '2026-W53', value: 3 },
          { week: '2027-W02', value: 5 },
          { week: '2027-W03', value: 7 },
        ],
        '2026-W52',
        '2027-W02',
      ),
    ).toEqual([
      { week: '2026-W52', value: _ },
      { week: '2026-W53', value: 3 },
      { week: '2027-W01', value: _ },
      { week: '2027-W02', value: 5 },
    ]);
  });

  it('is empty when the range is reversed', () => {
    expect(weeklySeries([{ week: '2026-W01', value: 1 }], '2026-W02', '2026-W01')).toEqual([]);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('rejects the value %s', (value) => {
    expect(() => weeklySeries([{ week: '2026-W01', value }], '2026-W01', '2026-W01')).toThrow(RangeError);
  });

  it.each<[string, () => unknown]>([
    ['in a point', () => weeklySeries([{ week: '2026-47', value: 1 }], '2026-W01', '2026-W02')],
    ['that does not exist', () => weeklySeries([{ week: '2025-W53', value: 1 }], '2026-W01', '2026-W02')],
    ['as the range start', () => weeklySeries([], 'not a week', '2026-W02')],
  ])('rejects a malformed week %s', (_label, build) => {
    expect(build).toThrow(RangeError);
  });
});

describe('rollingMean', () => {
  it.each<[string, (number | null)[], number, (number | null)[]]>([
    ['window of 4 over gaps', [10, _, 30, _, _, _, _, 50], 4, [10, 10, 20, 20, 30, 30, _, 50]],
    ['window of 1 is the series', [10, _, 30], 1, [10, _, 30]],
    ['window of 2', [10, 20, 30, _, 50], 2, [10, 15, 25, 30, 50]],
    ['all gaps stay gaps', [_, _, _], 4, [_, _, _]],
    ['empty', [], 4, []],
  ])('%s', (_label, values, window, expected) => {
    expect(valuesOf(rollingMean(series(values), window))).toEqual(expected);
  });

  it('defaults to 4 weeks', () => {
    expect(valuesOf(rollingMean(series([4, 8, 12, 16, 20])))).toEqual([4, 6, 8, 10, 14]);
  });

  it('windows by week, not by entry, for a series with missing weeks', () => {
    const sparse = [
      { week: '2026-W01', value: 10 },
      { week: '2026-W04', value: 20 },
      { week: '2026-W05', value: 30 },
    ];
    expect(valuesOf(rollingMean(sparse, 4))).toEqual([10, 15, 25]);
  });

  it('windows across 2026-W53', () => {
    const points = [
      { week: '2026-W52', value: 10 },
      { week: '2026-W53', value: 20 },
      { week: '2027-W01', value: 30 },
      { week: '2027-W02', value: 40 },
      { week: '2027-W03', value: 50 },
    ];
    expect(valuesOf(rollingMean(points, 4))).toEqual([10, 15, 20, 25, 35]);
  });

  it.each([0, -1, 1.5])('rejects window %s', (window) => {
    expect(() => rollingMean(series([1]), window)).toThrow(RangeError);
  });

  it('rejects weeks out of order', () => {
    const unordered = [
      { week: '2026-W02', value: 1 },
      { week: '2026-W01', value: 2 },
    ];
    expect(() => rollingMean(unordered)).toThrow(RangeError);
  });
});

describe('leastSquaresSlope', () => {
  it.each<[string, (number | null)[], number | null]>([
    ['exactly 3 present is too few', [_, 10, _, 20, _, 30], null],
    ['exactly 4 present is enough', [_, 10, _, 20, 25, 30], 5],
    ['a flat line', [40, 40, 40, 40, 40, 40], 0],
    ['a falling line', [60, 57, 54, 51, 48, 45], -3],
    // At weeks 0, 1, 4, 5 these lie on y = 2x + 1; by entry order they would give a slope of 3.4.
    ['x is the week position, so gaps widen the x axis', [1, 3, _, _, 9, 11], 2],
    // Only the last 6 weeks count: the first two weeks are far off the line.
    ['only the last 6 weeks count', [900, -900, 10, 20, 30, 40, 50, 60], 10],
    // The window ends at the last entry even when it is a gap: W02–W07 holds 4 values.
    ['the window ends at the last week even if empty', [100, 10, 20, 30, 40, _, _], 10],
    ['too few when the latest weeks are empty', [10, 20, 30, 40, _, _, _], null],
    ['empty series', [], null],
  ])('%s', (_label, values, expected) => {
    const slope = leastSquaresSlope(series(values));
    if (expected === null) expect(slope).toBeNull();
    else expect(slope).toBeCloseTo(expected, 10);
  });

  it('takes its window and minimum as parameters', () => {
    expect(leastSquaresSlope(series([1, 2, 3]), 3, 3)).toBeCloseTo(1, 10);
    expect(leastSquaresSlope(series([1, 2, _]), 3, 3)).toBeNull();
    expect(leastSquaresSlope(series([1, 2, 4]), 2, 2)).toBeCloseTo(2, 10);
  });

  it.each([
    [1, 4],
    [6, 1],
    [6.5, 4],
  ])('rejects lastN %s with minPresent %s', (lastN, minPresent) => {
    expect(() => leastSquaresSlope(series([1, 2, 3, 4]), lastN, minPresent)).toThrow(RangeError);
  });
});

describe('checkInSeries', () => {
  const checkIn = (
    week: string,
    cbiWork: ItemAnswer[],
    ucla3: ItemAnswer[],
    extra: { cbiPersonal?: ItemAnswer[]; energy?: number } = {},
  ) => ({ week, cbiWork, ucla3, ...extra });

  it('scores each check-in into its week and leaves the other weeks as gaps', () => {
    const result = checkInSeries(
      [
        checkIn('2026-W53', [2, 2, 2, 2, 2, 2, 2], [0, 1, 2], { cbiPersonal: [0, 0, 0, 0, 0, 0], energy: 4 }),
        // Too few work answers and a skipped loneliness item: no scores, so gaps, not zeros.
        checkIn('2027-W02', [0, 0, 0, _, _, _, _], [0, _, 0], { energy: 2 }),
        checkIn('2027-W05', [0, 0, 0, 0, 0, 0, 0], [0, 0, 0]),
      ],
      '2026-W52',
      '2027-W02',
    );
    expect(result.cbiWork).toEqual([
      { week: '2026-W52', value: _ },
      { week: '2026-W53', value: 50 },
      { week: '2027-W01', value: _ },
      { week: '2027-W02', value: _ },
    ]);
    expect(valuesOf(result.cbiPersonal)).toEqual([_, 100, _, _]);
    expect(valuesOf(result.ucla3)).toEqual([_, 6, _, _]);
    expect(valuesOf(result.energy)).toEqual([_, 4, _, 2]);
  });
});
