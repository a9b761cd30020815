import { render, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SELF_CHECK_DISCLAIMER } from '@shared/domain/check-in-scoring';
import { emptyPersonInput } from '@shared/domain/person';
import { getCheckIn, listRecentCheckIns, saveCheckIn } from '@renderer/db/check-ins-repository';
import { db } from '@renderer/db/tables/schema';
import { getDraft } from '@renderer/db/drafts-repository';
import { createPerson } from '@renderer/db/people-repository';
import { getSettings, updateSettings } from '@renderer/db/settings-repository';
import { CheckInDueCard } from '@renderer/features/check-in/CheckInDueCard';
import { renderApp } from './render-app';

// Friday 20 November 2026, 17:00 in the tests' zone: ISO week 2026-W47, an hour after the default
// check-in time (Friday 16:00).
const FRIDAY_EVENING = new Date(2026, 10, 20, 17, 0);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY_EVENING);
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const group = (name: string) => screen.getByRole('radiogroup', { name });

/** Tab to the next question and press `keys` there. */
async function answer(user: UserEvent, keys: string) {
  await user.tab();
  await user.keyboard(keys);
}

async function openForm(route = '/check-in') {
  const view = renderApp(route);
  await screen.findByRole('radiogroup', { name: 'Is your work emotionally exhausting?' });
  return view;
}

