import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The entries to draw: the virtualiser's window and overscan, plus the entry holding focus and the one on
 * each side of it, wherever they are. Unmounting a focused entry would drop focus to the page's body (a
 * keyboard user's place is lost) and tell a screen reader the entry vanished; its neighbours are where
 * Tab and Shift+Tab go from it after the page was scrolled away, as they would in a list drawn whole.
 */
export function windowKeepingFocus(range: Range, focusedIndex: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (focusedIndex < 0 || focusedIndex >= range.count) return indexes;
  const kept = [focusedIndex - 1, focusedIndex, focusedIndex + 1].filter(
    (index) => index >= 0 && index < range.count && !indexes.includes(index),
  );
  return kept.length === 0 ? indexes : [...indexes, ...kept].sort((a, b) => a - b);
}

/** A run of drawn entries that fall on one day, in the order drawn. */
export type DayRun<T> = { day: string; items: T[] };

/**
 * The drawn entries cut into one run per day (the timeline is newest first, so a day's entries are next
 * to each other). An entry kept for focus far from the window joins its day's run, not a run of its own:
 * a day's section is then the same element however far the window moves, so no entry is ever moved to
 * another parent, which React would do by unmounting it.
 */
export function dayRuns<T extends { index: number }>(
  items: readonly T[],
  dayOf: (index: number) => string,
): DayRun<T>[] {
  const runs: DayRun<T>[] = [];
  for (const item of items) {
    const day = dayOf(item.index);
    const last = runs.at(-1);
    if (last?.day === day) last.items.push(item);
    else runs.push({ day, items: [item] });
  }
  return runs;
}
