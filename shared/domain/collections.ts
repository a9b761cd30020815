/**
 * Groups items under each of their keys (an item with several keys is in several groups), keeping
 * the items' order within a group. (`Map.groupBy` takes one key per item and needs Node 21.)
 */
export function groupBy<T, K extends string>(items: readonly T[], keysOf: (item: T) => readonly K[]): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
  }
  return groups;
}
