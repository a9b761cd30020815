import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { attentionFromStatuses, type AttentionEntry } from '@shared/domain/alliance';
import { overdueIOweCountOf } from '@shared/domain/commitment-summary';
import { localDateOf } from '@shared/domain/dates';
import { personStatusWithOverdue, type ConversationSummary, type PersonStatus } from '@shared/domain/relationships';
import type { Person } from '@shared/domain/types';
import { listOpenCommitmentSummaries } from '@renderer/db/commitments-repository';
import { listPersonActivity } from '@renderer/db/conversations-repository';
import { listPeople } from '@renderer/db/people-repository';
import { useNow } from '@renderer/hooks/use-now';

/** Every relationship number the app shows, computed once for all the screens and cards that need it. */
export type Relationships = {
  people: Person[];
  peopleById: Map<string, Person>;
  /** How many i-owe commitments are past due, everyone's (removed people's too). */
  pastDueIOweCount: number;
  /** Each person's cadence, warmth and health, archived people included. */
  statuses: Map<string, PersonStatus>;
  /** Who needs attention, most first (SPEC §4). */
  attention: AttentionEntry[];
  /**
   * Every person's newest conversations (their activity summaries), each once: enough to tell whom I
   * talked to lately, since a person's newest conversation is always in their summary.
   */
  recentConversations: ConversationSummary[];
};

const RelationshipsContext = createContext<Relationships | undefined>(undefined);

/**
 * People, their pre-aggregated recent conversations and their pre-aggregated open commitments (the due
 * dates of what I owe each): three reads of a row per person, never of every open commitment, made once
 * for the whole app (Today's cards, the People list and the check-in's warnings all use them),
 * recomputed when the data changes or the clock moves on.
 */
export function RelationshipsProvider({ children }: { children: ReactNode }) {
  const data = useLiveQuery(async () => {
    const [people, activity, commitmentSummaries] = await Promise.all([
      listPeople(),
      listPersonActivity(),
      listOpenCommitmentSummaries(),
    ]);
    return { people, activity, commitmentSummaries };
  }, []);
  // A ticking clock, so a window left open for days never shows yesterday's numbers.
  const now = useNow();
  const value = useMemo((): Relationships | undefined => {
    if (!data) return undefined;
    const recentByPerson = new Map(data.activity.map((row) => [row.personId, row.recent]));
    // A group conversation is in each participant's summary: count it once.
    const byId = new Map<string, ConversationSummary>();
    for (const row of data.activity) {
      for (const conversation of row.recent) byId.set(conversation.id, conversation);
    }
    const recentConversations = [...byId.values()];
    const today = localDateOf(now);
    const summaries = new Map(data.commitmentSummaries.map((summary) => [summary.personId, summary]));
    const overdueIOweOf = (personId: string) => overdueIOweCountOf(summaries.get(personId), today);
    const statuses = new Map(
      data.people.map((person) => [
        person.id,
        personStatusWithOverdue(person, recentByPerson.get(person.id) ?? [], overdueIOweOf(person.id), now),
      ]),
    );
    return {
      people: data.people,
      peopleById: new Map(data.people.map((person) => [person.id, person])),
      pastDueIOweCount: data.commitmentSummaries.reduce((sum, summary) => sum + overdueIOweCountOf(summary, today), 0),
      statuses,
      // From the same statuses, so Today's list and the People screen agree, and each is computed once.
      attention: attentionFromStatuses(data.people, statuses),
      recentConversations,
    };
  }, [data, now]);
  return <RelationshipsContext.Provider value={value}>{children}</RelationshipsContext.Provider>;
}

/** The relationship numbers; `undefined` while loading. */
export function useRelationships(): Relationships | undefined {
  return useContext(RelationshipsContext);
}
