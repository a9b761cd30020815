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

/** The conversation an index entry points at: entry ids are `${personId or tagKey}|${conversationId}`. */
function conversationIdOf(entryId: string): string {
  return entryId.slice(entryId.lastIndexOf('|') + 1);
}

/**
 * The conversations a newest-first range of index entries points at, up to `limit` that pass
 * `filter`. Without a filter only `limit` entries are read. With one, the range's keys are read (ids
 * only, never records) and the conversations fetched a page at a time until enough pass.
 */
async function collectThroughIndex(
  range: Collection<unknown, string, unknown>,
  filter: ((row: ConversationRow) => boolean) | null,
  limit: number,
): Promise<ConversationRow[]> {
  return db.transaction('r', [db.personTimeline, db.tagTimeline, db.conversations], async () => {
    const entryIds = await (filter ? range : range.limit(limit)).primaryKeys();
    const found: ConversationRow[] = [];
    for (let start = 0; start < entryIds.length && found.length < limit; start += PAGE) {
      const rows = await db.conversations.bulkGet(entryIds.slice(start, start + PAGE).map(conversationIdOf));
      for (const row of rows) {
        if (row && (!filter || filter(row)) && found.length < limit) found.push(row);
      }
    }
    return found;
  });
}

/** One person's or tag's entries within `[from, to]`, newest first. */
function newestFirst(
  index: '[personId+occurredAt+createdAt]' | '[tagKey+occurredAt+createdAt]',
  key: string,
  from: string,
  to: string,
): Collection<unknown, string, unknown> {
  const table = index === '[personId+occurredAt+createdAt]' ? db.personTimeline : db.tagTimeline;
  return table.where(index).between([key, from, LOWEST_INSTANT], [key, to, HIGHEST_INSTANT], true, true).reverse();
}

/** The newest `limit` conversations that match, newest first (ties: the one logged last first). */
export async function readTimeline(query: TimelineQuery, limit: number): Promise<Conversation[]> {
  const from = query.from ?? LOWEST_INSTANT;
  const to = query.to ?? HIGHEST_INSTANT;
  const { personId, tagKey, accept } = query;
  // The index range already applies the person (or tag) and the dates; only the rest is filtered.
  const withTag = tagKey ? (row: ConversationRow) => row.tagKeys.includes(tagKey) : null;
  let rows: ConversationRow[];
  if (personId) {
    const filter =
      withTag && accept ? (row: ConversationRow) => withTag(row) && accept(row) : (withTag ?? accept ?? null);
    rows = await collectThroughIndex(newestFirst('[personId+occurredAt+createdAt]', personId, from, to), filter, limit);
  } else if (tagKey) {
    rows = await collectThroughIndex(
      newestFirst('[tagKey+occurredAt+createdAt]', tagKey, from, to),
      accept ?? null,
      limit,
    );
  } else {
    const range = db.conversations.where('occurredAt').between(from, to, true, true).reverse();
    rows = await (accept ? range.filter(accept) : range).limit(limit).toArray();
  }
  return decodeAll('conversations', rows);
}

/** A person's newest `limit` rated conversations (ids, instants and ratings only), oldest first. */
export async function readNewestRatedEntries(personId: string, limit: number): Promise<PersonTimelineEntry[]> {
  const newestFirst = await db.personTimeline
    .where('[personId+rated+occurredAt+createdAt]')
    .between([personId, 1, LOWEST_INSTANT, LOWEST_INSTANT], [personId, 1, HIGHEST_INSTANT, HIGHEST_INSTANT])
    .reverse()
    .limit(limit)
    .toArray();
  return newestFirst.reverse();
}

/**
 * How many conversations a person is in from `from` to `to` (instants, both included): one range of
 * their timeline index, counted by its keys, so it costs the same whatever the size of the journal.
 */
export function countConversationsOfBetween(personId: string, from: string, to: string): Promise<number> {
  return db.personTimeline
    .where('[personId+occurredAt+createdAt]')
    .between([personId, from, LOWEST_INSTANT], [personId, to, HIGHEST_INSTANT], true, true)
    .count();
}
