import type { StrategyMoment } from '@shared/domain/types';
import { WarningList } from '@renderer/components/WarningList';
import { useCheckInWarnings } from '@renderer/features/check-in/use-check-in-warnings';
import { useRelationshipWarnings } from '@renderer/features/people/use-relationships';
import { useRoadmapWarnings } from './use-roadmap-today';

/**
 * Early warnings on Today: wellbeing, relationships and the roadmap room, each with its rule. The due check-in
 * has its own card there. `moments` is every strategy moment, read once by Today; `undefined` while loading.
 */
export function TodayWarnings({ moments }: { moments: readonly StrategyMoment[] | undefined }) {
  const wellbeing = useCheckInWarnings();
  const relationships = useRelationshipWarnings();
  const roadmap = useRoadmapWarnings(moments);
  if (!wellbeing || !relationships || !roadmap) return null;
  const shown = [...wellbeing.filter((warning) => warning.id !== 'check-in-due'), ...relationships, ...roadmap];
  return shown.length === 0 ? null : <WarningList warnings={shown} />;
}
