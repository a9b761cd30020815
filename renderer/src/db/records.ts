import type { BaseRecord } from '@shared/domain/types';

export function nowIso(): string {
  return new Date().toISOString();
}

/**
 * The `updatedAt` of a change to a record last changed at `previous`: now, or a millisecond after
 * `previous` when the clock has not moved past it. `updatedAt` is the version that `transact` checks, so
 * two edits in one millisecond must never share it (the second would overwrite the first unseen).
 */
export function nextUpdatedAt(previous: string | undefined): string {
  const now = Date.now();
  const last = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}

/** Stamps a new record with a UUID v4 and its creation time. */
export function newRecord<T extends object>(fields: T): T & BaseRecord {
  const at = nowIso();
  return { ...fields, id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}
