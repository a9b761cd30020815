import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { getDraft, saveDraft } from '@renderer/db/drafts-repository';
import { createPerson, getPerson, listPeople } from '@renderer/db/people-repository';
import { emptyCheckInForm } from '@renderer/features/check-in/check-in-form-state';
import { NEW_CONVERSATION_DRAFT } from '@renderer/features/log/QuickLogForm';
import { NEW_PERSON_DRAFT } from '@renderer/features/people/PersonEditorScreen';
import { DRAFT_MAX_WAIT_MS } from '@renderer/hooks/use-draft';
import { useFrozenDate } from './fixtures';
import { findQuickLog, renderApp } from './render-app';

// Real timers throughout (only Date is frozen, so the check-in opens on week 2026-W47): the drafts are
// written on real timers, and fake-indexeddb schedules its own work on them too.
useFrozenDate(new Date(2026, 10, 20, 17, 0));
afterEach(() => vi.restoreAllMocks());
// On a busy machine the check-in screen and its charts take longer than the default second to appear.
configure({ asyncUtilTimeout: 5_000 });

const CHECK_IN_DRAFT = 'check-in:2026-W47';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for both the pause-based and the max-wait write to have happened, had either been allowed. */
const pastEveryAutosave = () => sleep(DRAFT_MAX_WAIT_MS + 300);

async function storedValue(formKey: string): Promise<unknown> {
  return (await getDraft(formKey))?.value;
}

