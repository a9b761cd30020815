import { UNREADABLE_FILE, type JournalParseResult } from '@shared/domain/journal-parse';
import { checkSource, receiveJournalCheck, type CheckPort, type FromCheckWorker } from './journal-check-protocol';

// Checking an import file (SPEC §7) off the main thread. At 100,000 notes the file is about 150 MB, and
// parsing and validating it takes seconds: in a worker, the page keeps painting ("Checking the file…")
// and answering meanwhile. Where workers cannot run (tests in jsdom), the check runs on the page.

/** A worker as this code uses it; tests pass one served in their own page. */
export type CheckWorker = CheckPort & {
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
};

function openWorker(): CheckWorker {
  return new Worker(new URL('./journal-check.worker.ts', import.meta.url), { type: 'module', name: 'journal-check' });
}

/**
 * Validates a journal file completely, like `parseJournalFile`, and like it never rejects. Given the file
 * itself, the worker reads its text: a 150 MB string is then never made on the page.
 */
export function checkImportFile(source: string | Blob, open?: () => CheckWorker): Promise<JournalParseResult> {
  const start = open ?? (typeof Worker === 'undefined' ? null : openWorker);
  if (!start) return checkSource(source);
  return new Promise((resolve) => {
    const worker = start();
    const gathered = receiveJournalCheck();
    const finish = (result: JournalParseResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event) => {
      const result = gathered.receive(event.data as FromCheckWorker);
      if (result) finish(result);
    };
    // The worker ran out of memory on a huge file, or could not start: the file is not imported.
    worker.onerror = (event) => {
      event.preventDefault();
      finish({ ok: false, problems: [UNREADABLE_FILE] });
    };
    worker.postMessage(source);
  });
}
