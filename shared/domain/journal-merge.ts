import {
  JOURNAL_TABLES,
  instantMs,
  tombstoneKey,
  type JournalContents,
  type JournalRecord,
  type JournalTable,
  type Tombstone,
} from './journal-file';

// What an import writes, planned as plain data before any write, so the user sees the counts first and
// the data layer applies the whole plan in one transaction.
//
// Merge, by id in each table:
// - a record on both sides: the newer `updatedAt` wins; on a tie the journal keeps its own, so merging a
//   journal with itself, or the same file twice, changes nothing;
// - a record on one side only, deleted on the other: it stays deleted when the tombstone is at or after the
//   record's `updatedAt` (a delete happens after the last write it saw); a record edited after the delete
//   comes back;
// - a side's tombstone counts only for a record that side no longer holds: Undo restores a record with its
//   old `updatedAt`, and it is alive all the same;
// - check-ins are one per ISO week (a unique index): two check-ins for one week under different ids are one
//   check-in, and the newer wins.
// Replace: the journal becomes the file's records and tombstones (the data layer backs up first).

/** Fields the planner reads from the journal's own records; whole records can be passed as well. */
type Stamp = { id: string; updatedAt: string };
type CheckInStamp = Stamp & { week: string };

/** The journal being merged into: only ids, `updatedAt` and check-in weeks are read. */
export type MergeTarget = {
  readonly data: { readonly [K in JournalTable]: readonly (K extends 'checkIns' ? CheckInStamp : Stamp)[] };
  readonly tombstones: readonly Tombstone[];
};

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
  /** `replace` clears every table before writing; `merge` writes on top of what is there. */
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

/** Plans merging `incoming` (a parsed file) into `current` (the journal); pure, and the same for the same input. */
export function planMerge(current: MergeTarget, incoming: JournalContents): JournalWritePlan {
  const currentHeld = heldKeys(current);
  const currentTombstones = liveTombstones(current, currentHeld);
  const incomingTombstones = liveTombstones(incoming, heldKeys(incoming));
  const tombstones = new Map<string, Tombstone>();
  const context = { currentTombstones, incomingTombstones, tombstones };
  const people = mergeTable('people', current.data.people, incoming.data.people, context);
  const stanceChanges = mergeTable('stanceChanges', current.data.stanceChanges, incoming.data.stanceChanges, context);
  const conversations = mergeTable('conversations', current.data.conversations, incoming.data.conversations, context);
  const commitments = mergeTable('commitments', current.data.commitments, incoming.data.commitments, context);
  const checkIns = mergeTable('checkIns', current.data.checkIns, incoming.data.checkIns, context);
  const strategyMoments = mergeTable(
    'strategyMoments',
    current.data.strategyMoments,
    incoming.data.strategyMoments,
    context,
  );
  const settings = mergeTable('settings', current.data.settings, incoming.data.settings, context);

  // The file's tombstones for records the journal never had (or deleted earlier than the file did).
  for (const [key, tombstone] of incomingTombstones) {
    const own = currentTombstones.get(key);
    if (currentHeld.has(key) || (own && instantMs(own.deletedAt) >= instantMs(tombstone.deletedAt))) continue;
    keepNewest(tombstones, tombstone);
  }

  const counts = {
    people: people.counts,
    stanceChanges: stanceChanges.counts,
    conversations: conversations.counts,
    commitments: commitments.counts,
    checkIns: checkIns.counts,
    strategyMoments: strategyMoments.counts,
    settings: settings.counts,
  };
  return {
    mode: 'merge',
    tables: {
      people: people.writes,
      stanceChanges: stanceChanges.writes,
      conversations: conversations.writes,
      commitments: commitments.writes,
      checkIns: checkIns.writes,
      strategyMoments: strategyMoments.writes,
      settings: settings.writes,
    },
    tombstones: [...tombstones.values()],
    counts,
    totals: sumCounts(Object.values(counts)),
  };
}

