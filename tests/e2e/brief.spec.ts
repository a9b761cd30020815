import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addPerson, launchApp, logConversation, newProfileDir, showRoute } from './browser';

// The offsite brief in the browser: people and conversations entered through the app, the brief chosen for
// two of them, and its Markdown file downloaded with one section per chosen person. The clock is fixed so
// the dates in the brief are the same whenever this runs.

const NOW = new Date('2026-12-02T12:00:00');

test('the Markdown brief downloads with one section per chosen person', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await app.context.clock.setFixedTime(NOW);
  await page.reload();

  // Influence 3 (the form's default) puts Dana and Sam in a new brief; Lee, at 2, is not.
  await addPerson(page, { name: 'Dana Whitfield', title: 'Chief Financial Officer' });
  await addPerson(page, { name: 'Sam Okafor', title: 'Chief Operating Officer' });
  await showRoute(page, '/people/new');
  await page.getByLabel('Name').fill('Lee Partner');
  await page.getByLabel('Influence').selectOption({ label: '2 — some say' });
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lee Partner' })).toBeVisible();

  await logConversation(page, {
    person: 'Dana Whitfield',
    title: 'Budget review',
    notes: 'Cloud spend is the worry for next year.',
    commitments: [
      { direction: 'I owe', text: 'Send the cloud cost model' },
      { direction: 'They owe', text: 'Share the budget envelope' },
    ],
  });
  await logConversation(page, { person: 'Sam Okafor', title: 'Ops review', notes: 'On-call is calmer.' });

  await showRoute(page, '/brief');
  await expect(page.getByRole('heading', { level: 1, name: 'Offsite brief' })).toBeVisible();
  const people = page.getByRole('group', { name: 'People in the brief' });
  await expect(people.getByRole('checkbox', { name: 'Dana Whitfield' })).toBeChecked();
  await expect(people.getByRole('checkbox', { name: 'Sam Okafor' })).toBeChecked();
  await expect(people.getByRole('checkbox', { name: 'Lee Partner' })).not.toBeChecked();

  // Dana and Lee, not Sam.
  await people.getByRole('checkbox', { name: 'Sam Okafor' }).uncheck();
  await people.getByRole('checkbox', { name: 'Lee Partner' }).check();
  const brief = page.getByRole('article', { name: 'The brief' });
  await expect(brief.getByRole('heading', { level: 2 })).toHaveText([
    'Dana Whitfield',
    'Lee Partner',
    'My upstream summary',
    'How this brief is computed',
  ]);
  const dana = brief.getByRole('region', { name: 'Dana Whitfield' });
  await expect(dana.getByText('2 December 2026, 1:1 “Budget review”')).toBeVisible();
  await expect(dana.getByRole('list', { name: 'I owe Dana Whitfield' })).toContainText('Send the cloud cost model');
  await expect(brief.getByRole('region', { name: 'Lee Partner' }).getByText('none logged yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  // On screen a person's section is laid out once it scrolls near; on paper every section is.
  const layout = () => dana.evaluate((section) => getComputedStyle(section).contentVisibility);
  expect(await layout()).toBe('auto');
  await page.emulateMedia({ media: 'print' });
  expect(await layout()).toBe('visible');
  await page.emulateMedia({ media: 'screen' });

  await page.screenshot({ path: '/tmp/brief.png', fullPage: true });

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('upstream-brief-2026-12-02.md');
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toEqual([
    '## Dana Whitfield',
    '## Lee Partner',
    '## My upstream summary',
    '## How this brief is computed',
  ]);
  expect(markdown).toContain('- [ ] I owe: Send the cloud cost model');
  expect(markdown).toContain('- [ ] They owe: Share the budget envelope');
  expect(markdown).not.toContain('Sam Okafor');
  await expect(page.getByRole('status').filter({ hasText: 'Brief saved as Markdown.' })).toBeVisible();

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
