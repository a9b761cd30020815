import { useEffect, useState } from 'react';
import { nextCheckInReminder } from '@shared/domain/check-in-schedule';
import { useUiStore } from '@renderer/state/ui-store';
import { usePlatform } from '@renderer/platform/platform-context';
import { useSettings } from '@renderer/hooks/use-settings';
import { useLatestCheckInWeek } from './use-check-ins';

// Re-plan a moment after the reminder's time, so its own instant is safely in the past.
const REPLAN_DELAY_MS = 1000;

/**
 * Keeps the next check-in reminder scheduled: when the settings change, a check-in is saved, or a
 * reminder's moment passes (so the app open for weeks is reminded every week), the moment is
 * computed again (shared/domain/check-in-schedule.ts) and handed to the platform.
 */
export function useCheckInReminder(): void {
  const platform = usePlatform();
  const settings = useSettings();
  const lastCheckInWeek = useLatestCheckInWeek();
  const showNotice = useUiStore((state) => state.showNotice);
  const [round, setRound] = useState(0);
  const weekday = settings?.checkInWeekday;
  const time = settings?.checkInTime;

  useEffect(() => {
    if (weekday === undefined || time === undefined || lastCheckInWeek === undefined) return undefined;
    const at = nextCheckInReminder({ now: new Date(), checkInWeekday: weekday, checkInTime: time, lastCheckInWeek });
    void platform.scheduleCheckInReminder(at, () =>
      showNotice({ message: 'Your weekly check-in is due. It takes about two minutes.', tone: 'info' }),
    );
    const replan = window.setTimeout(
      () => setRound((current) => current + 1),
      Math.max(0, at.getTime() - Date.now()) + REPLAN_DELAY_MS,
    );
    return () => {
      window.clearTimeout(replan);
      void platform.scheduleCheckInReminder(null, () => undefined);
    };
  }, [platform, weekday, time, lastCheckInWeek, showNotice, round]);
}
