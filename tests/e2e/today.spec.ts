import { expect, test, type Page } from '@playwright/test';
import { launchApp, newProfileDir, showRoute } from './browser';

// Today as a user meets it after some weeks: a peer added two months ago and never met is the most overdue
// of all, so they come first in "Who needs you" and an early warning names them, ahead of someone added this
// week. The clock is fixed: first on the day the peer was added, then on "today".

const ADDED = new Date('2026-10-01T09:00:00');
const TODAY = new Date('2026-12-02T12:00:00');

async function addPerson(page: Page, name: string, influence: string) {
  await showRoute(page, '/people/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Influence').selectOption(influence);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('the overdue high-influence peer comes first on Today, with a warning that names them', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await app.context.clock.setFixedTime(ADDED);
  await page.reload();
  await addPerson(page, 'Sam Okafor', '5');
  await addPerson(page, 'Kim Low', '2');

  await app.context.clock.setFixedTime(TODAY);
  await page.reload();
  await addPerson(page, 'Lee Park', '5');

  await showRoute(page, '/');
  const attention = page.getByRole('region', { name: 'Who needs you' });
  await expect(attention.getByRole('listitem')).toHaveCount(3);
  await expect(attention.getByRole('listitem').first()).toContainText('Sam Okafor');
  await expect(attention.getByRole('listitem').first()).toContainText('Overdue');
  await expect(attention.getByRole('listitem').filter({ hasText: 'Lee Park' })).toContainText('Never talked');

  const warnings = page.getByRole('region', { name: 'Early warnings' });
  await expect(warnings).toContainText('An influential peer is overdue');
  await expect(warnings).toContainText('Overdue: Sam Okafor.');
  await expect(warnings).not.toContainText('Lee Park');

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
