import { useId } from 'react';
import type { FormAnswer } from './check-in-form-state';

/**
 * One question as a native radio group: Tab reaches the group, arrow keys move between its options
 * (and choose them), Space chooses the focused one. The last option, "Skip", is how a keyboard user
 * takes an answer back; leaving the question alone skips it too.
 */
export function ChoiceGroup({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  /** Unique on the page: it groups the radios. */
  name: string;
  legend: string;
  options: readonly string[];
  /** The chosen option's index, `skipped` or `null`. */
  value: FormAnswer;
  onChange(value: number | 'skipped'): void;
}) {
  const legendId = useId();
  return (
    // A fieldset is a group by default; the explicit role tells assistive tech that one option is chosen.
    <fieldset role="radiogroup" aria-labelledby={legendId} className="choice-group">
      <legend id={legendId}>{legend}</legend>
      <div className="choice-options">
        {options.map((option, index) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={String(index)}
              checked={value === index}
              onChange={() => onChange(index)}
            />
            {option}
          </label>
        ))}
        <label className="choice-skip">
          <input
            type="radio"
            name={name}
            value="skipped"
            checked={value === 'skipped'}
            onChange={() => onChange('skipped')}
          />
          Skip
        </label>
      </div>
    </fieldset>
  );
}
