import { subDays } from 'date-fns';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  ALLIANCE_WINDOW_DAYS,
  isAlly,
  LEANED_ON_CHECK_IN_COUNT,
  allianceBreadth,
  type AllianceBreadth,
} from '@shared/domain/alliance';
import { listRecentCheckIns } from '@renderer/db/check-ins-repository';
import { listConversationFactsSince } from '@renderer/db/conversations-repository';
import { listPeople } from '@renderer/db/people-repository';
import { useToday } from '@renderer/hooks/use-now';

/** How wide my support is (SPEC §4), from the last 30 days and the last four check-ins only. */
export function useAllianceBreadth(): (AllianceBreadth & { allies: number }) | undefined {
  // The window moves with the day even while the window stays open.
  const today = useToday();
  return useLiveQuery(async () => {
    const now = new Date();
    const [people, conversations, checkIns] = await Promise.all([
      listPeople(),
      // A day of margin: the domain function applies the exact 30-day window.
      listConversationFactsSince(subDays(now, ALLIANCE_WINDOW_DAYS + 1)),
      listRecentCheckIns(LEANED_ON_CHECK_IN_COUNT),
    ]);
    const allies = people.filter(isAlly).length;
    return { ...allianceBreadth({ people, conversations, checkIns, now }), allies };
  }, [today]);
}
