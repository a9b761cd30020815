import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import type { Relationship } from '@shared/domain/types';
import { saveCheckIn } from '@renderer/db/check-ins-repository';
import { saveConversation } from '@renderer/db/conversations-repository';
import { db } from '@renderer/db/tables/schema';
import { createPerson } from '@renderer/db/people-repository';
import { conversationInput, useFrozenDate } from './fixtures';
import { renderApp } from './render-app';

// Friday 2026-11-20, 10:00 in the tests' zone (ISO week 2026-W47).
const NOW = new Date(2026, 10, 20, 10, 0);

useFrozenDate(NOW);
afterEach(() => vi.restoreAllMocks());

async function person(name: string, relationship: Relationship) {
  return createPerson({ ...emptyPersonInput(), name, relationship });
}

async function talkedTo(personId: string, daysAgo: number) {
  const occurredAt = new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
  await saveConversation(conversationInput([personId], occurredAt));
}

describe('Today: alliance breadth', () => {
  it('counts the allies talked to in the last 30 days and the people leaned on in the last check-ins', async () => {
    const cfo = await person('Dana (CFO)', 'peer');
    const cro = await person('Sam (CRO)', 'peer');
    const ceo = await person('Alex (CEO)', 'manager');
    const vendor = await person('Kim (vendor)', 'external');
    await talkedTo(cfo.id, 10);
    await talkedTo(cro.id, 40);
    await talkedTo(vendor.id, 1);
    await saveCheckIn({
      week: '2026-W46',
      cbiWork: [2, 2, 2, 2, 2, 2, 2],
      ucla3: [0, 0, 0],
      leanedOn: [cfo.id, ceo.id],
    });

    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Alliance breadth' });
    // Dana only: Sam was 40 days ago, Kim is not an ally, Alex was never talked to.
    expect(await within(card).findByText('1')).toBeInTheDocument();
    expect(within(card).getByText(/of 3/)).toBeInTheDocument();
    expect(within(card).getByText('2')).toBeInTheDocument();
    expect(within(card).getByText(/talked to in the last 30 days/)).toBeInTheDocument();
  });
});

describe('Today with a damaged record', () => {
  it('keeps working and says which part could not be shown', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await person('Dana (CFO)', 'peer');
    // Six work answers where the instrument has seven: scoring it throws.
    await db.checkIns.put({
      id: 'damaged',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      week: '2026-W46',
      completedAt: NOW.toISOString(),
      instrumentVersion: 1,
      cbiWork: [0, 0, 0, 0, 0, 0],
      ucla3: [0, 0, 0],
      leanedOn: [],
    });
    renderApp('/');
    // Both parts that score check-ins say so; the rest of Today goes on.
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        expect.stringContaining('The warnings could not be shown'),
        expect.stringContaining('The wellbeing trends could not be shown'),
      ]),
    );
    expect(await screen.findByRole('link', { name: 'Dana (CFO)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBeInTheDocument();
  });
});

describe('Today: relationship warnings', () => {
  it('names an influential peer who is overdue and a promise past due, each with its rule', async () => {
    const cro = await createPerson({ ...emptyPersonInput(), name: 'Sam (CRO)', influence: 5 });
    await talkedTo(cro.id, 30);
    await saveConversation(
      conversationInput([cro.id], new Date(NOW.getTime() - 30 * 86_400_000).toISOString(), {
        newCommitments: [
          { personId: cro.id, direction: 'i-owe', text: 'Send the churn analysis', dueOn: '2026-11-01' },
        ],
      }),
    );
    renderApp('/');
    const warnings = await screen.findByRole('region', { name: 'Early warnings' });
    expect(
      await within(warnings).findByText('Overdue: Sam (CRO). A short conversation now keeps you in the room.'),
    ).toBeInTheDocument();
    expect(within(warnings).getByText(/influence 4 or 5 is overdue/)).toBeInTheDocument();
    expect(
      within(warnings).getByText('Past due: “Send the churn analysis” for Sam (CRO) (due 2026-11-01).'),
    ).toBeInTheDocument();
  });
});

