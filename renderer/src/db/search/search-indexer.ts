import { format } from 'date-fns';
import {
  SEARCHED_TABLES,
  describeSearchHit,
  parseSearchKey,
  queryWords,
  searchDocumentOf,
  searchKey,
  type SearchFilters,
  type SearchHit,
  type SearchedTable,
} from '@shared/domain/search';
import { readChangesAfter, readLastChangeSeq, writeChangeCursor } from '../tables/change-feed';
import { readAllPeople } from '../tables/people-table';
import {
  SEARCH_CONSUMER,
  countSearchedRecords,
  readSearchIndex,
  readSearchedPage,
  readSearchedRecords,
  writeSearchIndex,
} from '../tables/search-tables';
import { SEARCH_ENGINE_VERSION, SearchEngine, type SearchEngineState } from './search-engine';

// The search index's life, inside the search worker: at start it imports the saved index (or, when
// there is none, builds one from the journal, a page at a time, reporting progress); then it follows
// the change feed from the sequence the index has read, and saves itself a little after each change.
// Every step runs in one queue, so a search never sees a half-applied change.

export type SearchIndexStatus = {
  state: 'starting' | 'building' | 'ready' | 'failed';
  /** Records searchable now. */
  indexed: number;
  /** Counts the index's changes: results shown before a higher number may be out of date. */
  generation: number;
  /** While building: the share done, 0 to 1. */
  progress?: number;
  /** How the index in memory came to be: read back from the saved copy, or built from the journal. */
  origin?: 'saved' | 'built';
  /** When the index was last built from the journal. */
  builtAt?: string;
  error?: string;
};

export type SearchIndexerOptions = {
  onStatus(status: SearchIndexStatus): void;
  /** A save of the index failed: the index stops saving, and the page is told. */
  onSaveFailed?(error: unknown): void;
  now?: () => Date;
  /** How long after a build the index is saved (a build is the costly part to lose). */
  saveAfterBuildMs?: number;
  /**
   * How long after the last change an index that follows the feed is saved. At 100,000 notes a save
   * writes some 60 MB, while replaying the feed's changes at the next start costs next to nothing, so
   * changes are saved rarely: after this quiet time, or at once when `saveAfterChanges` have piled up.
   */
  saveDelayMs?: number;
  saveAfterChanges?: number;
};

const TABLES = Object.keys(SEARCHED_TABLES) as SearchedTable[];
const PAGE = 500;
const CHANGES_PAGE = 1_000;
/** A rebuild drops retired entries; it pays off once they are this share of the index and this many. */
const REBUILD_SHARE = 0.2;
const REBUILD_MINIMUM = 2_000;
/** How many records of the last results are kept for the next search (typing a letter mostly shows them again). */
const SHOWN_RECORDS_KEPT = 200;

function dayOf(at: string): string {
  return format(at.length === 10 ? new Date(`${at}T12:00:00`) : new Date(at), 'd MMM yyyy');
}

export class SearchIndexer {
  private engine = new SearchEngine();
  private cursor = 0;
  private builtAt = '';
  private status: SearchIndexStatus = { state: 'starting', indexed: 0, generation: 0 };
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private unsaved = false;
  /** Changes read from the feed since the last save. */
  private unsavedChanges = 0;
  private readOnly = false;
  private names = new Map<string, string>();
  private namesStale = true;
  /** The records the last searches showed, by search key; a change in the feed drops its record. */
  private readonly shownRecords = new Map<string, unknown>();
  /** Moves on with every page of the feed applied: a read begun before it may hold a record changed since. */
  private feedPages = 0;
  private readonly now: () => Date;
  private readonly saveDelayMs: number;
  private readonly saveAfterBuildMs: number;
  private readonly saveAfterChanges: number;

