import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import {
  conversationsInFlight,
  listConversationsForPerson,
  saveConversation,
  subscribeConversationsInFlight,
} from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { db } from '@renderer/db/tables/schema';
import { ValidationError } from '@renderer/db/write-errors';
import { conversationInput } from './fixtures';
import { findQuickLog, renderApp } from './render-app';

// A save is shown in the timelines while its write commits (SPEC §9: visible within two frames), and
// taken back if the write fails: the timeline never keeps a conversation that was not saved.

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a conversation being saved', () => {
  it('is in flight while its write runs, then marked with the write that committed it', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const seen: { notes: string; settledAs: number | null }[][] = [];
    const stop = subscribeConversationsInFlight(() =>
      seen.push(
        conversationsInFlight().map(({ conversation, settledAs }) => ({ notes: conversation.notes, settledAs })),
      ),
    );
    const saved = await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { notes: 'Budget' }));
    stop();
    expect(seen[0]).toContainEqual({ notes: 'Budget', settledAs: null });
    expect(seen.at(-1)).toContainEqual({ notes: 'Budget', settledAs: expect.any(Number) });
    expect((await listConversationsForPerson(dana.id, 20)).map((conversation) => conversation.id)).toEqual([saved.id]);
  });

  it('is in flight as soon as it is saved, before anything is read, and once only', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    // The first save loads the rules; from then on a new conversation is shown before the first await.
    await saveConversation(conversationInput([dana.id], '2026-11-19T15:00:00.000Z', { notes: 'First' }));
    const saving = saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { notes: 'At once' }));
    expect(conversationsInFlight().filter(({ conversation }) => conversation.notes === 'At once')).toEqual([
      { conversation: expect.objectContaining({ notes: 'At once' }), settledAs: null },
    ]);
    const saved = await saving;
    // Its commit took it over: one entry, the saved record, marked with the write that committed it.
    expect(conversationsInFlight().filter(({ conversation }) => conversation.id === saved.id)).toEqual([
      { conversation: saved, settledAs: expect.any(Number) },
    ]);
  });

  it('is taken back when the save is refused before it writes anything', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    await saveConversation(conversationInput([dana.id], '2026-11-19T15:00:00.000Z', { notes: 'First' }));
    const refused = saveConversation(
      conversationInput(['p-nobody'], '2026-11-20T15:00:00.000Z', { notes: 'Lost' }),
    ).catch((error: unknown) => error);
    expect(conversationsInFlight().map(({ conversation }) => conversation.notes)).toContain('Lost');
    expect(await refused).toBeInstanceOf(ValidationError);
    expect(conversationsInFlight().map(({ conversation }) => conversation.notes)).not.toContain('Lost');
  });

  it('leaves the timeline as it was when the write fails, and the quick log keeps the notes', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const { user } = renderApp(`/people/${dana.id}`);
    await user.click(await screen.findByRole('button', { name: 'Log a conversation with Dana Ruiz' }));
    const dialog = await findQuickLog();
    await user.type(within(dialog).getByLabelText('Notes'), 'Talked about the reorg.');
    vi.spyOn(db.conversations, 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('Transaction aborted'), { name: 'AbortError' }),
    );
    await user.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('alert', { name: 'Upstream has stopped saving' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('Talked about the reorg.');
    await waitFor(() =>
      expect(conversationsInFlight().map(({ conversation }) => conversation.notes)).not.toContain(
        'Talked about the reorg.',
      ),
    );
    const timeline = screen.getByRole('region', { name: /^Conversations/ });
    expect(within(timeline).queryByRole('article')).not.toBeInTheDocument();
    expect(screen.queryByText('Saving…')).not.toBeInTheDocument();
  });

  it('appears once in the dossier after it is saved, with Edit and Delete', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const { user } = renderApp(`/people/${dana.id}`);
    await user.click(await screen.findByRole('button', { name: 'Log a conversation with Dana Ruiz' }));
    const dialog = await findQuickLog();
    await user.type(within(dialog).getByLabelText('Notes'), 'Agreed the hiring plan.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const timeline = await screen.findByRole('region', { name: 'Conversations (1)' });
    await waitFor(() => expect(within(timeline).getAllByRole('article')).toHaveLength(1));
    const entry = within(timeline).getByRole('article');
    expect(entry).toHaveTextContent('Agreed the hiring plan.');
    expect(within(entry).getByRole('button', { name: /^Delete conversation/ })).toBeInTheDocument();
    expect(within(entry).queryByText('Saving…')).not.toBeInTheDocument();
  });
});
