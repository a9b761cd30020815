import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { JournalFile } from '@shared/domain/journal-file';
import { NO_SEARCH_FILTERS, SEARCHED_TABLES, searchDocumentOf, type SearchedTable } from '@shared/domain/search';
import { SearchEngine } from '@renderer/db/search/search-engine';
import { generateJournal } from '../fixtures/journal-generator';
import { launchApp, newProfileDir, type RunningApp } from '../e2e/browser';
import { publishImportRows, rawImportRowsMs } from './import-reference';
import { BENCH_OUTPUT_DIR, BENCH_REPORT_FILE, type BenchFigure, type BenchReport } from './report';

// The benchmark of SPEC §9, run by `npm run bench` (scripts/bench.mjs), never by `npm test` except as a
// one-run smoke test at 1,000 notes. It loads a generated journal through the app's own import, then
// times each screen against a floor measured in the same run on the same data: raw IndexedDB reads
// and writes of the same records. These machines are noisy, so only ratios within one run count.

const SCALE = Number(process.env['BENCH_SCALE'] ?? 1_000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 1);
// A screen visit takes tens of milliseconds and swings with the machine, so each run visits the Log and the
// dossier three times: at five runs, a median and a p95 over 15 visits, and the first visit after a start among them.
const SCREEN_VISITS = 3 * RUNS;
const BASELINE_SCALE = 1_000;
const TWO_FRAMES_MS = 1000 / 30;

test.setTimeout(60 * 60_000);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

/** Waits (up to two minutes) for the machine's one-minute load to settle, and reports it. */
async function waitForQuietMachine(): Promise<number> {
  const deadline = Date.now() + 120_000;
  while (loadavg()[0] !== undefined && (loadavg()[0] ?? 0) > 1.5 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  return loadavg()[0] ?? 0;
}

/** Writes the generated journal to a file the benchmark hands to the import's file input. */
function publish(journal: JournalFile, name: string): string {
  mkdirSync(BENCH_OUTPUT_DIR, { recursive: true });
  const file = path.join(BENCH_OUTPUT_DIR, name);
  writeFileSync(file, JSON.stringify(journal));
  return file;
}

type ImportTimes = { previewMs: number; writeMs: number; longestPreviewTaskMs: number };

/** Imports a journal file through Settings, as a user does, and times its two steps. */
async function importThroughSettings(page: Page, file: string): Promise<ImportTimes> {
  await page.evaluate(() => (window.location.hash = '#/settings'));
  const input = page.getByLabel('Import a journal file');
  await watchLongTasks(page);
  const chosen = Date.now();
  await input.setInputFiles(file);
  const merge = page.getByRole('button', { name: 'Merge into my journal' });
  const refused = page.getByText('cannot be imported');
  await merge.or(refused).waitFor({ timeout: 30 * 60_000 });
  // A refused file ends the run at once, with the reasons the user would read.
  if (await refused.isVisible()) {
    throw new Error(await page.locator('section[aria-labelledby="journal-file-heading"]').innerText());
  }
  const previewed = Date.now();
  const previewTasks = await longTasksSeen(page);
  await merge.click();
  const outcome = page.getByText(/^Imported |^Nothing was imported/);
  await outcome.waitFor({ timeout: 30 * 60_000 });
  const written = Date.now();
  expect(await outcome.textContent()).toContain('Imported');
  return {
    previewMs: previewed - chosen,
    writeMs: written - previewed,
    longestPreviewTaskMs: Math.max(0, ...previewTasks.map((task) => task.duration)),
  };
}

/**
 * The floor for an import: one raw IndexedDB transaction writing the same records, with the same
 * indexes on the source tables, read from the same file the import's file input still holds.
 */
function rawWriteMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    const chosen = input?.files?.[0];
    if (!chosen) throw new Error('The import file input holds no file.');
    const file = JSON.parse(await chosen.text()) as { data: Record<string, { id: string }[]> };
    const request = indexedDB.open(`bench-floor-${Math.random()}`, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('people', { keyPath: 'id' });
      db.createObjectStore('stanceChanges', { keyPath: 'id' }).createIndex('personId', 'personId');
      db.createObjectStore('conversations', { keyPath: 'id' }).createIndex('occurredAt', 'occurredAt');
      const commitments = db.createObjectStore('commitments', { keyPath: 'id' });
      commitments.createIndex('personId', 'personId');
      commitments.createIndex('conversationId', 'conversationId');
      db.createObjectStore('checkIns', { keyPath: 'id' }).createIndex('week', 'week', { unique: true });
      db.createObjectStore('strategyMoments', { keyPath: 'id' }).createIndex('occurredOn', 'occurredOn');
      db.createObjectStore('settings', { keyPath: 'id' });
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(Object.keys(file.data), 'readwrite', { durability: 'strict' });
    for (const [table, records] of Object.entries(file.data)) {
      const store = tx.objectStore(table);
      for (const record of records) store.put(record);
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  });
}

