import { StorageReadOnlyError, isStorageFailure } from './tables/storage-health';

/** Input that failed the domain's validation; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, string>>) {
    super(Object.values(fieldErrors).join(' '));
    this.name = 'ValidationError';
  }
}

export const STORAGE_FAILED_MESSAGE =
  'Upstream could not save to disk (it may be full) and has stopped saving, so that nothing already saved is put at risk. ' +
  'What you typed is still on screen: copy anything you need, free some disk space, then restart Upstream.';

/**
 * What to tell the user when a write fails: the one place every form, list and notice gets its
 * words from. A full disk reaches us as Dexie's AbortError or BulkError rather than QuotaExceededError,
 * so every storage failure gets the same advice.
 */
export function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) return error.message;
  if (error instanceof StorageReadOnlyError || isStorageFailure(error)) return STORAGE_FAILED_MESSAGE;
  const detail = error instanceof Error ? error.message : String(error);
  return `Upstream could not save: ${detail}`;
}
