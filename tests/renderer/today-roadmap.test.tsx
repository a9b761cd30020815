import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { ROADMAP_WARNING_RULES } from '@shared/domain/roadmap-warnings';
import type { Involvement, LocalDate, TechImpact } from '@shared/domain/types';
import { UPSTREAM_SCORE_EXPLANATION } from '@shared/domain/upstream-score';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { conversationInput, useFrozenDate } from './fixtures';
import { recordMoment } from './moment-fixtures';
import { renderApp } from './render-app';

// Friday 2026-11-20, 10:00 in the tests' zone, in 2026-Q4. The rolling 90 days are 2026-08-23 to 2026-11-20.
const NOW = new Date(2026, 10, 20, 10, 0);

useFrozenDate(NOW);

type Seed = [LocalDate, Involvement, TechImpact];

async function record(moments: readonly Seed[]) {
  for (const [occurredOn, involvement, techImpact] of moments) await recordMoment(occurredOn, involvement, techImpact);
}

/**
 * A promise to a peer past due: a relationship warning that is there whatever the moments say, so a test
 * can wait for the warnings to load before checking that a roadmap warning is not among them.
 */
async function aPastDuePromise() {
  const cro = await createPerson({ ...emptyPersonInput(), name: 'Sam (CRO)' });
  await saveConversation(
    conversationInput([cro.id], new Date(2026, 10, 10, 10).toISOString(), {
      newCommitments: [{ personId: cro.id, direction: 'i-owe', text: 'Send the churn analysis', dueOn: '2026-11-12' }],
    }),
  );
}

/** Today's early warnings, once loaded: the region, and each warning by its title. */
async function warningsOnToday() {
  await aPastDuePromise();
  renderApp('/');
  const region = await screen.findByRole('region', { name: 'Early warnings' });
  await within(region).findByText(/Past due: “Send the churn analysis”/);
  return {
    region,
    warning: (title: string) => within(region).queryByRole('heading', { level: 3, name: title })?.closest('li'),
  };
}

describe('Today: the roadmap-room warnings', () => {
  const { title, rule } = ROADMAP_WARNING_RULES['blindsided-repeatedly'];

  it.each<[string, LocalDate[], string | null]>([
    [
      'twice in the 90 days, the older on their first day',
      ['2026-08-23', '2026-11-02'],
      'You were blindsided 2 times in the last 90 days: “blindsided on 2026-11-02” (2026-11-02), ' +
        '“blindsided on 2026-08-23” (2026-08-23).',
    ],
    ['once only', ['2026-11-02'], null],
    ['once in the 90 days and once the day before them', ['2026-08-22', '2026-11-02'], null],
  ])('blindsided %s', async (_case, days, message) => {
    await record(days.map((day) => [day, 'blindsided', 'high']));
    const { warning } = await warningsOnToday();
    if (message === null) {
      expect(warning(title)).toBeUndefined();
      return;
    }
    const shown = warning(title);
    expect(shown).toHaveTextContent(message);
    expect(shown).toHaveTextContent(`Rule: ${rule}`);
  });

  it.each<[string, Seed[], string | null]>([
    [
      'by exactly 15 points warns',
      [
        ['2026-08-10', 'shaped', 'high'],
        // Shaped (100) weighing 2 and consulted (75) weighing 3: 85.
        ['2026-10-05', 'shaped', 'medium'],
        ['2026-11-02', 'consulted', 'high'],
      ],
      'Your upstream score is 85 so far in 2026-Q4, down from 100 in 2026-Q3: a fall of 15 points.',
    ],
    [
      'by 12.5 points does not',
      [
        ['2026-08-10', 'shaped', 'high'],
        ['2026-10-05', 'shaped', 'high'],
        ['2026-11-02', 'consulted', 'high'],
      ],
      null,
    ],
    [
      'from two quarters back does not: last quarter has no moments, so no score',
      [
        ['2026-05-04', 'shaped', 'high'],
        ['2026-11-02', 'informed', 'high'],
      ],
      null,
    ],
  ])('the upstream score falling %s', async (_case, moments, message) => {
    await record(moments);
    const { title: fallingTitle, rule: fallingRule } = ROADMAP_WARNING_RULES['upstream-falling'];
    const { warning } = await warningsOnToday();
    if (message === null) {
      expect(warning(fallingTitle)).toBeUndefined();
      return;
    }
    const shown = warning(fallingTitle);
    expect(shown).toHaveTextContent(message);
    expect(shown).toHaveTextContent(`Rule: ${fallingRule}`);
  });
});

