import { screen, waitFor, within } from '@testing-library/react';
import { subDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput, type PersonInput } from '@shared/domain/person';
import { countConversationsByPersonBetween, saveConversation } from '@renderer/db/conversations-repository';
import { createPerson, setPersonArchived } from '@renderer/db/people-repository';
import { conversationInput, useFrozenDate } from './fixtures';
import { renderApp } from './render-app';

const NOW = new Date(2026, 10, 21, 10, 0);
useFrozenDate(NOW);

function addPerson(fields: Partial<PersonInput> & Pick<PersonInput, 'name'>) {
  return createPerson({ ...emptyPersonInput(), ...fields });
}

function talkedWith(personIds: string[], daysAgo: number) {
  return saveConversation(conversationInput(personIds, subDays(NOW, daysAgo).toISOString()));
}

/** Opens People and switches to the map, the way a user does. */
async function openMap() {
  const rendered = renderApp('/people');
  await rendered.user.click(await screen.findByRole('radio', { name: 'Map' }));
  const map = await screen.findByRole('group', { name: 'Alliance map' });
  return { ...rendered, map };
}

/** The map's people by the start of their accessible names (the name itself). */
function dotNames(map: HTMLElement): string[] {
  return within(map)
    .queryAllByRole('link')
    .map((link) => link.getAttribute('aria-label')?.split(',')[0] ?? '');
}

function dot(map: HTMLElement, name: string): HTMLElement {
  return within(map).getByRole('link', { name: new RegExp(`^${name},`) });
}

