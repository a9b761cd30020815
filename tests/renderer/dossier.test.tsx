import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NewCommitment } from '@shared/domain/conversation';
import { emptyPersonInput, type PersonInput } from '@shared/domain/person';
import type { Person } from '@shared/domain/types';
import { countDoneCommitmentsWith, listOpenCommitmentsForPerson } from '@renderer/db/commitments-repository';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { findQuickLog, renderApp } from './render-app';
import { conversationInput, useFrozenDate } from './fixtures';

// Saturday 21 November 2026, 10:00 in the tests' zone (America/New_York). Only Date is faked, so Dexie and
// fake-indexeddb keep their real timers. US daylight saving ended on 1 November: the day counts below cross it.
const NOW = new Date(2026, 10, 21, 10, 0);

useFrozenDate(NOW);

/** The same clock time `days` local calendar days before now. */
function daysAgo(days: number): string {
  return new Date(2026, 10, 21 - days, 10, 0).toISOString();
}

function person(name: string, fields: Partial<PersonInput> = {}): Promise<Person> {
  // Everyone here is a peer outside product: a 14-day cadence.
  return createPerson({ ...emptyPersonInput(), name, cadenceDays: 14, ...fields });
}

function talk(
  who: Person,
  days: number,
  fields: { warmth?: number; commitments?: Omit<NewCommitment, 'personId'>[] } = {},
) {
  return saveConversation(
    conversationInput([who.id], daysAgo(days), {
      notes: `Talked with ${who.name}.`,
      warmth: fields.warmth ?? null,
      newCommitments: (fields.commitments ?? []).map((c) => ({ ...c, personId: who.id })),
    }),
  );
}

/**
 * Four people, one per cadence status, with a 14-day cadence:
 * - Ana: talked 40 and 10 days ago (warmth 3 then 5): on track. Health 40 + 30 + 20 = 90.
 * - Ben: talked 20 days ago, unrated: r ≈ 1.43, due. Recency (3 − 20/14) / 2 ≈ 0.786 → 31.4; health 71.
 * - Cy (influence 4): talked 30 days ago (warmth 2), and I owe something due 6 days ago: r ≈ 2.14, overdue.
 *   Recency ≈ 0.429 → 17.1; warmth 0.25 → 10; commitments 1 − 1/3 → 13.3; health 40.
 * - Di (influence 5): never talked. Health 0 + 20 + 20 = 40.
 */
async function seed() {
  const ana = await person('Ana', { influence: 3 });
  const ben = await person('Ben', { influence: 3 });
  const cy = await person('Cy', { influence: 4 });
  const di = await person('Di', { influence: 5 });
  await talk(ana, 40, {
    warmth: 3,
    commitments: [{ direction: 'they-owe', text: 'Intro to the CRO', dueOn: '2026-11-10' }],
  });
  await talk(ana, 10, {
    warmth: 5,
    commitments: [{ direction: 'i-owe', text: 'Share the roadmap draft', dueOn: '2026-11-25' }],
  });
  await talk(ben, 20, {
    commitments: [
      { direction: 'i-owe', text: 'Book the offsite venue' },
      { direction: 'they-owe', text: 'Send the pricing sheet', dueOn: '2026-11-28' },
    ],
  });
  await talk(cy, 30, {
    warmth: 2,
    commitments: [{ direction: 'i-owe', text: 'Send the board deck', dueOn: '2026-11-15' }],
  });
  return { ana, ben, cy, di };
}

