import { BRIEF_DEFAULT_MIN_INFLUENCE } from '@shared/domain/offsite-brief';
import type { Person } from '@shared/domain/types';

/** Who the brief is about: one checkbox per person, with a way to choose everyone or no one. */
export function BriefPeoplePicker({
  people,
  chosenIds,
  onChange,
}: {
  /** The people who can be chosen, in the order shown (by name). */
  people: readonly Person[];
  chosenIds: readonly string[];
  onChange(ids: string[]): void;
}) {
  const chosen = new Set(chosenIds);
  return (
    <fieldset className="brief-people">
      <legend>People in the brief</legend>
      <p className="field-hint">
        A new brief starts with everyone whose influence is {BRIEF_DEFAULT_MIN_INFLUENCE} or more. Archived people are
        not listed.
      </p>
      <div className="actions">
        <button type="button" onClick={() => onChange(people.map((person) => person.id))}>
          Choose everyone
        </button>
        <button type="button" onClick={() => onChange([])}>
          Choose no one
        </button>
      </div>
      <ul>
        {people.map((person) => (
          <li key={person.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={chosen.has(person.id)}
                onChange={(event) =>
                  onChange(
                    event.target.checked ? [...chosenIds, person.id] : chosenIds.filter((id) => id !== person.id),
                  )
                }
              />
              {person.name}
            </label>
            <span className="subtle">influence {person.influence}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
