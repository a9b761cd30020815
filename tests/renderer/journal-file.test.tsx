import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { deleteConversation, listTimeline, saveConversation } from '@renderer/db/conversations-repository';
import { createPerson, listPeople } from '@renderer/db/people-repository';
import { db } from '@renderer/db/tables/schema';
import { conversationInput } from './fixtures';
import { createMemoryPlatform, renderApp } from './render-app';

async function seedJournal() {
  const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
  const kept = await saveConversation(
    conversationInput([dana.id], '2026-11-19T15:00:00.000Z', {
      notes: 'Budget <script>alert(1)</script>',
      tags: ['Q3'],
    }),
  );
  const gone = await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { notes: 'Deleted' }));
  await deleteConversation(gone.id);
  return { dana, kept };
}

async function exportedText(): Promise<string> {
  let saved = '';
  const platform = createMemoryPlatform({
    saveTextFile: async (_name, file) => {
      saved = await file.text();
      return { ok: true, value: 'saved' };
    },
  });
  const { user } = renderApp('/settings', platform);
  await user.click(await screen.findByRole('button', { name: 'Export the journal (JSON)' }));
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Journal exported.'));
  return saved;
}

async function clearJournal() {
  await Promise.all(db.tables.map((table) => table.clear()));
}

describe('export and import', () => {
  it('exports the journal, and importing it into an empty journal brings everything back', async () => {
    const { kept } = await seedJournal();
    const text = await exportedText();
    const file = JSON.parse(text) as { format: string; schemaVersion: number; tombstones: unknown[] };
    expect(file).toMatchObject({ format: 'upstream-journal', schemaVersion: 2 });
    expect(file.tombstones).toHaveLength(1);

    await clearJournal();
    const { user } = renderApp('/settings');
    await user.upload(
      await screen.findByLabelText('Import a journal file'),
      new File([text], 'backup.json', { type: 'application/json' }),
    );
    const preview = await screen.findByRole('region', { name: 'Import backup.json' });
    expect(preview).toHaveTextContent('1 people, 1 conversations');
    await user.click(within(preview).getByRole('button', { name: 'Merge into my journal' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Imported backup.json'));

    expect((await listPeople()).map((person) => person.name)).toEqual(['Dana Ruiz']);
    expect(await listTimeline({}, 10)).toEqual([kept]);
    // The derived tables follow: the tag filter and the person's summary work on imported data.
    expect(await listTimeline({ tag: 'q3' }, 10)).toEqual([kept]);
    expect((await db.personActivity.toArray()).map((row) => row.recent.map((c) => c.id))).toEqual([[kept.id]]);
  });

  it('a merge never brings back what was deleted after the export', async () => {
    const { dana, kept } = await seedJournal();
    const text = await exportedText();
    await deleteConversation(kept.id);
    const { user } = renderApp('/settings');
    await user.upload(await screen.findByLabelText('Import a journal file'), new File([text], 'old.json'));
    const preview = await screen.findByRole('region', { name: 'Import old.json' });
    await user.click(within(preview).getByRole('button', { name: 'Merge into my journal' }));
    await waitFor(() => expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Imported old.json'));
    expect(await listTimeline({ personId: dana.id }, 10)).toEqual([]);
  });

  it.each([
    ['not JSON at all', 'hello'],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 })],
    ['a prototype key', '{"__proto__": {"polluted": true}, "format": "upstream-journal"}'],
  ])('refuses %s with its problems and changes nothing', async (_what, text) => {
    await seedJournal();
    const before = await db.people.toArray();
    const { user } = renderApp('/settings');
    await user.upload(await screen.findByLabelText('Import a journal file'), new File([text], 'bad.json'));
    const alert = await screen.findByRole('alert', { name: 'Problems in bad.json' });
    expect(alert).toHaveTextContent('bad.json cannot be imported. Nothing was changed.');
    expect(within(alert).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Merge into my journal' })).not.toBeInTheDocument();
    expect(await db.people.toArray()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
