import { useState } from 'react';
import { Link } from 'wouter';
import type { Person } from '@shared/domain/types';

// Above this many people a filter box saves scrolling through everyone.
const FILTER_FROM = 12;

/**
 * "Who could I talk to honestly this week?" as checkboxes. Archived people are offered only when this
 * check-in already names them, so editing an old week never drops someone silently.
 */
export function LeanedOnPicker({
  people,
  value,
  onChange,
}: {
  people: readonly Person[];
  value: readonly string[];
  onChange(ids: string[]): void;
}) {
  const [filter, setFilter] = useState('');
  const chosen = new Set(value);
  const offered = people.filter((person) => !person.archived || chosen.has(person.id));
  const needle = filter.trim().toLocaleLowerCase();
  const shown = offered.filter(
    (person) => chosen.has(person.id) || needle === '' || person.name.toLocaleLowerCase().includes(needle),
  );

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value.filter((other) => other !== id), id] : value.filter((other) => other !== id));

  return (
    <fieldset className="leaned-on">
      <legend>Who could I talk to honestly this week?</legend>
      {offered.length === 0 ? (
        <p className="subtle">
          No one to choose yet. <Link href="/people/new">Add the people you work with</Link> and they will appear here.
        </p>
      ) : (
        <>
          {offered.length > FILTER_FROM && (
            <input
              type="search"
              aria-label="Filter people"
              placeholder="Filter people"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
            />
          )}
          <div className="leaned-on-options">
            {shown.map((person) => (
              <label key={person.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(person.id)}
                  onChange={(event) => toggle(person.id, event.target.checked)}
                />
                {person.name}
              </label>
            ))}
          </div>
        </>
      )}
    </fieldset>
  );
}
