import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFrozenDate } from './fixtures';
import { emptyPersonInput } from '@shared/domain/person';
import type { StrategyMomentInput } from '@shared/domain/strategy-moment';
import { createPerson } from '@renderer/db/people-repository';
import { db } from '@renderer/db/tables/schema';
import { listStrategyMoments, saveStrategyMoment } from '@renderer/db/strategy-moments-repository';
import { findQuickLog, renderApp } from './render-app';

function momentInput(overrides: Partial<StrategyMomentInput> = {}): StrategyMomentInput {
  return {
    occurredOn: '2026-11-20',
    title: 'We are buying Acme',
    area: 'acquisition',
    involvement: 'blindsided',
    techImpact: 'high',
    drivenBy: [],
    notes: '',
    nextTime: '',
    ...overrides,
  };
}

describe('the strategy moment form', () => {
  it('records a moment by keyboard alone, each involvement choice named and explained', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user } = renderApp('/roadmap/new');
    const title = await screen.findByRole('textbox', { name: 'What was decided' });
    expect(title).toHaveFocus();
    await user.keyboard('We are buying Acme');
    await user.tab();
    expect(screen.getByLabelText('Decided on')).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Acquisition');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Impact on technology' }), 'High');

    const involvement = screen.getByRole('group', { name: 'How involved were you?' });
    const choices = within(involvement).getAllByRole('radio');
    expect(choices).toHaveLength(5);
    for (const choice of choices) expect(choice).toHaveAccessibleDescription(/\w/);
    const blindsided = within(involvement).getByRole('radio', { name: 'Blindsided' });
    expect(blindsided).toHaveAccessibleDescription('I learned of it late, and it hurt my team.');
    expect(within(involvement).getByRole('radio', { name: 'Shaped' })).toHaveAccessibleDescription(
      'My input formed it before the plan was drafted.',
    );
    await user.click(blindsided);

    await user.click(screen.getByRole('combobox', { name: 'Who drove it' }));
    await user.keyboard('Dana{Enter}');
    expect(within(screen.getByRole('list', { name: 'Chosen people' })).getByText('Dana Whitfield')).toBeInTheDocument();
    await user.click(screen.getByRole('textbox', { name: 'What I will do differently next time' }));
    await user.keyboard('Ask for a seat on the deal team{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Roadmap room' })).toBeInTheDocument();
    expect(screen.getAllByRole('status').at(-1)).toHaveTextContent('Strategy moment saved.');
    const [saved] = await listStrategyMoments();
    expect(saved).toMatchObject({
      title: 'We are buying Acme',
      area: 'acquisition',
      involvement: 'blindsided',
      techImpact: 'high',
      drivenBy: [dana.id],
      nextTime: 'Ask for a seat on the deal team',
    });
  });

  it('names every missing choice, focuses the first, and saves nothing', async () => {
    const { user } = renderApp('/roadmap/new');
    await user.click(await screen.findByRole('button', { name: 'Save strategy moment' }));
    expect(screen.getByRole('textbox', { name: 'What was decided' })).toHaveAccessibleDescription(
      'For example: We are buying Acme. A title is required.',
    );
    expect(screen.getByRole('textbox', { name: 'What was decided' })).toHaveFocus();
    expect(screen.getByText('Choose an area.')).toBeInTheDocument();
    expect(screen.getByText('Choose how involved you were.')).toBeInTheDocument();
    expect(screen.getByText('Choose the impact on technology.')).toBeInTheDocument();
    expect(await db.strategyMoments.count()).toBe(0);
  });

  it('refuses a day after today', async () => {
    const { user } = renderApp('/roadmap/new');
    const day = await screen.findByLabelText('Decided on');
    await user.clear(day);
    await user.type(day, '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Save strategy moment' }));
    expect(
      await screen.findByText('Choose today or an earlier day: log a decision once it is made.'),
    ).toBeInTheDocument();
  });

  it('keeps what was typed as a draft and offers it back', async () => {
    const first = renderApp('/roadmap/new');
    await first.user.type(await screen.findByRole('textbox', { name: 'What was decided' }), 'Reorg of platform');
    await waitFor(async () => expect(await db.drafts.get('moment:new')).toBeDefined(), { timeout: 3000 });
    first.unmount();

    const second = renderApp('/roadmap/new');
    const offer = await screen.findByRole('region', { name: 'Unsaved draft' });
    await second.user.click(within(offer).getByRole('button', { name: 'Restore draft' }));
    expect(screen.getByRole('textbox', { name: 'What was decided' })).toHaveValue('Reorg of platform');
  });

  it('edits a moment, and deletes it with Undo', async () => {
    const moment = await saveStrategyMoment(momentInput());
    const { user } = renderApp(`/roadmap/${moment.id}`);
    const title = await screen.findByRole('textbox', { name: 'What was decided' });
    expect(title).toHaveValue('We are buying Acme');
    await user.click(within(screen.getByRole('group', { name: 'How involved were you?' })).getByLabelText('Informed'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Roadmap room' });
    expect((await listStrategyMoments())[0]?.involvement).toBe('informed');

    await user.click(screen.getByRole('link', { name: 'We are buying Acme' }));
    await user.click(await screen.findByRole('button', { name: 'Delete this strategy moment' }));
    expect(await screen.findByText('“We are buying Acme” deleted.')).toBeInTheDocument();
    expect(await listStrategyMoments()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await listStrategyMoments()).toHaveLength(1));
  });
});

