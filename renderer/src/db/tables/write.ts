import type { Table } from 'dexie';
import { groupBy } from '@shared/domain/collections';
import { tagKey } from '@shared/domain/derived-data';
import { CODECS, tagCountCodec, type RecordOf, type RowOf } from './codecs';
import {
  COMMITMENT_DERIVED_TABLES,
  CONVERSATION_DERIVED_TABLES,
  maintainDerivedData,
  maintainOpenCommitmentSummaries,
} from './derived';
import { db, type CommitmentRow, type ConversationRow, type JournalTableName } from './schema';
import { showInFlight } from './in-flight';
import { guardedWrite } from './storage-health';

// The one write path of the journal. A repository describes a change as a list of puts and deletes
// and the versions it based them on; `commit` encodes every record (outside any transaction), then
// in one transaction checks those versions, applies the change, appends it to the change feed and
// updates the derived tables. All of it is saved, or none of it. While the transaction runs, the
// conversations it puts are shown in flight (in-flight.ts), so a timeline shows a save at once.

export type WriteOp = {
  [T in JournalTableName]: { table: T; op: 'put'; record: RecordOf[T] } | { table: T; op: 'delete'; id: string };
}[JournalTableName];

/** What a change was based on: the record's `updatedAt` when it was read, or `null` when it did not exist. */
export type Precondition = { table: JournalTableName; id: string; updatedAt: string | null };

/** Another write changed a record this one was based on; `transact` reads again and retries. */
export class ConflictError extends Error {
  constructor(
    readonly table: JournalTableName,
    readonly id: string,
  ) {
    super('This record changed while it was being saved. Try again.');
    this.name = 'ConflictError';
  }
}

export function put<T extends JournalTableName>(table: T, record: RecordOf[T]): WriteOp {
  return { table, op: 'put', record } as WriteOp;
}

export function remove(table: JournalTableName, id: string): WriteOp {
  return { table, op: 'delete', id };
}

/** The precondition "this record is still as I read it" (or still absent). */
export function basedOn(
  table: JournalTableName,
  id: string,
  record: { updatedAt: string } | undefined | null,
): Precondition {
  return { table, id, updatedAt: record?.updatedAt ?? null };
}

type EncodedOp =
  | { table: JournalTableName; op: 'put'; id: string; row: RowOf[JournalTableName] }
  | { table: JournalTableName; op: 'delete'; id: string };

async function encode(op: WriteOp): Promise<EncodedOp> {
  if (op.op === 'delete') return op;
  const codec = CODECS[op.table] as { encode(record: RecordOf[JournalTableName]): Promise<RowOf[JournalTableName]> };
  return { table: op.table, op: 'put', id: op.record.id, row: await codec.encode(op.record) };
}

/** Tag labels a change may need for new tag-count rows, encoded before the transaction opens. */
async function encodedTagLabels(ops: readonly WriteOp[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const op of ops) {
    if (op.table !== 'conversations' || op.op !== 'put') continue;
    for (const tag of op.record.tags) {
      const key = tagKey(tag);
      if (!labels.has(key)) labels.set(key, (await tagCountCodec.encode({ key, label: tag, count: 0 })).label);
    }
  }
  return labels;
}

/** Fails with ConflictError when a record a change was based on is no longer as it was read. */
async function checkPreconditions(preconditions: readonly Precondition[]): Promise<void> {
  const byTable = groupBy(preconditions, (precondition) => [precondition.table]);
  await Promise.all(
    [...byTable].map(async ([table, expected]) => {
      const rows = (await journalTable(table).bulkGet(expected.map((p) => p.id))) as (
        { updatedAt?: string } | undefined
      )[];
      expected.forEach((precondition, index) => {
        if ((rows[index]?.updatedAt ?? null) !== precondition.updatedAt) {
          throw new ConflictError(precondition.table, precondition.id);
        }
      });
    }),
  );
}

/**
 * The stored rows of these conversations, by id. One cursor walks the primary key through the sorted
 * ids and jumps over those not stored, so an id new to the journal (most of an import) costs no
 * request, where a `bulkGet` is one request per id.
 */
async function storedConversations(ids: readonly string[]): Promise<Map<string, ConversationRow>> {
  // Even an empty `anyOf` opens the table, which is not in the transaction of a change without conversations.
  const rows = ids.length === 0 ? [] : await db.conversations.where(':id').anyOf(ids).toArray();
  return new Map(rows.map((row) => [row.id, row]));
}

/** The stored rows of these commitments, by id, read as `storedConversations` reads conversations. */
async function storedCommitments(ids: readonly string[]): Promise<Map<string, CommitmentRow>> {
  const rows = ids.length === 0 ? [] : await db.commitments.where(':id').anyOf(ids).toArray();
  return new Map(rows.map((row) => [row.id, row]));
}

