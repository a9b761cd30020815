import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { JOURNAL_TABLES } from '@shared/domain/journal-file';
import { generateJournal } from '../fixtures/journal-generator';
import { addPerson, launchApp, launchKillableApp, logConversation, showRoute } from './browser';

// SPEC §7: an import is all-or-nothing. Here Chromium is killed hard (SIGKILL, as a crash or a power
// cut would end it) at varied moments after "Merge into my journal", and the journal found at the
// next start must be exactly as it was before the import or exactly as a finished import leaves it:
// never part of it. The counts are read from IndexedDB itself, every object store with the derived
// tables included, so a half-applied import shows up wherever it would land.

/**
 * When each run kills Chromium, as a share of the measured time from the click to "Imported": denser
 * towards the end, where the import's one transaction commits, and one a little after it.
 */
const KILL_AT = [0, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9, 0.95, 1, 1.1];
const RUNS = KILL_AT.length;
/** Enough conversations for the import's write to take a noticeable time (1.5 to 2.5 s here). */
const IMPORTED_CONVERSATIONS = 3_000;
/** The app's database (DATABASE_NAME in renderer/src/db/tables/schema.ts). */
const DATABASE_NAME = 'upstream';

/**
 * Bookkeeping that background work moves on by itself after a start, so these counts depend on timing:
 * consumers' cursors advance and the change feed may be trimmed behind them (backups), and the search
 * worker saves its index (rebuilt from the journal whenever it is missing) a few seconds after it changes.
 */
const BACKGROUND_STORES = ['changes', 'changeCursors', 'searchIndex'];

type Counts = Record<string, number>;

/** How many records each object store of the app's database holds, but for the background bookkeeping. */
function countRecords(page: Page): Promise<Counts> {
  return page.evaluate(
    async ({ name, skipped }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const stores = [...db.objectStoreNames].filter((store) => !skipped.includes(store));
      const transaction = db.transaction(stores);
      const counts = await Promise.all(
        stores.map(
          (store) =>
            new Promise<[string, number]>((resolve, reject) => {
              const request = transaction.objectStore(store).count();
              request.onsuccess = () => resolve([store, request.result]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      db.close();
      return Object.fromEntries(counts);
    },
    { name: DATABASE_NAME, skipped: BACKGROUND_STORES },
  );
}

/** Opens the app on a profile, waits until it is ready, and counts what the database holds. */
async function countAfterStart(profile: string): Promise<Counts> {
  const app = await launchKillableApp(profile, '/');
  try {
    await expect(app.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    return await countRecords(app.page);
  } finally {
    await app.kill();
  }
}

/** Chooses the file in Settings and waits for the preview; returns the button that starts the write. */
async function previewImport(page: Page, file: string) {
  await showRoute(page, '/settings');
  await page.getByLabel('Import a journal file').setInputFiles(file);
  const merge = page.getByRole('button', { name: 'Merge into my journal' });
  await expect(merge).toBeVisible({ timeout: 30_000 });
  return merge;
}

/**
 * A fresh profile holding what `template` holds. Chromium's Singleton* files (the lock of the process
 * that last used the template, which may still be shutting down) are left behind.
 */
function copyProfile(template: string, profile: string): void {
  cpSync(template, profile, { recursive: true, filter: (source) => !path.basename(source).startsWith('Singleton') });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test(`killing the browser during a large import leaves the journal as before or complete, never partial, ${RUNS} of ${RUNS}`, async () => {
  test.setTimeout(150_000);
  const workDir = mkdtempSync(path.join(tmpdir(), 'upstream-import-kill-'));
  try {
    // The import file: a generated journal, written as the app's export writes it (buildJournalFile).
    const journal = generateJournal({ conversations: IMPORTED_CONVERSATIONS });
    const file = path.join(workDir, 'large-journal.json');
    writeFileSync(file, JSON.stringify(journal));

    // A little data of the user's own, made through the screens once; each run starts from a copy.
    const template = path.join(workDir, 'template');
    const setup = await launchApp(template, '/');
    await addPerson(setup.page, { name: 'Dana Whitfield', title: 'Chief Financial Officer' });
    await logConversation(setup.page, {
      person: 'Dana Whitfield',
      title: 'Budget kickoff',
      notes: 'She wants the cloud bill flat next year.',
      commitments: [{ direction: 'I owe', text: 'Send the cloud cost breakdown' }],
    });
    await setup.context.close();
    const unchanged = path.join(workDir, 'unchanged');
    copyProfile(template, unchanged);
    const before = await countAfterStart(unchanged);
    expect([before['people'], before['conversations'], before['commitments']]).toEqual([1, 1, 1]);

    // One import left to finish: the complete state, and how long the write takes.
    const finished = path.join(workDir, 'finished');
    copyProfile(template, finished);
    const control = await launchKillableApp(finished, '/');
    let importMs: number;
    try {
      const merge = await previewImport(control.page, file);
      const clickedAt = Date.now();
      await merge.click();
      const imported = control.page.getByRole('status').filter({ hasText: 'Imported large-journal.json' });
      await expect(imported).toBeVisible({ timeout: 60_000 });
      importMs = Date.now() - clickedAt;
    } finally {
      await control.kill();
    }
    const complete = await countAfterStart(finished);
    for (const table of JOURNAL_TABLES) {
      expect(complete[table], table).toBe((before[table] ?? 0) + journal.data[table].length);
    }
    console.log(`Import of ${IMPORTED_CONVERSATIONS} conversations: ${importMs} ms from the click to "Imported".`);

    const outcomes: string[] = [];
    for (const [run, share] of KILL_AT.entries()) {
      const delayMs = Math.round(share * importMs);
      const profile = path.join(workDir, `run-${run + 1}`);
      copyProfile(template, profile);
      const app = await launchKillableApp(profile, '/');
      try {
        const merge = await previewImport(app.page, file);
        await merge.click();
        await sleep(delayMs);
      } finally {
        await app.kill();
      }
      const after = await countAfterStart(profile);
      const outcome = isDeepStrictEqual(after, before)
        ? 'as before'
        : isDeepStrictEqual(after, complete)
          ? 'complete'
          : `PARTIAL ${JSON.stringify(after)}`;
      outcomes.push(`killed ${delayMs} ms after the click: ${outcome}`);
    }
    console.log(outcomes.join('\n'));
    expect(outcomes.filter((outcome) => outcome.includes('PARTIAL'))).toEqual([]);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
});
