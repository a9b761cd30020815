import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DateRange } from '@shared/domain/local-calendar';
import { buildOffsiteBrief, type OffsiteBrief } from '@shared/domain/offsite-brief';
import { listLatestConversations, listStrategyMomentsIn } from '@renderer/db/brief-repository';
import { useRelationships } from '@renderer/features/people/relationships-context';
import { useOpenCommitments } from '@renderer/hooks/use-commitments';

/**
 * The offsite brief for these people and this period; `undefined` while loading. The relationship numbers
 * are the ones every screen shows (the shared RelationshipsProvider); this adds each chosen person's latest
 * conversation, the period's strategy moments and the open commitments.
 */
export function useOffsiteBrief(chosenIds: readonly string[], period: DateRange, now: Date): OffsiteBrief | undefined {
  const relationships = useRelationships();
  // Strings for the dependencies: a new array or Date with the same content must not run the reads again.
  const idsKey = chosenIds.join('\n');
  const nowIso = now.toISOString();
  const conversations = useLiveQuery(() => listLatestConversations(chosenIds, now), [idsKey, nowIso]);
  const moments = useLiveQuery(() => listStrategyMomentsIn(period), [period.from, period.to]);
  // Every open commitment, read here rather than at start: the brief lists each chosen person's.
  const openCommitments = useOpenCommitments();
  return useMemo(
    () =>
      relationships && conversations && moments && openCommitments
        ? buildOffsiteBrief({
            people: relationships.people,
            chosenIds,
            statuses: relationships.statuses,
            conversations,
            openCommitments,
            moments,
            period,
            now,
          })
        : undefined,
    [relationships, conversations, moments, openCommitments, chosenIds, period, now],
  );
}
