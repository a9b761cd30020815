// Whether the app may still write. A write that fails for lack of space or a storage error puts the
// app in a read-only state for the rest of the session (SPEC §7 "Storage failures"): Chromium was
// seen to wipe a whole database at the next start when writes went on after a torn record, so no
// further IndexedDB write of any kind (autosaves included) is attempted until a restart.

/** Dexie's names for these failures; a full disk arrives as AbortError or BulkError, rarely as QuotaExceededError. */
const STORAGE_FAILURE_NAMES = new Set(['QuotaExceededError', 'AbortError', 'BulkError', 'UnknownError']);

export type StorageFailure = { name: string; message: string; at: string };

let failure: StorageFailure | null = null;
const listeners = new Set<() => void>();

/** Whether an error thrown by a write means the storage itself failed (not our input). */
export function isStorageFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (STORAGE_FAILURE_NAMES.has(error.name)) return true;
  // Dexie wraps the IndexedDB error: the inner one tells what happened.
  const inner = (error as Error & { inner?: unknown }).inner;
  return inner instanceof Error && STORAGE_FAILURE_NAMES.has(inner.name);
}

/** Thrown instead of writing once storage has failed in this session. */
export class StorageReadOnlyError extends Error {
  constructor() {
    super('Upstream stopped saving after a storage error. Nothing more is written until you restart.');
    this.name = 'StorageReadOnlyError';
  }
}

export function currentStorageFailure(): StorageFailure | null {
  return failure;
}

export function subscribeStorageHealth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records a storage failure seen elsewhere (the search worker's own writes): this session stops writing too. */
export function noteStorageFailure(error: unknown): void {
  if (failure || !isStorageFailure(error)) return;
  const { name, message } = error as Error;
  failure = { name, message, at: new Date().toISOString() };
  for (const listener of listeners) listener();
}

/**
 * Every write of the table layer runs through here: refused once storage has failed, and the first
 * storage failure it sees switches writing off for the session.
 */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  if (failure) throw new StorageReadOnlyError();
  try {
    return await write();
  } catch (error) {
    noteStorageFailure(error);
    throw error;
  }
}

/** Tests only: a fresh session. */
export function resetStorageHealthForTests(): void {
  failure = null;
  for (const listener of listeners) listener();
}
