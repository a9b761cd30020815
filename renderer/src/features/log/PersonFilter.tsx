import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Person } from '@shared/domain/types';
import { peopleMatchingName } from '@shared/domain/name-match';
import { comboboxAttributes, optionId } from '@renderer/components/combobox';

const MAX_OPTIONS = 8;

/** `null` stands for everyone: the Log unfiltered by person. */
type Choice = Person | null;

/**
 * The Log's person filter: a box that shows who the Log is narrowed to (empty, "Everyone", when no one);
 * typing a name offers the people who match, archived people included, and Enter or a click picks one.
 * Escape or leaving the box puts back who was chosen; a box emptied and left shows everyone again.
 *
 * A type-ahead rather than a select of everyone: a select draws an option per person whenever the Log opens,
 * about 8 ms of its 23 ms with 300 people (the benchmark at 100,000 notes); the list here is drawn only
 * while it is open, and holds at most eight people.
 */
export function PersonFilter({
  people,
  value,
  onChange,
}: {
  /** Everyone, by name. */
  people: readonly Person[];
  /** The chosen person's id; '' for everyone. */
  value: string;
  onChange(personId: string): void;
}) {
  const id = useId();
  // What is typed while choosing; `null` when the box shows the chosen person's name.
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const chosen = useMemo(() => people.find((person) => person.id === value), [people, value]);

  const options = useMemo<Choice[]>(() => {
    const text = typed ?? '';
    // An empty box offers everyone first, then the first people by name, so arrows alone can choose.
    if (text.trim() === '') return [null, ...people.slice(0, MAX_OPTIONS)];
    return peopleMatchingName(people, text, MAX_OPTIONS);
  }, [people, typed]);

  function choose(choice: Choice) {
    onChange(choice?.id ?? '');
    setTyped(null);
    setOpen(false);
  }

  function putBack() {
    setTyped(null);
    setOpen(false);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // While an input method composes a name, its keys belong to it.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      // A closed list opens on its first choice; an open one moves down.
      setActive((index) => (open ? (index + 1) % Math.max(options.length, 1) : 0));
      setOpen(true);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((index) => (index - 1 + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && options[active] !== undefined) choose(options[active]);
      else if (typed !== null && typed.trim() === '') choose(null);
    } else if (event.key === 'Escape' && (open || typed !== null)) {
      // Closes the list and keeps the Log as it was; the Escape goes no further (a dialog, a shortcut).
      event.stopPropagation();
      putBack();
    }
  }

  const listId = `${id}-options`;
  const expanded = open && options.length > 0;
  const noMatch = open && options.length === 0;
  return (
    <div className="person-filter">
      <label htmlFor={id}>Person</label>{' '}
      <input
        id={id}
        {...comboboxAttributes(listId, expanded, active)}
        spellCheck={false}
        // A filter kept for someone no longer in the journal (a backup restored without them) says so.
        placeholder={value !== '' && !chosen ? 'Someone removed' : 'Everyone'}
        value={typed ?? chosen?.name ?? ''}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          // A box emptied and left means everyone; anything else typed and not chosen is put back.
          if (typed !== null && typed.trim() === '' && value !== '') choose(null);
          else putBack();
        }}
      />
      <ul id={listId} role="listbox" aria-label="People to filter by" className="options" hidden={!expanded}>
        {expanded &&
          options.map((choice, index) => (
            <li
              key={choice?.id ?? 'everyone'}
              id={optionId(listId, index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                // Keeps focus in the box, so its blur does not put the old choice back first.
                event.preventDefault();
                choose(choice);
              }}
            >
              {choice === null ? 'Everyone' : choice.name}
              {choice?.archived && <span className="subtle"> · archived</span>}
            </li>
          ))}
      </ul>
      {noMatch && (
        <p className="options subtle" role="status">
          No one by that name.
        </p>
      )}
    </div>
  );
}
