import { serveJournalCheck, type CheckPort } from './journal-check-protocol';

// The journal-file check's worker: a module worker bundled with the app (never a blob: worker, which the
// CSP forbids). Everything it does is in journal-check-protocol.ts.
serveJournalCheck(self as unknown as CheckPort);
