import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { saveConversation } from '@renderer/db/conversations-repository';
import { addNoteItem, createPerson } from '@renderer/db/people-repository';
import { startSearchIndex } from '@renderer/db/search-repository';
import { conversationInput } from './fixtures';
import { renderApp } from './render-app';
import { localSearchPort } from './search-port';

// The search palette by keyboard, over the whole app, with the search worker's code served in the
// test's page (localSearchPort): Ctrl+K, type, arrows, Enter opens the record; Escape closes and
// what was typed is there again on reopening.

async function journal() {
  const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz', title: 'CFO' });
  const sam = await createPerson({ ...emptyPersonInput(), name: 'Sam Lee', title: 'CRO' });
  await addNoteItem(dana.id, 'worries', 'Vendor lock-in on the data platform');
  const talk = await saveConversation(
    conversationInput([dana.id], '2026-11-03T10:00:00.000Z', {
      title: 'Budget review',
      notes: 'We went through the vendor contracts. <script>alert(1)</script>',
    }),
  );
  await saveConversation(
    conversationInput([sam.id], '2026-11-04T10:00:00.000Z', { notes: 'Pipeline looks thin this quarter.' }),
  );
  return { dana, sam, talk };
}

async function openPalette() {
  startSearchIndex(localSearchPort());
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Today' });
  await view.user.keyboard('{Control>}k{/Control}');
  const dialog = await screen.findByRole('dialog', { name: 'Search' });
  const box = within(dialog).getByRole('combobox', { name: 'Search the journal' });
  return { ...view, dialog, box };
}

describe('the search palette', () => {
  it('finds a conversation and a person’s worry as you type, grouped by kind, and opens the one chosen', async () => {
    const { talk } = await journal();
    const { user, dialog, box } = await openPalette();
    expect(box).toHaveFocus();
    await user.type(box, 'vend');

    const results = within(dialog).getByRole('listbox', { name: 'Results' });
    const conversations = await within(results).findByRole('group', { name: 'Conversations' });
    const people = within(results).getByRole('group', { name: 'People' });
    expect(within(conversations).getByRole('option', { name: /Budget review/ })).toBeInTheDocument();
    expect(within(people).getByRole('option', { name: /Dana Ruiz/ })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('2 results.');

    // The snippet marks the matching word and shows typed HTML as characters.
    const options = within(results).getAllByRole('option');
    const budget = options.find((option) => option.textContent?.includes('Budget review'));
    expect(budget?.querySelector('mark')?.textContent).toBe('vendor');
    expect(budget).toHaveTextContent('<script>alert(1)</script>');
    expect(document.querySelector('script:not([src])')).toBeNull();

    // The first result is marked; ArrowDown moves on and wraps around.
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[0]?.id);
    await user.keyboard('{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    // Enter opens the marked result: here the conversation, in its editor.
    const index = options.indexOf(budget as HTMLElement);
    for (let i = 0; i < index; i += 1) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe(`#/log/${talk.id}`));
    expect(screen.queryByRole('dialog', { name: 'Search' })).not.toBeInTheDocument();
  });

  it('keeps what was typed when closed with Escape and reopened, and filters by person', async () => {
    const { sam } = await journal();
    const { user, box, dialog: first } = await openPalette();
    await user.type(box, 'quarter');
    const results = within(first).getByRole('listbox', { name: 'Results' });
    expect(await within(results).findByRole('option', { name: /Sam Lee/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Search' })).not.toBeInTheDocument());

    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Search' });
    expect(within(dialog).getByRole('combobox', { name: 'Search the journal' })).toHaveValue('quarter');

    const person = within(dialog).getByRole('combobox', { name: 'Person' });
    await user.selectOptions(person, 'Dana Ruiz');
    expect(await within(dialog).findByText('Nothing found for “quarter”.')).toBeInTheDocument();
    await user.selectOptions(person, sam.name);
    const filtered = within(dialog).getByRole('listbox', { name: 'Results' });
    expect(await within(filtered).findByRole('option', { name: /Sam Lee/ })).toBeInTheDocument();
  });

  it('finds what is saved while it is open', async () => {
    const { dana } = await journal();
    const { user, dialog, box } = await openPalette();
    await user.type(box, 'reorg');
    expect(await within(dialog).findByText('Nothing found for “reorg”.')).toBeInTheDocument();
    await saveConversation(conversationInput([dana.id], '2026-11-05T10:00:00.000Z', { notes: 'Reorg rumours again.' }));
    expect(await within(dialog).findByRole('option', { name: /With Dana Ruiz/ })).toBeInTheDocument();
  });

  it('searches from the Log’s own field, whose results take the timeline’s place until it is cleared', async () => {
    await journal();
    startSearchIndex(localSearchPort());
    const { user } = renderApp('/log');
    const field = await screen.findByRole('combobox', { name: 'Search everything written' });
    expect(await screen.findByRole('heading', { level: 3, name: /Budget review/ })).toBeInTheDocument();
    await user.type(field, 'pipeline');
    const results = await screen.findByRole('listbox', { name: 'Results' });
    expect(await within(results).findByRole('option', { name: /With Sam Lee/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: /Budget review/ })).not.toBeInTheDocument();
    await user.clear(field);
    expect(await screen.findByRole('heading', { level: 3, name: /Budget review/ })).toBeInTheDocument();
    expect(screen.queryByRole('listbox', { name: 'Results' })).not.toBeInTheDocument();
  });
});