/** A deletion that happened elsewhere (an imported file's tombstone), recorded in the change feed as it was. */
export type RecordedDelete = { table: JournalTableName; recordId: string; deletedAt: string };

/**
 * Writes a change: all of it, or none. Each record's last op in `ops` is what is stored and fed, so a
 * record named twice is written (and appears in the change feed) once. Writes are grouped into one
 * bulk request per table, so a save and an import of a whole journal take the same path. `tombstones`
 * go into the change feed before the change's own entries, for records the change does not touch.
 */
export async function commit(
  ops: readonly WriteOp[],
  preconditions: readonly Precondition[] = [],
  tombstones: readonly RecordedDelete[] = [],
): Promise<void> {
  if (ops.length === 0 && tombstones.length === 0) return;
  const encoded = await Promise.all(ops.map(encode));
  const tagLabels = await encodedTagLabels(ops);
  const final = [...new Map(encoded.map((op) => [`${op.table}|${op.id}`, op])).values()];
  const touchesConversations = final.some((op) => op.table === 'conversations');
  const touchesCommitments = final.some((op) => op.table === 'commitments');
  const tables = [
    ...new Set<string>([...final.map((op) => op.table), ...preconditions.map((p) => p.table), 'changes']),
    ...(touchesConversations ? CONVERSATION_DERIVED_TABLES : []),
    ...(touchesCommitments ? COMMITMENT_DERIVED_TABLES : []),
  ];
  const settle = showInFlight(
    ops.flatMap((op) => (op.table === 'conversations' && op.op === 'put' ? [op.record] : [])),
  );
  await guardedWrite(() =>
    db.transaction('rw', tables, async () => {
      await checkPreconditions(preconditions);
      const conversationOps = final.filter((op) => op.table === 'conversations');
      const commitmentOps = final.filter((op) => op.table === 'commitments');
      // The stored rows before this change: the derived tables are updated from both versions.
      const before = await storedConversations(conversationOps.map((op) => op.id));
      const commitmentsBefore = await storedCommitments(commitmentOps.map((op) => op.id));
      for (const [table, tableOps] of groupBy(final, (op) => [op.table])) {
        const rows = tableOps.flatMap((op) => (op.op === 'put' ? [op.row] : []));
        const deleted = tableOps.flatMap((op) => (op.op === 'delete' ? [op.id] : []));
        // Deletes first: a record put in place of a deleted one may share its unique key (a check-in's week).
        if (deleted.length > 0) await journalTable(table).bulkDelete(deleted);
        if (rows.length > 0) await journalTable(table).bulkPut(rows);
      }
      const at = new Date().toISOString();
      await db.changes.bulkAdd([
        ...tombstones.map(({ table, recordId, deletedAt }) => ({
          table,
          recordId,
          op: 'delete' as const,
          at: deletedAt,
        })),
        ...final.map((op) => ({ table: op.table, recordId: op.id, op: op.op, at })),
      ]);
      await maintainDerivedData(
        conversationOps.map((op) => ({
          before: before.get(op.id),
          after: op.op === 'put' ? (op.row as ConversationRow) : undefined,
        })),
        tagLabels,
      );
      await maintainOpenCommitmentSummaries(
        commitmentOps.map((op) => ({
          before: commitmentsBefore.get(op.id),
          after: op.op === 'put' ? (op.row as CommitmentRow) : undefined,
        })),
      );
    }),
  ).then(
    () => settle(true),
    (error: unknown) => {
      settle(false);
      throw error;
    },
  );
  for (const listener of committedListeners) listener();
}

const committedListeners = new Set<() => void>();

/** Calls `listener` after each change that was saved (the marker and backups follow changes). */
export function subscribeCommits(listener: () => void): () => void {
  committedListeners.add(listener);
  return () => committedListeners.delete(listener);
}

/** The typed table object (the same one `db.people` names, so a test can make one of its writes fail). */
function journalTable(name: JournalTableName): Table<RowOf[JournalTableName], string> {
  return db[name] as unknown as Table<RowOf[JournalTableName], string>;
}

export type WritePlan<T> = { ops: WriteOp[]; preconditions?: Precondition[]; result: T };

const ATTEMPTS = 3;

/**
 * Reads (through the table layer, outside any transaction), plans a change, and commits it. When
 * another write changed a record the plan was based on, the plan is made again from fresh reads.
 */
export async function transact<T>(plan: () => Promise<WritePlan<T>>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const { ops, preconditions, result } = await plan();
    try {
      await commit(ops, preconditions);
      return result;
    } catch (error) {
      if (!(error instanceof ConflictError) || attempt === ATTEMPTS) throw error;
    }
  }
}
