import type { SearchFilters, SearchHit } from '@shared/domain/search';
import { isStorageFailure } from '../tables/storage-health';
import { SearchIndexer, type SearchIndexStatus } from './search-indexer';

// The messages between the page and the search worker, and the worker's side of them. The page
// sends what happened (the journal changed, storage failed) and questions; the worker answers each
// question by its number and reports its status whenever it changes.

export type ToSearchWorker =
  | { type: 'start' }
  | { type: 'changed' }
  | { type: 'stop-saving' }
  | { type: 'search'; id: number; query: string; filters: SearchFilters; limit: number };

export type FromSearchWorker =
  | { type: 'status'; status: SearchIndexStatus }
  | { type: 'results'; id: number; hits: SearchHit[] }
  | { type: 'failed'; id: number; message: string }
  /** A save of the index hit a storage failure: the page stops writing too (SPEC §7). */
  | { type: 'storage-failed'; name: string; message: string };

/** What both a Worker and the worker's global scope look like to this code. */
export type SearchPort = {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

/** Answers the page's messages on `port` with a search indexer: the whole of the worker. */
export function serveSearch(port: SearchPort, options: { saveDelayMs?: number } = {}): void {
  const send = (message: FromSearchWorker) => port.postMessage(message);
  const reportStorageFailure = (error: unknown) => {
    if (!isStorageFailure(error)) return;
    const { name, message } = error as Error;
    indexer.stopSaving();
    send({ type: 'storage-failed', name, message });
  };
  const indexer = new SearchIndexer({
    onStatus: (status) => send({ type: 'status', status }),
    onSaveFailed: reportStorageFailure,
    ...options,
  });
  port.onmessage = (event: MessageEvent) => {
    const message = event.data as ToSearchWorker;
    const answer = (id: number, work: Promise<FromSearchWorker>) =>
      work.then(send, (error: unknown) => {
        reportStorageFailure(error);
        send({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
      });
    switch (message.type) {
      case 'start':
        indexer.start().catch(reportStorageFailure);
        break;
      case 'changed':
        indexer.catchUp().catch(reportStorageFailure);
        break;
      case 'stop-saving':
        indexer.stopSaving();
        break;
      case 'search':
        void answer(
          message.id,
          indexer
            .search(message.query, message.filters, message.limit)
            .then((hits) => ({ type: 'results', id: message.id, hits })),
        );
        break;
    }
  };
}
