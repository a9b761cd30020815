import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { format } from 'date-fns';
import { HABIT_LABELS, KIND_LABELS, WARMTH_LABELS } from '@shared/domain/labels';
import { conversationInputSchema, unlikelyConversationTime } from '@shared/domain/conversation';
import { issuesByPath } from '@shared/domain/field-errors';
import { personNameSchema } from '@shared/domain/person';
import { CONVERSATION_KINDS, type CommitmentDirection, type Conversation } from '@shared/domain/types';
import { CONVERSATION_FORM_KEYS } from '@shared/domain/shortcuts';
import { shortcut } from '@renderer/platform/keyboard';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { DraftOffer } from '@renderer/components/DraftOffer';
import { Field } from '@renderer/components/Field';
import { saveConversation } from '@renderer/db/conversations-repository';
import { ValidationError } from '@renderer/db/write-errors';
import { useDraft } from '@renderer/hooks/use-draft';
import { usePeople } from '@renderer/hooks/use-people';
import { CommitmentRows } from './CommitmentRows';
import { PeoplePicker } from '@renderer/components/PeoplePicker';
import {
  formToInput,
  hasContent,
  isConversationFormState,
  newCommitmentRow,
  withNewPerson,
  withPeople,
  type ConversationFormState,
} from './conversation-form-state';
import { useSave } from '@renderer/hooks/use-save';
import type { TypedAhead } from '@renderer/state/quick-log-slice';

/** The first message at `path` or under it (`tags.3`), so a problem with one item shows by its box. */
function errorAt(errors: Record<string, string>, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
}

export type ConversationFormProps = {
  initial: ConversationFormState;
  /** The conversation being edited; absent for a new one. */
  conversationId?: string;
  draftKey: string;
  /** `added`: the names of people added by name in the form, created with the conversation. */
  onSaved(conversation: Conversation, added: string[]): void;
  onCancel(): void;
  autoFocus?: boolean;
  /** What was typed for the people box before the form was there (the quick log's stand-in box). */
  typedAhead?: TypedAhead;
  /** Shown just before the save button: the quick log's "this revealed a decision". */
  beforeActions?: ReactNode;
};

const SAVE_SHORTCUT = shortcut({ modifiers: ['primary'], key: 'Enter' });
const FORM_SHORTCUTS = {
  iOwe: shortcut(CONVERSATION_FORM_KEYS.iOwe),
  theyOwe: shortcut(CONVERSATION_FORM_KEYS.theyOwe),
  warmth: shortcut(CONVERSATION_FORM_KEYS.warmth),
  details: shortcut(CONVERSATION_FORM_KEYS.details),
};

/** What the form asks before saving a conversation at a time that is probably a typo. */
const UNLIKELY_TIME_QUESTIONS = {
  future: (at: string) =>
    `This conversation is dated ${format(new Date(at), 'd MMMM yyyy, HH:mm')}, more than a day from now. Save it with that date?`,
  'too-early': (at: string) =>
    `This conversation is dated ${format(new Date(at), 'd MMMM yyyy')}, before 1970. Save it with that date?`,
};

/**
 * What an Alt shortcut of the form does, by the physical key (`code`, since on macOS Option+letter types a
 * symbol): add a promise, rate how it felt (0 clears), or go to the details. `null` for any other key.
 */
function formShortcut(code: string): { add: CommitmentDirection } | { warmth: string } | 'details' | null {
  if (code === 'KeyI') return { add: 'i-owe' };
  if (code === 'KeyT') return { add: 'they-owe' };
  if (code === 'KeyK') return 'details';
  const digit = /^Digit([0-5])$/.exec(code)?.[1];
  if (digit === undefined) return null;
  return { warmth: digit === '0' ? '' : digit };
}

const DRAFT_OPTIONS = {
  isValid: isConversationFormState,
  isBlank: (form: ConversationFormState) => !hasContent(form),
};

