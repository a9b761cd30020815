import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WARMTH_LABELS } from '@shared/domain/labels';
import { emptyPersonInput } from '@shared/domain/person';
import { listOpenCommitments } from '@renderer/db/commitments-repository';
import { listTimeline } from '@renderer/db/conversations-repository';
import { db } from '@renderer/db/tables/schema';
import { deleteDraft, getDraft, saveDraft, stashDraft } from '@renderer/db/drafts-repository';
import { emptyConversationForm } from '@renderer/features/log/conversation-form-state';
import { createPerson, listPeople } from '@renderer/db/people-repository';
import { NEW_CONVERSATION_DRAFT } from '@renderer/features/log/QuickLogForm';
import { findQuickLog, renderApp } from './render-app';

// Real timers throughout: the draft is written 250 ms after typing pauses, and fake-indexeddb schedules its
// own work on real timers, so the tests wait for what the user would see (or what the database holds).

async function openQuickLog() {
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Today' });
  await view.user.keyboard('{Control>}l{/Control}');
  const dialog = await findQuickLog();
  return { ...view, dialog };
}

async function nothingSaved() {
  expect(await db.conversations.count()).toBe(0);
  expect(await db.commitments.count()).toBe(0);
}

describe('quick log', () => {
  it('logs a conversation by keyboard alone, from the shortcut to saved', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield', title: 'CFO' });
    await createPerson({ ...emptyPersonInput(), name: 'Daniel Ortiz' });
    const { user, dialog } = await openQuickLog();
    const todayHeading = screen.getByRole('heading', { level: 1, name: 'Today' });

    const people = within(dialog).getByRole('combobox', { name: 'People' });
    expect(people).toHaveFocus();

    // Part of a name, then Enter picks the highlighted match.
    await user.keyboard('whit');
    expect(people).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('option', { name: /Dana Whitfield/, selected: true })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    const chosen = within(dialog).getByRole('list', { name: 'Chosen people' });
    expect(within(chosen).getByText('Dana Whitfield')).toBeInTheDocument();
    expect(people).toHaveValue('');
    expect(people).toHaveFocus();

    // A name no one has, then Enter: they are added as a new person, inline.
    await user.keyboard('Priya Nair');
    expect(within(dialog).getByRole('option', { name: 'Add “Priya Nair” as a new person' })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await within(chosen).findByText('Priya Nair')).toBeInTheDocument();

    // The notes come next: one Tab. Kind and time default to "1:1, now" and wait in the details.
    await user.tab();
    const notes = within(dialog).getByLabelText('Notes');
    expect(notes).toHaveFocus();
    await user.keyboard('Q3 budget review. <b>Cloud</b> spend is her worry.');

    // Alt+I adds what I owe and puts the cursor in it, wherever the cursor was.
    await user.keyboard('{Alt>}i{/Alt}');
    const what = within(dialog).getByRole('textbox', { name: 'Commitment 1: what' });
    await waitFor(() => expect(what).toHaveFocus());
    expect(within(dialog).getByRole('combobox', { name: 'Commitment 1: who owes it' })).toHaveDisplayValue('I owe');
    await user.keyboard('Send the cloud cost breakdown');
    await user.tab();
    expect(within(dialog).getByLabelText('Commitment 1: due')).toHaveFocus();
    await user.keyboard('2026-11-30');

    // Alt+4 rates it, and does not move the screen behind the dialog (Alt+4 is the Check-in screen there).
    await user.keyboard('{Alt>}4{/Alt}');
    expect(within(dialog).getByRole('radio', { name: WARMTH_LABELS[4] })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1, name: 'Today' })).toBe(todayHeading);

    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(todayHeading).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Conversation saved.');

    const [conversation, ...others] = await listTimeline({}, 10);
    expect(others).toEqual([]);
    const everyone = await listPeople();
    const idOf = (name: string) => everyone.find((p) => p.name === name)?.id;
    expect(everyone.map((p) => p.name)).toEqual(['Dana Whitfield', 'Daniel Ortiz', 'Priya Nair']);
    expect(conversation).toMatchObject({
      personIds: [idOf('Dana Whitfield'), idOf('Priya Nair')],
      kind: 'one-on-one',
      notes: 'Q3 budget review. <b>Cloud</b> spend is her worry.',
      warmth: 4,
      source: 'manual',
    });
    const commitments = await listOpenCommitments();
    expect(commitments).toMatchObject([
      {
        personId: idOf('Dana Whitfield'),
        conversationId: conversation?.id,
        direction: 'i-owe',
        text: 'Send the cloud cost breakdown',
        dueOn: '2026-11-30',
      },
    ]);
    // Saved, so no draft is left to offer.
    expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeUndefined();
    // Today shows the new commitment at once.
    expect(
      await within(await screen.findByRole('list', { name: 'I owe' })).findByText('Send the cloud cost breakdown'),
    ).toBeInTheDocument();
  });

  it('loses nothing typed while someone new is being added, and adds them once', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    // No pause at all between keys: faster than IndexedDB can add the person.
    const user = userEvent.setup({ delay: null });
    await user.keyboard('{Control>}l{/Control}');
    const dialog = await findQuickLog();
    await user.keyboard('Priya Nair{Enter}{Enter}{Tab}Typed at once');

    const chosen = await within(dialog).findByRole('list', { name: 'Chosen people' });
    expect(await within(chosen).findByText('Priya Nair')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Notes')).toHaveValue('Typed at once');
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    // The second Enter neither added anyone nor saved the conversation; no one exists until it is saved.
    expect(screen.getByRole('dialog', { name: 'Log a conversation' })).toBeInTheDocument();
    expect(await listTimeline({}, 10)).toEqual([]);
    expect(await listPeople()).toEqual([]);

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Conversation saved. Added Priya Nair: complete their profile on their page.',
    );
    const [priya, ...others] = await listPeople();
    expect(others).toEqual([]);
    expect(priya).toMatchObject({ name: 'Priya Nair', profileIncomplete: true });
    expect((await listTimeline({}, 10))[0]?.personIds).toEqual([priya?.id]);
  });

  it('creates no one when the quick log is closed without saving', async () => {
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Priya Nair{Enter}');
    expect(
      await within(within(dialog).getByRole('list', { name: 'Chosen people' })).findByText('Priya Nair'),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await listPeople()).toEqual([]);
  });

  it('refuses a name with nothing readable in it, in the box, and adds no one', async () => {
    const { user, dialog } = await openQuickLog();
    const people = within(dialog).getByRole('combobox', { name: 'People' });
    await user.paste('\u200B\u200D');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(people).toHaveAccessibleDescription(/A name (is required|needs at least one letter)/));
    expect(within(dialog).queryByRole('list', { name: 'Chosen people' })).not.toBeInTheDocument();
  });

  it('says why someone new could not be added, and keeps the name typed', async () => {
    const { user, dialog } = await openQuickLog();
    const people = within(dialog).getByRole('combobox', { name: 'People' });
    await user.click(people);
    await user.paste('x'.repeat(121));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(people).toHaveAccessibleDescription('A name can be at most 120 characters.'));
    expect(people).toHaveValue('x'.repeat(121));
    expect(await listPeople()).toEqual([]);
  });

  it('opens from the visible button too, and returns focus to it', async () => {
    const { user } = renderApp('/');
    const button = await screen.findByRole('button', { name: 'Quick log' });
    await user.click(button);
    const dialog = await findQuickLog();
    expect(within(dialog).getByRole('combobox', { name: 'People' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('with no one chosen, says so by the People box and saves nothing', async () => {
    const { user, dialog } = await openQuickLog();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.keyboard('Notes without anyone');
    await user.keyboard('{Control>}{Enter}{/Control}');

    const people = within(dialog).getByRole('combobox', { name: 'People' });
    expect(people).toHaveAccessibleDescription('Choose at least one person.');
    expect(people).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'Log a conversation' })).toBeInTheDocument();
    await nothingSaved();
  });

  it('shows the message of an empty commitment beside it and saves nothing', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana{Enter}');
    await within(dialog).findByRole('list', { name: 'Chosen people' });
    await user.click(within(dialog).getByRole('button', { name: '+ They owe' }));
    await user.keyboard('{Control>}{Enter}{/Control}');

    const what = within(dialog).getByRole('textbox', { name: 'Commitment 1: what' });
    expect(what).toHaveAttribute('aria-invalid', 'true');
    expect(what).toHaveAccessibleDescription('Write something first.');
    expect(
      within(within(dialog).getByRole('group', { name: 'Commitment 1' })).getByText('Write something first.'),
    ).toBeInTheDocument();
    await nothingSaved();

    // Fixing it clears the way.
    await user.type(what, 'Share the FY27 headcount plan');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await listOpenCommitments()).toMatchObject([
      { direction: 'they-owe', text: 'Share the FY27 headcount plan' },
    ]);
  });

  it('shows the message of a tag that is too long and saves nothing', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana{Enter}');
    await within(dialog).findByRole('list', { name: 'Chosen people' });
    const tags = within(dialog).getByLabelText('Tags');
    await user.type(tags, `budget, ${'x'.repeat(41)}`);
    await user.keyboard('{Control>}{Enter}{/Control}');

    await waitFor(() => expect(tags).toHaveAttribute('aria-invalid', 'true'));
    expect(tags).toHaveAccessibleDescription(/A tag can be at most 40 characters\./);
    await nothingSaved();
  });

  it('shows the message of a too-long line heard, wherever it is', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana{Enter}');
    await within(dialog).findByRole('list', { name: 'Chosen people' });
    const worries = within(dialog).getByLabelText('Worries heard');
    await user.click(worries);
    await user.paste(`Cloud spend\n${'x'.repeat(501)}`);
    // Saved from another field: focus goes to the field with the problem.
    await user.click(within(dialog).getByLabelText('Notes'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(worries).toHaveFocus());

    await waitFor(() => expect(worries).toHaveAttribute('aria-invalid', 'true'));
    expect(worries).toHaveAccessibleDescription(/At most 500 characters\./);
    await nothingSaved();
  });

  it('closes with Escape without saving, keeps the draft, and offers it back', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana{Enter}');
    await within(dialog).findByRole('list', { name: 'Chosen people' });
    await user.type(within(dialog).getByLabelText('Notes'), 'Half a thought about the budget');
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await nothingSaved();
    await waitFor(async () =>
      expect((await getDraft(NEW_CONVERSATION_DRAFT))?.value).toMatchObject({
        notes: 'Half a thought about the budget',
      }),
    );

    // Reopened: the draft is offered, and Restore brings back what was typed, people included.
    await user.keyboard('{Control>}l{/Control}');
    const reopened = await screen.findByRole('dialog', { name: 'Log a conversation' });
    const offer = await within(reopened).findByRole('region', { name: 'Unsaved draft' });
    expect(within(reopened).getByLabelText('Notes')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Restore draft' }));
    expect(within(reopened).getByLabelText('Notes')).toHaveValue('Half a thought about the budget');
    // The button is gone, so focus moves on to the form rather than being lost (Escape and Tab still work).
    expect(within(reopened).getByRole('combobox', { name: 'People' })).toHaveFocus();
    expect(
      within(within(reopened).getByRole('list', { name: 'Chosen people' })).getByText('Dana Whitfield'),
    ).toBeInTheDocument();
    expect(within(reopened).queryByRole('region', { name: 'Unsaved draft' })).not.toBeInTheDocument();
  });

  it('never overwrites the draft it offers with what is typed before answering', async () => {
    await saveDraft(NEW_CONVERSATION_DRAFT, { ...emptyConversationForm(new Date()), notes: 'The earlier draft' });
    const { user, dialog } = await openQuickLog();
    await within(dialog).findByRole('region', { name: 'Unsaved draft' });
    await user.type(within(dialog).getByLabelText('Title (optional)'), 'Typed meanwhile');
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await getDraft(NEW_CONVERSATION_DRAFT))?.value).toMatchObject({ notes: 'The earlier draft', title: '' });

    // Discarding the offer keeps what was typed meanwhile as the new draft.
    await user.click(within(dialog).getByRole('button', { name: 'Discard draft' }));
    await waitFor(async () =>
      expect((await getDraft(NEW_CONVERSATION_DRAFT))?.value).toMatchObject({ notes: '', title: 'Typed meanwhile' }),
    );
  });

  it('forgets the draft when everything typed is deleted', async () => {
    const { user, dialog } = await openQuickLog();
    const title = within(dialog).getByLabelText('Title (optional)');
    await user.type(title, 'secret');
    await waitFor(async () => expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeDefined());
    await user.clear(title);
    await waitFor(async () => expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeUndefined());
    window.dispatchEvent(new Event('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeUndefined();
  });

  it('keeps the draft when the window is closed mid-sentence, before the autosave delay', async () => {
    const { user, dialog } = await openQuickLog();
    await user.type(within(dialog).getByLabelText('Title (optional)'), 'Typed just before closing');
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () =>
      expect((await getDraft(NEW_CONVERSATION_DRAFT))?.value).toMatchObject({ title: 'Typed just before closing' }),
    );
  });

  it('discards the draft when asked, for good', async () => {
    const { user, dialog } = await openQuickLog();
    await user.type(within(dialog).getByLabelText('Notes'), 'Not worth keeping');
    await user.keyboard('{Escape}');
    await waitFor(async () => expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeDefined());

    await user.keyboard('{Control>}l{/Control}');
    let reopened = await screen.findByRole('dialog', { name: 'Log a conversation' });
    await user.click(await within(reopened).findByRole('button', { name: 'Discard draft' }));
    expect(within(reopened).queryByRole('region', { name: 'Unsaved draft' })).not.toBeInTheDocument();
    expect(within(reopened).getByLabelText('Notes')).toHaveValue('');
    expect(within(reopened).getByRole('combobox', { name: 'People' })).toHaveFocus();
    await waitFor(async () => expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeUndefined());

    await user.keyboard('{Escape}');
    await user.keyboard('{Control>}l{/Control}');
    reopened = await screen.findByRole('dialog', { name: 'Log a conversation' });
    // Give the draft lookup time to answer: nothing is offered.
    await waitFor(() => expect(within(reopened).getByRole('combobox', { name: 'People' })).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(within(reopened).queryByRole('region', { name: 'Unsaved draft' })).not.toBeInTheDocument();
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const { user, dialog } = await openQuickLog();
    const people = within(dialog).getByRole('combobox', { name: 'People' });
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(people).toHaveFocus();

    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(people).toHaveFocus();

    // A full lap forwards never leaves the dialog.
    for (let step = 0; step < 40; step += 1) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
  });
});

