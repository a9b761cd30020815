import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { isAlly, LEANED_ON_CHECK_IN_COUNT, allianceBreadth, type AllianceBreadth } from '@shared/domain/alliance';
import { listRecentCheckIns } from '@renderer/db/check-ins-repository';
import { useRelationships } from '@renderer/features/people/relationships-context';
import { useToday } from '@renderer/hooks/use-now';

/**
 * How wide my support is (SPEC §4), from the people's activity summaries (whom I talked to in the last
 * 30 days: anyone who was is in their own summary's newest conversations) and the last four check-ins,
 * never from the conversations themselves.
 */
export function useAllianceBreadth(): (AllianceBreadth & { allies: number }) | undefined {
  // The window moves with the day even while the window stays open.
  const today = useToday();
  const relationships = useRelationships();
  const checkIns = useLiveQuery(() => listRecentCheckIns(LEANED_ON_CHECK_IN_COUNT), []);
  return useMemo(() => {
    if (!relationships || !checkIns) return undefined;
    const { people, recentConversations } = relationships;
    const breadth = allianceBreadth({ people, conversations: recentConversations, checkIns, now: new Date() });
    return { ...breadth, allies: people.filter(isAlly).length };
    // `today` moves the 30-day window on at midnight.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [relationships, checkIns, today]);
}
