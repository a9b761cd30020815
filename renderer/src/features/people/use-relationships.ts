import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ALLIANCE_RELATIONSHIPS, attentionList, type AttentionEntry } from '../../../../shared/domain/alliance';
import { relationshipWarnings, type RelationshipWarning } from '../../../../shared/domain/relationship-warnings';
import { personStatus, type ConversationSummary, type PersonStatus } from '../../../../shared/domain/relationships';
import type { Commitment, Person } from '../../../../shared/domain/types';
import { listOpenCommitments } from '../../db/commitments-repository';
import { listPersonActivity } from '../../db/conversations-repository';
import { listPeople } from '../../db/people-repository';
import { useNow, useToday } from '../../hooks/use-now';
import { useOpenCommitments } from '../commitments/use-commitments';

type RelationshipData = {
  people: Person[];
  recentByPerson: Map<string, ConversationSummary[]>;
  openCommitments: Commitment[];
};

/**
 * People, their pre-aggregated recent conversations and the open commitments: three bounded reads
 * that are all the relationship numbers need, whatever the size of the journal.
 */
function useRelationshipData(): RelationshipData | undefined {
  return useLiveQuery(async () => {
    const [people, activity, openCommitments] = await Promise.all([
      listPeople(),
      listPersonActivity(),
      listOpenCommitments(),
    ]);
    return {
      people,
      recentByPerson: new Map(activity.map((row) => [row.personId, row.recent])),
      openCommitments,
    };
  }, []);
}

/** Each person's cadence, warmth and health, by person id; `undefined` while loading. */
export function usePeopleStatuses(): { people: Person[]; statuses: Map<string, PersonStatus> } | undefined {
  const data = useRelationshipData();
  // A ticking clock, so a window left open for days never shows yesterday's numbers.
  const now = useNow();
  return useMemo(() => {
    if (!data) return undefined;
    const statuses = new Map(
      data.people.map((person) => [
        person.id,
        personStatus(person, data.recentByPerson.get(person.id) ?? [], data.openCommitments, now),
      ]),
    );
    return { people: data.people, statuses };
  }, [data, now]);
}

/** Who needs attention, most first (SPEC §4 attention list). */
export function useAttentionList(): { people: Map<string, Person>; entries: AttentionEntry[] } | undefined {
  const data = useRelationshipData();
  const now = useNow();
  return useMemo(() => {
    if (!data) return undefined;
    // A group conversation is in each participant's summary: count it once.
    const conversations = new Map<string, ConversationSummary>();
    for (const recent of data.recentByPerson.values()) {
      for (const conversation of recent) conversations.set(conversation.id, conversation);
    }
    return {
      people: new Map(data.people.map((person) => [person.id, person])),
      entries: attentionList(data.people, [...conversations.values()], data.openCommitments, now),
    };
  }, [data, now]);
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
        return person && ALLIANCE_RELATIONSHIPS.includes(person.relationship) && status.cadence.status === 'overdue'
          ? [person.name]
          : [];
      }),
    [attention],
  );
}

/** The relationship early warnings of SPEC §4 (influential person overdue, promise past due). */
export function useRelationshipWarnings(): RelationshipWarning[] | undefined {
  const attention = useAttentionList();
  const openCommitments = useOpenCommitments();
  const today = useToday();
  return useMemo(() => {
    if (!attention || !openCommitments) return undefined;
    const cadences = new Map(attention.entries.map(({ personId, status }) => [personId, status.cadence.status]));
    return relationshipWarnings({
      people: attention.entries.flatMap(({ personId }) => attention.people.get(personId) ?? []),
      cadenceOf: (personId) => cadences.get(personId),
      openCommitments,
      today,
    });
  }, [attention, openCommitments, today]);
}
