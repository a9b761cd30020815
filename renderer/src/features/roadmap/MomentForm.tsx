import { format } from 'date-fns';
import { useId, useRef, useState, type FormEvent } from 'react';
import { KIND_LABELS } from '@shared/domain/labels';
import type { FieldErrors } from '@shared/domain/field-errors';
import { localDateOf } from '@shared/domain/dates';
import { emptyPersonInput } from '@shared/domain/person';
import {
  AREA_LABELS,
  INVOLVEMENT_EXPLANATIONS,
  INVOLVEMENT_FORM_ORDER,
  INVOLVEMENT_LABELS,
  TECH_IMPACT_LABELS,
  validateStrategyMomentInput,
  type StrategyMomentField,
  type StrategyMomentInput,
} from '@shared/domain/strategy-moment';
import { shortcut } from '@renderer/platform/keyboard';
import { STRATEGY_AREAS, TECH_IMPACTS, type Conversation, type Person } from '@shared/domain/types';
import { DraftOffer } from '@renderer/components/DraftOffer';
import { Field } from '@renderer/components/Field';
import { PeoplePicker } from '@renderer/components/PeoplePicker';
import { createPerson } from '@renderer/db/people-repository';
import { useTimeline } from '@renderer/hooks/use-conversations';
import { useDraft } from '@renderer/hooks/use-draft';
import { usePeople } from '@renderer/hooks/use-people';
import { useSave } from '@renderer/hooks/use-save';
import { useSettings } from '@renderer/hooks/use-settings';
import { NO_LOG_FILTERS } from '@renderer/state/log-filters-slice';
import { isMomentFormState, momentFormToInput, sameMomentForm, type MomentFormState } from './moment-form-state';

/** The order in which fields are checked, so focus goes to the first one with a problem. */
const FIELD_ORDER: StrategyMomentField[] = [
  'title',
  'occurredOn',
  'area',
  'involvement',
  'techImpact',
  'drivenBy',
  'notes',
  'nextTime',
  'conversationId',
];

/** How many recent conversations the "learned of it in" list offers. */
const LINKABLE_CONVERSATIONS = 30;

const SAVE_SHORTCUT = shortcut({ modifiers: ['primary'], key: 'Enter' });

export type MomentFormProps = {
  initial: MomentFormState;
  /** `moment:new`, `moment:from:<conversation id>` or `moment:<id>` for an edit. */
  draftKey: string;
  submitLabel: string;
  onSubmit(input: StrategyMomentInput): Promise<void>;
  onCancel(): void;
};

function conversationLabel(conversation: Conversation, people: readonly Person[] | undefined): string {
  const names = conversation.personIds
    .map((id) => people?.find((person) => person.id === id)?.name ?? 'someone')
    .join(', ');
  const title = conversation.title ? `: ${conversation.title}` : '';
  return `${format(new Date(conversation.occurredAt), 'd MMM yyyy')}, ${KIND_LABELS[conversation.kind]} with ${names}${title}`;
}

/**
 * Records or edits a strategy moment: what was decided, when, and how involved I was. Everything typed is a
 * draft until saved; Ctrl/Cmd+Enter saves from any field, Escape cancels (asking first when something changed).
 */
