import { useLiveQuery } from 'dexie-react-hooks';
import type { CheckIn, IsoWeek } from '@shared/domain/types';
import {
  getCheckIn,
  latestCheckInWeek,
  listCheckInsBetween,
  listRecentCheckIns,
} from '@renderer/db/check-ins-repository';

// Check-ins reach components through these live queries; `undefined` always means "still loading".

/** The check-in of `week`; `null` when that week has none. */
export function useCheckIn(week: IsoWeek): CheckIn | null | undefined {
  return useLiveQuery(async () => (await getCheckIn(week)) ?? null, [week]);
}

/** The `limit` latest check-ins, newest first. */
export function useRecentCheckIns(limit: number): CheckIn[] | undefined {
  return useLiveQuery(() => listRecentCheckIns(limit), [limit]);
}

/** The check-ins from `fromWeek` to `toWeek`, oldest first. */
export function useCheckInsBetween(fromWeek: IsoWeek, toWeek: IsoWeek): CheckIn[] | undefined {
  return useLiveQuery(() => listCheckInsBetween(fromWeek, toWeek), [fromWeek, toWeek]);
}

/** The week of the latest check-in; `null` before the first. */
export function useLatestCheckInWeek(): IsoWeek | null | undefined {
  return useLiveQuery(latestCheckInWeek, []);
}
