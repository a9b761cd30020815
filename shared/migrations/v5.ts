import type { Commitment } from '../domain/types';

// Schema v5: the row transform of the upgrade from v4, a pure function so the upgrade's test can compare
// it with what the database holds afterwards. The per-person summaries v5 adds are filled by
// `summarizeAllOpenCommitments` (shared/domain/commitment-summary.ts), the same function the app's
// `rebuildDerivedData` uses.

/** A commitment as stored from v5 on: whether it is open, and the key open ones are listed in order of. */
export type CommitmentRowV5 = Commitment & { open: 0 | 1; dueKey: string };

/**
 * The stored row with its `dueKey`: the due date, or '9999-12-31' (after every dated one) when there is
 * none, as `dueKeyOf` in shared/domain/commitments.ts. Spelled out here: a published migration must not
 * change when later code does.
 */
export function commitmentRowV5(row: Commitment & { open: 0 | 1 }): CommitmentRowV5 {
  return { ...row, dueKey: row.dueOn ?? '9999-12-31' };
}