describe('Check-in', () => {
  it('is completed by keyboard alone and shows each score with its band, meaning, source and the disclaimer', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user } = await openForm();
    await screen.findByRole('checkbox', { name: 'Dana Whitfield' });
    expect(screen.getByRole('heading', { level: 1, name: 'Check-in' })).toHaveFocus();

    // Work: "To a very high degree" (Space on the first option), then "Somewhat"/"Sometimes" six times.
    await answer(user, ' ');
    expect(
      within(group('Is your work emotionally exhausting?')).getByRole('radio', { name: 'To a very high degree' }),
    ).toBeChecked();
    for (let item = 2; item <= 7; item += 1) await answer(user, '{ArrowDown}{ArrowDown}');
    expect(
      within(group('Do you have enough energy for family and friends during leisure time?')).getByRole('radio', {
        name: 'Sometimes',
      }),
    ).toBeChecked();
    // Personal: two answered ("Often"), four skipped (arrow up from the first option reaches "Skip").
    await answer(user, '{ArrowDown}');
    await answer(user, '{ArrowDown}');
    for (let item = 3; item <= 6; item += 1) await answer(user, '{ArrowUp}');
    expect(within(group('How often do you feel worn out?')).getByRole('radio', { name: 'Skip' })).toBeChecked();
    // Loneliness: "Often" three times.
    for (let item = 1; item <= 3; item += 1) await answer(user, '{ArrowDown}{ArrowDown}');
    await answer(user, '{ArrowDown}{ArrowDown}'); // energy 3
    await answer(user, ' '); // Dana
    await answer(user, 'Closed the budget');
    await answer(user, 'Two incidents');
    await answer(user, 'Need to delegate more');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save check-in' })).toHaveFocus();
    await user.keyboard('{Enter}');

    const results = await screen.findByRole('region', { name: 'Your results for 2026-W47' });
    await waitFor(() => expect(within(results).getByRole('heading', { level: 2 })).toHaveFocus());
    const work = within(results).getByRole('article', { name: 'Work burnout (CBI)' });
    expect(work).toHaveTextContent('57 of 100 · Moderate');
    expect(work).toHaveTextContent('50 to under 75: moderate burnout.');
    expect(work).toHaveTextContent(/Source: Kristensen, T\. S\..*Work & Stress, 19\(3\)/);
    expect(within(work).getByText('How is this computed?')).toBeInTheDocument();
    const personal = within(results).getByRole('article', { name: 'Personal burnout (CBI)' });
    expect(personal).toHaveTextContent('No score');
    expect(personal).toHaveTextContent('Fewer than 3 of the 6 questions were answered');
    const loneliness = within(results).getByRole('article', { name: 'Loneliness (UCLA-3)' });
    expect(loneliness).toHaveTextContent('9 of 9 · Lonely');
    expect(loneliness).toHaveTextContent(/Source: Hughes, M\. E\..*Research on Aging, 26\(6\)/);
    expect(within(results).getByText(SELF_CHECK_DISCLAIMER)).toBeInTheDocument();
    expect(within(results).getByRole('complementary', { name: 'Where to look for help' })).toHaveTextContent(
      'contact your local emergency services',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Check-in for 2026-W47 saved.');

    const [stored] = await listRecentCheckIns(5);
    expect(stored).toMatchObject({
      week: '2026-W47',
      cbiWork: [0, 2, 2, 2, 2, 2, 2],
      cbiPersonal: [1, 1, null, null, null, null],
      ucla3: [2, 2, 2],
      energy: 3,
      win: 'Closed the budget',
      drain: 'Two incidents',
      reflection: 'Need to delegate more',
    });
    expect(stored?.leanedOn).toHaveLength(1);
    // Thirty-odd keystrokes through a full form: slower than the default timeout on a busy machine.
  }, 30_000);

  it('gives no score, not zero, where the scoring rules say so, and no help note when nothing is high', async () => {
    await saveCheckIn({
      week: '2026-W47',
      cbiWork: [3, 3, 3, null, null, null, null],
      cbiPersonal: [4, 4, 4, 4, 4, 4],
      ucla3: [0, null, 0],
      leanedOn: [],
    });
    renderApp('/check-in');
    const results = await screen.findByRole('region', { name: 'Your results for 2026-W47' });
    expect(within(results).getByRole('article', { name: 'Work burnout (CBI)' })).toHaveTextContent(
      'No scoreFewer than 4 of the 7 questions were answered, so there is no score (not zero).',
    );
    expect(within(results).getByRole('article', { name: 'Personal burnout (CBI)' })).toHaveTextContent(
      '0 of 100 · Low',
    );
    expect(within(results).getByRole('article', { name: 'Loneliness (UCLA-3)' })).toHaveTextContent(
      'A question was skipped',
    );
    expect(within(results).queryByRole('complementary', { name: 'Where to look for help' })).not.toBeInTheDocument();
  });

  it('opens a done week prefilled and saving edits the same check-in', async () => {
    const saved = await saveCheckIn({
      week: '2026-W47',
      cbiWork: [2, 2, 2, 2, 2, 2, 2],
      ucla3: [0, 0, 0],
      leanedOn: [],
      win: 'Hired a VP',
    });
    const { user } = await openForm();
    expect(screen.getByRole('heading', { level: 2, name: 'Edit your answers' })).toBeInTheDocument();
    expect(
      within(group('Is your work emotionally exhausting?')).getByRole('radio', { name: 'Somewhat' }),
    ).toBeChecked();
    expect(screen.getByLabelText('A win this week')).toHaveValue('Hired a VP');

    await user.click(
      within(group('Is your work emotionally exhausting?')).getByRole('radio', { name: 'To a very high degree' }),
    );
    await user.click(within(group('Does your work frustrate you?')).getByRole('radio', { name: 'Skip' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(async () => expect((await getCheckIn('2026-W47'))?.cbiWork).toEqual([0, 2, null, 2, 2, 2, 2]));
    const all = await listRecentCheckIns(5);
    expect(all).toHaveLength(1);
    expect(all[0]?.id).toBe(saved.id);
    expect(await screen.findByRole('article', { name: 'Work burnout (CBI)' })).toHaveTextContent('58 of 100');
  });

  it('lists past check-ins and opens a past week to view and edit it', async () => {
    vi.setSystemTime(new Date(2026, 10, 6, 12, 0));
    await saveCheckIn({ week: '2026-W45', cbiWork: [1, 1, 1, 1, 1, 1, 3], ucla3: [0, 0, 1], energy: 2, leanedOn: [] });
    vi.setSystemTime(FRIDAY_EVENING);
    const { user } = renderApp('/check-in');
    const history = await screen.findByRole('region', { name: 'Past check-ins' });
    const row = await within(history).findByRole('row', { name: /2026-W45/ });
    expect(row).toHaveTextContent('75 (High)');
    expect(row).toHaveTextContent('4 (Not lonely)');
    await user.click(within(row).getByRole('link', { name: '2026-W45' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check-in for 2026-W45' })).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Work burnout (CBI)' })).toHaveTextContent('75 of 100 · High');
    const energy = await screen.findByRole('radiogroup', { name: 'Energy this week' });
    expect(within(energy).getByRole('radio', { name: '2 — low' })).toBeChecked();
  });

  it('refuses a week that has not started or does not exist', async () => {
    renderApp('/check-in/2026-W48');
    expect(await screen.findByText(/2026-W48 has not started yet/)).toBeInTheDocument();
  });

  it('offers the unsaved answers back after the form closes, and clears them on save', async () => {
    const first = await openForm();
    await first.user.click(
      within(group('Does your work frustrate you?')).getByRole('radio', { name: 'To a high degree' }),
    );
    await first.user.type(screen.getByLabelText('Reflection'), 'Half-written thought');
    first.unmount();
    await waitFor(async () => expect(await getDraft('check-in:2026-W47')).toBeDefined());

    const { user } = await openForm();
    const offer = await screen.findByRole('region', { name: 'Unsaved answers' });
    expect(screen.getByLabelText('Reflection')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Restore unsaved answers' }));
    expect(screen.getByLabelText('Reflection')).toHaveValue('Half-written thought');
    expect(
      within(group('Does your work frustrate you?')).getByRole('radio', { name: 'To a high degree' }),
    ).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Unsaved answers' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('region', { name: 'Your results for 2026-W47' });
    await waitFor(async () => expect(await getDraft('check-in:2026-W47')).toBeUndefined());
  });

  it('asks for at least one answer and explains a text that is too long, saving nothing', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Answer at least one question before saving');
    expect(
      within(group('Is your work emotionally exhausting?')).getByRole('radio', { name: 'To a very high degree' }),
    ).toHaveFocus();

    await user.click(within(group('How often do you feel tired?')).getByRole('radio', { name: 'Often' }));
    await user.click(screen.getByLabelText('Reflection'));
    await user.paste('x'.repeat(10_001));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    const reflection = screen.getByLabelText('Reflection');
    expect(reflection).toHaveAttribute('aria-invalid', 'true');
    expect(reflection).toHaveAccessibleDescription(
      'Anything you want to remember about this week. The reflection can be at most 10,000 characters.',
    );
    expect(reflection).toHaveFocus();
    expect(await listRecentCheckIns(5)).toEqual([]);
  });

  it('keeps everything typed when the disk fails, says why, and writes nothing more', async () => {
    vi.spyOn(db.checkIns, 'bulkPut').mockRejectedValueOnce(
      Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }),
    );
    const { user } = await openForm();
    await user.click(
      within(group('Do you feel burnt out because of your work?')).getByRole('radio', { name: 'Somewhat' }),
    );
    await user.type(screen.getByLabelText('A win this week'), 'Kept calm');
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));

    // The banner and the form's own message come from two renders; either may paint first.
    expect(await screen.findByRole('alert', { name: 'Upstream has stopped saving' })).toBeInTheDocument();
    expect(await screen.findByText(/could not save to disk/, { selector: '.form-error' })).toBeInTheDocument();
    expect(screen.getByLabelText('A win this week')).toHaveValue('Kept calm');
    expect(
      within(group('Do you feel burnt out because of your work?')).getByRole('radio', { name: 'Somewhat' }),
    ).toBeChecked();
    expect(await listRecentCheckIns(5)).toEqual([]);

    // Storage failed once: the app stops writing for the session, however the user retries.
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    expect(await screen.findByText(/has stopped saving/, { selector: '.form-error' })).toBeInTheDocument();
    expect(screen.getByLabelText('A win this week')).toHaveValue('Kept calm');
    expect(await listRecentCheckIns(5)).toEqual([]);
  });

  it('leaves out the personal burnout questions when Settings turns them off', async () => {
    await updateSettings({ includeCbiPersonal: false });
    const { user } = await openForm();
    expect(screen.queryByRole('radiogroup', { name: 'How often do you feel tired?' })).not.toBeInTheDocument();
    await user.click(within(group('How often do you feel left out?')).getByRole('radio', { name: 'Hardly ever' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('region', { name: 'Your results for 2026-W47' });
    expect(screen.queryByRole('article', { name: 'Personal burnout (CBI)' })).not.toBeInTheDocument();
    expect(await getCheckIn('2026-W47')).not.toHaveProperty('cbiPersonal');
  });

  it('shows trends with gaps and the early warnings with their rules', async () => {
    const high = [1, 1, 1, 1, 1, 1, 3];
    for (const [week, day] of [
      ['2026-W44', 30],
      ['2026-W46', 13],
      ['2026-W47', 20],
    ] as const) {
      vi.setSystemTime(new Date(2026, week === '2026-W44' ? 9 : 10, day, 12, 0));
      await saveCheckIn({ week, cbiWork: high, ucla3: [2, 2, 2], energy: 2, leanedOn: [] });
    }
    vi.setSystemTime(FRIDAY_EVENING);
    renderApp('/check-in');

    const warnings = await screen.findByRole('region', { name: 'Early warnings' });
    expect(await within(warnings).findByText('Work burnout is high')).toBeInTheDocument();
    expect(warnings).toHaveTextContent(
      'Rule: Your work-related burnout score was 50 or more in each of your last 3 check-ins.',
    );
    expect(warnings).toHaveTextContent('You may be carrying this alone');
    expect(warnings).not.toHaveTextContent("This week's check-in is due");

    const trends = screen.getByRole('region', { name: 'Trends' });
    // The figure is named by its caption in browsers; jsdom's name computation does not read figcaption.
    const burnout = within(trends)
      .getByText('Burnout by week (0–100)', { selector: 'figcaption' })
      .closest('figure') as HTMLElement;
    const row = (week: string) => within(burnout).getByRole('row', { name: new RegExp(`^${week}`), hidden: true });
    expect(row('2026-W44')).toHaveTextContent('2026-W447575');
    // A missed week is a gap, while the rolling mean carries on from the weeks that have a score.
    expect(row('2026-W45')).toHaveTextContent('2026-W45—75');
    expect(within(trends).getAllByRole('figure')).toHaveLength(3);
  });
});

describe('Check-in settings', () => {
  it('saves the day, time and personal questions, with a message by a field that is wrong', async () => {
    const { user } = renderApp('/settings');
    const time = await screen.findByLabelText('Reminder time');
    await user.clear(time);
    await user.click(screen.getByRole('button', { name: 'Save check-in settings' }));
    expect(time).toHaveAccessibleDescription('The reminder comes at this time on that day. Use a time like 16:00.');
    expect((await getSettings()).checkInTime).toBe('16:00');

    await user.selectOptions(screen.getByLabelText('Check-in day'), 'Monday');
    await user.type(time, '09:30');
    await user.click(screen.getByRole('checkbox', { name: 'Include the personal burnout questions' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in settings' }));
    await waitFor(async () =>
      expect(await getSettings()).toMatchObject({ checkInWeekday: 1, checkInTime: '09:30', includeCbiPersonal: false }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Check-in settings saved.');
  });
});

describe('Check-in due card', () => {
  it('says when the check-in is due, that it is due, and that it is done', async () => {
    vi.setSystemTime(new Date(2026, 10, 19, 9, 0));
    const { unmount } = render(<CheckInDueCard />);
    expect(await screen.findByText(/due Friday 20 November at 16:00/)).toBeInTheDocument();
    unmount();

    vi.setSystemTime(FRIDAY_EVENING);
    const due = render(<CheckInDueCard />);
    expect(await screen.findByText('This week’s check-in is due')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start this week’s check-in' })).toHaveAttribute('href', '/check-in');

    await saveCheckIn({ week: '2026-W47', cbiWork: [2, 2, 2, 2, 2, 2, 2], ucla3: [0, 0, 0], leanedOn: [] });
    expect(await screen.findByText(/This week’s check-in is done/)).toBeInTheDocument();
    due.unmount();
  });
});