export function MomentForm({ initial, draftKey, submitLabel, onSubmit, onCancel }: MomentFormProps) {
  const [form, setFormState] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<StrategyMomentField>>({});
  const { saving, saveError, clearSaveError, save } = useSave();
  const formRef = useRef<HTMLFormElement>(null);
  const people = usePeople();
  const settings = useSettings();
  const recent = useTimeline(NO_LOG_FILTERS, LINKABLE_CONVERSATIONS);
  const unchanged = (value: MomentFormState) => sameMomentForm(value, initial);
  const draft = useDraft(draftKey, { isValid: isMomentFormState, isBlank: unchanged });
  const involvementName = useId();
  // The form as of the latest change: the people picker may report after an awaited add.
  const latest = useRef(form);

  const setForm = (next: MomentFormState) => {
    latest.current = next;
    setFormState(next);
    draft.update(next);
  };
  const update = (patch: Partial<MomentFormState>) => setForm({ ...latest.current, ...patch });

  const focusTitle = () => formRef.current?.querySelector<HTMLElement>('[name="title"]')?.focus();

  function cancel() {
    if (!unchanged(form) && !window.confirm('Discard your changes to this strategy moment?')) return;
    void draft.clear().catch(() => undefined);
    onCancel();
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    clearSaveError();
    const result = validateStrategyMomentInput(momentFormToInput(form), localDateOf(new Date()));
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      const target = formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`);
      // The people picker's wrapper holds the field's data-field; its box takes the focus.
      (target?.tagName === 'DIV' ? target.querySelector<HTMLElement>('input') : target)?.focus();
      return;
    }
    setErrors({});
    await save(async () => {
      await onSubmit(result.value);
      await draft.clear().catch(() => undefined);
    }, setErrors);
  }

  // A linked conversation older than the recent ones is still offered, so an edit never drops the link.
  const linkable = recent ?? [];
  const linkedMissing = form.conversationId !== '' && !linkable.some((c) => c.id === form.conversationId);
  const offered = draft.offered;

  return (
    <form
      ref={formRef}
      className="moment-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
        if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
          event.preventDefault();
          void submit();
        }
      }}
    >
      {offered && (
        <DraftOffer
          label="Unsaved draft"
          message="You have an unsaved draft of this strategy moment."
          restoreLabel="Restore draft"
          discardLabel="Discard draft"
          onRestore={() => {
            latest.current = offered;
            setFormState(offered);
            draft.restore();
            focusTitle();
          }}
          onDiscard={() => {
            draft.discard();
            focusTitle();
          }}
        />
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {saveError}
        </p>
      )}
      <Field label="What was decided" error={errors.title} hint="For example: We are buying Acme.">
        <input
          name="title"
          data-field="title"
          autoComplete="off"
          autoFocus
          value={form.title}
          onChange={(event) => update({ title: event.target.value })}
        />
      </Field>
      <div className="field-row">
        <Field label="Decided on" error={errors.occurredOn}>
          <input
            type="date"
            data-field="occurredOn"
            value={form.occurredOn}
            onChange={(event) => update({ occurredOn: event.target.value })}
          />
        </Field>
        <Field label="Area" error={errors.area}>
          <select
            data-field="area"
            value={form.area}
            onChange={(event) => update({ area: event.target.value as MomentFormState['area'] })}
          >
            <option value="">Choose…</option>
            {STRATEGY_AREAS.map((area) => (
              <option key={area} value={area}>
                {AREA_LABELS[area]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Impact on technology" error={errors.techImpact}>
          <select
            data-field="techImpact"
            value={form.techImpact}
            onChange={(event) => update({ techImpact: event.target.value as MomentFormState['techImpact'] })}
          >
            <option value="">Choose…</option>
            {TECH_IMPACTS.map((impact) => (
              <option key={impact} value={impact}>
                {TECH_IMPACT_LABELS[impact]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset
        className={`radio-group involvement${errors.involvement ? ' field-invalid' : ''}`}
        aria-describedby={errors.involvement ? `${involvementName}-error` : undefined}
      >
        <legend>How involved were you?</legend>
        {INVOLVEMENT_FORM_ORDER.map((involvement, index) => (
          <div key={involvement} className="involvement-choice">
            <label>
              <input
                type="radio"
                name={involvementName}
                data-field={index === 0 ? 'involvement' : undefined}
                checked={form.involvement === involvement}
                aria-describedby={`${involvementName}-${involvement}`}
                onChange={() => update({ involvement })}
              />
              {INVOLVEMENT_LABELS[involvement]}
            </label>
            <span className="field-hint" id={`${involvementName}-${involvement}`}>
              {INVOLVEMENT_EXPLANATIONS[involvement]}
            </span>
          </div>
        ))}
        {errors.involvement && (
          <p className="field-error" id={`${involvementName}-error`}>
            {errors.involvement}
          </p>
        )}
      </fieldset>
      <div data-field="drivenBy">
        <PeoplePicker
          label="Who drove it"
          people={people ?? []}
          peopleLoaded={people !== undefined}
          selectedIds={form.drivenBy}
          error={errors.drivenBy}
          onChange={(drivenBy) => update({ drivenBy })}
          onCreate={async (name) => (await createPerson({ ...emptyPersonInput(settings?.cadenceDefaults), name })).id}
        />
      </div>
      <Field label="Notes" error={errors.notes} hint="What was decided, by whom, and what you heard.">
        <textarea
          rows={4}
          data-field="notes"
          value={form.notes}
          onChange={(event) => update({ notes: event.target.value })}
        />
      </Field>
      <Field label="What I will do differently next time" error={errors.nextTime}>
        <textarea
          rows={2}
          data-field="nextTime"
          value={form.nextTime}
          onChange={(event) => update({ nextTime: event.target.value })}
        />
      </Field>
      <Field label="Where I learned of it (optional)" error={errors.conversationId}>
        <select
          data-field="conversationId"
          value={form.conversationId}
          onChange={(event) => update({ conversationId: event.target.value })}
        >
          <option value="">No conversation</option>
          {linkedMissing && <option value={form.conversationId}>The conversation linked before</option>}
          {linkable.map((conversation) => (
            <option key={conversation.id} value={conversation.id}>
              {conversationLabel(conversation, people)}
            </option>
          ))}
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving} aria-keyshortcuts={SAVE_SHORTCUT.aria}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
        <span className="subtle">{SAVE_SHORTCUT.label} saves.</span>
      </div>
    </form>
  );
}
