import {
  heldAmong,
  instantMs,
  keepNewest,
  liveTombstones,
  perTable,
  tombstoneKey,
  type JournalContents,
  type JournalRecord,
  type JournalTable,
  type Tombstone,
} from './journal-file';
import { NO_CHANGES, sumCounts, type JournalWritePlan, type MergeCounts, type TableWrites } from './journal-write-plan';

// The planners of an import: what it writes, worked out as a plan of plain data (journal-write-plan.ts)
// before any write, so the user sees the counts first and the data layer applies the whole plan in one
// transaction.
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
// Replace: the journal becomes the file's records; what it held and the file lacks is deleted, with a
// tombstone (the app takes a backup first).

/** Fields the planner reads from the journal's own records; whole records can be passed as well. */
type Stamp = { id: string; updatedAt: string };
type CheckInStamp = Stamp & { week: string };

/** The journal being merged into: only ids, `updatedAt` and check-in weeks are read. */
export type MergeTarget = {
  readonly data: { readonly [K in JournalTable]: readonly (K extends 'checkIns' ? CheckInStamp : Stamp)[] };
  readonly tombstones: readonly Tombstone[];
};

/** Plans merging `incoming` (a parsed file) into `current` (the journal); pure, and the same for the same input. */
export function planMerge(current: MergeTarget, incoming: JournalContents): JournalWritePlan {
  const currentTombstones = liveTombstones(current.tombstones, current.data);
  const incomingTombstones = liveTombstones(incoming.tombstones, incoming.data);
  const currentHeld = heldAmong(incomingTombstones.values(), current.data);
  const tombstones = new Map<string, Tombstone>();
  const context = { currentTombstones, incomingTombstones, tombstones };
  const merge = <K extends JournalTable>(table: K) =>
    mergeTable(table, current.data[table], incoming.data[table], context);
  const merged = {
    people: merge('people'),
    stanceChanges: merge('stanceChanges'),
    conversations: merge('conversations'),
    commitments: merge('commitments'),
    checkIns: merge('checkIns'),
    strategyMoments: merge('strategyMoments'),
    settings: merge('settings'),
  };

  // The file's tombstones for records the journal never had (or deleted earlier than the file did).
  for (const [key, tombstone] of incomingTombstones) {
    const own = currentTombstones.get(key);
    if (currentHeld.has(key) || (own && instantMs(own.deletedAt) >= instantMs(tombstone.deletedAt))) continue;
    keepNewest(tombstones, tombstone);
  }

  const counts = perTable((table) => merged[table].counts);
  return {
    mode: 'merge',
    tables: {
      people: merged.people.writes,
      stanceChanges: merged.stanceChanges.writes,
      conversations: merged.conversations.writes,
      commitments: merged.commitments.writes,
      checkIns: merged.checkIns.writes,
      strategyMoments: merged.strategyMoments.writes,
      settings: merged.settings.writes,
    },
    tombstones: [...tombstones.values()],
    counts,
    totals: sumCounts(counts),
  };
}

/**
 * Plans replacing the journal with `incoming` (a restore, or an import in `replace` mode): every record of
 * the file is written, and every record of the journal the file lacks is deleted, with a tombstone, so the
 * deletion reaches later merges like any other (`deletedAt`: now, an ISO instant). The journal's older
 * tombstones stay.
 */
export function planReplace(current: MergeTarget, incoming: JournalContents, deletedAt: string): JournalWritePlan {
  const tombstones = liveTombstones(incoming.tombstones, incoming.data);
  const replace = <K extends JournalTable>(table: K): { writes: TableWrites<K>; counts: MergeCounts } => {
    const held = new Map<string, Stamp>(current.data[table].map((record) => [record.id, record]));
    const kept = new Set(incoming.data[table].map((record) => record.id));
    const deletes = [...held.keys()].filter((id) => !kept.has(id));
    for (const recordId of deletes) keepNewest(tombstones, { table, recordId, deletedAt });
    const updated = incoming.data[table].filter((record) => held.has(record.id)).length;
    return {
      writes: { puts: [...incoming.data[table]], deletes },
      counts: { ...NO_CHANGES, added: incoming.data[table].length - updated, updated, deleted: deletes.length },
    };
  };
  const replaced = {
    people: replace('people'),
    stanceChanges: replace('stanceChanges'),
    conversations: replace('conversations'),
    commitments: replace('commitments'),
    checkIns: replace('checkIns'),
    strategyMoments: replace('strategyMoments'),
    settings: replace('settings'),
  };
  const counts = perTable((table) => replaced[table].counts);
  return {
    mode: 'replace',
    tables: {
      people: replaced.people.writes,
      stanceChanges: replaced.stanceChanges.writes,
      conversations: replaced.conversations.writes,
      commitments: replaced.commitments.writes,
      checkIns: replaced.checkIns.writes,
      strategyMoments: replaced.strategyMoments.writes,
      settings: replaced.settings.writes,
    },
    tombstones: [...tombstones.values()],
    counts,
    totals: sumCounts(counts),
  };
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

type TableMerge<K extends JournalTable> = { writes: TableWrites<K>; counts: MergeCounts };

function mergeTable<K extends JournalTable>(
  table: K,
  current: readonly Stamp[],
  incoming: readonly JournalRecord<K>[],
  context: MergeContext,
): TableMerge<K> {
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
      if (week === undefined) continue;
      const rival = winners.get(week);
      if (rival === undefined) {
        winners.set(week, outcome);
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
