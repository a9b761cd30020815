import { useRef } from 'react';
import { useId } from 'react';
import { DIRECTION_LABELS } from '@shared/domain/labels';
import { COMMITMENT_DIRECTIONS, type CommitmentDirection, type Person } from '@shared/domain/types';
import { CONVERSATION_FORM_KEYS } from '@shared/domain/shortcuts';
import { shortcut } from '@renderer/platform/keyboard';
import { newCommitmentRow, type CommitmentRowState } from './conversation-form-state';

const I_OWE_SHORTCUT = shortcut(CONVERSATION_FORM_KEYS.iOwe);
const THEY_OWE_SHORTCUT = shortcut(CONVERSATION_FORM_KEYS.theyOwe);

/** The promises made in this conversation, both ways, each with an optional due date. */
export function CommitmentRows({
  rows,
  people,
  errors,
  onChange,
}: {
  rows: readonly CommitmentRowState[];
  /** Everyone in the conversation, people added by name and not created yet included. */
  people: readonly Pick<Person, 'id' | 'name'>[];
  errors: Record<string, string>;
  onChange(rows: CommitmentRowState[]): void;
}) {
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (key: string, patch: Partial<CommitmentRowState>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = (direction: CommitmentDirection) => onChange([...rows, newCommitmentRow(direction, people[0]?.id ?? '')]);
  const errorIdPrefix = useId();

  return (
    <fieldset className="commitment-rows">
      <legend>Commitments</legend>
      {rows.map((row, index) => {
        const number = index + 1;
        const textError = errors[`newCommitments.${index}.text`] ?? errors[`newCommitments.${index}.personId`];
        const dueError = errors[`newCommitments.${index}.dueOn`];
        // The message is read with the field it is about, as Field does for the other controls.
        const errorId = `${errorIdPrefix}-${row.key}-error`;
        return (
          <div key={row.key} className="commitment-row" role="group" aria-label={`Commitment ${number}`}>
            <select
              aria-label={`Commitment ${number}: who owes it`}
              value={row.direction}
              onChange={(event) => update(row.key, { direction: event.target.value as CommitmentDirection })}
            >
              {COMMITMENT_DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {DIRECTION_LABELS[direction]}
                </option>
              ))}
            </select>
            {people.length > 1 && (
              <select
                aria-label={`Commitment ${number}: with whom`}
                value={row.personId}
                onChange={(event) => update(row.key, { personId: event.target.value })}
              >
                {people.map((person) => (
                  <option key={person.id} value={person.id}>
                    {person.name}
                  </option>
                ))}
              </select>
            )}
            <input
              aria-label={`Commitment ${number}: what`}
              placeholder="What was promised"
              value={row.text}
              aria-invalid={textError ? true : undefined}
              aria-describedby={textError ? errorId : undefined}
              autoFocus={row.text === '' && index === rows.length - 1}
              onChange={(event) => update(row.key, { text: event.target.value })}
            />
            <input
              type="date"
              aria-label={`Commitment ${number}: due`}
              value={row.dueOn}
              aria-invalid={dueError ? true : undefined}
              aria-describedby={dueError && !textError ? errorId : undefined}
              onChange={(event) => update(row.key, { dueOn: event.target.value })}
            />
            <button
              type="button"
              aria-label={`Remove commitment ${number}`}
              onClick={() => {
                onChange(rows.filter((r) => r.key !== row.key));
                // The row is gone: keep focus in the form, on the button that adds one.
                addButton.current?.focus();
              }}
            >
              ×
            </button>
            {(textError ?? dueError) && (
              <p className="field-error" id={errorId}>
                {textError ?? dueError}
              </p>
            )}
          </div>
        );
      })}
      <div className="actions">
        <button
          ref={addButton}
          type="button"
          onClick={() => add('i-owe')}
          disabled={people.length === 0}
          aria-keyshortcuts={I_OWE_SHORTCUT.aria}
        >
          + I owe
        </button>
        <button
          type="button"
          onClick={() => add('they-owe')}
          disabled={people.length === 0}
          aria-keyshortcuts={THEY_OWE_SHORTCUT.aria}
        >
          + They owe
        </button>
        {people.length === 0 && <span className="subtle">Choose people first.</span>}
      </div>
    </fieldset>
  );
}
