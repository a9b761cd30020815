import { useLiveQuery } from 'dexie-react-hooks';
import type { Person, StanceChange } from '@shared/domain/types';
import { getPerson, listPeople, listStanceChanges } from '@renderer/db/people-repository';

/** Everyone, by name; `undefined` while loading. */
export function usePeople(): Person[] | undefined {
  return useLiveQuery(listPeople, []);
}

/** One person; `undefined` while loading, `null` when there is no such person. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => (await getPerson(id)) ?? null, [id]);
}

export function useStanceHistory(personId: string): StanceChange[] | undefined {
  return useLiveQuery(() => listStanceChanges(personId), [personId]);
}