/** Goes to a screen and times, frame by frame, until `count` elements match `selector`. */
function timeScreen(page: Page, hash: string, selector: string, count = 1): Promise<number> {
  return page.evaluate(
    ({ hash: target, selector: wanted, count: atLeast }) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        window.location.hash = target;
        const check = () => {
          if (document.querySelectorAll(wanted).length >= atLeast) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    { hash, selector, count },
  );
}

/**
 * Goes to the Log and times, frame by frame, until its list holds the newest `loaded` and every entry that
 * falls in the window is drawn: the drawn rows, each against the next, cover the part of the list inside the
 * window. The Log draws only the entries near the window, so it never holds 50 articles at once.
 */
function timeLogFirstScreen(page: Page, loaded: number): Promise<number> {
  return page.evaluate(
    (wanted) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        window.location.hash = '#/log';
        const firstScreenDrawn = () => {
          const list = document.querySelector('.timeline');
          if (!list || list.getAttribute('data-entries') !== String(wanted)) return false;
          const shown = list.getBoundingClientRect();
          const bottom = Math.min(shown.bottom, window.innerHeight);
          const rows = [...list.querySelectorAll('article.conversation-entry')]
            .map((article) => article.parentElement?.getBoundingClientRect())
            .filter((box) => box !== undefined)
            .sort((a, b) => a.top - b.top);
          let covered = Math.max(shown.top, 0);
          for (const row of rows) {
            if (row.top > covered + 1) break;
            covered = Math.max(covered, row.bottom);
          }
          return covered >= bottom - 1;
        };
        const check = () => {
          if (firstScreenDrawn()) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    loaded,
  );
}

async function leaveTo(page: Page, hash: string, selector: string): Promise<void> {
  await timeScreen(page, hash, selector);
}

/** One record written in its own transaction with `durability: 'strict'`, as the app commits every change. */
function rawStrictCommitMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const request = indexedDB.open('bench-commit-floor', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction('notes', 'readwrite', { durability: 'strict' });
    tx.objectStore('notes').put({ id: String(Math.random()), notes: 'x'.repeat(1_000) });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  });
}

/** Deletes the saved search index, so the next start builds it again from every searched record. */
function removeSavedSearchIndex(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('searchIndex', 'readwrite');
      tx.objectStore('searchIndex').clear();
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

function savedSearchIndexExists(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve, reject) => {
      const request = db.transaction('searchIndex').objectStore('searchIndex').count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return count > 0;
  });
}

/** Whether the saved search index has read the whole change feed (the worker saves once it has caught up). */
function searchIndexCaughtUp(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T>(store: string, query: (s: IDBObjectStore) => IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        const request = query(db.transaction(store).objectStore(store));
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const last = await read<IDBCursorWithValue | null>('changes', (store) => store.openCursor(null, 'prev'));
    const saved = await read<{ cursor: number } | undefined>('searchIndex', (store) => store.get('journal'));
    db.close();
    return saved !== undefined && saved.cursor >= ((last?.value as { seq: number } | undefined)?.seq ?? 0);
  });
}

/** The floor for search: every note read once (not timed), then scanned for the phrase on the page's thread. */
function plainScanMs(page: Page, phrase: string): Promise<number> {
  return page.evaluate(async (wanted) => {
    const cache = window as unknown as { benchNotes?: string[] };
    if (!cache.benchNotes) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('upstream');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<{ notes: string }[]>((resolve, reject) => {
        const read = db.transaction('conversations').objectStore('conversations').getAll();
        read.onsuccess = () => resolve(read.result as { notes: string }[]);
        read.onerror = () => reject(read.error);
      });
      db.close();
      cache.benchNotes = rows.map((row) => row.notes);
    }
    const started = performance.now();
    const found: number[] = [];
    cache.benchNotes.forEach((note, at) => {
      if (note.toLowerCase().includes(wanted)) found.push(at);
    });
    return performance.now() - started;
  }, phrase);
}

