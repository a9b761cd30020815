import type { Table } from 'dexie';
import { tagKey } from '@shared/domain/derived-data';
import { CODECS, tagCountCodec, type RecordOf, type RowOf } from './codecs';
import { maintainDerivedData, type ConversationChange } from './derived';
import { db, type ConversationRow, type JournalTableName } from './schema';
import { guardedWrite } from './storage-health';

// The one write path of the journal. A repository describes a change as a list of puts and deletes
// and the versions it based them on; `commit` encodes every record (outside any transaction), then
// in one transaction checks those versions, applies the change, appends it to the change feed and
// updates the derived tables. All of it is saved, or none of it.

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

export async function commit(ops: readonly WriteOp[], preconditions: readonly Precondition[] = []): Promise<void> {
  if (ops.length === 0) return;
  const encoded = await Promise.all(ops.map(encode));
  const tagLabels = await encodedTagLabels(ops);
  const touchesConversations = ops.some((op) => op.table === 'conversations');
  const tables = [
    ...new Set<string>([...ops.map((op) => op.table), ...preconditions.map((p) => p.table), 'changes']),
    ...(touchesConversations ? ['personTimeline', 'tagTimeline', 'tagCounts', 'personActivity'] : []),
  ];
  await guardedWrite(() =>
    db.transaction('rw', tables, async () => {
      for (const precondition of preconditions) {
        const row = (await journalTable(precondition.table).get(precondition.id)) as { updatedAt?: string } | undefined;
        if ((row?.updatedAt ?? null) !== precondition.updatedAt) {
          throw new ConflictError(precondition.table, precondition.id);
        }
      }
      const at = new Date().toISOString();
      const conversationChanges: ConversationChange[] = [];
      for (const op of encoded) {
        const table = journalTable(op.table);
        if (op.table === 'conversations') {
          const before = (await table.get(op.id)) as ConversationRow | undefined;
          conversationChanges.push({ before, after: op.op === 'put' ? (op.row as ConversationRow) : undefined });
        }
        if (op.op === 'put') await table.put(op.row);
        else await table.delete(op.id);
        await db.changes.add({ table: op.table, recordId: op.id, op: op.op, at });
      }
      await maintainDerivedData(conversationChanges, tagLabels);
    }),
  );
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
