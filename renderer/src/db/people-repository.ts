import { localDateOf } from '@shared/domain/dates';
import type { PersonInput } from '@shared/domain/person';
import type { NoteItem, Person, StanceChange } from '@shared/domain/types';
import { newRecord, nextUpdatedAt, nowIso } from './records';
import { readAllPeople, readPerson, readStanceChanges } from './tables/people-table';
import { basedOn, commit, put, transact, type WriteOp } from './tables/write';
import { ValidationError } from './write-errors';

// People and their stance history are one aggregate: a stance change is written in the same
// transaction as the person, so the history can never disagree with the current stance.

export type NoteListName = 'priorities' | 'worries' | 'waysICanHelp';

/**
 * The person rules (zod), loaded with the first write rather than at start: the shell and Today read people,
 * they never write one, so the rules stay out of the start-up JavaScript.
 */
function personRules() {
  return import('@shared/domain/person');
}

async function parsePersonInput(input: PersonInput): Promise<PersonInput> {
  const { validatePersonInput } = await personRules();
  const result = validatePersonInput(input);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function stanceChange(personId: string, from: StanceChange['from'], to: StanceChange['to']): StanceChange {
  return newRecord({ personId, changedAt: nowIso(), from, to });
}

/**
 * A new person and the first entry of their stance history, as the writes that add them: for
 * `createPerson`, and for the quick log, which adds people by name in the conversation's own transaction.
 */
export async function newPersonWrites(
  input: PersonInput,
  extra: Pick<Person, 'profileIncomplete'> = {},
): Promise<{ person: Person; ops: WriteOp[] }> {
  const fields = await parsePersonInput(input);
  const person: Person = newRecord({
    ...fields,
    priorities: [],
    worries: [],
    waysICanHelp: [],
    archived: false,
    ...extra,
  });
  return {
    person,
    ops: [put('people', person), put('stanceChanges', stanceChange(person.id, null, person.stance))],
  };
}

export async function createPerson(input: PersonInput): Promise<Person> {
  const { person, ops } = await newPersonWrites(input);
  await commit(ops, [basedOn('people', person.id, null)]);
  return person;
}

export async function updatePerson(id: string, input: PersonInput): Promise<Person> {
  const fields = await parsePersonInput(input);
  return transact(async () => {
    const current = await readPerson(id);
    if (!current) throw new Error('This person no longer exists.');
    // Saving the person form completes a profile started in the quick log.
    const { profileIncomplete: _completed, ...rest } = current;
    const updated: Person = { ...rest, ...fields, updatedAt: nextUpdatedAt(current.updatedAt) };
    return {
      ops: [
        put('people', updated),
        ...(current.stance === updated.stance
          ? []
          : [put('stanceChanges', stanceChange(id, current.stance, updated.stance))]),
      ],
      preconditions: [basedOn('people', id, current)],
      result: updated,
    };
  });
}

/** Changes one person, read fresh (and read again if someone else changed them meanwhile). */
function changePerson(id: string, change: (person: Person) => Person): Promise<void> {
  return transact(async () => {
    const person = await readPerson(id);
    if (!person) throw new Error('This person no longer exists.');
    return {
      ops: [put('people', { ...change(person), updatedAt: nextUpdatedAt(person.updatedAt) })],
      preconditions: [basedOn('people', id, person)],
      result: undefined,
    };
  });
}

export function setPersonArchived(id: string, archived: boolean): Promise<void> {
  return changePerson(id, (person) => ({ ...person, archived }));
}

export function getPerson(id: string): Promise<Person | undefined> {
  return readPerson(id);
}

/** Everyone, archived included, by name. A journal holds hundreds of people, not thousands. */
export function listPeople(): Promise<Person[]> {
  return readAllPeople();
}

/** A person's stance history, oldest first. */
export function listStanceChanges(personId: string): Promise<StanceChange[]> {
  return readStanceChanges(personId);
}

function updateNoteList(
  personId: string,
  list: NoteListName,
  change: (items: NoteItem[]) => NoteItem[],
): Promise<void> {
  return changePerson(personId, (person) => ({ ...person, [list]: change(person[list]) }));
}

export async function addNoteItem(
  personId: string,
  list: NoteListName,
  text: string,
  conversationId?: string,
): Promise<NoteItem> {
  const { noteItemTextSchema } = await personRules();
  const parsed = noteItemTextSchema.safeParse(text);
  if (!parsed.success) throw new ValidationError({ text: parsed.error.issues[0]?.message ?? 'Invalid text.' });
  const item: NoteItem = {
    id: crypto.randomUUID(),
    text: parsed.data,
    notedOn: localDateOf(new Date()),
    ...(conversationId ? { conversationId } : {}),
  };
  await updateNoteList(personId, list, (items) => [...items, item]);
  return item;
}

/** Marks an item resolved today, or reopens it when `resolved` is false. */
export async function setNoteItemResolved(
  personId: string,
  list: NoteListName,
  itemId: string,
  resolved: boolean,
): Promise<void> {
  await updateNoteList(personId, list, (items) =>
    items.map((item) => {
      if (item.id !== itemId) return item;
      if (!resolved) {
        const { resolvedOn: _dropped, ...open } = item;
        return open;
      }
      return { ...item, resolvedOn: localDateOf(new Date()) };
    }),
  );
}

export async function removeNoteItem(personId: string, list: NoteListName, itemId: string): Promise<void> {
  await updateNoteList(personId, list, (items) => items.filter((item) => item.id !== itemId));
}
