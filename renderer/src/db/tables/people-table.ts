import { compareStrings } from '@shared/domain/compare';
import type { Person, StanceChange } from '@shared/domain/types';
import { decodeAll, decodeOne } from './codecs';
import { db } from './schema';

export async function readPerson(id: string): Promise<Person | undefined> {
  return decodeOne('people', await db.people.get(id));
}

/** The people with these ids, in the same order; `undefined` where there is none. */
export async function readPeople(ids: readonly string[]): Promise<(Person | undefined)[]> {
  const rows = await db.people.bulkGet([...ids]);
  return Promise.all(rows.map((row) => decodeOne('people', row)));
}

/**
 * Everyone, archived included, by name. Names are free text, so there is no index on them: a
 * journal holds hundreds of people, and sorting them in memory costs nothing.
 */
export async function readAllPeople(): Promise<Person[]> {
  const people = await decodeAll('people', await db.people.toArray());
  return people.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}

/** A person's stance history, oldest first. */
export async function readStanceChanges(personId: string): Promise<StanceChange[]> {
  const changes = await decodeAll('stanceChanges', await db.stanceChanges.where('personId').equals(personId).toArray());
  return changes.sort((a, b) => compareStrings(a.changedAt, b.changedAt));
}