/** Plans replacing the journal with `incoming`: every record is written, nothing of the journal is kept. */
export function planReplace(incoming: JournalContents): JournalWritePlan {
  const writes = <K extends JournalTable>(table: K): TableWrites<K> => ({
    puts: [...incoming.data[table]],
    deletes: [],
  });
  const added = (table: JournalTable): MergeCounts => ({ ...NO_CHANGES, added: incoming.data[table].length });
  const counts = {
    people: added('people'),
    stanceChanges: added('stanceChanges'),
    conversations: added('conversations'),
    commitments: added('commitments'),
    checkIns: added('checkIns'),
    strategyMoments: added('strategyMoments'),
    settings: added('settings'),
  };
  return {
    mode: 'replace',
    tables: {
      people: writes('people'),
      stanceChanges: writes('stanceChanges'),
      conversations: writes('conversations'),
      commitments: writes('commitments'),
      checkIns: writes('checkIns'),
      strategyMoments: writes('strategyMoments'),
      settings: writes('settings'),
    },
    tombstones: [...liveTombstones(incoming, heldKeys(incoming)).values()],
    counts,
    totals: sumCounts(Object.values(counts)),
  };
}

/**
 * The journal after a plan is written: the meaning of a plan, for the data layer to be tested against
 * and for previews. Records keep the journal's order, new ones follow in the plan's order.
 */
