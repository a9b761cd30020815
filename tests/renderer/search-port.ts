import { serveSearch, type SearchPort } from '@renderer/db/search/search-protocol';

/**
 * The search worker's code served in the test's own page: two ends that post to each other
 * asynchronously, each message copied with structuredClone as a worker's would be. The worker's end is
 * served by the same serveSearch the real worker runs; the page's end is returned.
 */
export function localSearchPort(options: { saveDelayMs?: number } = {}): SearchPort {
  const page: SearchPort = { postMessage: (message) => deliver(worker, message), onmessage: null };
  const worker: SearchPort = { postMessage: (message) => deliver(page, message), onmessage: null };
  function deliver(to: SearchPort, message: unknown) {
    const data: unknown = structuredClone(message);
    setTimeout(() => to.onmessage?.({ data } as MessageEvent), 0);
  }
  serveSearch(worker, options);
  return page;
}