/** What a stat of the upstream card says, by its term. */
function stat(region: HTMLElement, term: string): string | null {
  return within(region).getByText(term, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

describe('Today: the upstream score', () => {
  it('charts the last four quarters, a quarter without moments as a gap, and says the rolling 90 days', async () => {
    await record([
      // 2025-Q4: five quarters back, not on the chart.
      ['2025-12-10', 'shaped', 'high'],
      ['2026-02-10', 'consulted', 'low'],
      // 2026-Q3: shaped (100) weighing 3 and informed (25) weighing 0.5: 12.5 / 3.5 × 25 ≈ 89.3.
      ['2026-07-15', 'shaped', 'high'],
      ['2026-09-10', 'informed', 'none'],
      ['2026-10-05', 'present', 'medium'],
    ]);
    const { user } = renderApp('/');
    const card = await screen.findByRole('region', { name: 'Upstream score' });
    const title = 'Upstream score by calendar quarter (0–100)';
    expect(
      await within(card).findByRole('img', { name: `${title} (chart; the data is in the table below)` }),
    ).toBeVisible();

    await user.click(within(card).getByText('Show the data as a table'));
    const table = within(card).getByRole('table', { name: title });
    expect(table).toBeVisible();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
    expect(rows).toEqual([
      ['2026-Q1', '75'],
      ['2026-Q2', '—'],
      ['2026-Q3', '89.3'],
      ['2026-Q4', '50'],
    ]);

    // The rolling 90 days hold the informed moment of 10 September and the present one of 5 October:
    // (25 × 0.5 + 50 × 2) / 2.5 = 45. Only the present one is of medium or high impact.
    expect(stat(card, 'Last 90 days')).toBe('45 from 2 moments');
    expect(stat(card, 'Consulted on what matters, last 90 days')).toBe('0 of 1 medium- or high-impact moment');
    expect(within(card).getByRole('link', { name: 'Open the Roadmap room' })).toHaveAttribute('href', '#/roadmap');
  });

  it('explains how the score is computed when asked', async () => {
    await record([['2026-10-05', 'present', 'medium']]);
    const { user } = renderApp('/');
    const card = await screen.findByRole('region', { name: 'Upstream score' });
    const explanation = await within(card).findByText(UPSTREAM_SCORE_EXPLANATION);
    expect(explanation).not.toBeVisible();
    await user.click(within(card).getByText('How is this computed?'));
    expect(explanation).toBeVisible();
  });

  it('says when none of the moments falls in the last four quarters, and the 90 days have no score', async () => {
    await record([['2025-06-10', 'shaped', 'high']]);
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Upstream score' });
    expect(await within(card).findByText('No strategy moments in the last 4 calendar quarters.')).toBeInTheDocument();
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
    expect(stat(card, 'Last 90 days')).toBe('No moments, so no score');
    expect(stat(card, 'Consulted on what matters, last 90 days')).toBe('No medium- or high-impact moments');
  });

  it('without any moment, teaches what the score is for and links to recording the first', async () => {
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Upstream score' });
    expect(within(card).getByText(/in the room while the roadmap is formed, or told afterwards/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Record a strategy moment' })).toHaveAttribute(
      'href',
      '#/roadmap/new',
    );
    expect(within(card).queryByRole('img')).not.toBeInTheDocument();
    expect(within(card).queryByText('How is this computed?')).not.toBeInTheDocument();
  });
});
