import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { deriveAll } from '@shared/domain/derived-data';
import { JOURNAL_TABLES, perTable, type JournalFile } from '@shared/domain/journal-file';
import { planMerge } from '@shared/domain/journal-merge';
import { CODECS, tagCountCodec } from '@renderer/db/tables/codecs';
import { SCHEMA_V1 } from '@renderer/db/tables/migrations/v1';
import { SCHEMA_V2 } from '@renderer/db/tables/migrations/v2';
import { SCHEMA_V3 } from '@renderer/db/tables/migrations/v3';
import { BENCH_OUTPUT_DIR } from './report';

// A reference for the import, not a floor: one raw IndexedDB transaction writing every row an import
// into an empty journal stores (the encoded records, one change-feed entry per record and tombstone,
// and the derived per-person and per-tag rows), into stores with the app's schema. The floor writes
// the records only; the difference between the two is the rows the design keeps beside the records.

type StoreSpec = {
  name: string;
  keyPath: string;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
};

/** The app's stores and indexes, from its Dexie schema strings (each version overrides a table's line). */
function appStores(): StoreSpec[] {
  const lines: Record<string, string> = { ...SCHEMA_V1, ...SCHEMA_V2, ...SCHEMA_V3 };
  return Object.entries(lines).map(([name, line]) => {
    const [primary = '', ...indexes] = line.split(',').map((part) => part.trim());
    return {
      name,
      keyPath: primary.replace(/^\+\+/, ''),
      autoIncrement: primary.startsWith('++'),
      indexes: indexes.map((index) => {
        const bare = index.replace(/^[&*]/, '');
        return {
          name: bare,
          keyPath: bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare,
          unique: index.startsWith('&'),
          multiEntry: index.startsWith('*'),
        };
      }),
    };
  });
}

/**
 * Every row importing `journal` into an empty journal stores, per store, in the order the import
 * writes them, saved as a file for the page (the same plan, codecs and derived-data functions).
 */
export async function publishImportRows(journal: JournalFile): Promise<string> {
  const plan = planMerge({ data: perTable(() => []), tombstones: [] }, journal);
  const rows: Record<string, unknown[]> = {};
  for (const table of JOURNAL_TABLES) {
    const codec = CODECS[table] as { encode(record: unknown): Promise<unknown> };
    rows[table] = await Promise.all(plan.tables[table].puts.map((record) => codec.encode(record)));
  }
  const at = journal.exportedAt;
  const written = new Set(JOURNAL_TABLES.flatMap((table) => plan.tables[table].puts.map(({ id }) => `${table}|${id}`)));
  rows['changes'] = [
    ...plan.tombstones
      .filter(({ table, recordId }) => !written.has(`${table}|${recordId}`))
      .map(({ table, recordId, deletedAt }) => ({ table, recordId, op: 'delete', at: deletedAt })),
    ...JOURNAL_TABLES.flatMap((table) =>
      plan.tables[table].puts.map((record) => ({ table, recordId: record.id, op: 'put', at })),
    ),
  ];
  const derived = deriveAll(plan.tables.conversations.puts);
  rows['personTimeline'] = derived.personTimeline;
  rows['tagTimeline'] = derived.tagTimeline;
  rows['tagCounts'] = await Promise.all(derived.tagCounts.map((count) => tagCountCodec.encode(count)));
  rows['personActivity'] = derived.personActivity;
  const file = path.join(BENCH_OUTPUT_DIR, 'bench-import-rows.json');
  writeFileSync(file, JSON.stringify(rows));
  return file;
}

const ROWS_INPUT = 'bench-import-rows';

/** Milliseconds to write the rows of `publishImportRows` raw, in one strictly durable transaction. */
export async function rawImportRowsMs(page: Page, rowsFile: string): Promise<number> {
  // Handed over as a file, as the import's own file is: too large for a message to the page.
  await page.evaluate((id) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = id;
    input.hidden = true;
    document.body.append(input);
  }, ROWS_INPUT);
  await page.locator(`#${ROWS_INPUT}`).setInputFiles(rowsFile);
  return page.evaluate(
    async ({ id, stores }) => {
      const input = document.getElementById(id) as HTMLInputElement;
      const rows = JSON.parse((await input.files?.[0]?.text()) ?? '{}') as Record<string, unknown[]>;
      input.remove();
      const name = `bench-import-reference-${Math.random()}`;
      const request = indexedDB.open(name, 1);
      request.onupgradeneeded = () => {
        for (const spec of stores) {
          const store = request.result.createObjectStore(spec.name, {
            keyPath: spec.keyPath,
            autoIncrement: spec.autoIncrement,
          });
          for (const index of spec.indexes) {
            store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
          }
        }
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const started = performance.now();
      const tx = db.transaction(Object.keys(rows), 'readwrite', { durability: 'strict' });
      for (const [name, storeRows] of Object.entries(rows)) {
        const store = tx.objectStore(name);
        for (const row of storeRows) store.put(row);
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      const elapsed = performance.now() - started;
      db.close();
      // Deleted, so that its hundreds of megabytes are not compacted while later figures are timed.
      await new Promise((resolve, reject) => {
        const deletion = indexedDB.deleteDatabase(name);
        deletion.onsuccess = resolve;
        deletion.onerror = () => reject(deletion.error);
      });
      return elapsed;
    },
    { id: ROWS_INPUT, stores: appStores() },
  );
}