/** What a stat of the relationship summary says, by its term. */
function stat(region: HTMLElement, term: string): string | null {
  return within(region).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

/** A row of the health table: [value, points]. */
function component(region: HTMLElement, name: string): string[] {
  const table = within(region).getByRole('table', { name: 'Health, component by component' });
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row ${name}`);
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('person dossier', () => {
  it.each<[string, string, string, string, string[], string[], string[]]>([
    [
      'Ana',
      '10 days ago',
      'On track (every 14 days)',
      '90/100',
      ['100%', '40.0 of 40'],
      ['4.0/5, warming', '30.0 of 40'],
      ['0 overdue that I owe', '20.0 of 20'],
    ],
    [
      'Ben',
      '20 days ago',
      'Due (every 14 days)',
      '71/100',
      ['79%', '31.4 of 40'],
      ['no ratings (counts as half)', '20.0 of 40'],
      ['0 overdue that I owe', '20.0 of 20'],
    ],
    [
      'Cy',
      '30 days ago',
      'Overdue (every 14 days)',
      '40/100',
      ['43%', '17.1 of 40'],
      ['2.0/5, not enough ratings yet', '10.0 of 40'],
      ['1 overdue that I owe', '13.3 of 20'],
    ],
    [
      'Di',
      'Never',
      'Never talked (every 14 days)',
      '40/100',
      ['0%', '0.0 of 40'],
      ['no ratings (counts as half)', '20.0 of 40'],
      ['0 overdue that I owe', '20.0 of 20'],
    ],
  ])(
    '%s: last talked %s, cadence and health with its three components',
    async (name, lastTalked, cadence, health, recency, warmth, commitments) => {
      const people = await seed();
      const who = Object.values(people).find((p) => p.name === name);
      renderApp(`/people/${who?.id ?? ''}`);
      await screen.findByRole('heading', { level: 1, name });

      const relationship = await screen.findByRole('region', { name: 'Relationship' });
      expect(stat(relationship, 'Last talked')).toBe(lastTalked);
      expect(stat(relationship, 'Cadence')).toBe(cadence);
      expect(stat(relationship, 'Health')).toBe(health);
      expect(component(relationship, 'Recency')).toEqual(recency);
      expect(component(relationship, 'Warmth')).toEqual(warmth);
      expect(component(relationship, 'Commitments')).toEqual(commitments);
      expect(within(relationship).getByText('How is this computed?')).toBeInTheDocument();
    },
  );

  it('shows the conversation timeline and warmth over time', async () => {
    const { ana } = await seed();
    renderApp(`/people/${ana.id}`);
    const timeline = await screen.findByRole('region', { name: 'Conversations (2)' });
    expect(
      within(timeline)
        .getAllByRole('article')
        .map((a) => a.textContent),
    ).toEqual([expect.stringContaining('Talked with Ana.'), expect.stringContaining('Talked with Ana.')]);
    const warmth = screen.getByRole('region', { name: 'Warmth over time' });
    const rows = (await within(warmth).findAllByRole('row')).slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', '3'],
      ['5', '4'],
    ]);
  });

  it('names everyone in a group conversation from the first time it shows, never "Someone removed"', async () => {
    const { ana, ben } = await seed();
    await saveConversation(
      conversationInput([ana.id, ben.id], daysAgo(2), { kind: 'exec-meeting', title: 'Pricing', notes: 'Both of us.' }),
    );
    const seen = new Set<string>();
    const record = () => {
      for (const article of document.querySelectorAll('article')) seen.add(article.getAttribute('aria-label') ?? '');
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    renderApp(`/people/${ana.id}`);
    const timeline = await screen.findByRole('region', { name: 'Conversations (3)' });
    await waitFor(() => expect(within(timeline).getAllByRole('article')).toHaveLength(3));
    observer.disconnect();
    expect([...seen].sort()).toEqual(['Ana', 'Pricing — Ana, Ben']);
  });

  it('marks a commitment done from the dossier, with Undo', async () => {
    const { cy } = await seed();
    const { user } = renderApp(`/people/${cy.id}`);
    const open = await screen.findByRole('list', { name: 'Open commitments with Cy' });
    expect(within(open).getByText('6 days late')).toBeInTheDocument();
    const relationship = await screen.findByRole('region', { name: 'Relationship' });
    expect(stat(relationship, 'Health')).toBe('40/100');

    await user.click(within(open).getByRole('checkbox', { name: 'Done: I owe Send the board deck' }));

    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Done: Send the board deck'));
    expect(await screen.findByText('Nothing open either way.')).toBeInTheDocument();
    await user.click(screen.getByText('Done (1)'));
    // Kept promises are read only now that they are asked for.
    const done = await screen.findByRole('list', { name: 'Done commitments with Cy' });
    expect(within(done).getByRole('checkbox', { name: 'Done: I owe Send the board deck' })).toBeChecked();
    expect(done).toHaveTextContent('done 2026-11-21');
    expect(within(done).queryByText(/late/)).not.toBeInTheDocument();
    // Nothing owed past due any more: the commitments component is whole again.
    await waitFor(() => expect(component(relationship, 'Commitments')).toEqual(['0 overdue that I owe', '20.0 of 20']));
    expect(stat(relationship, 'Health')).toBe('47/100');

    await user.click(within(status).getByRole('button', { name: 'Undo' }));
    const reopened = await screen.findByRole('list', { name: 'Open commitments with Cy' });
    expect(within(reopened).getByRole('checkbox', { name: 'Done: I owe Send the board deck' })).not.toBeChecked();
    expect(within(reopened).getByText('6 days late')).toBeInTheDocument();
    expect(screen.queryByText('Done (1)')).not.toBeInTheDocument();
    expect(await listOpenCommitmentsForPerson(cy.id)).toEqual([
      expect.not.objectContaining({ doneOn: expect.anything() }),
    ]);
    expect(await countDoneCommitmentsWith(cy.id)).toEqual({ count: 0, more: false });
  });

  it('logs a conversation with the person already chosen, and the cadence resets', async () => {
    const { cy } = await seed();
    const { user } = renderApp(`/people/${cy.id}`);
    const relationship = await screen.findByRole('region', { name: 'Relationship' });
    expect(stat(relationship, 'Cadence')).toBe('Overdue (every 14 days)');

    await user.click(screen.getByRole('button', { name: 'Log a conversation with Cy' }));
    const dialog = await findQuickLog();
    expect(
      await within(within(dialog).getByRole('list', { name: 'Chosen people' })).findByText('Cy'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Notes'), 'Caught up on the board deck.');
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(stat(relationship, 'Cadence')).toBe('On track (every 14 days)'));
    expect(stat(relationship, 'Last talked')).toBe('Today');
    // The count and the list are two queries: either may arrive first.
    const conversations = await screen.findByRole('region', { name: 'Conversations (2)' });
    await waitFor(() => expect(conversations).toHaveTextContent('Caught up on the board deck.'));
  });
});

describe('Today', () => {
  it('puts an overdue high-influence person first in the attention list', async () => {
    await seed();
    renderApp('/');
    const attention = await screen.findByRole('region', { name: 'Who needs you' });
    // Cy is overdue, so first, although Di's score (5 × 60) is above Cy's (4 × 60); then by score.
    const entries = () =>
      within(attention)
        .getAllByRole('listitem')
        .map((item) => [within(item).getByRole('link').textContent, item.textContent]);
    await waitFor(() =>
      expect(entries()).toEqual([
        ['Cy', expect.stringMatching(/Overdue.*health 40.*30 days ago/)],
        ['Di', expect.stringMatching(/Never talked.*health 40/)],
        ['Ben', expect.stringMatching(/Due.*health 71.*20 days ago/)],
        ['Ana', expect.stringMatching(/On track.*health 90.*10 days ago/)],
      ]),
    );
    expect(within(attention).getByRole('link', { name: 'Cy' })).toHaveAttribute(
      'href',
      expect.stringContaining('/people/'),
    );
  });

  it('shows open commitments both ways, overdue first, and marks one done from there', async () => {
    await seed();
    const { user } = renderApp('/');
    const iOwe = await screen.findByRole('list', { name: 'I owe' });
    const boxes = (list: HTMLElement) =>
      within(list)
        .getAllByRole('listitem')
        .map((item) => within(item).getByRole('checkbox'));
    await waitFor(() => expect(boxes(iOwe)).toHaveLength(3));
    expect(boxes(iOwe)).toEqual([
      // On Today the list spans people, so each box names the person too.
      within(iOwe).getByRole('checkbox', { name: 'Done: I owe Send the board deck (Cy)' }),
      within(iOwe).getByRole('checkbox', { name: 'Done: I owe Share the roadmap draft (Ana)' }),
      within(iOwe).getByRole('checkbox', { name: 'Done: I owe Book the offsite venue (Ben)' }),
    ]);
    const [overdue, dueLater, undated] = within(iOwe).getAllByRole('listitem');
    expect(overdue).toHaveTextContent(/Cy.*6 days late/);
    expect(dueLater).toHaveTextContent(/Ana.*due in 4 days/);
    expect(dueLater).not.toHaveTextContent('late');
    expect(undated).toHaveTextContent('Ben');

    const theyOwe = screen.getByRole('list', { name: 'They owe' });
    expect(boxes(theyOwe)).toEqual([
      within(theyOwe).getByRole('checkbox', { name: 'Done: They owe Intro to the CRO (Ana)' }),
      within(theyOwe).getByRole('checkbox', { name: 'Done: They owe Send the pricing sheet (Ben)' }),
    ]);

    await user.click(within(theyOwe).getByRole('checkbox', { name: 'Done: They owe Intro to the CRO (Ana)' }));
    await waitFor(() => expect(within(theyOwe).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveTextContent('Done: Intro to the CRO');
  });
});

describe('a long list of commitments', () => {
  it('shows the first 20, overdue first, and all of them when asked', async () => {
    const cy = await createPerson({ ...emptyPersonInput(), name: 'Cy' });
    await saveConversation(
      conversationInput([cy.id], new Date(2026, 10, 1, 10).toISOString(), {
        newCommitments: Array.from({ length: 25 }, (_, index) => ({
          personId: cy.id,
          direction: 'i-owe' as const,
          text: `Promise ${String(index + 1).padStart(2, '0')}`,
          dueOn: index === 24 ? '2026-11-02' : '2026-12-20',
        })),
      }),
    );
    const { user } = renderApp(`/people/${cy.id}`);
    const open = await screen.findByRole('list', { name: 'Open commitments with Cy' });
    const items = within(open).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]).toHaveTextContent('Promise 25');
    expect(items[0]).toHaveTextContent('19 days late');
    await user.click(screen.getByRole('button', { name: 'Show all 25' }));
    expect(within(open).getAllByRole('listitem')).toHaveLength(25);
    expect(screen.queryByRole('button', { name: 'Show all 25' })).not.toBeInTheDocument();
  });
});
