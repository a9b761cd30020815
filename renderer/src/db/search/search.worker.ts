import { serveSearch, type SearchPort } from './search-protocol';

// The search worker: a module worker bundled with the app (never a blob: worker, which the CSP
// forbids), holding the index off the main thread. Everything it does is in search-protocol.ts.
serveSearch(self as unknown as SearchPort);
