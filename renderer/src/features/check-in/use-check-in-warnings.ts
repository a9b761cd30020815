import { useMemo } from 'react';
import { checkInWarnings, type CheckInWarning } from '@shared/domain/check-in-warnings';
import { useOverdueAllyNames } from '@renderer/features/people/use-relationships';
import { useSettings } from '@renderer/hooks/use-settings';
import { useRecentCheckIns } from './use-check-ins';
import { useNow } from '@renderer/hooks/use-now';

// Every warning rule looks at the last three scored check-ins or the last six weeks; twelve check-ins
// cover that even with a few unscored weeks, and keep the read bounded.
const WARNING_LOOKBACK = 12;

/** The wellbeing warnings that hold now (SPEC §4), each with its rule; `undefined` while loading. */
export function useCheckInWarnings(): CheckInWarning[] | undefined {
  const settings = useSettings();
  const checkIns = useRecentCheckIns(WARNING_LOOKBACK);
  const overdueAllies = useOverdueAllyNames();
  const now = useNow();
  return useMemo(() => {
    if (!settings || !checkIns || !overdueAllies) return undefined;
    return checkInWarnings({
      checkIns,
      now,
      checkInWeekday: settings.checkInWeekday,
      checkInTime: settings.checkInTime,
      overdueAllies,
    });
  }, [settings, checkIns, overdueAllies, now]);
}