/** Raw IndexedDB reads on the app's own database, the floors of the screens. */
function rawNewest50Ms(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const rows: unknown[] = [];
    await new Promise<void>((resolve) => {
      const cursor = db
        .transaction('conversations')
        .objectStore('conversations')
        .index('occurredAt')
        .openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (current && rows.length < 50) {
          rows.push(current.value);
          current.continue();
        } else resolve();
      };
    });
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  });
}

/**
 * The floor of the dossier: the person's newest 20 timeline entries (a key cursor walked backwards, as
 * few keys as the page shows) and their 20 conversations, read raw.
 */
function rawDossierMs(page: Page, personId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(['personTimeline', 'conversations']);
    const range = IDBKeyRange.bound([id, '', ''], [id, '\uffff', '\uffff']);
    const newest = await new Promise<string[]>((resolve) => {
      const ids: string[] = [];
      const cursor = tx
        .objectStore('personTimeline')
        .index('[personId+occurredAt+createdAt]')
        .openKeyCursor(range, 'prev');
      cursor.onsuccess = () => {
        const current = cursor.result;
        if (current && ids.length < 20) {
          ids.push(String(current.primaryKey).split('|')[1] ?? '');
          current.continue();
        } else resolve(ids);
      };
    });
    await Promise.all(
      newest.map(
        (conversationId) =>
          new Promise((resolve) => {
            const request = tx.objectStore('conversations').get(conversationId);
            request.onsuccess = resolve;
          }),
      ),
    );
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  }, personId);
}

/** The floor for an export: a raw `getAll()` of every journal table, in one read transaction. */
function rawReadAllMs(page: Page, tables: readonly string[]): Promise<number> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('upstream');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const started = performance.now();
    const tx = db.transaction(names);
    await Promise.all(
      names.map(
        (name) =>
          new Promise((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = resolve;
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    const elapsed = performance.now() - started;
    db.close();
    return elapsed;
  }, tables);
}

/** A script that ran in a long animation frame, as Chromium attributes it. */
type FrameScript = { invoker: string; sourceFunctionName: string; sourceURL: string; duration: number };

type LongTask = { startTime: number; duration: number; during: string; scripts: FrameScript[] };

/**
 * From here on in this page, remembers every main-thread task over 50 ms (the Long Tasks API), with
 * what the benchmark was doing when it started (`during`) and the scripts Chromium saw run in the long
 * animation frames around it (what the time went to; the rest is the engine's: parsing, cloning,
 * garbage collection, layout). The page keeps a list of steps; the benchmark's own raw floors run as
 * steps named "floor", whose tasks are not the app's.
 */
function watchLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const steps: { name: string; at: number }[] = [{ name: 'start', at: 0 }];
    const tasks: { startTime: number; duration: number; during: string }[] = [];
    const frames: { startTime: number; duration: number; scripts: FrameScript[] }[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const step = steps.findLast((candidate) => candidate.at <= entry.startTime);
        tasks.push({ startTime: entry.startTime, duration: entry.duration, during: step?.name ?? 'start' });
      }
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { scripts?: FrameScript[] })[]) {
        const scripts = (entry.scripts ?? []).map(({ invoker, sourceFunctionName, sourceURL, duration }) => ({
          invoker,
          sourceFunctionName,
          sourceURL: sourceURL.split('/').at(-1) ?? '',
          duration,
        }));
        frames.push({ startTime: entry.startTime, duration: entry.duration, scripts });
      }
    }).observe({ type: 'long-animation-frame' });
    Object.assign(window, { benchLongTasks: tasks, benchFrames: frames, benchSteps: steps });
  });
}

/** Marks in the page what the benchmark does from now on, for the long tasks that follow. */
function step(page: Page, name: string): Promise<void> {
  return page.evaluate((stepName) => {
    (window as unknown as { benchSteps?: { name: string; at: number }[] }).benchSteps?.push({
      name: stepName,
      at: performance.now(),
    });
  }, name);
}

/** A raw floor, timed in the page: its own long tasks (a 100,000-record getAll, say) are not the app's. */
async function asFloor<T>(page: Page, resumed: string, measure: () => Promise<T>): Promise<T> {
  await step(page, 'floor');
  const value = await measure();
  await step(page, resumed);
  return value;
}

