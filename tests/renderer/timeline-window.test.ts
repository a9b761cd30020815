import { describe, expect, it } from 'vitest';
import { dayRuns, windowKeepingFocus } from '@renderer/features/log/timeline-window';

describe('windowKeepingFocus', () => {
  const range = { startIndex: 10, endIndex: 14, overscan: 2, count: 100 };

  it.each([
    ['no entry has focus', -1, [8, 9, 10, 11, 12, 13, 14, 15, 16]],
    ['the focused entry is in the window', 12, [8, 9, 10, 11, 12, 13, 14, 15, 16]],
    ['the focused entry is inside the overscan', 15, [8, 9, 10, 11, 12, 13, 14, 15, 16]],
    ['the focused entry is the overscan’s last', 16, [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]],
    ['the focused entry is the list’s first, above the window', 0, [0, 1, 8, 9, 10, 11, 12, 13, 14, 15, 16]],
    ['the focused entry is below the window', 60, [8, 9, 10, 11, 12, 13, 14, 15, 16, 59, 60, 61]],
    ['the focused entry is the list’s last', 99, [8, 9, 10, 11, 12, 13, 14, 15, 16, 98, 99]],
    ['the focused index is past the end (its entry was removed)', 100, [8, 9, 10, 11, 12, 13, 14, 15, 16]],
  ])(
    'draws the window, its overscan, and the focused entry with its neighbours when %s',
    (_case, focused, expected) => {
      expect(windowKeepingFocus(range, focused)).toEqual(expected);
    },
  );

  it('clips the overscan at both ends of the list', () => {
    expect(windowKeepingFocus({ startIndex: 0, endIndex: 2, overscan: 4, count: 4 }, -1)).toEqual([0, 1, 2, 3]);
  });
});

describe('dayRuns', () => {
  const days = ['2026-11-20', '2026-11-20', '2026-11-20', '2026-11-18', '2026-11-18', '2026-11-12'];
  const dayOf = (index: number) => days[index] ?? '';
  const items = (...indexes: number[]) => indexes.map((index) => ({ index }));

  it('cuts the drawn entries into one run per day, in order', () => {
    expect(dayRuns(items(1, 2, 3, 4, 5), dayOf)).toEqual([
      { day: '2026-11-20', items: items(1, 2) },
      { day: '2026-11-18', items: items(3, 4) },
      { day: '2026-11-12', items: items(5) },
    ]);
  });

  it('puts an entry kept for focus in its own day’s run, next to the window or not', () => {
    expect(dayRuns(items(0, 2, 3), dayOf)).toEqual([
      { day: '2026-11-20', items: items(0, 2) },
      { day: '2026-11-18', items: items(3) },
    ]);
    expect(dayRuns(items(3, 5), dayOf)).toEqual([
      { day: '2026-11-18', items: items(3) },
      { day: '2026-11-12', items: items(5) },
    ]);
  });

  it('has no runs when nothing is drawn', () => {
    expect(dayRuns([], dayOf)).toEqual([]);
  });
});
