import type { BaseRecord } from '@shared/domain/types';

export function nowIso(): string {
  return new Date().toISOString();
}

/** Stamps a new record with a UUID v4 and its creation time. */
export function newRecord<T extends object>(fields: T): T & BaseRecord {
  const at = nowIso();
  return { ...fields, id: crypto.randomUUID(), createdAt: at, updatedAt: at };
}
