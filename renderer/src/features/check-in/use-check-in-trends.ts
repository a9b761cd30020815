import { useMemo } from 'react';
import { addIsoWeeks, compareIsoWeeks } from '@shared/domain/iso-week';
import { checkInSeries, rollingMean, type CheckInSeries, type WeeklyPoint } from '@shared/domain/trends';
import type { IsoWeek } from '@shared/domain/types';
import { useCheckInsBetween } from './use-check-ins';

/** How many weeks the trend charts show, ending with the current week: about six months. */
export const TREND_WEEKS = 26;
/** The rolling mean's window, in weeks. */
export const ROLLING_WEEKS = 4;

export type CheckInTrends = {
  weeks: IsoWeek[];
  /** One value per week, `null` for a week without a score. */
  series: CheckInSeries;
  /** The 4-week rolling mean of each series. */
  means: CheckInSeries;
  /** How many weeks in the range have a check-in. */
  checkInCount: number;
};

/** The check-in series of the last TREND_WEEKS weeks to `toWeek`; `undefined` while loading. */
export function useCheckInTrends(toWeek: IsoWeek): CheckInTrends | undefined {
  const fromWeek = addIsoWeeks(toWeek, -(TREND_WEEKS - 1));
  // Read from ROLLING_WEEKS - 1 weeks earlier so the first weeks' means average a full window.
  const readFrom = addIsoWeeks(fromWeek, -(ROLLING_WEEKS - 1));
  const checkIns = useCheckInsBetween(readFrom, toWeek);
  return useMemo(() => {
    if (!checkIns) return undefined;
    const padded = checkInSeries(checkIns, readFrom, toWeek);
    const shown = (points: WeeklyPoint[]) => points.slice(ROLLING_WEEKS - 1);
    const series = mapSeries(padded, shown);
    const means = mapSeries(padded, (points) => shown(rollingMean(points, ROLLING_WEEKS)));
    return {
      weeks: series.cbiWork.map((point) => point.week),
      series,
      means,
      checkInCount: checkIns.filter((checkIn) => compareIsoWeeks(checkIn.week, fromWeek) >= 0).length,
    };
  }, [checkIns, readFrom, fromWeek, toWeek]);
}

function mapSeries(series: CheckInSeries, map: (points: WeeklyPoint[]) => WeeklyPoint[]): CheckInSeries {
  return {
    cbiWork: map(series.cbiWork),
    cbiPersonal: map(series.cbiPersonal),
    ucla3: map(series.ucla3),
    energy: map(series.energy),
  };
}
