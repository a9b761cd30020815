import { judgeAgainstMarker, needsRecordCounts, parseJournalMarker, type MarkerVerdict } from '@shared/domain/backups';
import type { Safekeeping } from '@renderer/platform/platform';
import { readJournalState, readQuickJournalState } from './tables/journal-state';

// What start-up needs of safekeeping (SPEC §7), kept apart from backups and restores
// (safekeeping-repository.ts), which load the export format and are fetched only when first used.

/** An error of the safekeeping store, with the store's own words. */
export class SafekeepingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafekeepingError';
  }
}

/** A store's answer, or its error thrown as a SafekeepingError. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new SafekeepingError(result.error);
  return result.value;
}

/**
 * Whether the opened journal holds what its marker says it held: checked at start, before any write.
 * The records are counted only when the quick look leaves a doubt (an empty journal, a feed behind).
 */
export async function checkAgainstMarker(store: Safekeeping): Promise<MarkerVerdict> {
  const marker = parseJournalMarker(valueOf(await store.readMarker()));
  if (!needsRecordCounts(marker, await readQuickJournalState())) return { kind: 'consistent' };
  return judgeAgainstMarker(marker, await readJournalState());
}