describe('check-in draft on offer', () => {
  const earlier = () => {
    const form = emptyCheckInForm();
    form.cbiWork[2] = 1;
    return { ...form, reflection: 'The earlier thought' };
  };
  const group = (name: string) => screen.getByRole('radiogroup', { name });

  it('is never overwritten by typing before the offer is answered, and Restore brings it back', async () => {
    await saveDraft(CHECK_IN_DRAFT, earlier());
    const { user } = renderApp('/check-in');
    const offer = await screen.findByRole('region', { name: 'Unsaved answers' });

    await user.type(screen.getByLabelText('A win this week'), 'Typed meanwhile');
    await user.click(within(group('Is your work emotionally exhausting?')).getByRole('radio', { name: 'Somewhat' }));
    await pastEveryAutosave();
    window.dispatchEvent(new Event('pagehide'));
    await sleep(100);
    expect(await storedValue(CHECK_IN_DRAFT)).toEqual(earlier());

    await user.click(within(offer).getByRole('button', { name: 'Restore unsaved answers' }));
    expect(screen.getByLabelText('Reflection')).toHaveValue('The earlier thought');
    expect(
      within(group('Does your work frustrate you?')).getByRole('radio', { name: 'To a high degree' }),
    ).toBeChecked();
    expect(screen.queryByRole('region', { name: 'Unsaved answers' })).not.toBeInTheDocument();

    // Answered: from now on the form's changes are the draft.
    await user.type(screen.getByLabelText('Reflection'), ', and more');
    await waitFor(async () =>
      expect(await storedValue(CHECK_IN_DRAFT)).toMatchObject({ reflection: 'The earlier thought, and more' }),
    );
  });

  it('keeps what was typed meanwhile as the new draft once the offer is discarded', async () => {
    await saveDraft(CHECK_IN_DRAFT, earlier());
    const { user } = renderApp('/check-in');
    const offer = await screen.findByRole('region', { name: 'Unsaved answers' });
    await user.type(screen.getByLabelText('A win this week'), 'Typed meanwhile');
    await pastEveryAutosave();
    expect(await storedValue(CHECK_IN_DRAFT)).toEqual(earlier());

    await user.click(within(offer).getByRole('button', { name: 'Discard them' }));
    expect(screen.queryByRole('region', { name: 'Unsaved answers' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Reflection')).toHaveValue('');
    await waitFor(async () =>
      expect(await storedValue(CHECK_IN_DRAFT)).toMatchObject({ win: 'Typed meanwhile', reflection: '' }),
    );
  });

  it('is left for next time when the check-in is saved without answering it', async () => {
    await saveDraft(CHECK_IN_DRAFT, earlier());
    const { user } = renderApp('/check-in');
    await screen.findByRole('region', { name: 'Unsaved answers' });
    await user.click(within(group('How often do you feel left out?')).getByRole('radio', { name: 'Hardly ever' }));
    await user.click(screen.getByRole('button', { name: 'Save check-in' }));
    await screen.findByRole('region', { name: 'Your results for 2026-W47' });
    await sleep(100);
    expect(await storedValue(CHECK_IN_DRAFT)).toEqual(earlier());
  });
});

describe('person form drafts', () => {
  it('offers a new person’s draft after the form is closed and opened again, and clears it on save', async () => {
    const first = renderApp('/people/new');
    await first.user.type(await screen.findByLabelText('Name'), 'Dana Whitfield');
    await first.user.type(screen.getByLabelText('Title'), 'Chief Financial Officer');
    await first.user.selectOptions(screen.getByLabelText('Relationship'), 'Manager (I report to them)');
    await first.user.type(screen.getByLabelText('Notes'), 'Numbers first.');
    first.unmount();
    await waitFor(async () =>
      expect(await storedValue(NEW_PERSON_DRAFT)).toMatchObject({ name: 'Dana Whitfield', notes: 'Numbers first.' }),
    );

    const { user } = renderApp('/people/new');
    const offer = await screen.findByRole('region', { name: 'Unsaved draft' });
    expect(offer).toHaveTextContent('You have an unsaved draft of a new person.');
    expect(screen.getByLabelText('Name')).toHaveValue('');
    await user.click(within(offer).getByRole('button', { name: 'Restore draft' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Dana Whitfield');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(screen.getByLabelText('Title')).toHaveValue('Chief Financial Officer');
    expect(screen.getByLabelText('Relationship')).toHaveDisplayValue('Manager (I report to them)');
    expect(screen.getByLabelText('Cadence (days)')).toHaveValue(7);
    expect(screen.getByLabelText('Notes')).toHaveValue('Numbers first.');
    expect(screen.queryByRole('region', { name: 'Unsaved draft' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(await listPeople()).toMatchObject([{ name: 'Dana Whitfield', relationship: 'manager', cadenceDays: 7 }]);
    await waitFor(async () => expect(await getDraft(NEW_PERSON_DRAFT)).toBeUndefined());
    // Saved just as the page went away: nothing is written back.
    window.dispatchEvent(new Event('pagehide'));
    await sleep(100);
    expect(await getDraft(NEW_PERSON_DRAFT)).toBeUndefined();
  });

  it('keeps an edit’s draft under the person, and Discard throws it away for good', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Sam Ortiz', title: 'CRO' });
    const draftKey = `person:${person.id}`;
    const first = renderApp(`/people/${person.id}/edit`);
    await first.user.type(await screen.findByLabelText('Notes'), 'Wants the pricing data weekly');
    first.unmount();
    await waitFor(async () =>
      expect(await storedValue(draftKey)).toMatchObject({ name: 'Sam Ortiz', notes: 'Wants the pricing data weekly' }),
    );

    const { user } = renderApp(`/people/${person.id}/edit`);
    const offer = await screen.findByRole('region', { name: 'Unsaved draft' });
    expect(offer).toHaveTextContent('You have unsaved changes to this person from an earlier visit.');
    await user.click(within(offer).getByRole('button', { name: 'Discard draft' }));
    expect(screen.getByLabelText('Notes')).toHaveValue('');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    await waitFor(async () => expect(await getDraft(draftKey)).toBeUndefined());
    expect(await getDraft(NEW_PERSON_DRAFT)).toBeUndefined();
  });

  it('forgets the draft when the changes are undone or thrown away with Cancel', async () => {
    const person = await createPerson({ ...emptyPersonInput(), name: 'Sam Ortiz' });
    const draftKey = `person:${person.id}`;
    // The browser's own confirmation dialog cannot run in jsdom; its answer is what is replaced here.
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    const { user } = renderApp(`/people/${person.id}/edit`);
    const title = await screen.findByLabelText('Title');
    await user.type(title, 'CRO');
    await waitFor(async () => expect(await storedValue(draftKey)).toMatchObject({ title: 'CRO' }));
    // Back to the person as saved: nothing left worth a draft.
    await user.clear(title);
    await waitFor(async () => expect(await getDraft(draftKey)).toBeUndefined());

    await user.type(title, 'Chief Revenue Officer');
    await waitFor(async () => expect(await storedValue(draftKey)).toMatchObject({ title: 'Chief Revenue Officer' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Ortiz' })).toBeInTheDocument();
    await waitFor(async () => expect(await getDraft(draftKey)).toBeUndefined());
    expect((await getPerson(person.id))?.title).toBe('');
  });
});

describe('autosave while typing goes on', () => {
  it('writes the draft at least once a second, without waiting for a pause', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    // A key every 60 ms for about 2.4 seconds: never the 250 ms pause the pause-based save waits for.
    const user = userEvent.setup({ delay: 60 });
    await user.keyboard('{Control>}l{/Control}');
    const dialog = await findQuickLog();
    const notes = within(dialog).getByLabelText('Notes');
    await user.click(notes);
    const text = 'abcdefghijklmnopqrstuvwxyz0123456789ABCD';

    let typing = true;
    const typed = user.type(notes, text, { skipClick: true }).finally(() => {
      typing = false;
    });
    // Every version of the draft that is written while the keys are still coming.
    const seen: string[] = [];
    while (typing) {
      const stored = await storedValue(NEW_CONVERSATION_DRAFT);
      const written = typeof stored === 'object' && stored !== null && 'notes' in stored ? String(stored.notes) : '';
      if (written !== '' && written !== seen.at(-1)) seen.push(written);
      await sleep(20);
    }
    await typed;

    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const written of seen) {
      expect(text.startsWith(written)).toBe(true);
      expect(written.length).toBeLessThan(text.length);
    }
    // The pause at the end still writes the rest.
    await waitFor(async () => expect(await storedValue(NEW_CONVERSATION_DRAFT)).toMatchObject({ notes: text }));
  });
});
