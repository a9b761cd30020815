import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, useSyncExternalStore } from 'react';
import { withConversationsInFlight, type ShownConversation } from '@shared/domain/saving';
import type { Conversation } from '@shared/domain/types';
import type { ConversationSummary } from '@shared/domain/relationships';
import {
  conversationsInFlight,
  countConversationsByPersonBetween,
  countConversationsForPerson,
  getConversation,
  listConversationsForPerson,
  listWarmthRatings,
  listTags,
  listTimeline,
  passesTimelineFilters,
  subscribeConversationsInFlight,
  type TimelineFilters,
} from '@renderer/db/conversations-repository';
import type { LogFilters } from '@renderer/state/log-filters-slice';
import { readStoredTimeline, TIMELINE_PAGE, useNewestConversations, type StoredTimeline } from './newest-conversations';

function toTimelineFilters(filters: LogFilters): TimelineFilters {
  return {
    ...(filters.personId ? { personId: filters.personId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.tag ? { tag: filters.tag } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/**
 * A bounded timeline read by a live query, with the conversations being saved that `belongs` accepts
 * shown at once (marked saving) rather than after the write commits and the query reads it back. When
 * the app already holds the same read (`kept`), that is shown and no read of its own is made. While a
 * new read is on its way (a filter or the page size changed), the last rows stay on screen.
 */
function useTimelineWithSaves(
  read: () => Promise<Conversation[]>,
  belongs: (conversation: Conversation) => boolean,
  limit: number,
  deps: unknown[],
  kept?: StoredTimeline,
): ShownConversation[] | undefined {
  const held = kept !== undefined;
  const own = useLiveQuery(async () => (held ? undefined : await readStoredTimeline(read)), [...deps, held]);
  const current = kept ?? own;
  // Switching between the kept read and its own, neither has the other's rows: remember what was shown.
  const [shown, setShown] = useState(current);
  if (current !== undefined && current !== shown) setShown(current);
  const stored = current ?? shown;
  const inFlight = useSyncExternalStore(subscribeConversationsInFlight, conversationsInFlight);
  return useMemo(
    () => stored && withConversationsInFlight(stored.rows, stored.readAt, inFlight, belongs, limit),
    // `belongs` follows the same dependencies as the read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stored, inFlight, limit],
  );
}

/** The newest `limit` conversations that match, a conversation being saved included; `undefined` while loading. */
export function useTimeline(filters: LogFilters, limit: number): ShownConversation[] | undefined {
  const { personId, kind, tag, from, to } = filters;
  const timelineFilters = toTimelineFilters({ personId, kind, tag, from, to });
  const newest = useNewestConversations();
  const unfiltered = Object.keys(timelineFilters).length === 0;
  return useTimelineWithSaves(
    () => listTimeline(timelineFilters, limit),
    (conversation) => passesTimelineFilters(conversation, timelineFilters),
    limit,
    [personId, kind, tag, from, to, limit],
    unfiltered && limit === TIMELINE_PAGE ? newest : undefined,
  );
}

/** A person's newest `limit` conversations, newest first, one being saved included; `undefined` while loading. */
export function usePersonConversations(personId: string, limit: number): ShownConversation[] | undefined {
  return useTimelineWithSaves(
    () => listConversationsForPerson(personId, limit),
    (conversation) => conversation.personIds.includes(personId),
    limit,
    [personId, limit],
  );
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
