import { expect, test, type Page } from '@playwright/test';
import { CBI_PERSONAL, CBI_WORK, UCLA3, type Instrument } from '@shared/domain/check-in-instruments';
import { SELF_CHECK_DISCLAIMER } from '@shared/domain/check-in-scoring';
import { launchApp, newProfileDir } from './browser';

// Three Fridays in a row, an hour after the default check-in time (Friday 16:00): 2026-W10, W11 and W12.
const WEEK_10 = new Date(2026, 2, 6, 17, 0);
const WEEK_11 = new Date(2026, 2, 13, 17, 0);
const WEEK_12 = new Date(2026, 2, 20, 17, 0);

/** Opens the check-in screen with the page's clock fixed at `now` (the clock applies from the next load). */
async function openCheckInAt(page: Page, now: Date) {
  await page.clock.setFixedTime(now);
  await page.reload();
  await expect(page.getByRole('radiogroup', { name: CBI_WORK.items[0].text })).toBeVisible();
}

/** Answers every item of `instrument` with the option at `optionFor(itemIndex)`, by mouse. */
async function answerAll(page: Page, instrument: Instrument, optionFor: (itemIndex: number) => number) {
  for (const [index, item] of instrument.items.entries()) {
    const option = item.options[optionFor(index)] ?? '';
    await page.getByRole('radiogroup', { name: item.text }).getByRole('radio', { name: option, exact: true }).check();
  }
}

test('a weekly check-in by keyboard, then three weeks of trends and early warnings', async () => {
  const app = await launchApp(newProfileDir(), '/check-in');
  const { page } = app;

  // Week 10, by keyboard alone: "Somewhat"/"Sometimes" (the third option) for every burnout question,
  // "Often" (the third) for every loneliness question, energy 3.
  await openCheckInAt(page, WEEK_10);
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeFocused();
  const questions = CBI_WORK.items.length + CBI_PERSONAL.items.length + UCLA3.items.length + 1;
  for (let question = 0; question < questions; question += 1) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
  }
  await expect(
    page.getByRole('radiogroup', { name: 'Energy this week' }).getByRole('radio', { name: '3 — steady' }),
  ).toBeChecked();
  await page.keyboard.press('Tab'); // the link to add people, since there is no one yet
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('A win this week')).toBeFocused();
  await page.keyboard.type('Closed the budget');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Two incidents');
  await page.keyboard.press('Tab');
  await page.keyboard.type('I should delegate the migration');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeFocused();
  await page.keyboard.press('Enter');

  const results = page.getByRole('region', { name: 'Your results for 2026-W10' });
  await expect(results).toBeVisible();
  await expect(results.getByRole('article', { name: 'Work burnout (CBI)' })).toContainText('50 of 100 · Moderate');
  await expect(results.getByRole('article', { name: 'Personal burnout (CBI)' })).toContainText('50 of 100 · Moderate');
  await expect(results.getByRole('article', { name: 'Loneliness (UCLA-3)' })).toContainText('9 of 9 · Lonely');
  await expect(results.getByRole('article', { name: 'Work burnout (CBI)' })).toContainText('Source: Kristensen');
  await expect(results.getByRole('article', { name: 'Loneliness (UCLA-3)' })).toContainText('Source: Hughes');
  await expect(results).toContainText(SELF_CHECK_DISCLAIMER);
  await expect(results.getByRole('complementary', { name: 'Where to look for help' })).toBeVisible();

  // Week 11: the same answers, by mouse.
  await openCheckInAt(page, WEEK_11);
  await answerAll(page, CBI_WORK, () => 2);
  await answerAll(page, CBI_PERSONAL, () => 2);
  await answerAll(page, UCLA3, () => 2);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByRole('region', { name: 'Your results for 2026-W11' })).toBeVisible();

  // Week 12: work burnout rises to 75 (the energy question is reverse-scored: "Seldom" is 75).
  await openCheckInAt(page, WEEK_12);
  await answerAll(page, CBI_WORK, (index) => (index === 6 ? 3 : 1));
  await answerAll(page, UCLA3, () => 0);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Your results for 2026-W12' })
      .getByRole('article', { name: 'Work burnout (CBI)' }),
  ).toContainText('75 of 100 · High');

  const warnings = page.getByRole('region', { name: 'Early warnings' });
  await expect(warnings).toContainText('Work burnout is high');
  await expect(warnings).toContainText('Work burnout has stayed up');
  await expect(warnings).toContainText(
    'Rule: Your work-related burnout score was 50 or more in each of your last 3 check-ins.',
  );
  await expect(warnings).toContainText('Your last three work-related burnout scores were 50, 50, and 75.');
  await expect(warnings).toContainText('You may be carrying this alone');

  const burnout = page.locator('figure', { has: page.getByText('Burnout by week (0–100)', { exact: true }) });
  await expect(burnout.locator('canvas').first()).toBeVisible();
  await burnout.getByText('Show the data as a table').click();
  await expect(burnout.getByRole('row').filter({ hasText: '2026-W10' })).toContainText('50');
  await expect(burnout.getByRole('row').filter({ hasText: '2026-W12' })).toContainText('75');
  await expect(burnout.getByRole('row').filter({ hasText: '2026-W09' })).toContainText('—');

  const history = page.getByRole('region', { name: 'Past check-ins' });
  await expect(history.getByRole('link')).toHaveText(['2026-W12', '2026-W11', '2026-W10']);
  await history.getByRole('link', { name: '2026-W10' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in for 2026-W10' })).toBeVisible();
  await expect(page.getByLabel('Reflection')).toHaveValue('I should delegate the migration');

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
