import type { SearchFilters, SearchHit } from '@shared/domain/search';
import type { FromSearchWorker, SearchPort, ToSearchWorker } from './search/search-protocol';
import type { SearchIndexStatus } from './search/search-indexer';
import { currentStorageFailure, noteStorageFailure, subscribeStorageHealth } from './tables/storage-health';
import { subscribeCommits } from './tables/write';

// Search as the screens see it (SPEC §5 Search): questions go to the search worker, which holds the
// index; this side tells it when the journal changed and when storage failed, and keeps its latest
// status for the palette. The worker starts once, a moment after the app starts, and lives as long
// as the page.

export type { SearchIndexStatus };

type Pending = { resolve(hits: SearchHit[]): void; reject(error: Error): void };

type Connection = {
  port: SearchPort;
  pending: Map<number, Pending>;
  nextId: number;
  unsubscribe(): void;
};

let connection: Connection | null = null;
let status: SearchIndexStatus = { state: 'starting', indexed: 0, generation: 0 };
const statusListeners = new Set<() => void>();

function setStatus(next: SearchIndexStatus): void {
  status = next;
  for (const listener of statusListeners) listener();
}

/** The app's worker: a module worker, bundled from search.worker.ts. */
function openWorker(): SearchPort {
  return new Worker(new URL('./search/search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
}

function send(message: ToSearchWorker): void {
  connection?.port.postMessage(message);
}

/**
 * Starts the search worker (once; later calls do nothing). Tests pass a port served in the same page.
 * Where workers cannot run, search says it is unavailable and the rest of the app goes on.
 */
export function startSearchIndex(port?: SearchPort): void {
  if (connection) return;
  if (!port && typeof Worker === 'undefined') {
    setStatus({
      state: 'failed',
      indexed: 0,
      generation: 0,
      error: 'Search cannot run here: this browser has no workers.',
    });
    return;
  }
  const opened = port ?? openWorker();
  const current: Connection = { port: opened, pending: new Map(), nextId: 1, unsubscribe: () => undefined };
  connection = current;
  opened.onmessage = (event: MessageEvent) => {
    const message = event.data as FromSearchWorker;
    switch (message.type) {
      case 'status':
        setStatus(message.status);
        break;
      case 'results':
        current.pending.get(message.id)?.resolve(message.hits);
        current.pending.delete(message.id);
        break;
      case 'failed':
        current.pending.get(message.id)?.reject(new Error(message.message));
        current.pending.delete(message.id);
        break;
      case 'storage-failed':
        noteStorageFailure(Object.assign(new Error(message.message), { name: message.name }));
        break;
    }
  };
  const stopSavingOnFailure = () => {
    if (currentStorageFailure()) send({ type: 'stop-saving' });
  };
  const unsubscribeCommits = subscribeCommits(() => send({ type: 'changed' }));
  const unsubscribeHealth = subscribeStorageHealth(stopSavingOnFailure);
  current.unsubscribe = () => {
    unsubscribeCommits();
    unsubscribeHealth();
  };
  stopSavingOnFailure();
  send({ type: 'start' });
}

function ask(message: (id: number) => ToSearchWorker): Promise<SearchHit[]> {
  const current = connection;
  if (!current) return Promise.reject(new Error('Search has not started.'));
  const id = current.nextId++;
  return new Promise<SearchHit[]>((resolve, reject) => {
    current.pending.set(id, { resolve, reject });
    current.port.postMessage(message(id));
  });
}

/** The best `limit` results for what was typed, after the filters. */
export function searchJournal(query: string, filters: SearchFilters, limit = 20): Promise<SearchHit[]> {
  return ask((id) => ({ type: 'search', id, query, filters, limit }));
}

export function currentSearchStatus(): SearchIndexStatus {
  return status;
}

export function subscribeSearchStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** Tests only: forgets the worker, so the next test starts its own. */
export function stopSearchIndexForTests(): void {
  connection?.unsubscribe();
  connection = null;
  setStatus({ state: 'starting', indexed: 0, generation: 0 });
}
