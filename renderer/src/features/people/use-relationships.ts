import { useMemo } from 'react';
import { isAlly, type AttentionEntry } from '@shared/domain/alliance';
import { LISTED, relationshipWarnings, type RelationshipWarning } from '@shared/domain/relationship-warnings';
import type { PersonStatus } from '@shared/domain/relationships';
import type { Person } from '@shared/domain/types';
import { useSoonestOpenCommitments } from '@renderer/hooks/use-commitments';
import { useToday } from '@renderer/hooks/use-now';
import { useRelationships } from './relationships-context';

/** Each person's cadence, warmth and health, by person id; `undefined` while loading. */
export function usePeopleStatuses(): { people: Person[]; statuses: Map<string, PersonStatus> } | undefined {
  return useRelationships();
}

/** Who needs attention, most first (SPEC §4 attention list). */
export function useAttentionList(): { people: Map<string, Person>; entries: AttentionEntry[] } | undefined {
  const relationships = useRelationships();
  return useMemo(
    () => relationships && { people: relationships.peopleById, entries: relationships.attention },
    [relationships],
  );
}

/**
 * Names of the peers, manager and board members I am overdue to talk to, most pressing first (the
 * attention list's order), for the loneliness warning.
 */
export function useOverdueAllyNames(): string[] | undefined {
  const attention = useAttentionList();
  return useMemo(
    () =>
      attention?.entries.flatMap(({ personId, status }) => {
        const person = attention.people.get(personId);
        return person && isAlly(person) && status.cadence.status === 'overdue' ? [person.name] : [];
      }),
    [attention],
  );
}

/**
 * The relationship early warnings of SPEC §4 (influential person overdue, promise past due). The
 * promises named are the soonest-due ones I owe, read through an index; how many more are past due
 * comes from the relationship numbers' per-person summaries.
 */
export function useRelationshipWarnings(): RelationshipWarning[] | undefined {
  const attention = useAttentionList();
  const pastDueCount = useRelationships()?.pastDueIOweCount;
  const soonestIOwe = useSoonestOpenCommitments('i-owe', LISTED);
  const today = useToday();
  return useMemo(() => {
    if (!attention || pastDueCount === undefined || !soonestIOwe) return undefined;
    const cadences = new Map(attention.entries.map(({ personId, status }) => [personId, status.cadence.status]));
    return relationshipWarnings({
      people: attention.entries.flatMap(({ personId }) => attention.people.get(personId) ?? []),
      cadenceOf: (personId) => cadences.get(personId),
      openCommitments: soonestIOwe,
      pastDueCount,
      today,
    });
  }, [attention, pastDueCount, soonestIOwe, today]);
}
