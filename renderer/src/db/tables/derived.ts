import {
  deriveAll,
  personTimelineEntries,
  RECENT_CONVERSATIONS_KEPT,
  summarizeActivity,
  tagTimelineEntries,
  type TagCount,
} from '@shared/domain/derived-data';
import { decodeAll, tagCountCodec } from './codecs';
import { HIGHEST_INSTANT, LOWEST_INSTANT, db, type ConversationRow } from './schema';
import { guardedWrite } from './storage-health';

// The derived tables (per-person timeline and activity, per-tag timeline and counts) are kept up to
// date inside the transaction of every conversation write, from the plain fields of the rows only
// (ids, instants, ratings, tag keys), so no codec is needed inside the transaction. Each update
// reads a bounded range: a person's newest entries, never their whole history.

export type ConversationChange = { before: ConversationRow | undefined; after: ConversationRow | undefined };

/** A person's newest RECENT_CONVERSATIONS_KEPT entries, and as many of the newest rated ones. */
async function refreshPersonActivity(personId: string): Promise<void> {
  const newest = await db.personTimeline
    .where('[personId+occurredAt+createdAt]')
    .between([personId, LOWEST_INSTANT, LOWEST_INSTANT], [personId, HIGHEST_INSTANT, HIGHEST_INSTANT])
    .reverse()
    .limit(RECENT_CONVERSATIONS_KEPT)
    .toArray();
  const newestRated = await db.personTimeline
    .where('[personId+rated+occurredAt+createdAt]')
    .between([personId, 1, LOWEST_INSTANT, LOWEST_INSTANT], [personId, 1, HIGHEST_INSTANT, HIGHEST_INSTANT])
    .reverse()
    .limit(RECENT_CONVERSATIONS_KEPT)
    .toArray();
  const activity = summarizeActivity(personId, [
    ...newest,
    ...newestRated.filter((entry) => !newest.some((other) => other.id === entry.id)),
  ]);
  if (activity) await db.personActivity.put(activity);
  else await db.personActivity.delete(personId);
}

/** Applies the change in each tag's count (+1 where a conversation gained it, −1 where it lost it). */
async function adjustTagCounts(
  deltas: ReadonlyMap<string, number>,
  labels: ReadonlyMap<string, string>,
): Promise<void> {
  const keys = [...deltas.keys()];
  const rows = await db.tagCounts.bulkGet(keys);
  const kept: TagCount[] = [];
  const emptied: string[] = [];
  keys.forEach((key, index) => {
    const row = rows[index];
    const count = (row?.count ?? 0) + (deltas.get(key) ?? 0);
    if (count <= 0) emptied.push(key);
    else kept.push({ key, label: row?.label ?? labels.get(key) ?? key, count });
  });
  await db.tagCounts.bulkPut(kept);
  await db.tagCounts.bulkDelete(emptied);
}

/**
 * Runs inside the write transaction of `commit`, after the conversation rows were written: one bulk
 * request per derived table, then each affected person's summary from two bounded range reads.
 */
export async function maintainDerivedData(
  changes: readonly ConversationChange[],
  encodedTagLabels: ReadonlyMap<string, string>,
): Promise<void> {
  if (changes.length === 0) return;
  // A conversation's entries are named by its stored row (each person or tag key, and its id), so the
  // previous version's entries are deleted by key, and a conversation new to the journal has none.
  const befores = changes.flatMap(({ before }) => (before ? [before] : []));
  await db.personTimeline.bulkDelete(befores.flatMap(personTimelineEntries).map((entry) => entry.id));
  await db.tagTimeline.bulkDelete(befores.flatMap(tagTimelineEntries).map((entry) => entry.id));
  const afters = changes.flatMap(({ after }) => (after ? [after] : []));
  await db.personTimeline.bulkAdd(afters.flatMap(personTimelineEntries));
  await db.tagTimeline.bulkAdd(afters.flatMap(tagTimelineEntries));

  const deltas = new Map<string, number>();
  const people = new Set<string>();
  for (const { before, after } of changes) {
    const beforeKeys = new Set(before?.tagKeys ?? []);
    const afterKeys = new Set(after?.tagKeys ?? []);
    for (const key of beforeKeys) if (!afterKeys.has(key)) deltas.set(key, (deltas.get(key) ?? 0) - 1);
    for (const key of afterKeys) if (!beforeKeys.has(key)) deltas.set(key, (deltas.get(key) ?? 0) + 1);
    for (const personId of [...(before?.personIds ?? []), ...(after?.personIds ?? [])]) people.add(personId);
  }
  await adjustTagCounts(deltas, encodedTagLabels);
  await Promise.all([...people].map(refreshPersonActivity));
}

/** The tables computed from the conversations, never written by a repository. */
export const DERIVED_TABLES = ['personTimeline', 'tagTimeline', 'tagCounts', 'personActivity'] as const;

/**
 * Recomputes every derived table from the conversations, with the same functions the incremental
 * updates use. Import and restore call it; it reads every conversation, so it is a long job that
 * never runs at start. If the journal changes while it reads, it starts again, so the result always
 * matches the source tables.
 */
export async function rebuildDerivedData(): Promise<void> {
  for (;;) {
    const lastSeq = (await db.changes.orderBy('seq').last())?.seq ?? 0;
    const conversations = await decodeAll('conversations', await db.conversations.toArray());
    const derived = deriveAll(conversations);
    const tagCounts = await Promise.all(derived.tagCounts.map((count) => tagCountCodec.encode(count)));
    const rebuilt = await guardedWrite(() =>
      db.transaction('rw', ['changes', ...DERIVED_TABLES], async () => {
        if (((await db.changes.orderBy('seq').last())?.seq ?? 0) !== lastSeq) return false;
        await Promise.all(DERIVED_TABLES.map((table) => db.table(table).clear()));
        await db.personTimeline.bulkAdd(derived.personTimeline);
        await db.tagTimeline.bulkAdd(derived.tagTimeline);
        await db.tagCounts.bulkAdd(tagCounts);
        await db.personActivity.bulkAdd(derived.personActivity);
        return true;
      }),
    );
    if (rebuilt) return;
  }
}
