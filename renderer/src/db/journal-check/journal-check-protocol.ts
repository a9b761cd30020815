import { JOURNAL_TABLES, perTable, type JournalTable } from '@shared/domain/journal-file';
import { parseJournalFile, UNREADABLE_FILE, type JournalParseResult } from '@shared/domain/journal-parse';

// The messages between the page and the journal-check worker, and the worker's side of them. The page
// sends a file, or its text, once. The worker checks it completely, then sends a valid file's records a few
// thousand at a time, and last the result with its tables left empty: each message arrives in a task of
// its own, so receiving 100,000 checked records never blocks the page for long.

export type FromCheckWorker =
  | { type: 'records'; table: JournalTable; records: unknown[] }
  /** Last: the check's result; a valid file's tables are empty here, their records came before. */
  | { type: 'checked'; result: JournalParseResult };

/** What both a Worker and the worker's global scope look like to this code. */
export type CheckPort = {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
};

/** The one problem of a chosen file that can no longer be read (moved, changed or deleted since). */
export const FILE_GONE =
  'Upstream could not read this file: it may have been moved or changed since it was chosen. Choose it again.';

/** Records per message: at 100,000 notes, about 3 MB each. */
const RECORDS_PER_MESSAGE = 2_500;

/** The whole check of a file or its text, wherever it runs; like `parseJournalFile`, it never rejects. */
export async function checkSource(source: string | Blob): Promise<JournalParseResult> {
  const text = typeof source === 'string' ? source : await source.text().catch(() => null);
  return text === null ? { ok: false, problems: [FILE_GONE] } : parseJournalFile(text);
}

/** Answers the file or text the page sends on `port` with the whole check: the worker's side. */
export function serveJournalCheck(port: CheckPort, recordsPerMessage = RECORDS_PER_MESSAGE): void {
  const send = (message: FromCheckWorker) => port.postMessage(message);
  const check = async (source: string | Blob) => {
    const result = await checkSource(source);
    if (!result.ok) {
      send({ type: 'checked', result });
      return;
    }
    for (const table of JOURNAL_TABLES) {
      const records = result.file.data[table];
      for (let start = 0; start < records.length; start += recordsPerMessage) {
        send({ type: 'records', table, records: records.slice(start, start + recordsPerMessage) });
      }
    }
    send({ type: 'checked', result: { ...result, file: { ...result.file, data: perTable(() => []) } } });
  };
  // Whatever goes wrong (a message that cannot be sent, say), the page gets an answer and is never left waiting.
  port.onmessage = (event: MessageEvent) =>
    check(event.data as string | Blob).catch(() =>
      send({ type: 'checked', result: { ok: false, problems: [UNREADABLE_FILE] } }),
    );
}

/** The page's side: gathers the records the worker sends, and puts them back in the result. */
export function receiveJournalCheck(): { receive(message: FromCheckWorker): JournalParseResult | null } {
  const received = perTable((): unknown[] => []);
  return {
    receive(message) {
      if (message.type === 'records') {
        const records = received[message.table];
        for (const record of message.records) records.push(record);
        return null;
      }
      const { result } = message;
      if (!result.ok) return result;
      return { ...result, file: { ...result.file, data: received as typeof result.file.data } };
    },
  };
}
