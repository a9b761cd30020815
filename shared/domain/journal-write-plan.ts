import {
  keepNewest,
  type JournalContents,
  type JournalRecord,
  type JournalTable,
  type Tombstone,
} from './journal-file';

// What an import writes, as plain data: journal-merge.ts makes the plan, the data layer applies it in one
// transaction, `applyWritePlan` says what it means, and its counts are the summary the user sees first.

export type TableWrites<K extends JournalTable> = {
  /** Records to write whole (added or replacing the journal's version). */
  puts: JournalRecord<K>[];
  /** Ids of the journal's records to delete. */
  deletes: string[];
};

export type MergeCounts = {
  added: number;
  updated: number;
  deleted: number;
  /** Records in the file that the journal deleted after their last change, so they are not brought back. */
  keptDeleted: number;
  /** Records in the file that the journal already has as they are, or newer. */
  unchanged: number;
};

export type JournalWritePlan = {
  /** What the user chose: `merge` keeps the journal's newer records, `replace` makes it the file's. */
  mode: 'merge' | 'replace';
  tables: { [K in JournalTable]: TableWrites<K> };
  /**
   * Tombstones the journal should hold afterwards and does not yet: one for each delete, and the file's
   * own for records the journal never had, so a later merge does not bring them back either.
   */
  tombstones: Tombstone[];
  counts: Record<JournalTable, MergeCounts>;
  totals: MergeCounts;
};

export const NO_CHANGES: MergeCounts = { added: 0, updated: 0, deleted: 0, keptDeleted: 0, unchanged: 0 };

/** The counts of every table added up, for a plan's `totals`. */
export function sumCounts(counts: Record<JournalTable, MergeCounts>): MergeCounts {
  return Object.values(counts).reduce(
    (sum, table) => ({
      added: sum.added + table.added,
      updated: sum.updated + table.updated,
      deleted: sum.deleted + table.deleted,
      keptDeleted: sum.keptDeleted + table.keptDeleted,
      unchanged: sum.unchanged + table.unchanged,
    }),
    NO_CHANGES,
  );
}

/**
 * The journal after a plan is written: the meaning of a plan, for the data layer to be tested against
 * and for previews. Records keep the journal's order, new ones follow in the plan's order.
 */
export function applyWritePlan(current: JournalContents, plan: JournalWritePlan): JournalContents {
  const apply = <K extends JournalTable>(table: K): JournalRecord<K>[] => {
    const { puts, deletes } = plan.tables[table];
    const records = new Map<string, JournalRecord<K>>();
    for (const record of current.data[table]) records.set(record.id, record);
    for (const id of deletes) records.delete(id);
    for (const record of puts) records.set(record.id, record);
    return [...records.values()];
  };
  const tombstones = new Map<string, Tombstone>();
  for (const tombstone of current.tombstones) keepNewest(tombstones, tombstone);
  for (const tombstone of plan.tombstones) keepNewest(tombstones, tombstone);
  return {
    data: {
      people: apply('people'),
      stanceChanges: apply('stanceChanges'),
      conversations: apply('conversations'),
      commitments: apply('commitments'),
      checkIns: apply('checkIns'),
      strategyMoments: apply('strategyMoments'),
      settings: apply('settings'),
    },
    tombstones: [...tombstones.values()],
  };
}

/** "12 added, 3 updated, 1 kept deleted, 40 unchanged" for the import summary. */
export function describeMergeCounts(counts: MergeCounts): string {
  const parts = [
    [counts.added, 'added'],
    [counts.updated, 'updated'],
    [counts.deleted, 'deleted'],
    [counts.keptDeleted, 'kept deleted'],
    [counts.unchanged, 'unchanged'],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, word]) => `${count.toLocaleString('en')} ${word}`);
  return said.length === 0 ? 'nothing to import' : said.join(', ');
}
