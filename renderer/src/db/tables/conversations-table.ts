import type { Collection } from 'dexie';
import type { PersonTimelineEntry } from '@shared/domain/derived-data';
import type { Conversation } from '@shared/domain/types';
import { decodeAll, decodeOne } from './codecs';
import { HIGHEST_INSTANT, LOWEST_INSTANT, db, type ConversationRow } from './schema';

// Reads of conversations. Every list is bounded: the timeline walks an index newest first and
// stops at its limit; a person's or a tag's conversations are a range of their own compound index.
// Filters look only at plain fields of the stored rows (kind, people, tag keys, instants), so they
// run inside the read, and the codec decodes just the rows returned.

/** What a timeline may be narrowed to; instants are ISO strings, both bounds included. */
export type TimelineQuery = {
  personId?: string;
  tagKey?: string;
  from?: string;
  to?: string;
  /** A test on the stored row's plain fields. */
  accept?: (row: ConversationRow) => boolean;
};

/** Index entries are read in pages of this many while a filter skips some of them. */
const PAGE = 100;

export async function readConversation(id: string): Promise<Conversation | undefined> {
  return decodeOne('conversations', await db.conversations.get(id));
}

export async function readConversations(ids: readonly string[]): Promise<(Conversation | undefined)[]> {
  const rows = await db.conversations.bulkGet([...ids]);
  return Promise.all(rows.map((row) => decodeOne('conversations', row)));
}

/** Pages through a newest-first index of entries until `limit` of their conversations pass `accept`. */
async function collectThroughIndex(
  entries: () => Collection<{ conversationId: string }, string, unknown>,
  accept: (row: ConversationRow) => boolean,
  limit: number,
): Promise<ConversationRow[]> {
  return db.transaction('r', [db.personTimeline, db.tagTimeline, db.conversations], async () => {
    const found: ConversationRow[] = [];
    for (let offset = 0; found.length < limit; offset += PAGE) {
      const page = await entries().offset(offset).limit(PAGE).toArray();
      const rows = await db.conversations.bulkGet(page.map((entry) => entry.conversationId));
      for (const row of rows) {
        if (row && accept(row)) found.push(row);
        if (found.length === limit) break;
      }
      if (page.length < PAGE) break;
    }
    return found;
  });
}

/** The newest `limit` conversations that match, newest first (ties: the one logged last first). */
export async function readTimeline(query: TimelineQuery, limit: number): Promise<Conversation[]> {
  const from = query.from ?? LOWEST_INSTANT;
  const to = query.to ?? HIGHEST_INSTANT;
  const inRange = (row: ConversationRow) =>
    (!query.from || row.occurredAt >= query.from) && (!query.to || row.occurredAt <= query.to);
  const accept = (row: ConversationRow) =>
    inRange(row) &&
    (!query.personId || row.personIds.includes(query.personId)) &&
    (!query.tagKey || row.tagKeys.includes(query.tagKey)) &&
    (query.accept?.(row) ?? true);

  let rows: ConversationRow[];
  if (query.personId) {
    const personId = query.personId;
    rows = await collectThroughIndex(
      () =>
        db.personTimeline
          .where('[personId+occurredAt+createdAt]')
          .between([personId, from, LOWEST_INSTANT], [personId, to, HIGHEST_INSTANT], true, true)
          .reverse(),
      accept,
      limit,
    );
  } else if (query.tagKey) {
    const key = query.tagKey;
    rows = await collectThroughIndex(
      () =>
        db.tagTimeline
          .where('[tagKey+occurredAt+createdAt]')
          .between([key, from, LOWEST_INSTANT], [key, to, HIGHEST_INSTANT], true, true)
          .reverse(),
      accept,
      limit,
    );
  } else {
    rows = await db.conversations
      .where('occurredAt')
      .between(from, to, true, true)
      .reverse()
      .filter(accept)
      .limit(limit)
      .toArray();
  }
  return decodeAll('conversations', rows);
}

/** The plain facts (no notes decoded) of the conversations from `from` (an instant) on: a range of the date index. */
export async function readConversationFactsSince(
  from: string,
): Promise<Pick<Conversation, 'id' | 'occurredAt' | 'createdAt' | 'personIds'>[]> {
  const rows = await db.conversations.where('occurredAt').aboveOrEqual(from).toArray();
  return rows.map(({ id, occurredAt, createdAt, personIds }) => ({ id, occurredAt, createdAt, personIds }));
}

/** A person's rated conversations (ids, instants and ratings only), oldest first, for the warmth chart. */
export function readRatedEntries(personId: string): Promise<PersonTimelineEntry[]> {
  return db.personTimeline
    .where('[personId+rated+occurredAt+createdAt]')
    .between([personId, 1, LOWEST_INSTANT, LOWEST_INSTANT], [personId, 1, HIGHEST_INSTANT, HIGHEST_INSTANT])
    .toArray();
}

/** How many conversations a person is in (counting index keys, not records). */
export function countConversationsOf(personId: string): Promise<number> {
  return db.personTimeline
    .where('[personId+occurredAt+createdAt]')
    .between([personId, LOWEST_INSTANT, LOWEST_INSTANT], [personId, HIGHEST_INSTANT, HIGHEST_INSTANT])
    .count();
}
