import { useLiveQuery } from 'dexie-react-hooks';
import type { Conversation } from '@shared/domain/types';
import {
  getConversation,
  listConversationsForPerson,
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

export function usePersonConversations(personId: string): Conversation[] | undefined {
  return useLiveQuery(() => listConversationsForPerson(personId), [personId]);
}

/** One conversation; `null` when it does not exist. */
export function useConversation(id: string): Conversation | null | undefined {
  return useLiveQuery(async () => (await getConversation(id)) ?? null, [id]);
}

export function useTags(): string[] | undefined {
  return useLiveQuery(listTags, []);
}
