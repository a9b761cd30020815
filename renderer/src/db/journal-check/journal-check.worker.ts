import { parseJournalFile, type JournalParseResult } from '@shared/domain/journal-parse';

// The journal-file check's worker: a module worker bundled with the app (never a blob: worker, which the
// CSP forbids). It is given a file's text once, answers with the whole check, and is then closed.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(result: JournalParseResult): void;
};

scope.onmessage = (event) => scope.postMessage(parseJournalFile(event.data));
