import { describe, expect, it } from 'vitest';
import { buildJournalFile, type JournalData } from '@shared/domain/journal-file';
import { parseJournalFile, UNREADABLE_FILE } from '@shared/domain/journal-parse';
import { checkJournalText, type CheckWorker } from '@renderer/db/journal-check/check-journal-text';
import { emptyJournalData } from '../shared/journal-factories';

// The import check runs in a worker in the app; jsdom has no workers, so these tests hand it a port that
// answers the way the worker script does (parseJournalFile on the text it is sent), or fails the way a
// worker that ran out of memory does. The real worker runs in the end-to-end import tests in Chromium.

type FakeWorker = CheckWorker & { sent: string[]; terminated: boolean };

function fakeWorker(behaviour: 'answers' | 'dies'): FakeWorker {
  const worker: FakeWorker = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(text) {
      worker.sent.push(text);
      queueMicrotask(() => {
        if (behaviour === 'answers') {
          worker.onmessage?.(new MessageEvent('message', { data: parseJournalFile(text) }));
        } else {
          worker.onerror?.(new ErrorEvent('error', { message: 'Out of memory', cancelable: true }));
        }
      });
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

const journalText = (data: JournalData) => JSON.stringify(buildJournalFile(data, [], '2026-11-22T08:00:00.000Z'));

describe('checkJournalText', () => {
  it('answers what the worker found, and closes the worker', async () => {
    const worker = fakeWorker('answers');
    const text = journalText(emptyJournalData());
    const result = await checkJournalText(text, () => worker);
    expect(result).toEqual(parseJournalFile(text));
    expect(result.ok).toBe(true);
    expect(worker.sent).toEqual([text]);
    expect(worker.terminated).toBe(true);
  });

  it('passes on the problems of a broken file, word for word', async () => {
    const worker = fakeWorker('answers');
    const result = await checkJournalText('{"format": "upstream-journal"', () => worker);
    expect(result).toEqual(parseJournalFile('{"format": "upstream-journal"'));
    expect(result.ok).toBe(false);
    expect(worker.terminated).toBe(true);
  });

  it('refuses the file, with a reason, when the worker dies', async () => {
    const worker = fakeWorker('dies');
    const result = await checkJournalText(journalText(emptyJournalData()), () => worker);
    expect(result).toEqual({ ok: false, problems: [UNREADABLE_FILE] });
    expect(worker.terminated).toBe(true);
  });

  it('checks on the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const text = journalText(emptyJournalData());
    expect(await checkJournalText(text)).toEqual(parseJournalFile(text));
    expect(await checkJournalText('[]')).toEqual(parseJournalFile('[]'));
  });
});
