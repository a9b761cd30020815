import {
  deriveAll,
  personTimelineEntries,
  RECENT_CONVERSATIONS_KEPT,
  summarizeActivity,
  tagTimelineEntries,
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

async function adjustTagCount(key: string, delta: number, labels: ReadonlyMap<string, string>): Promise<void> {
  const row = await db.tagCounts.get(key);
  const count = (row?.count ?? 0) + delta;
  if (count <= 0) await db.tagCounts.delete(key);
  else await db.tagCounts.put({ key, label: row?.label ?? labels.get(key) ?? key, count });
}

/** Runs inside the write transaction of `commit`, after the conversation rows were written. */
export async function maintainDerivedData(
  changes: readonly ConversationChange[],
  encodedTagLabels: ReadonlyMap<string, string>,
): Promise<void> {
  const people = new Set<string>();
  for (const { before, after } of changes) {
    const id = before?.id ?? after?.id;
    if (id === undefined) continue;
    await db.personTimeline.where('conversationId').equals(id).delete();
    await db.tagTimeline.where('conversationId').equals(id).delete();
    if (after) {
      await db.personTimeline.bulkAdd(personTimelineEntries(after));
      await db.tagTimeline.bulkAdd(tagTimelineEntries(after));
    }
    const beforeKeys = new Set(before?.tagKeys ?? []);
    const afterKeys = new Set(after?.tagKeys ?? []);
    for (const key of beforeKeys) if (!afterKeys.has(key)) await adjustTagCount(key, -1, encodedTagLabels);
    for (const key of afterKeys) if (!beforeKeys.has(key)) await adjustTagCount(key, 1, encodedTagLabels);
    for (const personId of [...(before?.personIds ?? []), ...(after?.personIds ?? [])]) people.add(personId);
  }
  for (const personId of people) await refreshPersonActivity(personId);
}

const DERIVED_TABLES = ['personTimeline', 'tagTimeline', 'tagCounts', 'personActivity'] as const;

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