describe('draft stash', () => {
  it('recovers what was stashed as the page went away, even if the database write never landed', async () => {
    // What the page leaves behind when it is hidden mid-write: the synchronous stash only.
    stashDraft(NEW_CONVERSATION_DRAFT, { ...emptyConversationForm(new Date()), notes: 'Typed as the window closed' });
    expect((await getDraft(NEW_CONVERSATION_DRAFT))?.value).toMatchObject({ notes: 'Typed as the window closed' });
    // Moved into the drafts table, and the stash emptied.
    expect(localStorage.length).toBe(0);
    await deleteDraft(NEW_CONVERSATION_DRAFT);
    expect(await getDraft(NEW_CONVERSATION_DRAFT)).toBeUndefined();
  });
});

describe('the people picker before the people list has loaded', () => {
  it('does not add a duplicate when Enter comes first: it picks the person who exists', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    // From now on the people list takes a while to arrive, as on a slow machine.
    const toArray = db.people.toArray.bind(db.people);
    const slowly = vi
      .spyOn(db.people, 'toArray')
      .mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve(toArray()), 300)) as never);
    const user = userEvent.setup({ delay: null });
    await user.keyboard('{Control>}l{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
    await user.keyboard('Dan{Enter}');

    const chosen = await within(dialog).findByRole('list', { name: 'Chosen people' }, { timeout: 3000 });
    expect(await within(chosen).findByText('Dana Ruiz')).toBeInTheDocument();
    slowly.mockRestore();
    expect((await listPeople()).map((person) => person.id)).toEqual([dana.id]);
  });
});

