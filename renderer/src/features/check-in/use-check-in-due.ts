import { checkInMoment } from '@shared/domain/check-in-schedule';
import { checkInDueState, type CheckInDueState } from '@shared/domain/check-in-warnings';
import { isoWeekOf } from '@shared/domain/iso-week';
import type { IsoWeek } from '@shared/domain/types';
import { useSettings } from '@renderer/hooks/use-settings';
import { useLatestCheckInWeek } from './use-check-ins';
import { useNow } from '@renderer/hooks/use-now';

export type CheckInDue = {
  state: CheckInDueState;
  /** The current ISO week. */
  week: IsoWeek;
  /** This week's check-in moment, from the weekday and time in Settings. */
  dueAt: Date;
};

/** This week's check-in: due, not yet due (and when), or done; `undefined` while loading. */
export function useCheckInDueDetails(): CheckInDue | undefined {
  const settings = useSettings();
  const lastCheckInWeek = useLatestCheckInWeek();
  const now = useNow();
  if (!settings || lastCheckInWeek === undefined) return undefined;
  const schedule = { checkInWeekday: settings.checkInWeekday, checkInTime: settings.checkInTime };
  const week = isoWeekOf(now);
  return {
    state: checkInDueState({ now, ...schedule, lastCheckInWeek }),
    week,
    dueAt: checkInMoment(week, schedule),
  };
}
