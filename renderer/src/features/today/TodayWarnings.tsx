import { CheckInWarningList } from '@renderer/features/check-in/CheckInWarningList';
import { useCheckInWarnings } from '@renderer/features/check-in/use-check-in-warnings';
import { useRelationshipWarnings } from '@renderer/features/people/use-relationships';

/** Early warnings on Today, wellbeing and relationships; the due check-in has its own card there. */
export function TodayWarnings() {
  const wellbeing = useCheckInWarnings();
  const relationships = useRelationshipWarnings();
  if (!wellbeing || !relationships) return null;
  const shown = [...wellbeing.filter((warning) => warning.id !== 'check-in-due'), ...relationships];
  return shown.length === 0 ? null : <CheckInWarningList warnings={shown} />;
}
