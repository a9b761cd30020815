import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildJournalFile, type JournalFile } from '@shared/domain/journal-file';
import { parseJournalMarker } from '@shared/domain/backups';
import { emptyPersonInput } from '@shared/domain/person';
import { exportJournal } from '@renderer/db/journal-file-repository';
import { createPerson, listPeople } from '@renderer/db/people-repository';
import { backupBeforeQuit, checkpoint, takeBackup } from '@renderer/db/safekeeping-repository';
import { readChangesAfter, readLastChangeSeq, writeChangeCursor } from '@renderer/db/tables/change-feed';
import { db } from '@renderer/db/tables/schema';
import { emptyJournalData } from '../shared/journal-factories';
import { createMemorySafekeeping, type MemorySafekeeping } from './memory-safekeeping';
import { createMemoryPlatform, renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function backupsOf(store: MemorySafekeeping) {
  return [...store.files.backups.values()].map((backup) => ({
    reason: backup.info.reason,
    people: (JSON.parse(backup.text) as JournalFile).data.people.map((person) => person.name).sort(),
  }));
}

async function clearJournal() {
  await Promise.all(db.tables.map((table) => table.clear()));
}

describe('the marker and the daily backup', () => {
  it('follow changes: the marker after each, one backup a day', async () => {
    const store = createMemorySafekeeping();
    renderApp('/', createMemoryPlatform({ safekeeping: store }));
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    await waitFor(() => expect(parseJournalMarker(store.files.marker)?.counts.people).toBe(1), { timeout: 4000 });
    // The checkpoint writes the marker first and takes the day's backup after it.
    await waitFor(() => expect(backupsOf(store)).toEqual([{ reason: 'daily', people: ['Dana Ruiz'] }]), {
      timeout: 4000,
    });

    await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    await waitFor(() => expect(parseJournalMarker(store.files.marker)?.counts.people).toBe(2), { timeout: 4000 });
    expect(backupsOf(store)).toHaveLength(1);
  });

  it('compact the change feed with the day’s backup, keeping what the search index has not read yet', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const searchRead = await readLastChangeSeq();
    await writeChangeCursor('search', searchRead);
    await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    const unread = await readChangesAfter(searchRead, 100);
    expect(unread.length).toBeGreaterThan(0);

    expect((await checkpoint(store, null)).backup?.reason).toBe('daily');
    // Dana's entries were read by every consumer (the backup holds everything); Sam's are not read by search yet.
    expect(await readChangesAfter(0, 100)).toEqual(unread);
  });

  it('count the records again only once the changes since the last count reach 5% of them', async () => {
    const store = createMemorySafekeeping();
    const peopleInMarker = () => parseJournalMarker(store.files.marker)?.counts.people;
    const addPeople = (names: string[]) =>
      Promise.all(names.map((name) => createPerson({ ...emptyPersonInput(), name })));
    await addPeople(Array.from({ length: 40 }, (_, at) => `Person ${at}`));
    let { marked } = await checkpoint(store, null);
    expect(peopleInMarker()).toBe(40);

    await addPeople(['Dana Ruiz', 'Sam Okafor']);
    ({ marked } = await checkpoint(store, marked));
    // Four changes (a person and their first stance each) are 5% of the 80 records counted: the marker moves
    // on to the newest change, with the counts taken before.
    expect(parseJournalMarker(store.files.marker)?.lastChangeSeq).toBe((await db.changes.orderBy('seq').last())?.seq);
    expect(peopleInMarker()).toBe(40);

    await addPeople(['Ada Lovelace']);
    await checkpoint(store, marked);
    expect(peopleInMarker()).toBe(43);
  });

  it('build on the marker file after a restart: an unchanged journal is neither counted nor marked again', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    expect((await checkpoint(store, null)).markerWritten).toBe(true);
    const marker = store.files.marker;
    expect((await checkpoint(store, null)).markerWritten).toBe(false);
    expect(store.files.marker).toBe(marker);
  });

  it('are not written once storage has failed, so the marker keeps describing the journal saved whole', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    await expect(createPerson({ ...emptyPersonInput(), name: 'Sam' })).rejects.toThrow();
    expect(await checkpoint(store, null)).toEqual({ markerWritten: false, backup: null, marked: null });
    expect(store.files.marker).toBeNull();
  });

  it('take a backup on quit only when something changed since the last one', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    expect((await backupBeforeQuit(store))?.reason).toBe('quit');
    expect(await backupBeforeQuit(store)).toBeNull();
  });

  it('run the quit backup when the desktop asks before quitting', async () => {
    const store = createMemorySafekeeping();
    let beforeQuit: (() => Promise<void>) | undefined;
    const platform = createMemoryPlatform({
      safekeeping: store,
      onBeforeQuit: (listener) => {
        beforeQuit = listener;
        return () => undefined;
      },
    });
    renderApp('/', platform);
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    await beforeQuit?.();
    expect(backupsOf(store).map((backup) => backup.reason)).toContain('quit');
  });

  it('say so once when the backups cannot be written, and the journal goes on saving', async () => {
    const store = createMemorySafekeeping();
    store.failWith('The disk of the backups folder is full.');
    renderApp('/', createMemoryPlatform({ safekeeping: store }));
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    expect(
      await screen.findByText(
        /could not update its backups: The disk of the backups folder is full/,
        {},
        { timeout: 4000 },
      ),
    ).toBeInTheDocument();
    expect((await listPeople()).map((person) => person.name)).toEqual(['Dana Ruiz']);
  });
});

