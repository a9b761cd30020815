import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { createPerson, getPerson, listPeople, listStanceChanges } from '@renderer/db/people-repository';
import { updateSettings } from '@renderer/db/settings-repository';
import { saveConversation } from '@renderer/db/conversations-repository';
import { conversationInput } from './fixtures';
import { renderApp } from './render-app';

afterEach(() => vi.restoreAllMocks());

describe('People', () => {
  it('teaches what to do when there is no one yet', async () => {
    renderApp('/people');
    expect(await screen.findByText(/No one here yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add your first person' })).toHaveAttribute('href', '#/people/new');
  });

  it('adds a person by keyboard and opens their page', async () => {
    const { user } = renderApp('/people/new');
    const name = await screen.findByLabelText('Name');
    await user.type(name, 'Dana Whitfield');
    await user.type(screen.getByLabelText('Title'), 'Chief Financial Officer');
    await user.type(screen.getByLabelText('Emails'), 'dana@acme.com, d.w@acme.com');
    await user.selectOptions(screen.getByLabelText('Function'), 'Finance');
    await user.selectOptions(screen.getByLabelText('Influence'), '5 — decides roadmap and budget');
    await user.selectOptions(screen.getByLabelText('Stance now'), 'Skeptical');
    await user.selectOptions(screen.getByLabelText('Desired stance'), 'Champion');
    await user.type(screen.getByLabelText('Notes'), 'Ex-auditor. <b>Numbers first.</b>');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(screen.getByText('Skeptical now → Champion desired')).toBeInTheDocument();
    expect(screen.getByText('dana@acme.com, d.w@acme.com')).toBeInTheDocument();
    // HTML typed into notes is shown as the characters typed, never interpreted.
    expect(screen.getByText('Ex-auditor. <b>Numbers first.</b>')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Dana Whitfield added.');

    const [stored] = await listPeople();
    expect(stored).toMatchObject({ name: 'Dana Whitfield', function: 'finance', influence: 5, cadenceDays: 14 });
  });

  it('shows each problem next to its field, focuses the first, and saves nothing', async () => {
    const { user } = renderApp('/people/new');
    await user.type(await screen.findByLabelText('Emails'), 'not-an-email');
    await user.clear(screen.getByLabelText('Cadence (days)'));
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    const name = screen.getByLabelText('Name');
    expect(name).toHaveAccessibleDescription('A name is required.');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Emails')).toHaveAccessibleDescription(
      'Separate several with commas. Used to match calendar invitations. Use an address like name@company.com.',
    );
    expect(screen.getByLabelText('Cadence (days)')).toHaveAccessibleDescription(
      'How often you want to talk. The default follows the relationship. Cadence is a number of days.',
    );
    expect(await listPeople()).toEqual([]);
  });

  it('sets the cadence from the relationship and the user’s defaults until the user types one', async () => {
    await updateSettings({ cadenceDefaults: { manager: 5, productPeer: 7, otherPeer: 14, board: 60, other: 30 } });
    const { user } = renderApp('/people/new');
    const cadence = await screen.findByLabelText('Cadence (days)');
    expect(cadence).toHaveValue(14);
    await user.selectOptions(screen.getByLabelText('Relationship'), 'Manager (I report to them)');
    expect(cadence).toHaveValue(5);
    await user.selectOptions(screen.getByLabelText('Relationship'), 'Board member');
    expect(cadence).toHaveValue(60);
    await user.clear(cadence);
    await user.type(cadence, '21');
    await user.selectOptions(screen.getByLabelText('Relationship'), 'Peer');
    expect(cadence).toHaveValue(21);
  });

  it('edits a person and records the stance change in the history', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Sam Ortiz', stance: 'neutral' });
    const { user } = renderApp(`/people/${person.id}/edit`);
    await user.selectOptions(await screen.findByLabelText('Stance now'), 'Supportive');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('heading', { level: 1, name: 'Sam Ortiz' });
    const history = await screen.findByRole('region', { name: 'Stance history' });
    expect(await within(history).findByText(/Neutral → Supportive/)).toBeInTheDocument();
    expect(within(history).getByText(/first noted as Neutral/)).toBeInTheDocument();
    expect(await listStanceChanges(person.id)).toHaveLength(2);
  });

  it('cancels an unchanged edit with Escape at once', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Sam Ortiz' });
    const confirm = vi.spyOn(window, 'confirm');
    const { user } = renderApp(`/people/${person.id}/edit`);
    await user.click(await screen.findByLabelText('Title'));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Ortiz' })).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before Escape throws away changes, and keeps them if the answer is no', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Sam Ortiz' });
    // The browser's own confirmation dialog cannot run in jsdom; its answer is what is replaced here.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    const { user } = renderApp(`/people/${person.id}/edit`);
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Someone else{Escape}');
    expect(confirm).toHaveBeenCalledWith('Discard your changes to this person?');
    expect(screen.getByLabelText('Name')).toHaveValue('Someone else');

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Ortiz' })).toBeInTheDocument();
    expect((await getPerson(person.id))?.name).toBe('Sam Ortiz');
  });

  it('archives with undo, and archived people leave the list unless asked for', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Lee Park' });
    await createPerson({ ...emptyPersonInput(), name: 'Ana Ruiz' });
    const { user } = renderApp(`/people/${person.id}`);
    await user.click(await screen.findByRole('button', { name: 'Archive' }));
    expect(await screen.findByRole('button', { name: 'Unarchive' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Lee Park archived');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Archive' })).toBeInTheDocument();
    await waitFor(async () => expect((await getPerson(person.id))?.archived).toBe(false));

    await user.click(screen.getByRole('button', { name: 'Archive' }));
    await screen.findByRole('button', { name: 'Unarchive' });
    // Alt+2 is the People screen's shortcut.
    await user.keyboard('{Alt>}2{/Alt}');
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('link', { name: 'Lee Park' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(within(table).getByRole('link', { name: 'Lee Park' })).toBeInTheDocument();
  });

  it('sorts by a column and reverses on a second click', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Ana', influence: 2 });
    await createPerson({ ...emptyPersonInput(), name: 'Bo', influence: 5 });
    await createPerson({ ...emptyPersonInput(), name: 'Cy', influence: 4 });
    const { user } = renderApp('/people');
    const table = await screen.findByRole('table');
    const rowNames = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    await waitFor(() => expect(rowNames()).toEqual(['Ana', 'Bo', 'Cy']));

    await user.click(within(table).getByRole('button', { name: 'Influence' }));
    expect(rowNames()).toEqual(['Ana', 'Cy', 'Bo']);
    expect(within(table).getByRole('columnheader', { name: /Influence/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Influence/ }));
    expect(rowNames()).toEqual(['Bo', 'Cy', 'Ana']);

    await user.type(screen.getByRole('searchbox', { name: 'Filter people' }), 'c');
    expect(rowNames()).toEqual(['Cy']);
  });

  it('adds and resolves what a person worries about', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Dana' });
    const { user } = renderApp(`/people/${person.id}`);
    await user.type(await screen.findByRole('textbox', { name: 'Add a worry' }), 'Cloud bill up 40%{Enter}');
    const worries = screen.getByRole('region', { name: 'What worries them' });
    expect(await within(worries).findByText('Cloud bill up 40%')).toBeInTheDocument();
    await user.click(within(worries).getByRole('button', { name: 'Resolve “Cloud bill up 40%”' }));
    expect(await within(worries).findByText('Resolved (1)')).toBeInTheDocument();

    await user.click(within(worries).getByRole('button', { name: 'Add a worry' }));
    expect(within(worries).getByRole('alert')).toHaveTextContent('Write something first.');
  });
});

describe('People list: relationship columns', () => {
  it('shows when each person was last talked to and sorts by it', async () => {
    const ana = await createPerson({ ...emptyPersonInput(), name: 'Ana' });
    await createPerson({ ...emptyPersonInput(), name: 'Bo' });
    await saveConversation(conversationInput([ana.id], new Date().toISOString()));
    const { user } = renderApp('/people');
    const table = await screen.findByRole('table');
    const anaRow = (await within(table).findByRole('link', { name: 'Ana' })).closest('tr');
    if (!anaRow) throw new Error('no row for Ana');
    await waitFor(() => expect(anaRow).toHaveTextContent('Today'));
    expect(anaRow).toHaveTextContent('On track');

    await user.click(within(table).getByRole('button', { name: 'Last talked' }));
    await user.click(within(table).getByRole('button', { name: /Last talked/ }));
    const rowNames = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(rowNames).toEqual(['Bo', 'Ana']);
    expect(within(table).getByRole('row', { name: /Bo/ })).toHaveTextContent('Never talked');
  });
});
