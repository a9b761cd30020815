import type { Person } from '@shared/domain/types';

/** A select of people by name, with a first choice for "no one in particular" (its value is `anyValue`). */
export function PersonSelect({
  people,
  value,
  onChange,
  anyValue,
  anyLabel,
}: {
  people: readonly Person[];
  value: string;
  onChange(personId: string): void;
  anyValue: string;
  anyLabel: string;
}) {
  return (
    <select value={value} onChange={(event) => onChange(event.target.value)}>
      <option value={anyValue}>{anyLabel}</option>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </select>
  );
}
