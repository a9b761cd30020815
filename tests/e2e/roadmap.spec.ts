import { expect, test, type Page } from '@playwright/test';
import { addPerson, launchApp, newProfileDir, openQuickLogWith, showRoute } from './browser';

// The roadmap room in the browser: moments recorded through the form, the upstream score per quarter and
// the blindsided list from what was entered, and the warning on Today. The clock is fixed on 2 December
// 2026 so the quarters (2026-Q3 and 2026-Q4) are the same whenever this runs.

const NOW = new Date('2026-12-02T12:00:00');

type Moment = {
  title: string;
  on: string;
  area: string;
  involvement: 'Shaped' | 'Consulted' | 'Present' | 'Informed' | 'Blindsided';
  impact: 'None' | 'Low' | 'Medium' | 'High';
  drivenBy?: string;
};

async function recordMoment(page: Page, moment: Moment) {
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByRole('heading', { level: 1, name: 'Record a strategy moment' })).toBeVisible();
  await page.getByRole('textbox', { name: 'What was decided' }).fill(moment.title);
  await page.getByLabel('Decided on').fill(moment.on);
  await page.getByRole('combobox', { name: 'Area' }).selectOption({ label: moment.area });
  await page.getByRole('combobox', { name: 'Impact on technology' }).selectOption({ label: moment.impact });
  await page
    .getByRole('group', { name: 'How involved were you?' })
    .getByRole('radio', { name: moment.involvement })
    .check();
  if (moment.drivenBy) {
    await page.getByRole('combobox', { name: 'Who drove it' }).fill(moment.drivenBy);
    const match = page.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true });
    await expect(match).toContainText(moment.drivenBy);
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Save strategy moment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roadmap room' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Strategy moment saved.' })).toBeVisible();
}

test('five moments across two quarters: the score per quarter, the blindsided list, and the warning on Today', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await app.context.clock.setFixedTime(NOW);
  await page.reload();
  await addPerson(page, { name: 'Sam Okafor', title: 'Chief Operating Officer' });
  await addPerson(page, { name: 'Dana Whitfield' });

  // The moment the product exists for, timed from the shortcut to saved.
  const started = Date.now();
  await recordMoment(page, {
    title: 'We bought Acme; I was told afterwards',
    on: '2026-11-20',
    area: 'Acquisition',
    involvement: 'Blindsided',
    impact: 'High',
    drivenBy: 'Sam',
  });
  expect(Date.now() - started).toBeLessThan(60_000);

  await recordMoment(page, {
    title: 'Platform rewrite',
    on: '2026-08-10',
    area: 'Platform',
    involvement: 'Shaped',
    impact: 'High',
    drivenBy: 'Dana',
  });
  await recordMoment(page, {
    title: 'New pricing',
    on: '2026-09-01',
    area: 'Pricing',
    involvement: 'Informed',
    impact: 'Medium',
  });
  await recordMoment(page, {
    title: 'Roadmap for 2027',
    on: '2026-11-25',
    area: 'Roadmap',
    involvement: 'Consulted',
    impact: 'Low',
  });

  // One blindsided moment in 90 days does not warn yet.
  await showRoute(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Decisions are being made without you')).toHaveCount(0);

  await recordMoment(page, {
    title: 'We are buying Beta',
    on: '2026-10-15',
    area: 'Acquisition',
    involvement: 'Blindsided',
    impact: 'Medium',
    drivenBy: 'Sam',
  });

  // Q3: shaped high (100 × 3) and informed medium (25 × 2) → 70. Q4: blindsided high and medium (0) and
  // consulted low (75 × 1) → 75 / 6 = 12.5.
  const score = page.getByRole('region', { name: 'Upstream score' });
  await score.getByText('Show the data as a table').click();
  await expect(score.getByRole('row', { name: /2026-Q3/ })).toHaveText('2026-Q370');
  await expect(score.getByRole('row', { name: /2026-Q4/ })).toHaveText('2026-Q412.5');
  await expect(score).toContainText('Last 90 days: 12.5 of 100');
  const blindsided = page.getByRole('list', { name: 'Blindsided' });
  await expect(blindsided.getByRole('listitem')).toHaveText([
    'We bought Acme; I was told afterwards (2026-11-20, Acquisition, driven by Sam Okafor)',
    'We are buying Beta (2026-10-15, Acquisition, driven by Sam Okafor)',
  ]);
  await expect(page.getByRole('list', { name: 'People who decided without you' })).toContainText(
    'Sam Okafor: 2, last on 2026-11-20 (recurs)',
  );

  // Two blindsided moments in 90 days: the warning shows on Today with its rule.
  await showRoute(page, '/');
  const warning = page.getByText('Decisions are being made without you');
  await expect(warning).toBeVisible();
  await expect(page.getByText(/You were blindsided by 2 or more strategic moments in the last 90 days/)).toBeVisible();

  // Sam's page lists the moments he drove.
  await showRoute(page, '/people');
  await page.getByRole('link', { name: 'Sam Okafor' }).click();
  await expect(page.getByRole('link', { name: 'We bought Acme; I was told afterwards' })).toBeVisible();

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});

test('a conversation that revealed a decision goes on to a moment prefilled from it', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await addPerson(page, { name: 'Priya Nair' });
  const dialog = await openQuickLogWith(page, 'Priya Nair');
  await dialog.getByLabel('Notes').fill('She let slip that the board approved the reorg.');
  await dialog.getByRole('checkbox', { name: /This conversation revealed a decision/ }).check();
  await dialog.getByLabel('Notes').press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Record a strategy moment' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Chosen people' })).toContainText('Priya Nair');
  await expect(page.getByRole('combobox', { name: 'Where I learned of it (optional)' })).toContainText(
    '1:1 with Priya Nair',
  );
  expect(app.errors).toEqual([]);
  await app.context.close();
});
