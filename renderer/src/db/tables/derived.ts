import {
  deriveAll,
  personTimelineEntries,
  RECENT_CONVERSATIONS_KEPT,
  summarizeActivity,
  tagTimelineEntries,
  type TagCount,
} from '@shared/domain/derived-data';
import { summarizeAllOpenCommitments, summarizeOpenCommitments } from '@shared/domain/commitment-summary';
import { decodeAll, tagCountCodec } from './codecs';
import { HIGHEST_INSTANT, LOWEST_INSTANT, db, type CommitmentRow, type ConversationRow } from './schema';
import { guardedWrite } from './storage-health';

// The derived tables (per-person timeline and activity, per-tag timeline and counts) are kept up to
// date inside the transaction of every conversation write, and the per-person summaries of open
// commitments inside that of every commitment write, from the plain fields of the rows only (ids,
// instants, ratings, tag keys, due dates), so no codec is needed inside the transaction. Each update
// reads a bounded range: a person's newest entries or open commitments, never their whole history.

export type ConversationChange = { before: ConversationRow | undefined; after: ConversationRow | undefined };

/**
 * A person's newest RECENT_CONVERSATIONS_KEPT entries, and as many of the newest rated ones, with their
 * conversation count moved by `countChange` (the conversations this write added them to, less those
 * it took them out of).
 */
async function refreshPersonActivity(personId: string, countChange: number): Promise<void> {
  const previous = await db.personActivity.get(personId);
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
  const activity = summarizeActivity(
    personId,
    [...newest, ...newestRated.filter((entry) => !newest.some((other) => other.id === entry.id))],
    (previous?.conversationCount ?? 0) + countChange,
  );
  if (activity) await db.personActivity.put(activity);
  else await db.personActivity.delete(personId);
}

/** Applies the change in each tag's count (+1 where a conversation gained it, −1 where it lost it). */
async function adjustTagCounts(
  deltas: ReadonlyMap<string, number>,
  labels: ReadonlyMap<string, string>,
): Promise<void> {
  // A tag a conversation kept is left alone: rewriting its row would re-run every live query of the tag list.
  const keys = [...deltas.keys()].filter((key) => deltas.get(key) !== 0);
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
 * Counts one change into `deltas`: −1 for each key only `before` has, +1 for each only `after` has, and
 * 0 (still listed, so its summary is refreshed) for a key in both.
 */
function addDeltas(deltas: Map<string, number>, before: readonly string[], after: readonly string[]): void {
  const [was, is] = [new Set(before), new Set(after)];
  for (const key of new Set([...was, ...is])) {
    deltas.set(key, (deltas.get(key) ?? 0) + (is.has(key) ? 1 : 0) - (was.has(key) ? 1 : 0));
  }
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

  const tagDeltas = new Map<string, number>();
  const personDeltas = new Map<string, number>();
  for (const { before, after } of changes) {
    addDeltas(tagDeltas, before?.tagKeys ?? [], after?.tagKeys ?? []);
    addDeltas(personDeltas, before?.personIds ?? [], after?.personIds ?? []);
  }
  await adjustTagCounts(tagDeltas, encodedTagLabels);
  await Promise.all([...personDeltas].map(([personId, change]) => refreshPersonActivity(personId, change)));
}

export type CommitmentChange = { before: CommitmentRow | undefined; after: CommitmentRow | undefined };

/**
 * Runs inside the write transaction of `commit`, after the commitment rows were written: the summary
 * of each person whose commitments changed (before or after), from that person's open commitments
 * (a bounded read through the `[personId+open]` index).
 */
export async function maintainOpenCommitmentSummaries(changes: readonly CommitmentChange[]): Promise<void> {
  const personIds = new Set(
    changes.flatMap(({ before, after }) => [before?.personId, after?.personId].filter((id) => id !== undefined)),
  );
  await Promise.all(
    [...personIds].map(async (personId) => {
      const open = await db.commitments.where('[personId+open]').equals([personId, 1]).toArray();
      const summary = summarizeOpenCommitments(personId, open);
      if (summary) await db.openCommitmentSummaries.put(summary);
      else await db.openCommitmentSummaries.delete(personId);
    }),
  );
}

/** The tables computed from the conversations, never written by a repository. */
export const CONVERSATION_DERIVED_TABLES = ['personTimeline', 'tagTimeline', 'tagCounts', 'personActivity'] as const;

/** The table computed from the commitments, never written by a repository. */
export const COMMITMENT_DERIVED_TABLES = ['openCommitmentSummaries'] as const;

export const DERIVED_TABLES = [...CONVERSATION_DERIVED_TABLES, ...COMMITMENT_DERIVED_TABLES] as const;

/**
 * Recomputes every derived table from the conversations and the commitments, with the same functions
 * the incremental updates use. Import and restore call it; it reads every conversation and commitment,
 * so it is a long job that never runs at start. If the journal changes while it reads, it starts again, so the result always
 * matches the source tables.
 */
export async function rebuildDerivedData(): Promise<void> {
  for (;;) {
    const lastSeq = (await db.changes.orderBy('seq').last())?.seq ?? 0;
    const conversations = await decodeAll('conversations', await db.conversations.toArray());
    const derived = deriveAll(conversations);
    const openCommitmentSummaries = summarizeAllOpenCommitments(await db.commitments.toArray());
    const tagCounts = await Promise.all(derived.tagCounts.map((count) => tagCountCodec.encode(count)));
    const rebuilt = await guardedWrite(() =>
      db.transaction('rw', ['changes', ...DERIVED_TABLES], async () => {
        if (((await db.changes.orderBy('seq').last())?.seq ?? 0) !== lastSeq) return false;
        await Promise.all(DERIVED_TABLES.map((table) => db.table(table).clear()));
        await db.personTimeline.bulkAdd(derived.personTimeline);
        await db.tagTimeline.bulkAdd(derived.tagTimeline);
        await db.tagCounts.bulkAdd(tagCounts);
        await db.personActivity.bulkAdd(derived.personActivity);
        await db.openCommitmentSummaries.bulkAdd(openCommitmentSummaries);
        return true;
      }),
    );
    if (rebuilt) return;
  }
}
