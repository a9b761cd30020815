import { useRef, useState, type FormEvent } from 'react';
import { CBI_PERSONAL, CBI_WORK, UCLA3 } from '@shared/domain/check-in-instruments';
import { validateCheckInInput, type CheckInField } from '@shared/domain/check-in-input';
import { isoWeekOf } from '@shared/domain/iso-week';
import type { FieldErrors } from '@shared/domain/field-errors';
import type { CheckIn, IsoWeek, Person } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { saveCheckIn } from '@renderer/db/check-ins-repository';
import { useDraft } from '@renderer/hooks/use-draft';
import { ChoiceGroup } from './ChoiceGroup';
import { InstrumentQuestions } from './InstrumentQuestions';
import { DraftOffer } from '@renderer/components/DraftOffer';
import { LeanedOnPicker } from './LeanedOnPicker';
import {
  formToCheckInInput,
  isCheckInFormState,
  sameCheckInForm,
  type AnswerListKey,
  type CheckInFormState,
} from './check-in-form-state';
import { useSave } from '@renderer/hooks/use-save';

const ENERGY_OPTIONS = ['1 — drained', '2 — low', '3 — steady', '4 — good', '5 — full of energy'] as const;

// Where focus goes for each field's problem, in the order the form asks.
const FIELD_ORDER: CheckInField[] = [
  'form',
  'cbiWork',
  'cbiPersonal',
  'ucla3',
  'energy',
  'leanedOn',
  'win',
  'drain',
  'reflection',
];

export type CheckInFormProps = {
  week: IsoWeek;
  initial: CheckInFormState;
  /** Whether the week already has a saved check-in that this form edits. */
  editing: boolean;
  includePersonal: boolean;
  people: readonly Person[];
  onSaved(checkIn: CheckIn): void;
};

/** The weekly questions. Everything typed is kept as a draft until it is saved. */
export function CheckInForm({ week, initial, editing, includePersonal, people, onSaved }: CheckInFormProps) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<CheckInField>>({});
  const { saving, saveError, clearSaveError, save } = useSave();
  const draft = useDraft(`check-in:${week}`, {
    isValid: isCheckInFormState,
    // Answers as the form opened (the saved check-in, or none) are not worth a draft.
    isBlank: (value) => sameCheckInForm(value, initial),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const draftOffered = draft.offered;

  const change = (next: CheckInFormState) => {
    setForm(next);
    draft.update(next);
  };
  const answer = (list: AnswerListKey, index: number, value: number | 'skipped') =>
    change({ ...form, [list]: form[list].map((current, i) => (i === index ? value : current)) });
  const setText = (key: 'win' | 'drain' | 'reflection', value: string) => change({ ...form, [key]: value });

  function showErrors(next: FieldErrors<CheckInField>) {
    setErrors(next);
    const found = FIELD_ORDER.find((field) => next[field]);
    // A problem with the whole check-in ("answer at least one question") sends focus to the first question.
    const first = found === 'form' ? 'cbiWork' : found;
    formRef.current
      ?.querySelector<HTMLElement>(`[data-field="${first}"] input, [data-field="${first}"] textarea`)
      ?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    clearSaveError();
    const input = formToCheckInInput(form, week, includePersonal);
    const result = validateCheckInInput(input, isoWeekOf(new Date()));
    if (!result.ok) {
      showErrors(result.errors);
      return;
    }
    setErrors({});
    await save(async () => {
      const saved = await saveCheckIn(input);
      // The check-in is safe; a draft left behind would only be offered back identical to it.
      await draft.clear().catch(() => undefined);
      onSaved(saved);
    }, setErrors);
  }

  return (
    <form ref={formRef} className="check-in-form" noValidate onSubmit={(event) => void submit(event)}>
      {draftOffered && (
        <DraftOffer
          label="Unsaved answers"
          message={`You have unsaved answers for ${week} from an earlier visit.`}
          restoreLabel="Restore unsaved answers"
          discardLabel="Discard them"
          onRestore={() => {
            setForm(draftOffered);
            draft.restore();
          }}
          onDiscard={() => draft.discard()}
        />
      )}
      {(saveError ?? errors.form) && (
        <p className="form-error" role="alert">
          {saveError ?? errors.form}
        </p>
      )}
      <p className="subtle">
        Choose the answer closest to how you feel. Every question is optional: leave it, or choose Skip.
      </p>
      <div data-field="cbiWork">
        <InstrumentQuestions
          instrument={CBI_WORK}
          answers={form.cbiWork}
          error={errors.cbiWork}
          onAnswer={(i, a) => answer('cbiWork', i, a)}
        />
      </div>
      {includePersonal && (
        <div data-field="cbiPersonal">
          <InstrumentQuestions
            instrument={CBI_PERSONAL}
            answers={form.cbiPersonal}
            error={errors.cbiPersonal}
            onAnswer={(i, a) => answer('cbiPersonal', i, a)}
          />
        </div>
      )}
      <div data-field="ucla3">
        <InstrumentQuestions
          instrument={UCLA3}
          answers={form.ucla3}
          error={errors.ucla3}
          onAnswer={(i, a) => answer('ucla3', i, a)}
        />
      </div>
      <section className="instrument" aria-labelledby="check-in-week-heading">
        <h3 id="check-in-week-heading">Your week</h3>
        <div data-field="energy">
          <ChoiceGroup
            name="energy"
            legend="Energy this week"
            options={ENERGY_OPTIONS}
            value={typeof form.energy === 'number' ? form.energy - 1 : form.energy}
            onChange={(value) => change({ ...form, energy: value === 'skipped' ? value : value + 1 })}
          />
          {errors.energy && <p className="field-error">{errors.energy}</p>}
        </div>
        <div data-field="leanedOn">
          <LeanedOnPicker
            people={people}
            value={form.leanedOn}
            onChange={(leanedOn) => change({ ...form, leanedOn })}
          />
          {errors.leanedOn && <p className="field-error">{errors.leanedOn}</p>}
        </div>
        <div data-field="win">
          <Field label="A win this week" error={errors.win} hint="Something that went well, however small.">
            <textarea rows={2} value={form.win} onChange={(event) => setText('win', event.target.value)} />
          </Field>
        </div>
        <div data-field="drain">
          <Field label="A drain this week" error={errors.drain} hint="Something that cost you energy.">
            <textarea rows={2} value={form.drain} onChange={(event) => setText('drain', event.target.value)} />
          </Field>
        </div>
        <div data-field="reflection">
          <Field label="Reflection" error={errors.reflection} hint="Anything you want to remember about this week.">
            <textarea
              rows={4}
              value={form.reflection}
              onChange={(event) => setText('reflection', event.target.value)}
            />
          </Field>
        </div>
      </section>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Save check-in'}
        </button>
      </div>
    </form>
  );
}
