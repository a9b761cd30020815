import { expect, test, type Locator, type Page } from '@playwright/test';
import { launchApp, logConversation, newProfileDir, showRoute } from './browser';

type SeedPerson = {
  name: string;
  title: string;
  function: string;
  relationship: string;
  influence: number;
  stance: string;
  desiredStance: string;
};

// A small leadership team, laid out on the map (x = stance, y = influence, 5 at the top):
//   5 │        Dana                    Marcus
//   4 │                 Priya  Tom
//   3 │                                          Aiko
//   2 │ Omar
//       opposed  skeptical  neutral  supportive  champion
const TEAM: readonly SeedPerson[] = [
  {
    name: 'Dana Ruiz',
    title: 'CFO',
    function: 'finance',
    relationship: 'peer',
    influence: 5,
    stance: 'skeptical',
    desiredStance: 'supportive',
  },
  {
    name: 'Marcus Lee',
    title: 'CEO',
    function: 'ceo',
    relationship: 'manager',
    influence: 5,
    stance: 'supportive',
    desiredStance: 'champion',
  },
  {
    name: 'Priya Shah',
    title: 'VP Sales',
    function: 'sales',
    relationship: 'peer',
    influence: 4,
    stance: 'neutral',
    desiredStance: 'supportive',
  },
  {
    name: 'Tom Becker',
    title: 'VP Marketing',
    function: 'marketing',
    relationship: 'peer',
    influence: 4,
    stance: 'neutral',
    desiredStance: 'champion',
  },
  {
    name: 'Aiko Tanaka',
    title: 'Head of Customer Success',
    function: 'customer-success',
    relationship: 'peer',
    influence: 3,
    stance: 'champion',
    desiredStance: 'champion',
  },
  {
    name: 'Omar Haddad',
    title: 'General Counsel',
    function: 'legal',
    relationship: 'peer',
    influence: 2,
    stance: 'opposed',
    desiredStance: 'neutral',
  },
];
const ARCHIVED: SeedPerson = {
  name: 'Lee Park',
  title: 'Former COO',
  function: 'operations',
  relationship: 'peer',
  influence: 3,
  stance: 'neutral',
  desiredStance: 'supportive',
};

async function addTeamMember(page: Page, person: SeedPerson): Promise<void> {
  await showRoute(page, '/people/new');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Title').fill(person.title);
  await page.getByLabel('Function').selectOption(person.function);
  await page.getByLabel('Relationship').selectOption(person.relationship);
  await page.getByLabel('Influence').selectOption(String(person.influence));
  await page.getByLabel('Stance now').selectOption(person.stance);
  await page.getByLabel('Desired stance').selectOption(person.desiredStance);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
}

/** A person's dot: their accessible name starts with their name. */
function dot(map: Locator, name: string): Locator {
  return map.getByRole('link', { name: new RegExp(`^${name},`) });
}

test('the map shows every person who is not archived once, and the arrow keys move between them', async () => {
  const app = await launchApp(newProfileDir(), '/people');
  const { page } = app;
  for (const person of [...TEAM, ARCHIVED]) await addTeamMember(page, person);
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('button', { name: 'Unarchive' })).toBeVisible();
  for (const title of ['Budget review', 'Hiring plan', 'Cloud costs']) {
    await logConversation(page, { person: 'Dana Ruiz', title, notes: 'Walked through the numbers.' });
  }
  await logConversation(page, { person: 'Priya Shah', title: 'Pipeline', notes: 'Two renewals at risk.' });

  await page.keyboard.press('Alt+2');
  await page.getByRole('radio', { name: 'Map' }).check();
  const map = page.getByRole('group', { name: 'Alliance map' });
  await expect(map.getByRole('link')).toHaveCount(TEAM.length);
  for (const { name } of TEAM) await expect(dot(map, name)).toHaveCount(1);
  await expect(dot(map, ARCHIVED.name)).toHaveCount(0);
  await expect(dot(map, 'Dana Ruiz')).toHaveAccessibleName(
    'Dana Ruiz, CFO, skeptical → supportive, influence 5, on track, health 80',
  );

  // One tab stop into the map, past the filter box and the two filters.
  for (let stop = 0; stop < 4; stop += 1) await page.keyboard.press('Tab');
  await expect(dot(map, 'Dana Ruiz')).toBeFocused();
  await expect(page.getByText('Skeptical now → Supportive desired')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dot(map, 'Priya Shah')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dot(map, 'Tom Becker')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dot(map, 'Marcus Lee')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dot(map, 'Aiko Tanaka')).toBeFocused();
  await page.keyboard.press('End');
  await expect(dot(map, 'Omar Haddad')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(dot(map, 'Dana Ruiz')).toBeFocused();
  // The arrow keys move focus, never the page.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // The screenshots are for a person to look at; they are not compared.
  await page.screenshot({ path: '/tmp/alliance-map-light.png', fullPage: true });
  await showRoute(page, '/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Alt+2');
  await expect(map).toBeVisible();
  await dot(map, 'Priya Shah').hover();
  await expect(page.getByText('Neutral now → Supportive desired')).toBeVisible();
  await page.screenshot({ path: '/tmp/alliance-map-dark.png', fullPage: true });

  await dot(map, 'Priya Shah').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Priya Shah' })).toBeVisible();

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
