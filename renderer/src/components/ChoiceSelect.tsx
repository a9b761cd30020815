import type { SelectHTMLAttributes } from 'react';

type ChoiceSelectProps<T extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  /** The choices, in the order shown. */
  choices: readonly T[];
  labels: Readonly<Record<T, string>>;
  value: T;
  onChange(value: T): void;
};

/**
 * A select over a fixed list of values (a domain enum), showing each value's label. Other props
 * (name, id, aria-*) pass through, so it works inside `Field`.
 */
export function ChoiceSelect<T extends string>({ choices, labels, value, onChange, ...rest }: ChoiceSelectProps<T>) {
  return (
    <select
      {...rest}
      value={value}
      onChange={(event) => {
        const chosen = choices.find((choice) => choice === event.target.value);
        if (chosen !== undefined) onChange(chosen);
      }}
    >
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labels[choice]}
        </option>
      ))}
    </select>
  );
}
