import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConversationInput } from '@shared/domain/conversation';
import { emptyPersonInput } from '@shared/domain/person';
import type { Person } from '@shared/domain/types';
import { listCommitmentsForConversation } from '@renderer/db/commitments-repository';
import { getConversation, saveConversation } from '@renderer/db/conversations-repository';
import { createPerson, getPerson } from '@renderer/db/people-repository';
import { conversationInput, useFrozenDate } from './fixtures';
import { renderApp } from './render-app';

// Saturday 21 November 2026, 10:00 in the tests' zone (America/New_York). Only Date is faked.
const NOW = new Date(2026, 10, 21, 10, 0);

useFrozenDate(NOW);

function at(day: number, hour: number, minute = 0): string {
  return new Date(2026, 10, day, hour, minute).toISOString();
}

function input(people: Person[], overrides: Partial<ConversationInput> = {}): ConversationInput {
  return conversationInput(
    people.map((p) => p.id),
    at(20, 9),
    overrides,
  );
}

async function seed() {
  const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana' });
  const sam = await createPerson({ ...emptyPersonInput(), name: 'Sam' });
  const lee = await createPerson({ ...emptyPersonInput(), name: 'Lee' });
  const danaOneOnOne = await saveConversation(
    input([dana], {
      occurredAt: at(20, 9),
      notes: 'Budget review with Dana.',
      tags: ['budget'],
      warmth: 4,
      heard: { priorities: [], worries: ['Cloud spend'] },
      newCommitments: [
        { personId: dana.id, direction: 'i-owe', text: 'Send the cost breakdown', dueOn: '2026-11-30' },
        { personId: dana.id, direction: 'they-owe', text: 'Intro to the auditor' },
      ],
    }),
  );
  await saveConversation(
    input([dana, sam], {
      occurredAt: at(20, 15, 30),
      kind: 'exec-meeting',
      title: 'Hiring plan',
      notes: 'Exec meeting on the hiring freeze.',
      tags: ['hiring'],
    }),
  );
  await saveConversation(input([sam], { occurredAt: at(18, 11), kind: 'call', notes: 'Call with Sam about pricing.' }));
  await saveConversation(
    input([lee], { occurredAt: at(12, 12), kind: 'meal', notes: 'Lunch with Lee.', tags: ['budget'] }),
  );
  return { dana, sam, lee, danaOneOnOne };
}

/**
 * Every conversation the Log shows from now on, by accessible name, however briefly: a MutationObserver
 * sees each state of the page, including one that the next render replaces before a query could look.
 */
function watchShownConversations(): { seen: Set<string>; stop(): void } {
  const seen = new Set<string>();
  const record = () => {
    for (const article of document.querySelectorAll('article')) seen.add(article.getAttribute('aria-label') ?? '');
  };
  const observer = new MutationObserver(record);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  record();
  return { seen, stop: () => observer.disconnect() };
}

/** The conversations shown, by their accessible names, in screen order. */
function shownConversations(): string[] {
  return screen.queryAllByRole('article').map((article) => article.getAttribute('aria-label') ?? '');
}

const ALL = ['Hiring plan — Dana, Sam', 'Dana', 'Sam', 'Lee'];

