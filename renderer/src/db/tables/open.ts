import { DATABASE_NAME, SCHEMA_VERSION, db } from './schema';

export type OpenOutcome =
  | { ok: true }
  | { ok: false; reason: 'newer-version'; foundVersion: number; supportedVersion: number }
  | { ok: false; reason: 'failed'; detail: string };

/**
 * The version IndexedDB holds for the journal, without upgrading or creating anything: `null` when
 * there is no journal yet. Dexie stores version n as 10n (plus small bumps of its own).
 */
function storedSchemaVersion(name: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    let missing = false;
    const request = indexedDB.open(name);
    request.onupgradeneeded = () => {
      // There was no database: leave it that way; Dexie creates it properly below.
      missing = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      const version = request.result.version;
      request.result.close();
      resolve(Math.floor(version / 10));
    };
    request.onerror = (event) => {
      if (missing) {
        event.preventDefault();
        resolve(null);
      } else reject(request.error ?? new Error('IndexedDB refused to open the journal.'));
    };
  });
}

/**
 * Opens the journal, upgrading it when it was written by an older version. A journal written by a
 * newer Upstream is left exactly as it is. (Dexie 4 would open it anyway and add what it thinks is
 * missing, so the version is checked before Dexie sees the database.)
 */
export async function openJournal(): Promise<OpenOutcome> {
  try {
    const stored = await storedSchemaVersion(DATABASE_NAME);
    if (stored !== null && stored > SCHEMA_VERSION)
      return { ok: false, reason: 'newer-version', foundVersion: stored, supportedVersion: SCHEMA_VERSION };
    await db.open();
    return { ok: true };
  } catch (error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'failed', detail: `${name}: ${message}` };
  }
}
