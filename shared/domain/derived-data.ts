import { groupBy } from './collections';
import { compareStrings } from './compare';
import type { ConversationSummary } from './relationships';
import type { Conversation, IsoInstant } from './types';

// The pre-aggregated tables, defined as pure functions of the source records. The database keeps
// them up to date in the same transaction as every conversation write, and `rebuildDerivedData`
// recomputes them from scratch with these same functions (after an import or a restore), so an
// incremental update and a rebuild can be compared record for record.

/** How many of a person's newest conversations, and of their newest rated ones, the summary keeps. */
export const RECENT_CONVERSATIONS_KEPT = 12;

/**
 * The key a tag is indexed and counted under. Tags match whatever their case (#Hiring is #hiring),
 * so the key is the NFC, lower-case form. This is the one place to turn it into a keyed hash when
 * encryption at rest is on, so that no index holds a tag in plain text.
 */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLocaleLowerCase();
}

/** One conversation under one person: the index the dossier pages and the summary are read from. */
export type PersonTimelineEntry = {
  /** `${personId}|${conversationId}` */
  id: string;
  personId: string;
  conversationId: string;
  occurredAt: IsoInstant;
  createdAt: IsoInstant;
  /** 1 when the conversation has a warmth rating (IndexedDB cannot index a boolean). */
  rated: 0 | 1;
  warmth?: number;
  personIds: string[];
};

/** One conversation under one tag, for the Log's tag filter, newest first. */
export type TagTimelineEntry = {
  /** `${tagKey}|${conversationId}` */
  id: string;
  tagKey: string;
  conversationId: string;
  occurredAt: IsoInstant;
  createdAt: IsoInstant;
};

/** How many conversations carry a tag, with one of the spellings it is used with. */
export type TagCount = { key: string; label: string; count: number };

/**
 * Per person: how many conversations they are in, the newest ones (for days since) and the newest
 * rated ones (for warmth). The count is kept by each write (one more, one fewer), so the dossier shows
 * it without counting thousands of index keys.
 */
export type PersonActivity = { personId: string; conversationCount: number; recent: ConversationSummary[] };

/**
 * The fields of a conversation the derived tables are made of. None is free text: tags appear only
 * as their keys, so the database can update these tables from stored rows without decoding them.
 */
export type ConversationFacts = Pick<Conversation, 'id' | 'occurredAt' | 'createdAt' | 'personIds' | 'warmth'> & {
  tagKeys: readonly string[];
};

/** The distinct keys of a conversation's tags. */
export function tagKeysOf(tags: readonly string[]): string[] {
  return [...new Set(tags.map(tagKey))];
}

export function personTimelineEntries(conversation: ConversationFacts): PersonTimelineEntry[] {
  return [...new Set(conversation.personIds)].map((personId) => ({
    id: `${personId}|${conversation.id}`,
    personId,
    conversationId: conversation.id,
    occurredAt: conversation.occurredAt,
    createdAt: conversation.createdAt,
    rated: conversation.warmth === undefined ? 0 : 1,
    ...(conversation.warmth === undefined ? {} : { warmth: conversation.warmth }),
    personIds: conversation.personIds,
  }));
}

export function tagTimelineEntries(conversation: ConversationFacts): TagTimelineEntry[] {
  return [...new Set(conversation.tagKeys)].map((key) => ({
    id: `${key}|${conversation.id}`,
    tagKey: key,
    conversationId: conversation.id,
    occurredAt: conversation.occurredAt,
    createdAt: conversation.createdAt,
  }));
}

/**
 * Newest first: by when it happened, then when it was logged, then id. The database's compound
 * index `[personId+occurredAt+createdAt]` (primary key last) read backwards gives the same order.
 */
export function compareNewestFirst(
  a: Pick<PersonTimelineEntry, 'occurredAt' | 'createdAt' | 'conversationId'>,
  b: Pick<PersonTimelineEntry, 'occurredAt' | 'createdAt' | 'conversationId'>,
): number {
  return (
    compareStrings(b.occurredAt, a.occurredAt) ||
    compareStrings(b.createdAt, a.createdAt) ||
    compareStrings(b.conversationId, a.conversationId)
  );
}

function summaryOf(entry: PersonTimelineEntry): ConversationSummary {
  return {
    id: entry.conversationId,
    createdAt: entry.createdAt,
    occurredAt: entry.occurredAt,
    personIds: entry.personIds,
    ...(entry.warmth === undefined ? {} : { warmth: entry.warmth }),
  };
}

/**
 * A person's summary from (any superset of) their newest timeline entries and how many conversations
 * they are in: the RECENT_CONVERSATIONS_KEPT newest, and as many of the newest rated ones, so a run of
 * unrated conversations cannot hide the ratings. `null` when the person has no conversation.
 */
export function summarizeActivity(
  personId: string,
  entries: readonly PersonTimelineEntry[],
  conversationCount: number,
): PersonActivity | null {
  const theirs = entries.filter((entry) => entry.personId === personId).sort(compareNewestFirst);
  if (theirs.length === 0 || conversationCount <= 0) return null;
  const kept = new Set([
    ...theirs.slice(0, RECENT_CONVERSATIONS_KEPT),
    ...theirs.filter((entry) => entry.rated === 1).slice(0, RECENT_CONVERSATIONS_KEPT),
  ]);
  return { personId, conversationCount, recent: theirs.filter((entry) => kept.has(entry)).map(summaryOf) };
}

/** Every derived row of a whole journal, computed from scratch. */
export function deriveAll(conversations: readonly Conversation[]): {
  personTimeline: PersonTimelineEntry[];
  tagTimeline: TagTimelineEntry[];
  tagCounts: TagCount[];
  personActivity: PersonActivity[];
} {
  const facts = conversations.map((conversation) => ({ ...conversation, tagKeys: tagKeysOf(conversation.tags) }));
  const personTimeline = facts.flatMap(personTimelineEntries);
  const tagTimeline = facts.flatMap(tagTimelineEntries);
  const counts = new Map<string, TagCount>();
  // Oldest first, so a rebuild labels a tag with its first spelling; the incremental update keeps
  // the spelling that created the row. Either is a spelling in use: only key and count must agree.
  const oldestFirst = [...conversations].sort(
    (a, b) => compareStrings(a.createdAt, b.createdAt) || compareStrings(a.id, b.id),
  );
  for (const conversation of oldestFirst) {
    const seen = new Set<string>();
    for (const tag of conversation.tags) {
      const key = tagKey(tag);
      if (seen.has(key)) continue;
      seen.add(key);
      const count = counts.get(key);
      if (count) count.count += 1;
      else counts.set(key, { key, label: tag, count: 1 });
    }
  }
  const byPerson = groupBy(personTimeline, (entry) => [entry.personId]);
  const personActivity = [...byPerson].flatMap(
    ([personId, entries]) => summarizeActivity(personId, entries, entries.length) ?? [],
  );
  return { personTimeline, tagTimeline, tagCounts: [...counts.values()], personActivity };
}
