import { expect, test, type Page } from '@playwright/test';
import { launchApp, newProfileDir } from './browser';

async function addPerson(page: Page, name: string) {
  await page.goto(`${page.url().split('#')[0]}#/people/new`);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('log a conversation by keyboard, survive a reload mid-typing, and follow it everywhere', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await addPerson(page, 'Dana Whitfield');
  await page.keyboard.press('Alt+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Keyboard only, from the shortcut to the saved conversation.
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'People' })).toBeFocused();
  await page.keyboard.type('Dan');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Chosen people' })).toContainText('Dana Whitfield');

  await dialog.getByLabel('Notes').focus();
  await page.keyboard.type('Q3 budget review. She worries about cloud spend');
  await dialog.getByRole('button', { name: '+ I owe' }).press('Enter');
  await page.keyboard.type('Send the cloud cost breakdown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('11302026');

  // Reload mid-typing, before the autosave pause has passed: what is pending is written as the page
  // hides, and the draft is offered back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.keyboard.press('Control+l');
  await dialog.getByRole('button', { name: 'Restore draft' }).press('Enter');
  await expect(dialog.getByLabel('Notes')).toHaveValue('Q3 budget review. She worries about cloud spend');
  await expect(dialog.getByLabel('Commitment 1: what')).toHaveValue('Send the cloud cost breakdown');
  await expect(dialog.getByLabel('Commitment 1: due')).toHaveValue('2026-11-30');

  await dialog.getByRole('button', { name: '+ They owe' }).press('Enter');
  await page.keyboard.type('Share the FY27 headcount plan');
  await dialog.getByLabel('Worries heard').fill('Cloud spend growing faster than revenue');
  await dialog.getByRole('radio', { name: '4 — warm' }).check();
  await dialog.getByLabel('Notes').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Conversation saved.');

  // Today: both commitments, each way.
  await expect(page.getByRole('list', { name: 'I owe' })).toContainText('Send the cloud cost breakdown');
  await expect(page.getByRole('list', { name: 'They owe' })).toContainText('Share the FY27 headcount plan');

  // The Log's timeline.
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('article', { name: 'Dana Whitfield' })).toContainText('Q3 budget review');

  // The dossier: on track, the conversation, the worry heard, the commitments.
  await page.keyboard.press('Alt+2');
  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  const relationship = page.getByRole('region', { name: 'Relationship' });
  await expect(relationship).toContainText('On track');
  await expect(relationship).toContainText('Today');
  await expect(page.getByRole('region', { name: 'What worries them' })).toContainText(
    'Cloud spend growing faster than revenue',
  );
  await expect(page.getByRole('list', { name: 'Open commitments with Dana Whitfield' })).toContainText(
    'Send the cloud cost breakdown',
  );

  // The open commitments view; marking one done there moves it off the list.
  await page.goto(`${page.url().split('#')[0]}#/commitments`);
  const iOwe = page.getByRole('list', { name: 'I owe' });
  await iOwe.getByRole('checkbox', { name: /Send the cloud cost breakdown/ }).click();
  await expect(page.getByRole('status')).toContainText('Done: Send the cloud cost breakdown');
  await expect(page.getByText('Nothing you owe anyone. Nice.')).toBeVisible();

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});

test('a new peer, three conversations in well under a minute, and cadence and health follow', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await addPerson(page, 'Sam Ortiz');
  const relationship = page.getByRole('region', { name: 'Relationship' });
  await expect(relationship).toContainText('Never talked');
  // Never talked: recency 0, warmth unrated 0.5 → 20, no overdue commitments → 20.
  await expect(relationship).toContainText('40/100');

  const started = Date.now();
  for (const [notes, warmth] of [
    ['Tense roadmap debate', '2 — cool'],
    ['Cleared the air over lunch', '4 — warm'],
    ['Agreed the pricing experiment together', '5 — warm, trusting'],
  ] as const) {
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
    await page.keyboard.type('Sam');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Notes').fill(notes);
    await dialog.getByRole('radio', { name: warmth }).check();
    await dialog.getByLabel('Notes').press('Control+Enter');
    await expect(dialog).toBeHidden();
  }
  expect(Date.now() - started).toBeLessThan(60_000);

  // On track now; warmth mean 2 → 3 → 4 gives (4 − 1) / 4 × 40 = 30, recency 40, commitments 20.
  await expect(relationship).toContainText('On track');
  await expect(relationship).toContainText('90/100');
  await expect(relationship).toContainText('4.0/5, warming');
  await expect(page.getByRole('heading', { name: 'Conversations (3)' })).toBeVisible();
  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
