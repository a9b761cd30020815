import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { listTimeline } from '@renderer/db/conversations-repository';
import { createPerson, listPeople } from '@renderer/db/people-repository';

// The quick log's form loads on first use; until its code is here, the dialog shows with a box standing in
// for its people box (issue #11: what was typed meanwhile was lost). Here the form's code arrives only when
// a test lets it, as on a slow machine.

/**
 * A fresh app at Today, whose quick log has never loaded (React keeps a lazy screen once loaded, so the app's
 * modules are loaded afresh), with the form's code held back until `formArrives()`. The repositories this file
 * imports are the earlier modules' instances; they read and write the same IndexedDB as the app.
 */
async function startApp() {
  let formArrives = () => {};
  const arrived = new Promise<void>((resolve) => {
    formArrives = resolve;
  });
  vi.resetModules();
  vi.doMock('@renderer/features/log/QuickLogForm', async (importOriginal) => {
    await arrived;
    return importOriginal();
  });
  const { renderApp } = await import('./render-app');
  const view = renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Today' });
  return { ...view, formArrives };
}

/** The quick log as Ctrl/Cmd+L shows it before its form's code is here: the dialog and a box for a name. */
async function openShell(user: Awaited<ReturnType<typeof startApp>>['user']) {
  await user.keyboard('{Control>}l{/Control}');
  const dialog = screen.getByRole('dialog', { name: 'Log a conversation' });
  const standIn = within(dialog).getByRole('textbox', { name: 'People' });
  expect(standIn).toHaveFocus();
  expect(within(dialog).queryByRole('combobox', { name: 'People' })).not.toBeInTheDocument();
  return { dialog, standIn };
}

describe('the quick log before its form has loaded', () => {
  it('hands what was typed to the people picker, caret at the end, in the same dialog', async () => {
    await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, formArrives } = await startApp();
    const { dialog } = await openShell(user);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.keyboard('Dan');

    formArrives();
    const people = await within(dialog).findByRole('combobox', { name: 'People' });
    // The same dialog element throughout: a screen reader sees one dialog, not two.
    expect(screen.getByRole('dialog', { name: 'Log a conversation' })).toBe(dialog);
    expect(people).toHaveValue('Dan');
    expect(people).toHaveFocus();
    expect(people).toHaveProperty('selectionStart', 3);
    expect(people).toHaveProperty('selectionEnd', 3);
    // Its matches show as if the name had been typed there; typing goes on at the end.
    expect(await within(dialog).findByRole('option', { name: /Dana Whitfield/, selected: true })).toBeInTheDocument();
    await user.keyboard('a{Enter}');
    const chosen = within(dialog).getByRole('list', { name: 'Chosen people' });
    expect(await within(chosen).findByText('Dana Whitfield')).toBeInTheDocument();
    expect(people).toHaveValue('');
  });

  it('takes Enter pressed there as the picker’s: the person who exists is picked once the list is there', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Whitfield' });
    const { user, formArrives } = await startApp();
    const { dialog, standIn } = await openShell(user);
    await user.keyboard('Dan{Enter}');
    // Nothing is picked or added without the people list: the name stays as typed.
    expect(standIn).toHaveValue('Dan');

    formArrives();
    const chosen = await within(dialog).findByRole('list', { name: 'Chosen people' });
    expect(await within(chosen).findByText('Dana Whitfield')).toBeInTheDocument();
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    expect(within(dialog).getByRole('combobox', { name: 'People' })).toHaveValue('');

    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // No one was added by name along the way.
    expect(screen.getByRole('status')).toHaveTextContent('Conversation saved.');
    expect(screen.getByRole('status')).not.toHaveTextContent('Added');
    expect(await listPeople()).toEqual([dana]);
    expect((await listTimeline({}, 10)).map((conversation) => conversation.personIds)).toEqual([[dana.id]]);
  });

  it('closes with Escape, returns focus where it was, and creates nothing', async () => {
    const { user, formArrives } = await startApp();
    const button = screen.getByRole('button', { name: 'Quick log' });
    await user.click(button);
    const standIn = within(screen.getByRole('dialog', { name: 'Log a conversation' })).getByRole('textbox', {
      name: 'People',
    });
    expect(standIn).toHaveFocus();
    await user.keyboard('Lee Park{Enter}{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    // The code arriving afterwards opens nothing, and no one was added.
    formArrives();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await listPeople()).toEqual([]);
    expect(await listTimeline({}, 10)).toEqual([]);
  });

  it('keeps focus and the text on Tab, and on a second Ctrl+L', async () => {
    const { user, formArrives } = await startApp();
    const { standIn } = await openShell(user);
    await user.keyboard('Dan');
    await user.tab();
    expect(standIn).toHaveFocus();
    await user.tab({ shift: true });
    expect(standIn).toHaveFocus();
    await user.keyboard('{Control>}l{/Control}');
    expect(standIn).toHaveValue('Dan');

    formArrives();
    expect(await screen.findByRole('combobox', { name: 'People' })).toHaveValue('Dan');
  });
});