  constructor(private readonly options: SearchIndexerOptions) {
    this.now = options.now ?? (() => new Date());
    this.saveDelayMs = options.saveDelayMs ?? 120_000;
    this.saveAfterBuildMs = options.saveAfterBuildMs ?? 5_000;
    this.saveAfterChanges = options.saveAfterChanges ?? 500;
  }

  /** Imports the saved index, or builds one, then reads the changes made since. */
  start(): Promise<void> {
    return this.enqueue(async () => {
      const saved = await readSearchIndex();
      if (saved && saved.engineVersion === SEARCH_ENGINE_VERSION) {
        this.engine = new SearchEngine(saved.state as SearchEngineState);
        this.cursor = saved.cursor;
        this.builtAt = saved.builtAt;
        this.report({ state: 'ready', origin: 'saved' });
      } else {
        await this.build();
      }
      await this.followFeed();
    });
  }

  /** Reads the changes written since the index last looked (called after every commit). */
  catchUp(): Promise<void> {
    return this.enqueue(() => this.followFeed());
  }

  /**
   * The best results for a query, with their snippets. Not queued: the engine answers at once, also
   * between the pages of a build, and a record deleted since it was indexed is left out.
   */
  async search(query: string, filters: SearchFilters, limit: number): Promise<SearchHit[]> {
    const found = this.engine.search(query, filters, this.now(), limit);
    if (found.length === 0) return [];
    const records = await this.recordsOf(found.map(({ key }) => key));
    const names = await this.personNames();
    const words = queryWords(query);
    return found.flatMap(({ key }) => {
      const parsed = parseSearchKey(key);
      const record = records.get(key);
      if (!parsed || !record) return [];
      return [describeSearchHit(parsed.table, record as never, words, (id) => names.get(id) ?? '', dayOf)];
    });
  }

  /**
   * The records behind search keys: those the last searches showed from memory, the rest read in one
   * request per table and kept for the next search, unless the feed moved on while they were read.
   */
  private async recordsOf(keys: readonly string[]): Promise<Map<string, unknown>> {
    const records = new Map<string, unknown>();
    const missing = new Map<SearchedTable, string[]>();
    for (const key of keys) {
      const kept = this.shownRecords.get(key);
      const parsed = parseSearchKey(key);
      if (kept !== undefined) {
        records.set(key, kept);
        // Shown again: kept the longest.
        this.shownRecords.delete(key);
        this.shownRecords.set(key, kept);
      } else if (parsed) missing.set(parsed.table, [...(missing.get(parsed.table) ?? []), parsed.id]);
    }
    const readFrom = this.feedPages;
    const read = new Map<string, unknown>();
    await Promise.all(
      [...missing].map(async ([table, ids]) => {
        (await readSearchedRecords(table, ids)).forEach((record, at) => {
          if (record) read.set(searchKey(table, ids[at] as string), record);
        });
      }),
    );
    for (const [key, record] of read) {
      records.set(key, record);
      if (this.feedPages === readFrom) this.shownRecords.set(key, record);
    }
    for (const key of [...this.shownRecords.keys()].slice(
      0,
      Math.max(0, this.shownRecords.size - SHOWN_RECORDS_KEPT),
    )) {
      this.shownRecords.delete(key);
    }
    return records;
  }

  /** After a storage failure: the index goes on following the journal in memory, but is never saved. */
  stopSaving(): void {
    this.readOnly = true;
    clearTimeout(this.saveTimer);
  }

