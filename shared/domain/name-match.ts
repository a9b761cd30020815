import { compareNames } from './compare';
import type { Person } from './types';

/** 0 for the name typed exactly, 1 for a name starting with it, 2 for a name containing it. */
function rank(name: string, needle: string): number {
  const lower = name.toLocaleLowerCase();
  if (lower === needle) return 0;
  return lower.startsWith(needle) ? 1 : 2;
}

/**
 * The people whose name contains `text` (case-insensitive), best first: the name typed exactly, then names
 * starting with it, then names containing it; ties by name. At most `limit` of them. Empty text matches no one.
 */
export function peopleMatchingName(people: readonly Person[], text: string, limit: number): Person[] {
  const needle = text.trim().toLocaleLowerCase();
  if (needle === '') return [];
  return people
    .filter((person) => person.name.toLocaleLowerCase().includes(needle))
    .sort((a, b) => rank(a.name, needle) - rank(b.name, needle) || compareNames(a.name, b.name))
    .slice(0, limit);
}