function longTasksSeen(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => {
    type Seen = { startTime: number; duration: number };
    const { benchLongTasks, benchFrames } = window as unknown as {
      benchLongTasks?: (Seen & { during: string })[];
      benchFrames?: (Seen & { scripts: FrameScript[] })[];
    };
    return (benchLongTasks ?? []).map((task) => ({
      ...task,
      scripts: (benchFrames ?? [])
        .filter(
          (frame) =>
            frame.startTime <= task.startTime + task.duration && frame.startTime + frame.duration >= task.startTime,
        )
        .flatMap((frame) => frame.scripts),
    }));
  });
}

/** The scripts of a long task, longest first, as one line: "12 ms promise-resolve export-… in index-….js". */
function describeScripts(task: LongTask): string {
  const scripts = [...task.scripts].sort((a, b) => b.duration - a.duration).slice(0, 3);
  if (scripts.length === 0) return 'no script attributed';
  return scripts
    .map(
      (script) =>
        `${Math.round(script.duration)} ms ${script.invoker}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''} in ${script.sourceURL || '?'}`,
    )
    .join('; ');
}

/** A raw read is settled when its last few timings lie within 1.5× of their fastest (plus 2 ms for timer steps). */
const SETTLED_READINGS = 5;
const SETTLED_SPREAD = 1.5;
const SETTLED_SLACK_MS = 2;
const SETTLE_LIMIT_MS = 5 * 60_000;

/**
 * Closes the browser on an imported journal and opens it again on the same profile, as a user comes back to
 * a journal written over years, then waits until a raw read of the newest 50 notes takes a steady time:
 * right after a large write, Chromium's LevelDB compacts in the background and every read, the app's and
 * the floors', swings by several times. Returns the reopened app and how long settling took.
 */
async function reopenSettled(app: RunningApp, profileDir: string): Promise<{ app: RunningApp; settledMs: number }> {
  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
  const reopened = await launchApp(profileDir, '/settings');
  await reopened.page.locator('#journal-file-heading').waitFor();
  const started = Date.now();
  const readings: number[] = [];
  const settled = () => {
    const last = readings.slice(-SETTLED_READINGS);
    return (
      last.length === SETTLED_READINGS && Math.max(...last) <= Math.min(...last) * SETTLED_SPREAD + SETTLED_SLACK_MS
    );
  };
  while (!settled() && Date.now() - started < SETTLE_LIMIT_MS) {
    readings.push(await rawNewest50Ms(reopened.page));
    await reopened.page.waitForTimeout(500);
  }
  const last = readings.slice(-SETTLED_READINGS).map((ms) => ms.toFixed(1));
  console.log(
    `  (reopened; ${settled() ? 'storage settled' : 'storage still unsteady'} after ${((Date.now() - started) / 1000).toFixed(1)} s, last raw reads ${last.join(', ')} ms)`,
  );
  return { app: reopened, settledMs: Date.now() - started };
}

