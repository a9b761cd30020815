import { useState, type FormEvent } from 'react';
import type { NoteItem } from '@shared/domain/types';
import { addNoteItem, removeNoteItem, setNoteItemResolved, type NoteListName } from '@renderer/db/people-repository';
import { describeWriteError } from '@renderer/db/write-errors';

/** One of a person's lists (priorities, worries, ways I can help): add, resolve, reopen, remove. */
export function NoteListEditor({
  personId,
  list,
  title,
  itemLabel,
  items,
}: {
  personId: string;
  list: NoteListName;
  title: string;
  itemLabel: string;
  items: readonly NoteItem[];
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const open = items.filter((item) => !item.resolvedOn);
  const resolved = items.filter((item) => item.resolvedOn);
  const headingId = `${list}-heading`;

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      await addNoteItem(personId, list, text);
      setText('');
      setError(null);
    } catch (failure) {
      setError(describeWriteError(failure));
    }
  }

  const run = (action: () => Promise<void>) => {
    action().catch((failure: unknown) => setError(describeWriteError(failure)));
  };

  return (
    <section className="note-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {open.length === 0 && <p className="subtle">Nothing noted yet.</p>}
      <ul>
        {open.map((item) => (
          <li key={item.id}>
            <span>{item.text}</span> <span className="subtle">noted {item.notedOn}</span>
            <button
              type="button"
              aria-label={`Resolve “${item.text}”`}
              onClick={() => run(() => setNoteItemResolved(personId, list, item.id, true))}
            >
              Resolve
            </button>
          </li>
        ))}
      </ul>
      {resolved.length > 0 && (
        <details>
          <summary>Resolved ({resolved.length})</summary>
          <ul>
            {resolved.map((item) => (
              <li key={item.id}>
                <s>{item.text}</s> <span className="subtle">resolved {item.resolvedOn}</span>
                <button
                  type="button"
                  aria-label={`Reopen “${item.text}”`}
                  onClick={() => run(() => setNoteItemResolved(personId, list, item.id, false))}
                >
                  Reopen
                </button>
                <button
                  type="button"
                  aria-label={`Remove “${item.text}”`}
                  onClick={() => run(() => removeNoteItem(personId, list, item.id))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <input
          aria-label={itemLabel}
          placeholder={itemLabel}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${list}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" aria-label={itemLabel}>
          Add
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert" id={`${list}-error`}>
          {error}
        </p>
      )}
    </section>
  );
}
