import Dexie from 'dexie';
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { createPerson, listPeople } from '@renderer/db/people-repository';
import { saveDraft } from '@renderer/db/drafts-repository';
import { DATABASE_NAME, SCHEMA_VERSION, db } from '@renderer/db/tables/schema';
import { StorageReadOnlyError } from '@renderer/db/tables/storage-health';
import { findQuickLog, renderApp } from './render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

function diskFull(): Error {
  // What Dexie reports when the disk fills up mid-transaction.
  return Object.assign(new Error('Transaction aborted'), { name: 'AbortError' });
}

/** Opens the new-person form and makes saving `name` fail as a full disk does; the app is then read-only. */
async function failSavingPerson(name: string) {
  const view = renderApp('/people/new');
  await screen.findByRole('heading', { level: 1, name: 'Add a person' });
  vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(diskFull());
  await view.user.type(screen.getByLabelText('Name'), name);
  await view.user.click(screen.getByRole('button', { name: 'Add person' }));
  return view;
}

describe('after a storage failure', () => {
  it('stops every later write, autosaves included, and says so on every screen', async () => {
    await failSavingPerson('Dana Ruiz');

    const banner = await screen.findByRole('alert', { name: 'Upstream has stopped saving' });
    expect(banner).toHaveTextContent('free some disk space, then restart Upstream');
    expect(within(banner).getByRole('button', { name: 'Restart Upstream' })).toBeInTheDocument();
    // What was typed is still on screen.
    expect(screen.getByLabelText('Name')).toHaveValue('Dana Ruiz');
    expect(await listPeople()).toEqual([]);

    // Nothing more reaches IndexedDB in this session, whatever writes.
    await expect(createPerson({ ...emptyPersonInput(), name: 'Sam' })).rejects.toBeInstanceOf(StorageReadOnlyError);
    await expect(saveDraft('conversation:new', { notes: 'x' })).rejects.toBeInstanceOf(StorageReadOnlyError);
    expect(await db.people.count()).toBe(0);
    // (The form's own draft may have been kept while the name was typed, before the failure.)
    expect(await db.drafts.get('conversation:new')).toBeUndefined();
  });
});

describe('opening a journal', () => {
  it('refuses, untouched, a journal saved by a newer version of Upstream', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    const newer = new Dexie(DATABASE_NAME);
    newer.version(SCHEMA_VERSION + 1).stores({ people: 'id', future: 'id' });
    await newer.open();
    await newer.table('people').add({ id: 'p-1', name: 'Kept as it is' });
    newer.close();

    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Your journal could not be opened' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      `This journal was saved by a newer version of Upstream (storage version ${SCHEMA_VERSION + 1}) than this one (storage version ${SCHEMA_VERSION}).`,
    );
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();

    const check = new Dexie(DATABASE_NAME);
    await check.open();
    expect(check.verno).toBe(SCHEMA_VERSION + 1);
    expect(await check.table('people').toArray()).toEqual([{ id: 'p-1', name: 'Kept as it is' }]);
    check.close();
    await Dexie.delete(DATABASE_NAME);
    await db.open();
  });
});

describe('typing after a storage failure', () => {
  it('keeps the text on screen and raises no unhandled error from the refused autosaves', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { user } = renderApp('/people/new');
      await screen.findByRole('heading', { level: 1, name: 'Add a person' });
      vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(diskFull());
      await user.type(screen.getByLabelText('Name'), 'Dana');
      await user.click(screen.getByRole('button', { name: 'Add person' }));
      await screen.findByRole('alert', { name: 'Upstream has stopped saving' });
      await user.type(screen.getByLabelText('Name'), ' Ruiz');
      // Past the autosave's pause and its one-second wait.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(screen.getByLabelText('Name')).toHaveValue('Dana Ruiz');
      // A draft of "Dana" may have been kept while it was typed, before the failure; nothing typed after it is.
      expect(JSON.stringify(await db.drafts.toArray())).not.toContain('Ruiz');
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

describe('the quick log after a storage failure', () => {
  it('asks before Escape throws away what was typed, since it can no longer be kept as a draft', async () => {
    const { user } = await failSavingPerson('Dana');
    await screen.findByRole('alert', { name: 'Upstream has stopped saving' });

    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    await user.keyboard('{Control>}l{/Control}');
    const dialog = await findQuickLog();
    await user.type(within(dialog).getByLabelText('Notes'), 'They are buying Acme');
    await user.keyboard('{Escape}');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('cannot be kept'));
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('They are buying Acme');

    confirm.mockReturnValue(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