describe('Today: open commitments', () => {
  it('lists the soonest-due twenty each way and counts every promise past due, read without the full list', async () => {
    const cro = await createPerson({ ...emptyPersonInput(), name: 'Sam (CRO)' });
    // 25 promises I made, the first five past due, and one they owe me.
    const dueOn = (index: number) => `2026-${index < 5 ? '10' : '12'}-${String(index + 1).padStart(2, '0')}`;
    await saveConversation(
      conversationInput([cro.id], new Date(NOW.getTime() - 86_400_000).toISOString(), {
        newCommitments: [
          ...Array.from({ length: 25 }, (_, index) => ({
            personId: cro.id,
            direction: 'i-owe' as const,
            text: `Promise ${index + 1}`,
            dueOn: dueOn(index),
          })),
          { personId: cro.id, direction: 'they-owe', text: 'Share the pipeline' },
        ],
      }),
    );
    renderApp('/');
    const iOwe = await screen.findByRole('list', { name: 'I owe' });
    await waitFor(() => expect(within(iOwe).getAllByRole('listitem')).toHaveLength(20));
    expect(within(iOwe).getAllByRole('listitem')[0]).toHaveTextContent('Promise 1');
    expect(within(iOwe).getAllByRole('listitem')[19]).toHaveTextContent('Promise 20');
    expect(within(await screen.findByRole('list', { name: 'They owe' })).getByText('Share the pipeline')).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All open commitments' })).toBeInTheDocument();

    const warnings = await screen.findByRole('region', { name: 'Early warnings' });
    expect(
      await within(warnings).findByText(
        'Past due: “Promise 1” for Sam (CRO) (due 2026-10-01), “Promise 2” for Sam (CRO) (due 2026-10-02), “Promise 3” for Sam (CRO) (due 2026-10-03) and 2 more.',
      ),
    ).toBeInTheDocument();
    // Talked to yesterday (40 points), no warmth rated (20), and five overdue promises: no commitment points.
    const attention = screen.getByRole('region', { name: 'Who needs you' });
    expect(within(attention).getByRole('listitem')).toHaveTextContent('health 60');
  });
});

describe('Today: people never talked to', () => {
  /** Added `daysAgo` days before NOW and never talked to since. */
  async function addedDaysAgo(name: string, relationship: Relationship, influence: number, daysAgo: number) {
    vi.setSystemTime(new Date(NOW.getTime() - daysAgo * 86_400_000));
    const added = await createPerson({ ...emptyPersonInput(), name, relationship, influence });
    vi.setSystemTime(NOW);
    return added;
  }

  it('count as overdue once they have been in the journal longer than their cadence, in every warning', async () => {
    await addedDaysAgo('Priya (CEO)', 'manager', 5, 60);
    await addedDaysAgo('Sam (CRO)', 'peer', 4, 60);
    await addedDaysAgo('Lee (new CPO)', 'peer', 5, 2);
    // Loneliness 6 or more in 2 of the last 3 check-ins.
    for (const week of ['2026-W46', '2026-W47']) {
      await saveCheckIn({ week, cbiWork: [1, 1, 1, 1, 1, 1, 1], ucla3: [2, 2, 2], leanedOn: [] });
    }
    renderApp('/');
    const warnings = await screen.findByRole('region', { name: 'Early warnings' });
    expect(
      await within(warnings).findByText(/Overdue: Priya \(CEO\), Sam \(CRO\)\. A short conversation now/),
    ).toBeInTheDocument();
    expect(within(warnings).getByText(/Consider reaching out to Priya \(CEO\) or Sam \(CRO\)/)).toBeInTheDocument();
    expect(within(warnings).queryByText(/Lee \(new CPO\)/)).not.toBeInTheDocument();
    const attention = screen.getByRole('region', { name: 'Who needs you' });
    const first = within(attention).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('Priya (CEO)');
    expect(first).toHaveTextContent('Overdue');
  });
});

describe('Today: wellbeing trends', () => {
  it('teaches where the trends come from before the first check-in', async () => {
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Wellbeing' });
    expect(card).toHaveTextContent('appear here after your first weekly check-in');
    expect(within(card).getByRole('link', { name: 'Do this week’s check-in' })).toHaveAttribute('href', '#/check-in');
  });

  it('charts burnout and loneliness for the last twelve weeks, a gap for a week without a check-in', async () => {
    // Answer 0 scores 100 and answer 4 scores 0, except on the seventh work item, which is reversed: seven 4s
    // score 100 / 7 = 14.3, seven 0s 600 / 7 = 85.7.
    await saveCheckIn({ week: '2026-W45', cbiWork: [4, 4, 4, 4, 4, 4, 4], ucla3: [2, 2, 2], leanedOn: [] });
    await saveCheckIn({ week: '2026-W47', cbiWork: [0, 0, 0, 0, 0, 0, 0], ucla3: [0, 0, 0], leanedOn: [] });
    const { user } = renderApp('/');
    const card = await screen.findByRole('region', { name: 'Wellbeing' });
    for (const summary of within(card).getAllByText('Show the data as a table')) await user.click(summary);
    const burnout = within(card).getByRole('table', { name: 'Work burnout by week (0–100)' });
    const rows = within(burnout).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    expect(rows.slice(-3).map((row) => row.textContent)).toEqual(['2026-W4514.3', '2026-W46—', '2026-W4785.7']);
    const loneliness = within(card).getByRole('table', { name: 'Loneliness by week (3–9)' });
    expect(within(loneliness).getAllByRole('row').at(-1)).toHaveTextContent('2026-W473');
  });
});
