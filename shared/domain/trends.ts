import { scoreCheckIn } from './check-in-scoring';
import { isoWeekRange, isoWeeksBetween, parseIsoWeek } from './iso-week';
import type { CheckIn, IsoWeek } from './types';

// Weekly trend series (SPEC §4): one bucket per ISO week in the local calendar. A week without data is a gap
// (`null`), never a zero — a week off from the check-in must not read as "no burnout". Rolling means and
// slopes use a week's position in the calendar, so gaps stretch the x axis instead of being squeezed out.

export type WeeklyPoint = { week: IsoWeek; value: number | null };

export type CheckInSeries = {
  cbiWork: WeeklyPoint[];
  cbiPersonal: WeeklyPoint[];
  ucla3: WeeklyPoint[];
  energy: WeeklyPoint[];
};

/**
 * One entry per ISO week from `fromWeek` to `toWeek` (both included; empty when `toWeek` is earlier).
 * Points outside the range and points whose value is `null` are ignored; several points in one week are
 * averaged. A point with a malformed week throws a RangeError.
 */
export function weeklySeries(points: readonly WeeklyPoint[], fromWeek: IsoWeek, toWeek: IsoWeek): WeeklyPoint[] {
  const buckets = new Map<IsoWeek, { sum: number; count: number }>();
  for (const { week, value } of points) {
    if (value === null) continue;
    // A NaN would silently turn the whole week's mean into NaN; it can only come from a bug upstream.
    if (!Number.isFinite(value)) throw new RangeError(`weeklySeries: value for ${week} is ${value}`);
    const bucket = buckets.get(week) ?? { sum: 0, count: 0 };
    bucket.sum += value;
    bucket.count += 1;
    buckets.set(week, bucket);
  }
  // Checked once per distinct week rather than per point: a malformed week is corrupt data, not a gap.
  for (const week of buckets.keys()) parseIsoWeek(week);
  return isoWeekRange(fromWeek, toWeek).map((week) => {
    const bucket = buckets.get(week);
    return { week, value: bucket === undefined ? null : bucket.sum / bucket.count };
  });
}

/**
 * For each week, the mean of the present values among that week and the `window - 1` weeks before it.
 * `null` when none of those weeks has a value: the line breaks rather than inventing a level. Weeks before
 * the start of `series` are unknown here, so the first entries average fewer weeks; build the series from
 * `window - 1` weeks earlier when the first entries matter.
 */
export function rollingMean(series: readonly WeeklyPoint[], window = 4): WeeklyPoint[] {
  assertWholeAtLeast('window', window, 1);
  const positions = weekPositions(series);
  return series.map((point, index) => {
    const position = positions[index] ?? 0;
    const inWindow: number[] = [];
    // Summed afresh for each week (window is small): a running sum would drift by rounding over ten years.
    for (let j = index; j >= 0 && (positions[j] ?? 0) > position - window; j -= 1) {
      const value = series[j]?.value ?? null;
      if (value !== null) inWindow.push(value);
    }
    return { week: point.week, value: inWindow.length === 0 ? null : mean(inWindow) };
  });
}

/**
 * Least-squares slope, in units per week, over the last `lastN` weeks of `series` (ending at its last
 * entry's week, whether or not that week has a value). x is each present value's week position, so a
 * missing week widens the gap instead of pulling the points together. `null` with fewer than `minPresent`
 * present values: a slope through two or three points is mostly noise.
 */
export function leastSquaresSlope(series: readonly WeeklyPoint[], lastN = 6, minPresent = 4): number | null {
  assertWholeAtLeast('lastN', lastN, 2);
  assertWholeAtLeast('minPresent', minPresent, 2);
  const positions = weekPositions(series);
  const lastPosition = positions.at(-1);
  if (lastPosition === undefined) return null;

  const xs: number[] = [];
  const ys: number[] = [];
  series.forEach((point, index) => {
    const x = positions[index] ?? 0;
    if (point.value !== null && x > lastPosition - lastN) {
      xs.push(x);
      ys.push(point.value);
    }
  });
  if (xs.length < minPresent) return null;

  const meanX = mean(xs);
  const meanY = mean(ys);
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * ((ys[i] ?? 0) - meanY);
    variance += (x - meanX) ** 2;
  });
  // Distinct weeks and at least two points make the variance positive.
  return covariance / variance;
}

/** The check-in's four weekly series, scored with the published scoring; skipped or unscored weeks are gaps. */
export function checkInSeries(
  checkIns: readonly Pick<CheckIn, 'week' | 'cbiWork' | 'cbiPersonal' | 'ucla3' | 'energy'>[],
  fromWeek: IsoWeek,
  toWeek: IsoWeek,
): CheckInSeries {
  const scored = checkIns.map((checkIn) => ({ week: checkIn.week, ...scoreCheckIn(checkIn), energy: checkIn.energy }));
  return {
    cbiWork: weeklySeries(
      scored.map((s) => ({ week: s.week, value: s.cbiWork })),
      fromWeek,
      toWeek,
    ),
    cbiPersonal: weeklySeries(
      scored.map((s) => ({ week: s.week, value: s.cbiPersonal })),
      fromWeek,
      toWeek,
    ),
    ucla3: weeklySeries(
      scored.map((s) => ({ week: s.week, value: s.ucla3 })),
      fromWeek,
      toWeek,
    ),
    energy: weeklySeries(
      scored.map((s) => ({ week: s.week, value: s.energy ?? null })),
      fromWeek,
      toWeek,
    ),
  };
}

// Each entry's week counted from the first entry's week. Rejects unordered or repeated weeks, which would
// make "the last N weeks" meaningless.
function weekPositions(series: readonly WeeklyPoint[]): number[] {
  const first = series[0];
  if (first === undefined) return [];
  const positions = series.map((point) => isoWeeksBetween(first.week, point.week));
  positions.forEach((position, index) => {
    if (index > 0 && position <= (positions[index - 1] ?? 0)) {
      throw new RangeError(`Weekly series must be in increasing week order; ${series[index]?.week} is out of place`);
    }
  });
  return positions;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function assertWholeAtLeast(name: string, value: number, min: number): void {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min}, got ${value}`);
  }
}