describe('Log', () => {
  it('teaches the shortcut when nothing is logged, and the shortcut works from there', async () => {
    const { user } = renderApp('/log');
    const empty = await screen.findByText(/Nothing logged yet/);
    const teaching = empty.closest('p');
    expect(teaching).toHaveTextContent('Right after your next meeting with a peer, press Ctrl+L (⌘L on a Mac)');
    expect(screen.queryAllByRole('article')).toEqual([]);

    await user.keyboard('{Control>}l{/Control}');
    expect(await screen.findByRole('dialog', { name: 'Log a conversation' })).toBeInTheDocument();
  });

  it('groups the timeline by day, newest day first and newest first within a day', async () => {
    await seed();
    renderApp('/log');
    await waitFor(() => expect(shownConversations()).toEqual(ALL));

    const days = screen.getAllByRole('heading', { level: 2 });
    expect(days.map((heading) => heading.textContent)).toEqual([
      'Friday 20 November 2026',
      'Wednesday 18 November 2026',
      'Thursday 12 November 2026',
    ]);
    const friday = screen.getByRole('region', { name: 'Friday 20 November 2026' });
    const fridayItems = within(friday).getAllByRole('article');
    expect(fridayItems.map((a) => a.getAttribute('aria-label'))).toEqual(['Hiring plan — Dana, Sam', 'Dana']);
    expect(fridayItems[0]).toHaveTextContent('15:30 · Exec meeting · Hiring plan — Dana, Sam');
    expect(fridayItems[0]).toHaveTextContent('#hiring');
    expect(fridayItems[1]).toHaveTextContent('09:00 · 1:1 · Dana');
    expect(fridayItems[1]).toHaveTextContent('Budget review with Dana.');
    expect(fridayItems[1]).toHaveTextContent('Warmth 4/5');
  });

  it('names the people of each conversation from the first time it shows, never "Someone removed"', async () => {
    await seed();
    const shown = watchShownConversations();
    renderApp('/log');
    await waitFor(() => expect(shownConversations()).toEqual(ALL));
    shown.stop();
    expect([...shown.seen].sort()).toEqual([...ALL].sort());
  });

  it('narrows the timeline by person, kind, tag and dates, and Clear filters shows everything again', async () => {
    await seed();
    const { user } = renderApp('/log');
    await waitFor(() => expect(shownConversations()).toEqual(ALL));

    // A group conversation shows under each person in it.
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Sa');
    await user.click(screen.getByRole('option', { name: 'Sam' }));
    await waitFor(() => expect(shownConversations()).toEqual(['Hiring plan — Dana, Sam', 'Sam']));
    await user.selectOptions(screen.getByLabelText('Kind'), 'Call');
    await waitFor(() => expect(shownConversations()).toEqual(['Sam']));

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(shownConversations()).toEqual(ALL));
    expect(screen.getByRole('combobox', { name: 'Person' })).toHaveValue('');
    expect(screen.getByLabelText('Kind')).toHaveDisplayValue('Any');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Tag'), 'budget');
    await waitFor(() => expect(shownConversations()).toEqual(['Dana', 'Lee']));
    await user.type(screen.getByRole('combobox', { name: 'Person' }), 'Sam{Enter}');
    expect(await screen.findByText('No conversation matches these filters.')).toBeInTheDocument();
    expect(screen.queryByText(/Nothing logged yet/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(shownConversations()).toEqual(ALL));

    await user.type(screen.getByLabelText('From'), '2026-11-13');
    await user.type(screen.getByLabelText('To'), '2026-11-19');
    await waitFor(() => expect(shownConversations()).toEqual(['Sam']));
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(shownConversations()).toEqual(ALL));
  });

  it('opens a conversation to edit, prefilled, and saving updates it', async () => {
    const { danaOneOnOne } = await seed();
    const { user } = renderApp('/log');
    await user.click(await screen.findByRole('link', { name: 'Edit conversation: Dana' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Edit conversation' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/log/${danaOneOnOne.id}`);
    const form = screen.getByRole('form', { name: 'Edit conversation' });
    const notes = within(form).getByLabelText('Notes');
    expect(notes).toHaveValue('Budget review with Dana.');
    expect(within(form).getByLabelText('Kind')).toHaveDisplayValue('1:1');
    expect(within(form).getByLabelText('When')).toHaveValue('2026-11-20T09:00');
    expect(within(form).getByLabelText('Tags')).toHaveValue('budget');
    expect(within(form).getByRole('radio', { name: '4 — warm' })).toBeChecked();
    expect(
      await within(within(form).getByRole('list', { name: 'Chosen people' })).findByText('Dana'),
    ).toBeInTheDocument();
    const madeHere = screen.getByRole('list', { name: 'Commitments made in this conversation' });
    expect(madeHere).toHaveTextContent('Send the cost breakdown');
    expect(madeHere).toHaveTextContent('Intro to the auditor');

    await user.clear(notes);
    await user.type(notes, 'Budget review, revised.');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Meal');
    await user.click(within(form).getByRole('button', { name: 'Save conversation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Log' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Conversation saved.');
    const entry = await screen.findByRole('article', { name: 'Dana' });
    await waitFor(() => expect(entry).toHaveTextContent('Budget review, revised.'));
    expect(entry).toHaveTextContent('09:00 · Meal · Dana');
    expect(await getConversation(danaOneOnOne.id)).toMatchObject({
      id: danaOneOnOne.id,
      createdAt: danaOneOnOne.createdAt,
      notes: 'Budget review, revised.',
      kind: 'meal',
      warmth: 4,
      tags: ['budget'],
    });
    // Editing adds nothing twice: the commitments made in it are the same two.
    expect(await listCommitmentsForConversation(danaOneOnOne.id)).toHaveLength(2);
  });

  it('deletes with Undo, and Undo brings back the conversation, its commitments and what was heard', async () => {
    const { dana, danaOneOnOne } = await seed();
    const { user } = renderApp('/log');
    await user.click(await screen.findByRole('button', { name: 'Delete conversation: Dana' }));

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Conversation with Dana deleted.'));
    await waitFor(() => expect(shownConversations()).toEqual(['Hiring plan — Dana, Sam', 'Sam', 'Lee']));
    expect(await getConversation(danaOneOnOne.id)).toBeUndefined();
    expect(await listCommitmentsForConversation(danaOneOnOne.id)).toEqual([]);
    expect((await getPerson(dana.id))?.worries).toEqual([]);

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownConversations()).toEqual(ALL));
    expect(status).not.toHaveTextContent('deleted');
    expect(await getConversation(danaOneOnOne.id)).toEqual(danaOneOnOne);
    expect((await listCommitmentsForConversation(danaOneOnOne.id)).map((c) => c.text).sort()).toEqual([
      'Intro to the auditor',
      'Send the cost breakdown',
    ]);
    expect((await getPerson(dana.id))?.worries.map((w) => w.text)).toEqual(['Cloud spend']);
  });

  it('shows HTML in notes as the characters typed, never as markup', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana' });
    await saveConversation(
      input([dana], { notes: '<script>alert(1)</script>', title: '<img src=x onerror=alert(2)>' }),
    );
    const { container } = renderApp('/log');
    const entry = await screen.findByRole('article', { name: '<img src=x onerror=alert(2)> — Dana' });
    expect(within(entry).getByText('<script>alert(1)</script>')).toBeInTheDocument();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
  });
});
