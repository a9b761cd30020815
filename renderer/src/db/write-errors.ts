/** Input that failed the domain's validation; nothing was written. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Readonly<Record<string, string>>) {
    super(Object.values(fieldErrors).join(' '));
    this.name = 'ValidationError';
  }
}

const STORAGE_ERROR_NAMES = new Set(['QuotaExceededError', 'AbortError', 'BulkError', 'DatabaseClosedError']);

/**
 * What to tell the user when a write fails. A full disk reaches us as Dexie's AbortError or
 * BulkError rather than QuotaExceededError, so all of them get the same advice.
 */
export function describeWriteError(error: unknown): string {
  if (error instanceof ValidationError) return error.message;
  const name = error instanceof Error ? error.name : '';
  if (STORAGE_ERROR_NAMES.has(name)) {
    return 'Upstream could not save to disk (it may be full). Nothing you typed was lost: free some space and try again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Upstream could not save: ${detail}`;
}
