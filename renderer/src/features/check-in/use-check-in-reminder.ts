import { useEffect } from 'react';
import { nextCheckInReminder } from '../../../../shared/domain/check-in-schedule';
import { useUiStore } from '../../app/ui-store';
import { usePlatform } from '../../platform/platform-context';
import { useSettings } from '../settings/use-settings';
import { useLatestCheckInWeek } from './use-check-ins';

/**
 * Keeps the next check-in reminder scheduled: when the settings change or a check-in is saved,
 * the moment is computed again (shared/domain/check-in-schedule.ts) and handed to the platform.
 */
export function useCheckInReminder(): void {
  const platform = usePlatform();
  const settings = useSettings();
  const lastCheckInWeek = useLatestCheckInWeek();
  const showNotice = useUiStore((state) => state.showNotice);
  const weekday = settings?.checkInWeekday;
  const time = settings?.checkInTime;

  useEffect(() => {
    if (weekday === undefined || time === undefined || lastCheckInWeek === undefined) return undefined;
    const at = nextCheckInReminder({ now: new Date(), checkInWeekday: weekday, checkInTime: time, lastCheckInWeek });
    void platform.scheduleCheckInReminder(at, () =>
      showNotice({ message: 'Your weekly check-in is due. It takes about two minutes.', tone: 'info' }),
    );
    return () => void platform.scheduleCheckInReminder(null, () => undefined);
  }, [platform, weekday, time, lastCheckInWeek, showNotice]);
}
