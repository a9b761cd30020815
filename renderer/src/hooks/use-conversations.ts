import { useLiveQuery } from 'dexie-react-hooks';
import type { Conversation } from '@shared/domain/types';
import type { ConversationSummary } from '@shared/domain/relationships';
import {
  countConversationsByPersonBetween,
  countConversationsForPerson,
  getConversation,
  listConversationsForPerson,
  listWarmthRatings,
  listTags,
  listTimeline,
  type TimelineFilters,
} from '@renderer/db/conversations-repository';
import type { LogFilters } from '@renderer/state/log-filters-slice';

function toTimelineFilters(filters: LogFilters): TimelineFilters {
  return {
    ...(filters.personId ? { personId: filters.personId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** The newest `limit` conversations that match; `undefined` while loading. */
export function useTimeline(filters: LogFilters, limit: number): Conversation[] | undefined {
  const { personId, kind, tag, from, to } = filters;
  return useLiveQuery(
    () => listTimeline(toTimelineFilters({ personId, kind, tag, from, to }), limit),
    [personId, kind, tag, from, to, limit],
  );
}

/** A person's newest `limit` conversations, newest first; `undefined` while loading. */
export function usePersonConversations(personId: string, limit: number): Conversation[] | undefined {
  return useLiveQuery(() => listConversationsForPerson(personId, limit), [personId, limit]);
}

/** How many conversations a person has in all (from their activity summary); `undefined` while loading. */
export function usePersonConversationCount(personId: string): number | undefined {
  return useLiveQuery(() => countConversationsForPerson(personId), [personId]);
}

/**
 * How many conversations each of `personIds` had from `from` to `to`, by person id; `undefined` while
 * loading. Bounded: one counted index range per person, never the conversations themselves.
 */
export function useConversationCountsBetween(
  personIds: readonly string[],
  from: Date,
  to: Date,
): Map<string, number> | undefined {
  // The query re-runs when the set of people or the window changes, not when a new array with the same ids arrives.
  const idsKey = personIds.join('\n');
  const [fromMs, toMs] = [from.getTime(), to.getTime()];
  return useLiveQuery(
    () => countConversationsByPersonBetween(idsKey === '' ? [] : idsKey.split('\n'), new Date(fromMs), new Date(toMs)),
    [idsKey, fromMs, toMs],
  );
}

/** A person's newest `limit` rated conversations as summaries (no notes), oldest first, for the warmth chart. */
export function useWarmthRatings(personId: string, limit: number): ConversationSummary[] | undefined {
  return useLiveQuery(async () => {
    const entries = await listWarmthRatings(personId, limit);
    return entries.map(({ conversationId, createdAt, occurredAt, personIds, warmth }) => ({
      id: conversationId,
      createdAt,
      occurredAt,
      personIds,
      ...(warmth === undefined ? {} : { warmth }),
    }));
  }, [personId, limit]);
}

/** One conversation; `null` when it does not exist. */
export function useConversation(id: string): Conversation | null | undefined {
  return useLiveQuery(async () => (await getConversation(id)) ?? null, [id]);
}

export function useTags(): string[] | undefined {
  return useLiveQuery(listTags, []);
}
