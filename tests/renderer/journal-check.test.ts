import { fc, test } from '@fast-check/vitest';
import { describe, expect, it, vi } from 'vitest';
import { buildJournalFile } from '@shared/domain/journal-file';
import { parseJournalFile, UNREADABLE_FILE } from '@shared/domain/journal-parse';
import { checkImportFile, type CheckWorker } from '@renderer/db/journal-check/check-import-file';
import { FILE_GONE, serveJournalCheck } from '@renderer/db/journal-check/journal-check-protocol';
import { journalDataArb, sampleFile, tombstonesArb } from '../shared/journal-factories';

// The import check runs in a worker in the app. jsdom has no workers, so these tests serve the worker's own
// code (serveJournalCheck) in the test's page, behind two ends that post to each other asynchronously and
// copy each message with structuredClone, as a worker's would be. The real worker runs in the end-to-end
// import tests in Chromium and in the benchmark at 100,000 notes.

type LocalWorker = CheckWorker & { terminated: boolean; messages: number };

function localWorker(recordsPerMessage: number): LocalWorker {
  const worker: LocalWorker = {
    terminated: false,
    messages: 0,
    onmessage: null,
    onerror: null,
    postMessage: (message) => deliver(scope, message),
    terminate: () => {
      worker.terminated = true;
    },
  };
  const scope = {
    onmessage: null as ((event: MessageEvent) => void) | null,
    postMessage: (message: unknown) => {
      worker.messages += 1;
      deliver(worker, message);
    },
  };
  function deliver(to: { onmessage: ((event: MessageEvent) => void) | null }, message: unknown) {
    // A worker gets a Blob by reference; Node's structuredClone cannot copy jsdom's.
    const data: unknown = message instanceof Blob ? message : structuredClone(message);
    setTimeout(() => to.onmessage?.(new MessageEvent('message', { data })), 0);
  }
  serveJournalCheck(scope, recordsPerMessage);
  return worker;
}

/** A worker that fails the way one that ran out of memory does. */
function dyingWorker(): LocalWorker {
  const worker: LocalWorker = {
    terminated: false,
    messages: 0,
    onmessage: null,
    onerror: null,
    postMessage: () => {
      setTimeout(() => worker.onerror?.(new ErrorEvent('error', { message: 'Out of memory', cancelable: true })), 0);
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('checkImportFile', () => {
  test.prop([journalDataArb({ maxRecords: 6 }), tombstonesArb(), fc.integer({ min: 1, max: 4 })], { numRuns: 40 })(
    'answers exactly what the check on the page would, whatever the records per message',
    async (data, tombstones, recordsPerMessage) => {
      const text = JSON.stringify(buildJournalFile(data, tombstones, '2026-11-22T08:00:00.000Z'));
      const worker = localWorker(recordsPerMessage);
      expect(await checkImportFile(text, () => worker)).toEqual(parseJournalFile(text));
      expect(worker.terminated).toBe(true);
    },
  );

  it('sends a valid file’s records in pieces, the result last', async () => {
    const text = JSON.stringify(sampleFile());
    const parsed = parseJournalFile(text);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const records = Object.values(parsed.file.data).reduce((sum, list) => sum + list.length, 0);
    const worker = localWorker(1);
    expect(await checkImportFile(text, () => worker)).toEqual(parsed);
    expect(worker.messages).toBe(records + 1);
  });

  it('passes on the problems of a broken file, word for word', async () => {
    const worker = localWorker(2_500);
    const result = await checkImportFile('{"format": "upstream-journal"', () => worker);
    expect(result).toEqual(parseJournalFile('{"format": "upstream-journal"'));
    expect(result.ok).toBe(false);
    expect(worker.terminated).toBe(true);
  });

  it('refuses the file, with a reason, when the worker dies', async () => {
    const worker = dyingWorker();
    const result = await checkImportFile(JSON.stringify(sampleFile()), () => worker);
    expect(result).toEqual({ ok: false, problems: [UNREADABLE_FILE] });
    expect(worker.terminated).toBe(true);
  });

  it('reads a file it is given in the worker, and checks it the same', async () => {
    const text = JSON.stringify(sampleFile());
    const file = new File([text], 'journal.json', { type: 'application/json' });
    expect(await checkImportFile(file, () => localWorker(3))).toEqual(parseJournalFile(text));
    expect(await checkImportFile(file)).toEqual(parseJournalFile(text));
  });

  it('says so when a chosen file can no longer be read, on the page or in the worker', async () => {
    const gone = new File(['{}'], 'journal.json');
    gone.text = () => Promise.reject(new DOMException('The file changed.', 'NotReadableError'));
    // structuredClone would copy the file without the broken text(), so the worker's side is served directly.
    const scope = { onmessage: null as ((event: MessageEvent) => void) | null, postMessage: vi.fn() };
    serveJournalCheck(scope);
    await scope.onmessage?.(new MessageEvent('message', { data: gone }));
    expect(scope.postMessage).toHaveBeenCalledWith({ type: 'checked', result: { ok: false, problems: [FILE_GONE] } });
    expect(await checkImportFile(gone)).toEqual({ ok: false, problems: [FILE_GONE] });
  });

  it('answers the page even when a message cannot be sent', async () => {
    const scope = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      postMessage: vi.fn().mockImplementationOnce(() => {
        throw new DOMException('Data cannot be cloned, out of memory.', 'DataCloneError');
      }),
    };
    serveJournalCheck(scope);
    await scope.onmessage?.(new MessageEvent('message', { data: JSON.stringify(sampleFile()) }));
    expect(scope.postMessage).toHaveBeenLastCalledWith({
      type: 'checked',
      result: { ok: false, problems: [UNREADABLE_FILE] },
    });
  });

  it('checks on the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = JSON.stringify(sampleFile());
    expect(await checkImportFile(text)).toEqual(parseJournalFile(text));
    expect(await checkImportFile('[]')).toEqual(parseJournalFile('[]'));
  });
});
