import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DateRange } from '@shared/domain/local-calendar';
import { buildOffsiteBrief, type OffsiteBrief } from '@shared/domain/offsite-brief';
import { listLatestConversations, listStrategyMomentsIn } from '@renderer/db/brief-repository';
import { useRelationships } from '@renderer/features/people/relationships-context';

/**
 * The offsite brief for these people and this period; `undefined` while loading. The relationship numbers
 * are the ones every screen shows (the shared RelationshipsProvider); this adds each chosen person's latest
 * conversation and the period's strategy moments, two bounded reads.
 */
export function useOffsiteBrief(chosenIds: readonly string[], period: DateRange, now: Date): OffsiteBrief | undefined {
  const relationships = useRelationships();
  // Strings for the dependencies: a new array or Date with the same content must not run the reads again.
  const idsKey = chosenIds.join('\n');
  const nowIso = now.toISOString();
  const conversations = useLiveQuery(() => listLatestConversations(chosenIds, now), [idsKey, nowIso]);
  const moments = useLiveQuery(() => listStrategyMomentsIn(period), [period.from, period.to]);
  return useMemo(
    () =>
      relationships && conversations && moments
        ? buildOffsiteBrief({
            people: relationships.people,
            chosenIds,
            statuses: relationships.statuses,
            conversations,
            openCommitments: relationships.openCommitments,
            moments,
            period,
            now,
          })
        : undefined,
    [relationships, conversations, moments, chosenIds, period, now],
  );
}