describe('the quick log by keyboard', () => {
  it('adds what they owe with Alt+T, clears the rating with Alt+0, and reaches kind and time with Alt+K', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana');
    await within(dialog).findByRole('option', { name: /Dana Whitfield/, selected: true });
    await user.keyboard('{Enter}{Alt>}t{/Alt}');
    const what = await within(dialog).findByRole('textbox', { name: 'Commitment 1: what' });
    await waitFor(() => expect(what).toHaveFocus());
    expect(within(dialog).getByRole('combobox', { name: 'Commitment 1: who owes it' })).toHaveDisplayValue('They owe');
    await user.keyboard('{Alt>}5{/Alt}');
    expect(within(dialog).getByRole('radio', { name: WARMTH_LABELS[5] })).toBeChecked();
    await user.keyboard('{Alt>}0{/Alt}');
    expect(within(dialog).getByRole('radio', { name: 'Not rated' })).toBeChecked();
    await user.keyboard('{Alt>}k{/Alt}');
    expect(within(dialog).getByLabelText('Kind')).toHaveFocus();
    expect(within(dialog).getByLabelText('Kind')).toHaveDisplayValue('1:1');
  });

  it('lists its shortcuts in the form, read with it', async () => {
    const { dialog } = await openQuickLog();
    const form = within(dialog).getByRole('form', { name: 'Log a conversation' });
    expect(form).toHaveAccessibleDescription(/Alt\+I I owe · Alt\+T they owe · Alt\+1…5 how it felt/);
  });

  it('puts the name typed exactly first, before longer names that start with it', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Lee' });
    await createPerson({ ...emptyPersonInput(), name: 'Dan' });
    const { user, dialog } = await openQuickLog();
    await user.keyboard('dan');
    expect(await within(dialog).findByRole('option', { name: /^Dan\b/, selected: true })).toHaveTextContent(/^Dan$/);
  });

  it('leaves Enter to the input method while it composes a name', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Lee' });
    const { user, dialog } = await openQuickLog();
    const people = within(dialog).getByRole('combobox', { name: 'People' });
    await user.keyboard('Dana');
    await within(dialog).findByRole('option', { name: /Dana Lee/, selected: true });
    fireEvent.keyDown(people, { key: 'Enter', code: 'Enter', isComposing: true });
    expect(within(dialog).queryByRole('list', { name: 'Chosen people' })).not.toBeInTheDocument();
    expect(people).toHaveValue('Dana');
  });
});