/** A journal with Dana that was backed up and marked, then lost: what a reset database looks like at start. */
async function lostJournal(): Promise<MemorySafekeeping> {
  const store = createMemorySafekeeping();
  await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
  await takeBackup(store, 'daily');
  await checkpoint(store, null);
  await clearJournal();
  return store;
}

describe('starting over a journal that came back empty', () => {
  it('shows the recovery screen, writes nothing, and restores the newest backup', async () => {
    const store = await lostJournal();
    const markerBefore = store.files.marker;
    const { user } = renderApp('/', createMemoryPlatform({ safekeeping: store }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal came back empty' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'held 1 person, 0 conversations, 0 commitments, 0 check-ins and 0 strategy moments. It now holds 0 people,',
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(store.files.marker).toBe(markerBefore);
    expect(await db.changes.count()).toBe(0);

    const backups = screen.getByRole('list', { name: 'Backups' });
    await user.click(within(backups).getByRole('button', { name: /^Restore the backup of .* \(daily,/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect((await listPeople()).map((person) => person.name)).toEqual(['Dana Ruiz']);
    expect(
      backupsOf(store)
        .map((backup) => backup.reason)
        .sort(),
    ).toEqual(['before-restore', 'daily']);
  });

  it('opens the journal as it is only after asking, and then stops asking', async () => {
    const store = await lostJournal();
    const platform = createMemoryPlatform({ safekeeping: store });
    const { user, unmount } = renderApp('/', platform);
    await user.click(await screen.findByRole('button', { name: 'Open the journal as it is' }));
    expect(screen.getByText(/will open with an empty journal and stop asking/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, open it as it is' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(parseJournalMarker(store.files.marker)?.counts.people).toBe(0);
    unmount();

    renderApp('/', platform);
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /came back/ })).not.toBeInTheDocument();
  });

  it('says where to look when there is no backup', async () => {
    const store = await lostJournal();
    store.files.backups.clear();
    renderApp('/', createMemoryPlatform({ safekeeping: store }));
    expect(await screen.findByText(/No automatic backup was found in the test folder/)).toBeInTheDocument();
  });

  it('opens normally when the marker cannot be read at all', async () => {
    const store = await lostJournal();
    store.failWith('No private file storage.');
    renderApp('/', createMemoryPlatform({ safekeeping: store }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
  });
});

describe('backups in Settings', () => {
  it('takes one on demand and restores one after asking, backing up the journal as it is first', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const { user } = renderApp('/settings', createMemoryPlatform({ safekeeping: store }));
    expect(await screen.findByText('No backups yet. The first is taken after your first change.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Backed up:'));
    const list = await screen.findByRole('list', { name: 'Backups' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    await user.click(within(list).getByRole('button', { name: /taken by you/ }));
    const dialog = screen.getByRole('alertdialog', { name: 'Restore this backup?' });
    expect(await listPeople()).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Replace my journal with this backup' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Restored the backup of'));
    expect((await listPeople()).map((person) => person.name)).toEqual(['Dana Ruiz']);
    expect(
      backupsOf(store)
        .find((backup) => backup.reason === 'before-restore')
        ?.people.sort(),
    ).toEqual(['Dana Ruiz', 'Sam Okafor']);
  });

  it('cancelling a restore changes nothing', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    await takeBackup(store, 'daily');
    await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    const { user } = renderApp('/settings', createMemoryPlatform({ safekeeping: store }));
    await user.click(await screen.findByRole('button', { name: /^Restore the backup of/ }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await listPeople()).toHaveLength(2);
    expect(store.files.backups.size).toBe(1);
  });
});

describe('importing in replace mode', () => {
  it('backs the journal up, then makes it the file, deleting what the file lacks', async () => {
    const store = createMemorySafekeeping();
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const text = await (await exportJournal(new Date())).text();
    await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    const { user } = renderApp('/settings', createMemoryPlatform({ safekeeping: store }));
    await user.click(await screen.findByRole('radio', { name: /Replace this journal with the file/ }));
    await user.upload(screen.getByLabelText('Import a journal file'), new File([text], 'dana.json'));
    const preview = await screen.findByRole('region', { name: 'Import dana.json' });
    expect(preview).toHaveTextContent('Replacing it: 2 updated, 2 deleted.');
    await user.click(within(preview).getByRole('button', { name: 'Replace my journal' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Imported dana.json'));
    expect((await listPeople()).map((person) => person.name)).toEqual(['Dana Ruiz']);
    expect(backupsOf(store)).toEqual([{ reason: 'before-import', people: ['Dana Ruiz', 'Sam Okafor'] }]);
  });

  it('switching the mode after choosing a file plans it again', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const text = JSON.stringify(buildJournalFile({ ...emptyJournalData() }, [], new Date().toISOString()));
    const { user } = renderApp('/settings');
    await user.upload(await screen.findByLabelText('Import a journal file'), new File([text], 'empty.json'));
    expect(await screen.findByRole('region', { name: 'Import empty.json' })).toHaveTextContent('nothing to import');
    await user.click(screen.getByRole('radio', { name: /Replace this journal/ }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Import empty.json' })).toHaveTextContent('Replacing it: 2 deleted.'),
    );
    expect(await listPeople()).toHaveLength(1);
  });
});

describe('a merge import', () => {
  it('keeps the file’s tombstones for records this journal never had, so a later merge does not bring them back', async () => {
    const tombstone = { table: 'people' as const, recordId: 'p-elsewhere', deletedAt: '2026-11-01T10:00:00.000Z' };
    const text = JSON.stringify(buildJournalFile(emptyJournalData(), [tombstone], new Date().toISOString()));
    const { user } = renderApp('/settings');
    await user.upload(await screen.findByLabelText('Import a journal file'), new File([text], 't.json'));
    await user.click(await screen.findByRole('button', { name: 'Merge into my journal' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Imported t.json'));
    expect((JSON.parse(await (await exportJournal(new Date())).text()) as JournalFile).tombstones).toEqual([tombstone]);
  });
});

describe('the storage warnings', () => {
  it('warn when free space runs low', async () => {
    // jsdom has no navigator.storage; Chromium's answers look like this.
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { estimate: async () => ({ usage: 10 * 1024 * 1024, quota: 110 * 1024 * 1024 }) },
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Disk space is running low: about 100 MB left');
  });

  it('offer a reload in the browser after a failure, and it restarts the app', async () => {
    const restart = vi.fn();
    const { user } = renderApp('/people/new', createMemoryPlatform({ kind: 'browser', restart }));
    await screen.findByRole('heading', { level: 1, name: 'Add a person' });
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(Object.assign(new Error('aborted'), { name: 'AbortError' }));
    await user.type(screen.getByLabelText('Name'), 'Dana Ruiz');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    const banner = await screen.findByRole('alert', { name: 'Upstream has stopped saving' });
    await user.click(within(banner).getByRole('button', { name: 'Reload Upstream' }));
    expect(restart).toHaveBeenCalledOnce();
  });
});