  /** Saves now if anything changed since the last save, instead of waiting for the timer. */
  flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    return this.enqueue(() => this.save());
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step);
    this.queue = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      this.report({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      throw error;
    });
  }

  private report(change: Partial<SearchIndexStatus>): void {
    this.status = {
      ...this.status,
      ...change,
      indexed: this.engine.size,
      generation: this.status.generation + 1,
      builtAt: this.builtAt || undefined,
    };
    if (this.status.state !== 'building') delete this.status.progress;
    this.options.onStatus(this.status);
  }

  /**
   * Builds the index from every searched table. The feed's last sequence is read first, so a change
   * written during the build is read again afterwards; the cursor is registered at once, so the feed
   * keeps those changes.
   */
  private async build(): Promise<void> {
    const cursor = await readLastChangeSeq();
    if (!this.readOnly) await writeChangeCursor(SEARCH_CONSUMER, cursor);
    const total = Math.max(1, await countSearchedRecords(TABLES));
    // A first build is searchable as it goes; a rebuild replaces the index in use only when done.
    const fresh = new SearchEngine();
    if (this.engine.size === 0) this.engine = fresh;
    this.namesStale = true;
    this.report({ state: 'building', progress: 0 });
    let done = 0;
    for (const table of TABLES) {
      let after: string | null = null;
      for (;;) {
        const page: { id: string }[] = await readSearchedPage(table, after, PAGE);
        for (const record of page) fresh.put(searchDocumentOf(table, record as never));
        done += page.length;
        this.report({ state: 'building', progress: Math.min(1, done / total) });
        const last = page.at(-1);
        if (!last || page.length < PAGE) break;
        after = last.id;
      }
    }
    this.engine = fresh;
    this.cursor = cursor;
    this.builtAt = this.now().toISOString();
    this.report({ state: 'ready', origin: 'built' });
    this.unsaved = true;
    this.scheduleSave(this.saveAfterBuildMs);
  }

  private async followFeed(): Promise<void> {
    let changed = false;
    for (;;) {
      const changes = await readChangesAfter(this.cursor, CHANGES_PAGE);
      if (changes.length === 0) break;
      // The last change of each record decides: read what it holds now, or drop it.
      const touched = new Map<SearchedTable, Set<string>>();
      for (const change of changes) {
        if (change.table === 'people') this.namesStale = true;
        if (!(change.table in SEARCHED_TABLES)) continue;
        const table = change.table as SearchedTable;
        if (!touched.has(table)) touched.set(table, new Set());
        touched.get(table)?.add(change.recordId);
      }
      this.feedPages += 1;
      for (const [table, idSet] of touched) {
        const ids = [...idSet];
        for (const id of ids) this.shownRecords.delete(searchKey(table, id));
        const records = await readSearchedRecords(table, ids);
        records.forEach((record, at) => {
          if (record) this.engine.put(searchDocumentOf(table, record as never));
          else this.engine.remove(searchKey(table, ids[at] as string));
        });
      }
      this.cursor = (changes.at(-1) as { seq: number }).seq;
      this.unsavedChanges += changes.length;
      changed = true;
    }
    if (!changed) return;
    this.report({ state: 'ready' });
    if (this.engine.retiredShare > REBUILD_SHARE && this.engine.size > REBUILD_MINIMUM) {
      await this.build();
      await this.followFeed();
      return;
    }
    this.unsaved = true;
    this.scheduleSave(this.unsavedChanges >= this.saveAfterChanges ? 0 : this.saveDelayMs);
  }

  private scheduleSave(delayMs: number): void {
    if (this.readOnly) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      void this.enqueue(() => this.save());
    }, delayMs);
  }

  /** A failed save leaves the index working in memory; the saved copy and the feed still agree. */
  private async save(): Promise<void> {
    if (!this.unsaved || this.readOnly) return;
    try {
      await writeSearchIndex({
        id: 'journal',
        engineVersion: SEARCH_ENGINE_VERSION,
        builtAt: this.builtAt,
        savedAt: this.now().toISOString(),
        cursor: this.cursor,
        state: this.engine.exportState(),
      });
      this.unsaved = false;
      this.unsavedChanges = 0;
    } catch (error) {
      this.stopSaving();
      this.options.onSaveFailed?.(error);
    }
  }

  private async personNames(): Promise<Map<string, string>> {
    if (this.namesStale) {
      this.names = new Map((await readAllPeople()).map((person) => [person.id, person.name]));
      this.namesStale = false;
    }
    return this.names;
  }
}
