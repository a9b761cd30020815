import { localDateOf } from '@shared/domain/dates';
import { noteItemTextSchema, validatePersonInput, type PersonInput } from '@shared/domain/person';
import type { NoteItem, Person, StanceChange } from '@shared/domain/types';
import { db } from './database';
import { newRecord, nowIso } from './records';
import { ValidationError } from './write-errors';

// People and their stance history are one aggregate: a stance change is written in the same
// transaction as the person, so the history can never disagree with the current stance.

export type NoteListName = 'priorities' | 'worries' | 'waysICanHelp';

function parsePersonInput(input: PersonInput): PersonInput {
  const result = validatePersonInput(input);
  if (!result.ok) throw new ValidationError(result.errors);
  return result.value;
}

function stanceChange(personId: string, from: StanceChange['from'], to: StanceChange['to']): StanceChange {
  return newRecord({ personId, changedAt: nowIso(), from, to });
}

export async function createPerson(input: PersonInput): Promise<Person> {
  const fields = parsePersonInput(input);
  const person: Person = newRecord({
    ...fields,
    priorities: [],
    worries: [],
    waysICanHelp: [],
    archived: false,
  });
  await db.transaction('rw', db.people, db.stanceChanges, async () => {
    await db.people.add(person);
    await db.stanceChanges.add(stanceChange(person.id, null, person.stance));
  });
  return person;
}

export async function updatePerson(id: string, input: PersonInput): Promise<Person> {
  const fields = parsePersonInput(input);
  return db.transaction('rw', db.people, db.stanceChanges, async () => {
    const current = await db.people.get(id);
    if (!current) throw new Error('This person no longer exists.');
    const updated: Person = { ...current, ...fields, updatedAt: nowIso() };
    await db.people.put(updated);
    if (current.stance !== updated.stance) {
      await db.stanceChanges.add(stanceChange(id, current.stance, updated.stance));
    }
    return updated;
  });
}

export async function setPersonArchived(id: string, archived: boolean): Promise<void> {
  const changed = await db.people.update(id, { archived, updatedAt: nowIso() });
  if (changed === 0) throw new Error('This person no longer exists.');
}

export function getPerson(id: string): Promise<Person | undefined> {
  return db.people.get(id);
}

/** Everyone, archived included, by name. A journal holds hundreds of people, not thousands. */
export function listPeople(): Promise<Person[]> {
  return db.people.orderBy('name').toArray();
}

/** A person's stance history, oldest first. */
export async function listStanceChanges(personId: string): Promise<StanceChange[]> {
  const changes = await db.stanceChanges.where('personId').equals(personId).toArray();
  return changes.sort((a, b) => a.changedAt.localeCompare(b.changedAt));
}

async function updateNoteList(
  personId: string,
  list: NoteListName,
  change: (items: NoteItem[]) => NoteItem[],
): Promise<void> {
  await db.transaction('rw', db.people, async () => {
    const person = await db.people.get(personId);
    if (!person) throw new Error('This person no longer exists.');
    await db.people.put({ ...person, [list]: change(person[list]), updatedAt: nowIso() });
  });
}

export async function addNoteItem(
  personId: string,
  list: NoteListName,
  text: string,
  conversationId?: string,
): Promise<NoteItem> {
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