export function applyWritePlan(current: JournalContents, plan: JournalWritePlan): JournalContents {
  const apply = <K extends JournalTable>(table: K): JournalRecord<K>[] => {
    const { puts, deletes } = plan.tables[table];
    const records = new Map<string, JournalRecord<K>>();
    if (plan.mode === 'merge') for (const record of current.data[table]) records.set(record.id, record);
    for (const id of deletes) records.delete(id);
    for (const record of puts) records.set(record.id, record);
    return [...records.values()];
  };
  const tombstones = new Map<string, Tombstone>();
  if (plan.mode === 'merge') for (const tombstone of current.tombstones) keepNewest(tombstones, tombstone);
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

const NO_CHANGES: MergeCounts = { added: 0, updated: 0, deleted: 0, keptDeleted: 0, unchanged: 0 };

function sumCounts(all: readonly MergeCounts[]): MergeCounts {
  return all.reduce(
    (sum, counts) => ({
      added: sum.added + counts.added,
      updated: sum.updated + counts.updated,
      deleted: sum.deleted + counts.deleted,
      keptDeleted: sum.keptDeleted + counts.keptDeleted,
      unchanged: sum.unchanged + counts.unchanged,
    }),
    NO_CHANGES,
  );
}

function keepNewest(index: Map<string, Tombstone>, tombstone: Tombstone): void {
  const key = tombstoneKey(tombstone.table, tombstone.recordId);
  const kept = index.get(key);
  if (!kept || instantMs(tombstone.deletedAt) > instantMs(kept.deletedAt)) index.set(key, tombstone);
}

function heldKeys(side: MergeTarget): Set<string> {
  return new Set(JOURNAL_TABLES.flatMap((table) => side.data[table].map((record) => tombstoneKey(table, record.id))));
}

/** The newest tombstone of each record the side no longer holds. */
function liveTombstones(side: MergeTarget, held: ReadonlySet<string>): Map<string, Tombstone> {
  const index = new Map<string, Tombstone>();
  for (const tombstone of side.tombstones) {
    if (!held.has(tombstoneKey(tombstone.table, tombstone.recordId))) keepNewest(index, tombstone);
  }
  return index;
}

function isNewer(a: string, b: string): boolean {
  return instantMs(a) > instantMs(b);
}

/** Deleted at or after the record's last change. */
function deletedSince(tombstone: Tombstone | undefined, record: Stamp): boolean {
  return tombstone !== undefined && instantMs(tombstone.deletedAt) >= instantMs(record.updatedAt);
}

type MergeContext = {
  currentTombstones: ReadonlyMap<string, Tombstone>;
  incomingTombstones: ReadonlyMap<string, Tombstone>;
  /** Filled with the tombstones the plan's deletes leave. */
  tombstones: Map<string, Tombstone>;
};

/** Where each id of the table ends up: the journal's record, or the file's. */
type Outcome<K extends JournalTable> =
  { from: 'current'; record: Stamp } | { from: 'incoming'; record: JournalRecord<K> };

function mergeTable<K extends JournalTable>(
  table: K,
  current: readonly Stamp[],
  incoming: readonly JournalRecord<K>[],
  context: MergeContext,
): { writes: TableWrites<K>; counts: MergeCounts } {
  const currentById = new Map(current.map((record) => [record.id, record]));
  const incomingIds = new Set(incoming.map((record) => record.id));
  const result = new Map<string, Outcome<K>>(current.map((record) => [record.id, { from: 'current', record }]));
  let keptDeleted = 0;

  for (const record of incoming) {
    const own = currentById.get(record.id);
    if (own) {
      if (isNewer(record.updatedAt, own.updatedAt)) result.set(record.id, { from: 'incoming', record });
    } else if (deletedSince(context.currentTombstones.get(tombstoneKey(table, record.id)), record)) {
      keptDeleted += 1;
    } else {
      result.set(record.id, { from: 'incoming', record });
    }
  }
  for (const own of current) {
    if (incomingIds.has(own.id)) continue;
    const tombstone = context.incomingTombstones.get(tombstoneKey(table, own.id));
    if (tombstone && deletedSince(tombstone, own)) {
      result.delete(own.id);
      keepNewest(context.tombstones, tombstone);
    }
  }
  const removedForWeek = table === 'checkIns' ? oneCheckInPerWeek(result, currentById, context.tombstones) : [];

  const writes: TableWrites<K> = { puts: [], deletes: [] };
  let added = 0;
  let updated = 0;
  for (const outcome of result.values()) {
    if (outcome.from !== 'incoming') continue;
    writes.puts.push(outcome.record);
    if (currentById.has(outcome.record.id)) updated += 1;
    else added += 1;
  }
  for (const own of current) if (!result.has(own.id)) writes.deletes.push(own.id);
  // A check-in that replaced the week's other check-in is an update of that week, not an add and a delete.
  const addedWeeks = new Set(
    writes.puts.filter((record) => !currentById.has(record.id)).map((record) => weekOf(record)),
  );
  const replacedByWeek = removedForWeek.filter((own) => addedWeeks.has(weekOf(own))).length;
  const counts: MergeCounts = {
    added: added - replacedByWeek,
    updated: updated + replacedByWeek,
    deleted: writes.deletes.length - replacedByWeek,
    keptDeleted,
    unchanged: incoming.length - added - updated - keptDeleted,
  };
  return { writes, counts };
}

function weekOf(record: Stamp): string | undefined {
  return 'week' in record && typeof record.week === 'string' ? record.week : undefined;
}

/**
 * Leaves one check-in per week in `result`: the newest, and the journal's own on a tie. A losing file
 * record falls back to the journal's version (which may collide in its own week, hence the loop); a
 * losing journal record is deleted, with a tombstone at the winner's time. Returns the journal's
 * check-ins deleted this way.
 */
function oneCheckInPerWeek<K extends JournalTable>(
  result: Map<string, Outcome<K>>,
  currentById: ReadonlyMap<string, Stamp>,
  tombstones: Map<string, Tombstone>,
): Stamp[] {
  const removed: Stamp[] = [];
  for (let settled = false; !settled;) {
    settled = true;
    const winners = new Map<string, Outcome<K>>();
    for (const outcome of result.values()) {
      const week = weekOf(outcome.record);
      const rival = week === undefined ? undefined : winners.get(week);
      if (week === undefined || rival === undefined) {
        if (week !== undefined) winners.set(week, outcome);
        continue;
      }
      settled = false;
      const [winner, loser] = beats(outcome, rival) ? [outcome, rival] : [rival, outcome];
      const own = currentById.get(loser.record.id);
      if (loser.from === 'incoming' && own) {
        result.set(loser.record.id, { from: 'current', record: own });
      } else {
        result.delete(loser.record.id);
      }
      if (loser.from === 'current') {
        removed.push(loser.record);
        keepNewest(tombstones, { table: 'checkIns', recordId: loser.record.id, deletedAt: winner.record.updatedAt });
      }
      // The map changed under the iteration: start the pass again.
      break;
    }
  }
  return removed;
}

/** Newer wins; on a tie the journal's own, then the smaller id, so the outcome never depends on order. */
function beats<K extends JournalTable>(a: Outcome<K>, b: Outcome<K>): boolean {
  const at = instantMs(a.record.updatedAt);
  const bt = instantMs(b.record.updatedAt);
  if (at !== bt) return at > bt;
  if (a.from !== b.from) return a.from === 'current';
  return a.record.id < b.record.id;
}