describe('capturing a moment where it happens', () => {
  it('goes from the quick log to a moment prefilled with the day, the people and the conversation', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Priya Nair' });
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await user.keyboard('{Control>}l{/Control}');
    const dialog = await findQuickLog();
    await user.keyboard('Priya{Enter}');
    await user.click(within(dialog).getByRole('checkbox', { name: /This conversation revealed a decision/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save conversation' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Record a strategy moment' })).toBeInTheDocument();
    expect(
      await within(screen.getByRole('list', { name: 'Chosen people' })).findByText('Priya Nair'),
    ).toBeInTheDocument();
    const link = screen.getByRole('combobox', { name: 'Where I learned of it (optional)' });
    await waitFor(() => expect(link).toHaveDisplayValue(/1:1 with Priya Nair/));
    const [conversation] = await db.conversations.toArray();
    expect(link).toHaveValue(conversation?.id);
  });

  it('opens a new moment from anywhere with the shortcut', async () => {
    const { user } = renderApp('/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.keyboard('{Control>}{Shift>}M{/Shift}{/Control}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Record a strategy moment' })).toBeInTheDocument();
  });
});

describe('the roadmap room', () => {
  useFrozenDate(new Date(2026, 11, 2, 12));

  async function seedTwoQuarters() {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const sam = await createPerson({ ...emptyPersonInput(), name: 'Sam Okafor' });
    const moments: Partial<StrategyMomentInput>[] = [
      {
        occurredOn: '2026-08-10',
        title: 'Platform rewrite',
        area: 'platform',
        involvement: 'shaped',
        techImpact: 'high',
        drivenBy: [dana.id],
      },
      {
        occurredOn: '2026-09-01',
        title: 'New pricing',
        area: 'pricing',
        involvement: 'informed',
        techImpact: 'medium',
        drivenBy: [sam.id],
      },
      {
        occurredOn: '2026-10-15',
        title: 'We are buying Acme',
        area: 'acquisition',
        involvement: 'blindsided',
        techImpact: 'high',
        drivenBy: [sam.id],
      },
      {
        occurredOn: '2026-11-20',
        title: 'We are buying Beta',
        area: 'acquisition',
        involvement: 'blindsided',
        techImpact: 'medium',
        drivenBy: [sam.id],
      },
      {
        occurredOn: '2026-11-25',
        title: 'Roadmap for 2027',
        area: 'roadmap',
        involvement: 'consulted',
        techImpact: 'low',
        drivenBy: [dana.id],
      },
    ];
    for (const moment of moments) await saveStrategyMoment(momentInput(moment));
  }

  it('teaches what to record when there is nothing yet', async () => {
    renderApp('/roadmap');
    expect(await screen.findByText(/No strategy moments yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Record a strategy moment/ })).toHaveAttribute('href', '#/roadmap/new');
  });

  it('scores each quarter and the last 90 days, counts involvement, and lists what blindsided me', async () => {
    await seedTwoQuarters();
    const { user } = renderApp('/roadmap');
    const score = await screen.findByRole('region', { name: 'Upstream score' });
    // Q4 so far: blindsided high (0 × 3), blindsided medium (0 × 2), consulted low (75 × 1) → 75 / 6 = 12.5.
    expect(score).toHaveTextContent('Last 90 days: 12.5 of 100');
    // Q3: shaped high (100 × 3), informed medium (25 × 2) → 350 / 5 = 70; earlier quarters have no score.
    const rows = within(within(score).getByRole('table')).getAllByRole('row');
    expect(rows.slice(-3).map((row) => row.textContent)).toEqual(['2026-Q2—', '2026-Q370', '2026-Q412.5']);

    const period = screen.getByRole('region', { name: 'In the last 90 days' });
    expect(period).toHaveTextContent('3 moments, upstream score 12.5 of 100.');
    const counts = within(period).getByRole('table', { name: 'Moments by how involved you were' });
    expect(
      within(counts)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0', '1', '0', '0', '2']);
    expect(period).toHaveTextContent('Consulted on what matters: 0 of 2 medium- and high-impact moments (0%).');
    const blindsided = within(period).getByRole('list', { name: 'Blindsided' });
    expect(
      within(blindsided)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'We are buying Beta (2026-11-20, Acquisition, driven by Sam Okafor)',
      'We are buying Acme (2026-10-15, Acquisition, driven by Sam Okafor)',
    ]);
    expect(within(period).getByRole('list', { name: 'Areas decided without you' })).toHaveTextContent(
      'Acquisition: 2, last on 2026-11-20 (recurs)',
    );
    expect(within(period).getByRole('list', { name: 'People who decided without you' })).toHaveTextContent(
      'Sam Okafor: 2, last on 2026-11-20 (recurs)',
    );

    // Both roadmap warnings hold: two blindsided moments in 90 days, and 70 → 12.5 this quarter.
    const warnings = screen.getByRole('region', { name: 'Early warnings' });
    expect(warnings).toHaveTextContent('Decisions are being made without you');
    expect(warnings).toHaveTextContent('Your upstream score is falling');
    expect(warnings).toHaveTextContent('Rule: You were blindsided by 2 or more strategic moments');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2026-Q3');
    const q3 = screen.getByRole('region', { name: 'In 2026-Q3' });
    expect(q3).toHaveTextContent('2 moments, upstream score 70 of 100.');
    expect(q3).toHaveTextContent('Not blindsided in 2026-Q3.');
    expect(q3).toHaveTextContent('1 moment where you were only informed or blindsided.');
  });

  it('filters the list by area, involvement and impact within the period', async () => {
    await seedTwoQuarters();
    const { user } = renderApp('/roadmap');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Period' }), 'All time');
    const list = () => screen.getByRole('region', { name: /^Strategy moments in all time/ });
    expect(within(list()).getAllByRole('listitem')).toHaveLength(5);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), 'Acquisition');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(2);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Impact' }), 'High');
    expect(within(list()).getByRole('listitem')).toHaveTextContent('We are buying Acme');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Involvement' }), 'Shaped');
    expect(within(list()).getByText('No moment matches these filters.')).toBeInTheDocument();
  });
});