describe('a conversation dated far from today', () => {
  it('asks before saving one dated more than a day ahead, and saves nothing when the answer is no', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Dana');
    await within(dialog).findByRole('option', { name: /Dana Whitfield/, selected: true });
    await user.keyboard('{Enter}');
    const when = within(dialog).getByLabelText('When');
    fireEvent.change(when, { target: { value: '2062-03-09T10:00' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save conversation' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('9 March 2062, 10:00, more than a day from now'));
    expect(screen.getByRole('dialog', { name: 'Log a conversation' })).toBeInTheDocument();
    await nothingSaved();

    confirm.mockReturnValue(true);
    await user.click(within(dialog).getByRole('button', { name: 'Save conversation' }));
    await waitFor(async () => expect(await db.conversations.count()).toBe(1));
    confirm.mockRestore();
  });
});

describe('someone added by name in the quick log', () => {
  it('does not count as an ally until their profile is saved, and their page says what to complete', async () => {
    const { user, dialog } = await openQuickLog();
    await user.keyboard('Priya Nair{Enter}');
    await within(dialog).findByRole('list', { name: 'Chosen people' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const breadth = await screen.findByRole('region', { name: 'Alliance breadth' });
    await waitFor(() => expect(breadth).toHaveTextContent('0 of 0'));

    const [priya] = await listPeople();
    cleanup();
    const page = renderApp(`/people/${priya?.id}`);
    const prompt = await screen.findByRole('note', { name: 'Profile to complete' });
    await page.user.click(within(prompt).getByRole('link', { name: 'Complete the profile' }));
    await page.user.selectOptions(await screen.findByLabelText('Relationship'), 'manager');
    await page.user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('heading', { level: 1, name: 'Priya Nair' });
    expect(screen.queryByRole('note', { name: 'Profile to complete' })).not.toBeInTheDocument();
    expect((await listPeople())[0]).not.toHaveProperty('profileIncomplete');
  });
});

describe('the people picker after the box lost focus', () => {
  it('opens on the best match with ArrowDown, and Enter with the list closed takes it, never adding a duplicate', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, dialog } = await openQuickLog();
    const people = within(dialog).getByRole('combobox', { name: 'People' });
    await user.keyboard('Dan');
    await within(dialog).findByRole('option', { name: /Dana Whitfield/, selected: true });
    // Closed as focus leaves the box; coming back, Enter and ArrowDown start from the best match.
    await user.tab();
    await user.click(people);
    await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('option', { name: /Dana Whitfield/, selected: true })).toBeInTheDocument();
    await user.keyboard('{Escape}{Enter}');
    expect(
      await within(within(dialog).getByRole('list', { name: 'Chosen people' })).findByText('Dana Whitfield'),
    ).toBeInTheDocument();
  });
});
