import { useRef, useState, type FormEvent } from 'react';
import { FUNCTION_LABELS, INFLUENCE_LABELS, RELATIONSHIP_LABELS, STANCE_LABELS } from '@shared/domain/labels';
import { defaultCadenceDays } from '@shared/domain/cadence';
import { validatePersonInput, type PersonField, type PersonInput } from '@shared/domain/person';
import type { FieldErrors } from '@shared/domain/field-errors';
import {
  PERSON_FUNCTIONS,
  RELATIONSHIPS,
  STANCES,
  type CadenceDefaults,
  type PersonFunction,
  type Relationship,
} from '@shared/domain/types';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { DraftOffer } from '@renderer/components/DraftOffer';
import { Field } from '@renderer/components/Field';
import { useDraft } from '@renderer/hooks/use-draft';
import { useSave } from '@renderer/hooks/use-save';
import {
  isPersonFormState,
  personFormToInput,
  samePersonForm,
  toPersonFormState,
  type PersonFormState,
} from './person-form-state';

/** The order in which fields are checked, so focus goes to the first one with a problem. */
const FIELD_ORDER: PersonField[] = [
  'name',
  'title',
  'emails',
  'function',
  'relationship',
  'influence',
  'stance',
  'desiredStance',
  'cadenceDays',
  'notes',
];

export type PersonFormProps = {
  initial: PersonInput;
  /** `person:new`, or `person:<id>` for an edit. */
  draftKey: string;
  cadenceDefaults: CadenceDefaults;
  submitLabel: string;
  onSubmit(input: PersonInput): Promise<void>;
  onCancel(): void;
};

export function PersonForm({ initial, draftKey, cadenceDefaults, submitLabel, onSubmit, onCancel }: PersonFormProps) {
  const [form, setFormState] = useState(() => toPersonFormState(initial));
  const [errors, setErrors] = useState<FieldErrors<PersonField>>({});
  const { saving, saveError, clearSaveError, save } = useSave();
  // Once the user types a cadence, changing the relationship no longer overwrites it.
  const [cadenceEdited, setCadenceEdited] = useState(initial.name !== '');
  const formRef = useRef<HTMLFormElement>(null);
  const unchanged = (value: PersonFormState) => samePersonForm(value, toPersonFormState(initial));
  const draft = useDraft(draftKey, { isValid: isPersonFormState, isBlank: unchanged });

  const setForm = (next: PersonFormState) => {
    setFormState(next);
    draft.update(next);
  };

  const update = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) =>
    setForm({ ...form, [key]: value });

  const updateKind = (relationship: Relationship, personFunction: PersonFunction) =>
    setForm({
      ...form,
      relationship,
      function: personFunction,
      cadenceDays: cadenceEdited
        ? form.cadenceDays
        : String(defaultCadenceDays(relationship, personFunction, cadenceDefaults)),
    });

  // The offer's buttons disappear once used: focus moves on to the name rather than being lost.
  const focusName = () => formRef.current?.querySelector<HTMLElement>('[name="name"]')?.focus();

  function restoreDraft(offered: PersonFormState) {
    setFormState(offered);
    draft.restore();
    // A cadence other than its relationship's default was typed by the user: keep it as they left it.
    setCadenceEdited(
      (edited) =>
        edited ||
        offered.cadenceDays !== String(defaultCadenceDays(offered.relationship, offered.function, cadenceDefaults)),
    );
    focusName();
  }

  // Leaving a changed form asks first: a half-written person (notes can be long) is not thrown away
  // by a stray Escape. Once the answer is yes, the draft goes with the changes.
  function cancel() {
    if (!unchanged(form) && !window.confirm('Discard your changes to this person?')) return;
    void draft.clear().catch(() => undefined);
    onCancel();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearSaveError();
    const result = validatePersonInput(personFormToInput(form));
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    await save(async () => {
      await onSubmit(result.value);
      // Saved is saved: a draft that cannot be removed must not make the user save twice.
      await draft.clear().catch(() => undefined);
    }, setErrors);
  }

  const offered = draft.offered;

  return (
    <form
      ref={formRef}
      className="person-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      {offered && (
        <DraftOffer
          label="Unsaved draft"
          message={
            initial.name === ''
              ? 'You have an unsaved draft of a new person.'
              : 'You have unsaved changes to this person from an earlier visit.'
          }
          restoreLabel="Restore draft"
          discardLabel="Discard draft"
          onRestore={() => restoreDraft(offered)}
          onDiscard={() => {
            draft.discard();
            focusName();
          }}
        />
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {saveError}
        </p>
      )}
      <Field label="Name" error={errors.name}>
        <input
          name="name"
          autoComplete="off"
          autoFocus
          value={form.name}
          onChange={(event) => update('name', event.target.value)}
        />
      </Field>
      <Field label="Title" error={errors.title} hint="For example: Chief Financial Officer">
        <input
          name="title"
          autoComplete="off"
          value={form.title}
          onChange={(event) => update('title', event.target.value)}
        />
      </Field>
      <Field
        label="Emails"
        error={errors.emails}
        hint="Separate several with commas. Used to match calendar invitations."
      >
        <input
          name="emails"
          autoComplete="off"
          value={form.emailsText}
          onChange={(event) => update('emailsText', event.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field label="Function" error={errors.function}>
          <ChoiceSelect
            name="function"
            choices={PERSON_FUNCTIONS}
            labels={FUNCTION_LABELS}
            value={form.function}
            onChange={(value) => updateKind(form.relationship, value)}
          />
        </Field>
        <Field label="Relationship" error={errors.relationship}>
          <ChoiceSelect
            name="relationship"
            choices={RELATIONSHIPS}
            labels={RELATIONSHIP_LABELS}
            value={form.relationship}
            onChange={(value) => updateKind(value, form.function)}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Influence" error={errors.influence} hint="Power over roadmap and budget decisions.">
          <select name="influence" value={form.influence} onChange={(event) => update('influence', event.target.value)}>
            {[1, 2, 3, 4, 5].map((value) => (
              <option key={value} value={value}>
                {INFLUENCE_LABELS[value]}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label="Cadence (days)"
          error={errors.cadenceDays}
          hint="How often you want to talk. The default follows the relationship."
        >
          <input
            name="cadenceDays"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={form.cadenceDays}
            onChange={(event) => {
              setCadenceEdited(true);
              update('cadenceDays', event.target.value);
            }}
          />
        </Field>
      </div>
      <div className="field-row">
        <Field label="Stance now" error={errors.stance} hint="Toward your agenda.">
          <ChoiceSelect
            name="stance"
            choices={STANCES}
            labels={STANCE_LABELS}
            value={form.stance}
            onChange={(value) => update('stance', value)}
          />
        </Field>
        <Field label="Desired stance" error={errors.desiredStance}>
          <ChoiceSelect
            name="desiredStance"
            choices={STANCES}
            labels={STANCE_LABELS}
            value={form.desiredStance}
            onChange={(value) => update('desiredStance', value)}
          />
        </Field>
      </div>
      <Field label="Notes" error={errors.notes} hint="Plain text or Markdown.">
        <textarea name="notes" rows={5} value={form.notes} onChange={(event) => update('notes', event.target.value)} />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