describe('Alliance map', () => {
  it('names each person with where they stand, in words', async () => {
    const dana = await addPerson({
      name: 'Dana Ruiz',
      title: 'CFO',
      function: 'finance',
      influence: 5,
      stance: 'skeptical',
      desiredStance: 'supportive',
      cadenceDays: 14,
    });
    await addPerson({ name: 'Sam Ortiz', title: '', stance: 'champion', desiredStance: 'champion', influence: 2 });
    // 23 days on a 14-day cadence: overdue by 9 days. Recency (3 − 23/14) ÷ 2 → 27.1 points, no warmth
    // ratings 20, no overdue promises 20: health 67.
    await talkedWith([dana.id], 23);
    const { map } = await openMap();

    expect(
      await within(map).findByRole('link', {
        name: 'Dana Ruiz, CFO, skeptical → supportive, influence 5, overdue by 9 days, health 67',
      }),
    ).toBeInTheDocument();
    expect(
      within(map).getByRole('link', { name: 'Sam Ortiz, champion, as desired, influence 2, never talked, health 40' }),
    ).toBeInTheDocument();
    expect(map).toHaveAccessibleDescription('Arrow keys move between people, Enter opens their page.');
    // The axes and the legend say how to read it.
    expect(within(map).getByText('Skeptical')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Colour: relationship health' })).toHaveTextContent(
      'Strong health (70–100)',
    );
    expect(screen.getByRole('list', { name: 'Size: conversations in the last 90 days' })).toHaveTextContent(
      '13 or more conversations in 90 days',
    );
    expect(screen.getByRole('list', { name: 'Arrows: desired stance' })).toHaveTextContent(
      'The way you want them to move',
    );
  });

  it('is one tab stop, and the arrow keys move to the nearest person that way', async () => {
    // Laid out on the map (x = stance, y = influence, top is 5):
    //   Ana (opposed, 5)                      Bo (champion, 5)
    //                   Di (neutral, 3)
    //   Cy (opposed, 1)
    await addPerson({ name: 'Ana', stance: 'opposed', influence: 5 });
    await addPerson({ name: 'Bo', stance: 'champion', influence: 5 });
    await addPerson({ name: 'Cy', stance: 'opposed', influence: 1 });
    await addPerson({ name: 'Di', stance: 'neutral', influence: 3 });
    const { user, map } = await openMap();
    await waitFor(() => expect(dotNames(map)).toHaveLength(4));

    // Only one dot is in the tab order: the top left one.
    const inTabOrder = within(map)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('tabindex') === '0');
    expect(inTabOrder).toEqual([dot(map, 'Ana')]);

    // From the view switch past the filter box and the two filters, into the map.
    expect(screen.getByRole('radio', { name: 'Map' })).toHaveFocus();
    for (let stop = 0; stop < 4; stop += 1) await user.tab();
    expect(dot(map, 'Ana')).toHaveFocus();

    // Di is nearer than Bo and within 45° of straight right.
    await user.keyboard('{ArrowRight}');
    expect(dot(map, 'Di')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(dot(map, 'Bo')).toHaveFocus();
    // No one is below Bo within the cone: focus stays.
    await user.keyboard('{ArrowDown}');
    expect(dot(map, 'Bo')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(dot(map, 'Di')).toHaveFocus();
    // Ana and Cy are as near: the one first in reading order (top row first) wins.
    await user.keyboard('{ArrowLeft}');
    expect(dot(map, 'Ana')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(dot(map, 'Cy')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(dot(map, 'Ana')).toHaveFocus();
    await user.keyboard('{End}');
    expect(dot(map, 'Cy')).toHaveFocus();
    expect(dot(map, 'Cy')).toHaveAttribute('tabindex', '0');
    expect(dot(map, 'Ana')).toHaveAttribute('tabindex', '-1');

    // Leaving and coming back lands on the person last focused.
    await user.tab({ shift: true });
    expect(map).not.toContainElement(document.activeElement as HTMLElement);
    await user.tab();
    expect(dot(map, 'Cy')).toHaveFocus();
  });

  it('shows a card on focus and on hover, and Escape hides it', async () => {
    const dana = await addPerson({ name: 'Dana Ruiz', title: 'CFO', stance: 'skeptical', desiredStance: 'champion' });
    const sam = await addPerson({ name: 'Sam Ortiz', stance: 'supportive' });
    await talkedWith([dana.id], 3);
    await talkedWith([dana.id, sam.id], 40);
    // Older than the 90 days: not counted.
    await talkedWith([dana.id], 120);
    const { user, map } = await openMap();
    const danaDot = await within(map).findByRole('link', { name: /^Dana Ruiz,/ });

    danaDot.focus();
    const card = await screen.findByText('Skeptical now → Champion desired');
    const cardBox = card.closest('.map-card');
    if (!(cardBox instanceof HTMLElement)) throw new Error('no card');
    expect(within(cardBox).getByText('On track')).toBeInTheDocument();
    expect(within(cardBox).getByText('3 days ago')).toBeInTheDocument();
    expect(within(cardBox).getByText('2 conversations')).toBeInTheDocument();
    expect(danaDot).toHaveAccessibleDescription('Last talked 3 days ago Last 90 days 2 conversations');

    await user.keyboard('{Escape}');
    expect(screen.queryByText('Skeptical now → Champion desired')).not.toBeInTheDocument();

    await user.hover(dot(map, 'Sam Ortiz'));
    expect(await screen.findByText('Supportive now → Supportive desired')).toBeInTheDocument();
    expect(screen.getByText('1 conversation')).toBeInTheDocument();
  });

  it('opens the dossier with Enter and with a click', async () => {
    await addPerson({ name: 'Dana Ruiz' });
    await addPerson({ name: 'Sam Ortiz', stance: 'champion' });
    const { user, map } = await openMap();
    (await within(map).findByRole('link', { name: /^Dana Ruiz,/ })).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Ruiz' })).toBeInTheDocument();

    // Back on People the map is still the chosen view.
    await user.keyboard('{Alt>}2{/Alt}');
    const again = await screen.findByRole('group', { name: 'Alliance map' });
    expect(screen.getByRole('radio', { name: 'Map' })).toBeChecked();
    await user.click(await within(again).findByRole('link', { name: /^Sam Ortiz,/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Ortiz' })).toBeInTheDocument();
  });

  it('filters by function and relationship, in both views', async () => {
    await addPerson({ name: 'Dana Ruiz', function: 'finance', relationship: 'peer' });
    await addPerson({ name: 'Priya Shah', function: 'finance', relationship: 'board' });
    await addPerson({ name: 'Sam Ortiz', function: 'sales', relationship: 'peer' });
    const { user, map } = await openMap();
    await waitFor(() => expect(dotNames(map)).toHaveLength(3));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Function' }), 'Finance');
    expect(dotNames(map).toSorted()).toEqual(['Dana Ruiz', 'Priya Shah']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Relationship' }), 'Peer');
    expect(dotNames(map)).toEqual(['Dana Ruiz']);

    await user.click(screen.getByRole('radio', { name: 'List' }));
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Dana Ruiz']);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Function' }), 'Legal');
    expect(screen.getByText('No one matches these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Map' }));
    expect(screen.queryByRole('group', { name: 'Alliance map' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    const cleared = await screen.findByRole('group', { name: 'Alliance map' });
    expect(dotNames(cleared)).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: 'Function' })).toHaveValue('all');
  });

  it('leaves archived people off the map, even when the list shows them', async () => {
    const lee = await addPerson({ name: 'Lee Park' });
    await addPerson({ name: 'Ana Ruiz' });
    await setPersonArchived(lee.id, true);
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('checkbox', { name: 'Show archived' }));
    expect(within(screen.getByRole('table')).getByRole('link', { name: 'Lee Park' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Map' }));
    const map = await screen.findByRole('group', { name: 'Alliance map' });
    await waitFor(() => expect(dotNames(map)).toEqual(['Ana Ruiz']));
    // The archive switch belongs to the list: the map never shows archived people.
    expect(screen.queryByRole('checkbox', { name: 'Show archived' })).not.toBeInTheDocument();
  });

  it('says why the map is empty when everyone is archived', async () => {
    const lee = await addPerson({ name: 'Lee Park' });
    await setPersonArchived(lee.id, true);
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('radio', { name: 'Map' }));
    expect(
      await screen.findByText(
        'Everyone here is archived, and archived people leave the map. To see them, choose List, then Show archived.',
      ),
    ).toBeInTheDocument();
  });

  it('teaches how to start when there is no one yet, and links to the offsite brief', async () => {
    renderApp('/people');
    expect(await screen.findByText(/No one here yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first person' })).toHaveAttribute('href', '#/people/new');
    expect(screen.getByRole('link', { name: 'Prepare an offsite brief' })).toHaveAttribute('href', '#/brief');
  });
});

describe('countConversationsByPersonBetween', () => {
  it('counts each person’s conversations in the window, both ends included, by their own index', async () => {
    const dana = await addPerson({ name: 'Dana' });
    const sam = await addPerson({ name: 'Sam' });
    const from = subDays(NOW, 90);
    await saveConversation(conversationInput([dana.id], from.toISOString()));
    await saveConversation(conversationInput([dana.id, sam.id], NOW.toISOString()));
    await saveConversation(conversationInput([dana.id], new Date(from.getTime() - 1).toISOString()));
    // Logged ahead of time: not counted until it has happened.
    await saveConversation(conversationInput([sam.id], new Date(NOW.getTime() + 60_000).toISOString()));

    const counts = await countConversationsByPersonBetween([dana.id, sam.id, 'nobody'], from, NOW);
    expect([...counts]).toEqual([
      [dana.id, 2],
      [sam.id, 1],
      ['nobody', 0],
    ]);
  });
});
