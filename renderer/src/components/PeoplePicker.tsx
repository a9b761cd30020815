import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Person } from '@shared/domain/types';
import { peopleMatchingName } from '@shared/domain/name-match';
import { describeWriteError } from '@renderer/db/write-errors';
import { comboboxAttributes, optionId } from '@renderer/components/combobox';

type Option = { kind: 'person'; person: Person } | { kind: 'create'; name: string };

const MAX_OPTIONS = 8;

/**
 * Type-ahead for people (those in a conversation, those who drove a decision): type part of a name, Enter picks the highlighted
 * person, or adds someone new when no one matches. Chosen people show as removable chips;
 * Backspace in the empty box removes the last one.
 */
export function PeoplePicker({
  people,
  peopleLoaded,
  selectedIds,
  onChange,
  onCreate,
  error,
  autoFocus = false,
  typedAhead,
  label = 'People',
}: {
  people: readonly Person[];
  /** False while the people list is still loading, so chips do not flash "Unknown person". */
  peopleLoaded: boolean;
  selectedIds: readonly string[];
  onChange(ids: string[]): void;
  onCreate(name: string): Promise<string>;
  error?: string | undefined;
  autoFocus?: boolean;
  /**
   * What was typed before the picker was there (the quick log's stand-in box, while its code loaded): the
   * box starts with that text, its matches shown, and an Enter pressed then counts as one pressed while the
   * people list loads.
   */
  typedAhead?: { text: string; enter: boolean };
  /** The box's label: who was in a conversation, who drove a decision. */
  label?: string;
}) {
  const id = useId();
  const [text, setText] = useState(typedAhead?.text ?? '');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(Boolean(typedAhead?.text));
  const [createError, setCreateError] = useState<string | null>(null);
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  // Who is chosen as of the latest render: adding someone new is awaited, and another pick may land meanwhile.
  const latestSelected = useRef(selectedIds);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    latestSelected.current = selectedIds;
  }, [selectedIds]);

  const options = useMemo<Option[]>(() => {
    const needle = text.trim().toLocaleLowerCase();
    if (needle === '') return [];
    const offered = people.filter((person) => !person.archived && !selectedIds.includes(person.id));
    const matches = peopleMatchingName(offered, needle, MAX_OPTIONS).map((person): Option => ({
      kind: 'person',
      person,
    }));
    // An archived person's name can be reused for someone new: archived people are not offered.
    const exact = people.some((person) => !person.archived && person.name.toLocaleLowerCase() === needle);
    return exact ? matches : [...matches, { kind: 'create', name: text.trim() }];
  }, [people, selectedIds, text]);

  const [createdNames, setCreatedNames] = useState<Record<string, string>>({});
  // Enter pressed before the people list had loaded: picked, once it is here, from what it offers.
  const enterWhileLoading = useRef(typedAhead?.enter ?? false);
  useEffect(() => {
    if (!enterWhileLoading.current || !peopleLoaded) return;
    enterWhileLoading.current = false;
    // The best match, even if the box lost focus meanwhile (Tab right after Enter closes the list).
    const option = options[open ? active : 0];
    if (option) void choose(option);
  });

  async function choose(option: Option) {
    // Cleared first, so a second Enter while someone new is being added does not add them twice.
    setText('');
    setActive(0);
    setOpen(false);
    let personId = option.kind === 'person' ? option.person.id : null;
    if (option.kind === 'create') {
      try {
        const created = await onCreate(option.name);
        // The people list catches up a moment later; until then the chip uses the name typed.
        setCreatedNames((names) => ({ ...names, [created]: option.name }));
        personId = created;
      } catch (failure) {
        // Keep the name typed and say why it could not be added.
        setText(option.name);
        setCreateError(describeWriteError(failure));
        return;
      }
    }
    if (personId !== null) onChange([...latestSelected.current, personId]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // While an input method composes a name (Japanese, Chinese…), Enter confirms the characters, not a pick.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      // A closed list opens on its best match; an open one moves down.
      if (!open) setActive(0);
      else setActive((index) => (index + 1) % options.length);
      setOpen(true);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive((index) => (index - 1 + options.length) % options.length);
    } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter picks a person; it never submits the form (Ctrl/Cmd+Enter saves).
      event.preventDefault();
      // Before the people list has loaded, every name looks new: Enter waits for the list instead of
      // adding a duplicate of someone who exists (and attaching the conversation to it).
      if (!peopleLoaded) {
        enterWhileLoading.current = true;
        return;
      }
      // With the list closed (after Escape, or back in the box), Enter takes the best match, never "add new"
      // ahead of someone who exists: matches always come before it.
      const option = options[open ? active : 0];
      if (option) void choose(option);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && text === '' && selectedIds.length > 0) {
      onChange(selectedIds.slice(0, -1));
    }
  }

  const listId = `${id}-options`;
  const errorId = `${id}-error`;
  const shownError = createError ?? error;
  const expanded = open && options.length > 0;
  return (
    <div className={`field people-picker${shownError ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {selectedIds.length > 0 && (
        <ul className="chips" aria-label="Chosen people">
          {selectedIds.map((personId) => {
            const name = byId.get(personId)?.name ?? createdNames[personId] ?? (peopleLoaded ? 'Unknown person' : '…');
            return (
              <li key={personId} className="chip">
                {name}
                <button
                  type="button"
                  aria-label={`Remove ${name}`}
                  onClick={() => {
                    onChange(selectedIds.filter((x) => x !== personId));
                    // The chip and its button are gone: keep focus in the picker, not on the page.
                    inputRef.current?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <input
        ref={inputRef}
        id={id}
        {...comboboxAttributes(listId, expanded, active)}
        autoFocus={autoFocus}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? errorId : undefined}
        placeholder={selectedIds.length === 0 ? 'Type a name' : 'Add someone else'}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setCreateError(null);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Matching people" className="options" hidden={!expanded}>
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.person.id : 'create'}
              id={optionId(listId, index)}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                void choose(option);
              }}
            >
              {option.kind === 'person' ? (
                <>
                  {option.person.name}
                  {option.person.title && <span className="subtle"> · {option.person.title}</span>}
                </>
              ) : (
                <>Add “{option.name}” as a new person</>
              )}
            </li>
          ))}
      </ul>
      {shownError && (
        <p className="field-error" id={errorId}>
          {shownError}
        </p>
      )}
    </div>
  );
}