/**
 * Logs or edits a conversation. Everything typed is kept as a draft until it is saved; Ctrl/Cmd+Enter
 * saves from any field, Escape cancels (the draft stays).
 */
export function ConversationForm({
  initial,
  conversationId,
  draftKey,
  onSaved,
  onCancel,
  autoFocus,
  typedAhead,
  beforeActions,
}: ConversationFormProps) {
  const people = usePeople();
  const draft = useDraft(draftKey, DRAFT_OPTIONS);
  const [form, setFormState] = useState(initial);
  // The form as last changed. Handlers build on this rather than on the render they were created in:
  // adding someone new is awaited, and what is typed meanwhile must not be overwritten when it lands.
  const latestForm = useRef(initial);
  const setForm = (next: ConversationFormState) => {
    latestForm.current = next;
    setFormState(next);
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { saving, saveError, clearSaveError, save } = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const shortcutsHintId = useId();
  // Everyone in the conversation, those added by name (not created yet) included, for the commitment rows.
  const chosen = useMemo(
    () =>
      form.personIds
        .map((id) => people?.find((p) => p.id === id) ?? form.newPeople?.find((p) => p.id === id))
        .filter((p) => p !== undefined),
    [form.personIds, form.newPeople, people],
  );

  const change = (patch: Partial<ConversationFormState>) => {
    const next = { ...latestForm.current, ...patch };
    setForm(next);
    draft.update(next);
  };

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    clearSaveError();
    const parsed = conversationInputSchema.safeParse(formToInput(latestForm.current));
    if (!parsed.success) {
      setErrors(issuesByPath(parsed.error.issues));
      // After React has marked the fields invalid, take the user to the first one.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors({});
    const unlikely = unlikelyConversationTime(parsed.data.occurredAt, new Date());
    if (unlikely !== null && !window.confirm(UNLIKELY_TIME_QUESTIONS[unlikely](parsed.data.occurredAt))) return;
    await save(
      async () => {
        const saved = await saveConversation(parsed.data, conversationId);
        const added = (parsed.data.newPeople ?? []).map((person) => person.name);
        // Saved is saved: a draft that cannot be removed must not make the user save twice.
        await draft.clear().catch(() => undefined);
        onSaved(saved, added);
      },
      (fieldErrors) => setErrors({ ...fieldErrors }),
    );
  }

  const offer = draft.offered;
  // The offer's buttons disappear once used: focus moves on to the people box rather than being lost.
  const focusPeopleBox = () => formRef.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus();
  return (
    <form
      ref={formRef}
      className="conversation-form"
      noValidate
      aria-label={conversationId ? 'Edit conversation' : 'Log a conversation'}
      aria-describedby={shortcutsHintId}
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void submit();
        } else if (event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
          const action = formShortcut(event.code);
          if (action === null) return;
          // Handled here: Alt+1 … Alt+5 would otherwise also move the screen behind the dialog.
          event.preventDefault();
          event.stopPropagation();
          if (action === 'details') {
            formRef.current?.querySelector<HTMLElement>('.conversation-details select')?.focus();
          } else if ('warmth' in action) {
            change({ warmth: action.warmth });
          } else if (chosen.length > 0) {
            // The new row's text box takes the focus as it appears.
            change({
              commitments: [...latestForm.current.commitments, newCommitmentRow(action.add, chosen[0]?.id ?? '')],
            });
          }
        } else if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      {offer && (
        <DraftOffer
          label="Unsaved draft"
          message="You have an unsaved draft of this conversation."
          restoreLabel="Restore draft"
          discardLabel="Discard draft"
          onRestore={() => {
            setForm(offer);
            draft.restore();
            focusPeopleBox();
          }}
          onDiscard={() => {
            draft.discard();
            focusPeopleBox();
          }}
        />
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {saveError}
        </p>
      )}
      <PeoplePicker
        people={people ?? []}
        peopleLoaded={people !== undefined}
        selectedIds={form.personIds}
        autoFocus={autoFocus}
        typedAhead={typedAhead}
        error={errorAt(errors, 'personIds')}
        onChange={(personIds) => change(withPeople(latestForm.current, personIds))}
        onCreate={async (name) => {
          // Checked now, so a bad name is refused in the box; the person is created when the conversation is saved.
          const checked = personNameSchema.safeParse(name);
          if (!checked.success)
            throw new ValidationError({ name: checked.error.issues[0]?.message ?? 'Invalid name.' });
          const { form: next, id } = withNewPerson(latestForm.current, checked.data);
          change(next);
          return id;
        }}
      />
      <p className="subtle form-shortcuts" id={shortcutsHintId}>
        {FORM_SHORTCUTS.iOwe.label} I owe · {FORM_SHORTCUTS.theyOwe.label} they owe · {FORM_SHORTCUTS.warmth.label} how
        it felt · {FORM_SHORTCUTS.details.label} kind and time (1:1, now) · {SAVE_SHORTCUT.label} saves
      </p>
      <Field label="Notes" error={errorAt(errors, 'notes')} hint="Plain text or Markdown.">
        <textarea rows={6} value={form.notes} onChange={(event) => change({ notes: event.target.value })} />
      </Field>
      <div className="field-row">
        <Field
          label="Priorities heard"
          hint="One per line; added to their list."
          error={errorAt(errors, 'heard.priorities')}
        >
          <textarea
            rows={2}
            value={form.prioritiesHeard}
            onChange={(event) => change({ prioritiesHeard: event.target.value })}
          />
        </Field>
        <Field label="Worries heard" hint="One per line; added to their list." error={errorAt(errors, 'heard.worries')}>
          <textarea
            rows={2}
            value={form.worriesHeard}
            onChange={(event) => change({ worriesHeard: event.target.value })}
          />
        </Field>
      </div>
      <CommitmentRows
        rows={form.commitments}
        people={chosen}
        errors={errors}
        onChange={(commitments) => change({ commitments })}
      />
      <fieldset className="radio-group">
        <legend>How did it feel?</legend>
        <label>
          <input type="radio" name="warmth" checked={form.warmth === ''} onChange={() => change({ warmth: '' })} />
          Not rated
        </label>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="warmth"
              checked={form.warmth === String(value)}
              onChange={() => change({ warmth: String(value) })}
            />
            {WARMTH_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <fieldset className="conversation-details">
        <legend>Details</legend>
        <div className="field-row">
          <Field label="Kind" error={errorAt(errors, 'kind')}>
            <ChoiceSelect
              choices={CONVERSATION_KINDS}
              labels={KIND_LABELS}
              value={form.kind}
              onChange={(kind) => change({ kind })}
            />
          </Field>
          <Field label="When" error={errorAt(errors, 'occurredAt')}>
            <input type="datetime-local" value={form.when} onChange={(event) => change({ when: event.target.value })} />
          </Field>
        </div>
        <Field label="Title (optional)" error={errorAt(errors, 'title')}>
          <input value={form.title} onChange={(event) => change({ title: event.target.value })} />
        </Field>
        <Field label="Tags" hint="Separate with commas, e.g. budget, hiring" error={errorAt(errors, 'tags')}>
          <input value={form.tags} onChange={(event) => change({ tags: event.target.value })} />
        </Field>
        <fieldset className="habits">
          <legend>Habits (optional self-check)</legend>
          {(Object.keys(HABIT_LABELS) as (keyof typeof HABIT_LABELS)[]).map((habit) => (
            <label key={habit} className="checkbox">
              <input
                type="checkbox"
                checked={form[habit]}
                onChange={(event) => change({ [habit]: event.target.checked })}
              />
              {HABIT_LABELS[habit]}
            </label>
          ))}
        </fieldset>
      </fieldset>
      {beforeActions}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving} aria-keyshortcuts={SAVE_SHORTCUT.aria}>
          {saving ? 'Saving…' : 'Save conversation'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
