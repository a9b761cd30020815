import { expect, test } from '@playwright/test';
import { launchApp, newProfileDir } from './browser';

test('a person added in the browser survives a reload and a browser restart', async () => {
  const profile = newProfileDir();
  const first = await launchApp(profile, '/people');
  const { page } = first;

  await expect(page.getByText('No one here yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Add your first person' }).click();
  await page.getByLabel('Name').fill('Dana Whitfield');
  await page.getByLabel('Title').fill('Chief Financial Officer');
  await page.getByLabel('Function').selectOption('finance');
  await page.getByLabel('Stance now').selectOption('skeptical');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  // Edit by keyboard: change the stance and save with Enter.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Stance now').selectOption('supportive');
  await page.getByLabel('Title').press('Enter');
  await expect(page.getByRole('region', { name: 'Stance history' })).toContainText('Skeptical → Supportive');

  await page.getByRole('textbox', { name: 'Add a priority' }).fill('Close the year under budget');
  await page.getByRole('textbox', { name: 'Add a priority' }).press('Enter');
  await expect(page.getByText('Close the year under budget')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await expect(page.getByText('Close the year under budget')).toBeVisible();

  expect(first.errors).toEqual([]);
  expect(first.foreignRequests).toEqual([]);
  await first.context.close();

  // A new browser process on the same profile finds everything.
  const second = await launchApp(profile, '/people');
  await expect(second.page.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await second.page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(second.page.getByText('Supportive now → Supportive desired')).toBeVisible();
  await expect(second.page.getByText('Close the year under budget')).toBeVisible();
  expect(second.errors).toEqual([]);
  expect(second.foreignRequests).toEqual([]);
  await second.context.close();
});

test('archiving hides a person from the list until asked for, and can be undone', async () => {
  const app = await launchApp(newProfileDir(), '/people/new');
  const { page } = app;
  await page.getByLabel('Name').fill('Lee Park');
  await page.getByRole('button', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('status')).toContainText('Lee Park archived');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lee Park' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await expect(page.getByRole('link', { name: 'Lee Park' })).toBeVisible();
  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});

test('the dark theme applies and persists', async () => {
  const profile = newProfileDir();
  const app = await launchApp(profile, '/settings');
  await app.page.getByRole('radio', { name: 'Dark' }).check();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.context.close();
  const again = await launchApp(profile, '/');
  await expect(again.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(again.errors).toEqual([]);
  await again.context.close();
});