async function startMs(app: RunningApp): Promise<number> {
  await app.page.evaluate(() => (window.location.hash = '#/'));
  await app.page.reload();
  return app.page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const check = () => {
          if (document.querySelector('#attention-heading') && document.querySelector('#today-commitments-heading')) {
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Two consecutive words from every 97th note: phrases a user remembers from old notes. */
function searchPhrases(journal: JournalFile, count: number): string[] {
  const phrases: string[] = [];
  for (let at = 0; phrases.length < count && at < journal.data.conversations.length; at += 97) {
    const words = journal.data.conversations[at]?.notes.split(/[^\p{L}]+/u).filter((word) => word.length > 4) ?? [];
    const first = words[Math.floor(words.length / 2)];
    const second = words[Math.floor(words.length / 2) + 1];
    if (first && second) phrases.push(`${first} ${second}`.toLowerCase());
  }
  return phrases;
}

/**
 * The search engine itself, in Node on the same journal (the app runs the same code in its worker):
 * build, memory, top-20 against a plain scan of the same notes, one update, export and import.
 */
function measureSearchEngine(journal: JournalFile, phrases: readonly string[]): BenchFigure[] {
  const now = new Date();
  const tables = Object.keys(SEARCHED_TABLES) as SearchedTable[];
  // scripts/bench.mjs runs Node with --expose-gc, so the figure is what the index keeps, not garbage.
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStarted = performance.now();
  const engine = new SearchEngine();
  for (const table of tables) {
    for (const record of journal.data[table]) engine.put(searchDocumentOf(table, record as never));
  }
  const buildMs = performance.now() - buildStarted;
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  const notes = journal.data.conversations.map((conversation) => conversation.notes);
  const queries: number[] = [];
  const scans: number[] = [];
  for (const phrase of phrases) {
    const started = performance.now();
    engine.search(phrase, NO_SEARCH_FILTERS, now, 20);
    queries.push(performance.now() - started);
    const scanned = performance.now();
    const found: number[] = [];
    notes.forEach((note, at) => {
      if (note.toLowerCase().includes(phrase)) found.push(at);
    });
    scans.push(performance.now() - scanned);
  }
  const updates: number[] = [];
  journal.data.conversations.slice(0, 50).forEach((conversation, at) => {
    const started = performance.now();
    engine.put(searchDocumentOf('conversations', { ...conversation, notes: `${conversation.notes} edited ${at}` }));
    updates.push(performance.now() - started);
  });
  const exportStarted = performance.now();
  const state = engine.exportState();
  const exportMs = performance.now() - exportStarted;
  const importStarted = performance.now();
  new SearchEngine(state);
  const importMs = performance.now() - importStarted;
  return [
    {
      name: 'search index: build (Node, off the page)',
      unit: 'ms',
      value: buildMs,
      floor: null,
      target: 'off the main thread, with progress',
    },
    {
      name: 'search index: heap (Node)',
      unit: 'MB',
      value: heapMb,
      floor: null,
      target: '< 300 MB with the page',
      maxValue: 300,
    },
    {
      name: 'search: top 20 (engine)',
      unit: 'ms',
      value: median(queries),
      p95: p95(queries),
      floor: median(scans),
      floorName: 'plain scan of every note',
      target: '≤ 0.3× floor, p95 < 30 ms',
      maxRatio: 0.3,
      maxP95: 30,
    },
    {
      name: 'search: change one note in the index',
      unit: 'ms',
      value: median(updates),
      p95: p95(updates),
      floor: null,
      target: 'p95 < 5 ms',
      maxP95: 5,
    },
    { name: 'search index: export', unit: 'ms', value: exportMs, floor: null, target: 'kept across restarts' },
    { name: 'search index: import at start', unit: 'ms', value: importMs, floor: null, target: 'no rebuild at start' },
  ];
}

function heaviestPerson(journal: JournalFile): { id: string; name: string } {
  const counts = new Map<string, number>();
  for (const conversation of journal.data.conversations) {
    for (const id of conversation.personIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [id] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [''];
  return { id, name: journal.data.people.find((person) => person.id === id)?.name ?? '' };
}

test(`benchmark at ${SCALE.toLocaleString('en')} conversations, ${RUNS} run(s) a figure`, async () => {
  const load = await waitForQuietMachine();
  const journal = generateJournal({ conversations: SCALE });
  const file = publish(journal, 'bench-journal.json');
  const figures: BenchFigure[] = [];
  const add = (figure: BenchFigure) => {
    figures.push(figure);
    console.log(`  ${figure.name}: ${figure.value.toFixed(1)} ${figure.unit}`);
  };

  // The same build at 1,000 notes, for the start-up ratio.
  let baselineStart: number | null = null;
  if (SCALE !== BASELINE_SCALE) {
    const baselineProfile = newProfileDir();
    const imported = await launchApp(baselineProfile, '/settings');
    await importThroughSettings(
      imported.page,
      publish(generateJournal({ conversations: BASELINE_SCALE }), 'bench-baseline.json'),
    );
    const { app: baseline } = await reopenSettled(imported, baselineProfile);
    const starts: number[] = [];
    for (let run = 0; run < RUNS; run += 1) starts.push(await startMs(baseline));
    baselineStart = median(starts);
    await baseline.context.close();
  }

  const profile = newProfileDir();
  const importing = await launchApp(profile, '/settings');
  const { previewMs, writeMs, longestPreviewTaskMs } = await importThroughSettings(importing.page, file);
  const floorWrite = await rawWriteMs(importing.page);
  // What an import sets off in the background ends before anything is timed, as it would for a user a
  // minute later: the day's first backup, and the search index reading the imported records.
  await expect(importing.page.getByRole('list', { name: 'Backups' }).getByRole('listitem').first()).toBeVisible({
    timeout: 30 * 60_000,
  });
  await expect.poll(() => searchIndexCaughtUp(importing.page), { timeout: 30 * 60_000, intervals: [1_000] }).toBe(true);
  const importRowsMs = await rawImportRowsMs(importing.page, await publishImportRows(journal));
  // Everything after the import is timed on the journal as a user keeps it: reopened, its storage settled.
  const { app, settledMs } = await reopenSettled(importing, profile);
  const { page } = app;
  add({
    name: 'import: check and preview the file',
    unit: 'ms',
    value: previewMs,
    floor: null,
    target: 'progress shown',
  });
  // Not a target, a reference: whether the page could paint that progress while the file was checked.
  add({
    name: 'import: longest main-thread task while checking',
    unit: 'ms',
    value: longestPreviewTaskMs,
    floor: null,
    target: 'reference for progress',
  });
  add({
    name: 'import: write it (one transaction)',
    unit: 'ms',
    value: writeMs,
    floor: floorWrite,
    floorName: 'raw single-transaction write',
    target: '≤ 1.3× floor',
    maxRatio: 1.3,
  });
  // Not a target, a reference: the import's own rows written raw, so the report tells the rows the design
  // keeps beside the records (change feed, per-person and per-tag tables) from the app's own overhead.
  add({
    name: 'raw: one strict transaction of every row the import stores',
    unit: 'ms',
    value: importRowsMs,
    floor: null,
    target: 'reference for import',
  });
  // Not a target, a reference: how long the reopened journal's reads took to become steady.
  add({
    name: 'reopened after the import: storage settled',
    unit: 'ms',
    value: settledMs,
    floor: null,
    target: 'reference for timing',
  });

  const starts: number[] = [];
  for (let run = 0; run < RUNS; run += 1) starts.push(await startMs(app));
  add({
    name: 'start → interactive Today',
    unit: 'ms',
    value: median(starts),
    p95: p95(starts),
    // At 1,000 notes the run is its own baseline.
    floor: baselineStart ?? median(starts),
    floorName: 'same build at 1,000 notes',
    target: '≤ 1.3× the same build at 1,000',
    maxRatio: 1.3,
  });

  // Normal use from here on (the screens, saving, search, typing): no main-thread task may pass 100 ms.
  await watchLongTasks(page);
  const longTasks: LongTask[] = [];

  const log: number[] = [];
  const logFloor: number[] = [];
  await step(page, 'the Log');
  for (let visit = 0; visit < SCREEN_VISITS; visit += 1) {
    await leaveTo(page, '#/settings', '#journal-file-heading');
    log.push(await timeLogFirstScreen(page, 50));
    logFloor.push(await asFloor(page, 'the Log', () => rawNewest50Ms(page)));
  }
  add({
    name: 'Log: newest 50 loaded, first screen painted',
    unit: 'ms',
    value: median(log),
    p95: p95(log),
    floor: median(logFloor),
    floorName: 'raw cursor, newest 50',
    target: '≤ 1.5× floor, p95 < 20 ms',
    maxRatio: 1.5,
    maxP95: 20,
  });

  const heaviest = heaviestPerson(journal);
  const dossier: number[] = [];
  const dossierFloor: number[] = [];
  await step(page, 'the dossier');
  for (let visit = 0; visit < SCREEN_VISITS; visit += 1) {
    await leaveTo(page, '#/settings', '#journal-file-heading');
    dossier.push(await timeScreen(page, `#/people/${heaviest.id}`, '#timeline-heading ~ article', 20));
    dossierFloor.push(await asFloor(page, 'the dossier', () => rawDossierMs(page, heaviest.id)));
  }
  add({
    name: 'dossier of the heaviest person',
    unit: 'ms',
    value: median(dossier),
    p95: p95(dossier),
    floor: median(dossierFloor),
    floorName: 'raw key cursor and reads, newest 20',
    target: '≤ 1.5× floor',
    maxRatio: 1.5,
  });

  const saves: number[] = [];
  await step(page, 'saving');
  for (let run = 0; run < RUNS; run += 1) {
    await page.getByRole('button', { name: `Log a conversation with ${heaviest.name}` }).click();
    const note = `Bench save ${run} ${Date.now()}`;
    await page.getByRole('dialog', { name: 'Log a conversation' }).getByRole('textbox', { name: 'Notes' }).fill(note);
    // Armed before the key goes down, in its own round trip, so the press can never come first.
    await page.evaluate((text) => {
      const saved = new Promise<number>((resolve) => {
        let started = 0;
        // The moment the save shortcut goes down (Control's own keydown comes first and is ignored).
        const onKeyDown = (event: KeyboardEvent) => {
          if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
          started = performance.now();
          window.removeEventListener('keydown', onKeyDown, { capture: true });
        };
        window.addEventListener('keydown', onKeyDown, { capture: true });
        const check = () => {
          const shown = [...document.querySelectorAll('article.conversation-entry')].some((article) =>
            article.textContent?.includes(text),
          );
          if (started > 0 && shown) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      Object.assign(window, { benchSaved: saved });
    }, note);
    await page.keyboard.press('Control+Enter');
    saves.push(await page.evaluate(() => (window as unknown as { benchSaved: Promise<number> }).benchSaved));
    // Shown while its write commits: the quick log closes once it has, and the next step waits for that.
    await expect(page.getByRole('dialog', { name: 'Log a conversation' })).toBeHidden({ timeout: 30_000 });
  }
  // Not a target, a reference: what one strictly durable IndexedDB commit of one record costs on this disk.
  const commits: number[] = [];
  for (let run = 0; run < RUNS; run += 1) commits.push(await asFloor(page, 'saving', () => rawStrictCommitMs(page)));
  add({
    name: 'raw: one strictly durable commit of one record',
    unit: 'ms',
    value: median(commits),
    p95: p95(commits),
    floor: null,
    target: 'reference for saving',
  });
  add({
    name: 'save a conversation (heaviest person) → visible',
    unit: 'ms',
    value: median(saves),
    p95: p95(saves),
    floor: TWO_FRAMES_MS,
    floorName: 'two frames at 60 Hz',
    target: '≤ 2 frames',
    maxRatio: 1,
  });

  // Search in the page: Ctrl+K, type a phrase, time from its last key to the first result painted.
  const phrases = searchPhrases(journal, 5 * RUNS);
  const typed: number[] = [];
  const scanned: number[] = [];
  await step(page, 'search');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  const box = palette.getByRole('combobox', { name: 'Search the journal' });
  // The first search waits until the worker's index is ready (built from the import): no "Building" in the status.
  await box.fill(phrases[0] ?? 'budget');
  await expect(palette.getByRole('status')).toHaveText(/^(1 result|\d+ results)\.$/, { timeout: 30 * 60_000 });
  const results = palette.getByRole('listbox', { name: 'Results' });
  for (const phrase of phrases) {
    await box.fill(phrase.slice(0, -1));
    await expect(results).toHaveAttribute('data-query', phrase.slice(0, -1));
    // Armed before the key goes down; done when the results shown answer the whole phrase.
    await page.evaluate(
      ({ last, wanted }) => {
        const painted = new Promise<number>((resolve) => {
          let started = 0;
          const onKeyDown = (event: KeyboardEvent) => {
            if (event.key !== last) return;
            started = performance.now();
            window.removeEventListener('keydown', onKeyDown, { capture: true });
          };
          window.addEventListener('keydown', onKeyDown, { capture: true });
          const check = () => {
            const shown = document.querySelector<HTMLElement>('.search-palette [role=listbox]')?.dataset['query'];
            if (started > 0 && shown === wanted) resolve(performance.now() - started);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
        Object.assign(window, { benchSearched: painted });
      },
      { last: phrase.slice(-1), wanted: phrase },
    );
    await page.keyboard.press(phrase.slice(-1));
    typed.push(await page.evaluate(() => (window as unknown as { benchSearched: Promise<number> }).benchSearched));
    scanned.push(await asFloor(page, 'search', () => plainScanMs(page, phrase)));
  }
  await page.keyboard.press('Escape');
  add({
    name: 'search: last key → results painted',
    unit: 'ms',
    value: median(typed),
    p95: p95(typed),
    floor: median(scanned),
    floorName: 'plain scan of every note in the page',
    target: '≤ 0.3× floor, p95 < 30 ms',
    maxRatio: 0.3,
    maxP95: 30,
  });
  for (const figure of measureSearchEngine(journal, phrases)) add(figure);

  // Export through Settings, as a user does: from the click to the file handed to the browser's download.
  const exports: number[] = [];
  const readAll: number[] = [];
  await step(page, 'export');
  for (let run = 0; run < RUNS; run += 1) {
    await leaveTo(page, '#/settings', '#journal-file-heading');
    const downloaded = page.waitForEvent('download', { timeout: 10 * 60_000 });
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Export the journal (JSON)' }).click();
    await (await downloaded).cancel();
    exports.push(Date.now() - clicked);
    readAll.push(await asFloor(page, 'export', () => rawReadAllMs(page, Object.keys(journal.data))));
  }
  add({
    name: 'export the journal (JSON)',
    unit: 'ms',
    value: median(exports),
    p95: p95(exports),
    floor: median(readAll),
    floorName: 'raw getAll() of every table',
    target: '≤ 1.5× floor',
    maxRatio: 1.5,
  });
  longTasks.push(...(await longTasksSeen(page)));

  // The page's own heap, without what the benchmark itself keeps (the notes of the plain scan).
  await page.evaluate(() => delete (window as unknown as { benchNotes?: string[] }).benchNotes);
  const cdp = await app.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  add({
    name: 'JS heap after every screen',
    unit: 'MB',
    value: heap.usedSize / 1_048_576,
    floor: null,
    target: '< 300 MB',
    maxValue: 300,
  });

  // Typing in the quick log while the search index is built from scratch: its saved copy is removed, so the
  // worker rebuilds it two seconds after start, reading every searched record. Input to next paint is
  // what the Event Timing API reports for each key (reported from 16 ms up; a quicker one counts as 16).
  await removeSavedSearchIndex(page);
  await page.evaluate(() => (window.location.hash = '#/'));
  await page.reload();
  await page.locator('#attention-heading').waitFor();
  await watchLongTasks(page);
  await step(page, 'typing while the index builds');
  await page.waitForTimeout(2_500);
  await page.keyboard.press('Control+l');
  const notes = page.getByRole('dialog', { name: 'Log a conversation' }).getByRole('textbox', { name: 'Notes' });
  await notes.click();
  await page.evaluate(() => {
    const durations = new Map<number, number>();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        if (entry.interactionId)
          durations.set(entry.interactionId, Math.max(durations.get(entry.interactionId) ?? 0, entry.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    Object.assign(window, { benchKeyPaints: durations });
  });
  const sentence = 'Walked through the reorg and the hiring plan; she wants the budget flat. ';
  const keys = sentence.repeat(Math.max(1, RUNS)).length;
  await page.keyboard.type(sentence.repeat(Math.max(1, RUNS)), { delay: 40 });
  // The worker saves its index a few seconds after a build: not saved yet means typing overlapped the build.
  const building = !(await savedSearchIndexExists(page));
  // Reported after the next paint: wait for the last key's.
  await page.waitForTimeout(500);
  const reported = await page.evaluate(() => [
    ...(window as unknown as { benchKeyPaints: Map<number, number> }).benchKeyPaints.values(),
  ]);
  const keyPaints = [...reported, ...Array.from({ length: Math.max(0, keys - reported.length) }, () => 16)];
  add({
    name: 'typing in the quick log → next paint, while the index builds',
    unit: 'ms',
    value: median(keyPaints),
    p95: p95(keyPaints),
    floor: null,
    target: 'p95 < 100 ms',
    maxP95: 100,
  });
  console.log(
    `  (${keys} keys typed; the rebuilt index was ${building ? 'not saved yet' : 'already saved'} when typing ended)`,
  );
  longTasks.push(...(await longTasksSeen(page)));
  const appTasks = longTasks.filter((task) => task.during !== 'floor');
  const longest = appTasks.reduce<LongTask | null>(
    (found, task) => (found && found.duration >= task.duration ? found : task),
    null,
  );
  add({
    name: 'longest main-thread task in normal use',
    unit: 'ms',
    value: longest?.duration ?? 0,
    floor: null,
    target: 'none over 100 ms',
    maxValue: 100,
  });
  const over = appTasks.filter((task) => task.duration > 100);
  console.log(
    `  (${over.length} app tasks over 100 ms; ${longTasks.length - appTasks.length} long tasks of the raw floors left out)`,
  );
  for (const task of [...appTasks].sort((a, b) => b.duration - a.duration).slice(0, 3)) {
    console.log(`  (${Math.round(task.duration)} ms during ${task.during}: ${describeScripts(task)})`);
  }
  await page.keyboard.press('Escape');

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();

  const report: BenchReport = { scale: SCALE, runs: RUNS, loadAverage: load, at: new Date().toISOString(), figures };
  writeFileSync(BENCH_REPORT_FILE, JSON.stringify(report, null, 2));
});
