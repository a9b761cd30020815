import { CheckInWarningList } from '../check-in/CheckInWarningList';
import { useCheckInWarnings } from '../check-in/use-check-in-warnings';

/** Wellbeing warnings on Today; the due check-in has its own card there, so it is not repeated. */
export function TodayWarnings() {
  const warnings = useCheckInWarnings();
  if (!warnings) return null;
  const shown = warnings.filter((warning) => warning.id !== 'check-in-due');
  return shown.length === 0 ? null : <CheckInWarningList warnings={shown} />;
}
