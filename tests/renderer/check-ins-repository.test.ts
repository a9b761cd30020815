import { describe, expect, it, vi } from 'vitest';
import { INSTRUMENT_VERSION } from '@shared/domain/check-in-instruments';
import { CHECK_IN_TEXT_MAX, type CheckInInput } from '@shared/domain/check-in-input';
import {
  getCheckIn,
  latestCheckInWeek,
  listCheckInsBetween,
  listRecentCheckIns,
  saveCheckIn,
} from '@renderer/db/check-ins-repository';
import { ValidationError } from '@renderer/db/write-errors';
import { useFrozenDate } from './fixtures';

// Friday 2026-11-20, 10:00 in the tests' zone: ISO week 2026-W47.
const NOW = new Date(2026, 10, 20, 10, 0);

function input(week: string, overrides: Partial<CheckInInput> = {}): CheckInInput {
  return {
    week,
    cbiWork: [2, 2, 2, 2, 2, 2, 2],
    cbiPersonal: [1, 1, 1, null, null, null],
    ucla3: [0, 1, 0],
    energy: 3,
    leanedOn: ['person-1'],
    win: 'Shipped the migration',
    ...overrides,
  };
}

useFrozenDate(NOW);

describe('check-ins repository', () => {
  it('saves a check-in with a UUID, the instrument version and when it was completed', async () => {
    const saved = await saveCheckIn(input('2026-W47'));
    expect(saved).toMatchObject({
      week: '2026-W47',
      instrumentVersion: INSTRUMENT_VERSION,
      completedAt: NOW.toISOString(),
      createdAt: NOW.toISOString(),
      cbiWork: [2, 2, 2, 2, 2, 2, 2],
      energy: 3,
      win: 'Shipped the migration',
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getCheckIn('2026-W47')).toEqual(saved);
  });

  it('keeps one check-in per week: saving the week again updates it and keeps its id and dates', async () => {
    const first = await saveCheckIn(input('2026-W47'));
    vi.setSystemTime(new Date(2026, 10, 21, 9, 0));
    const second = await saveCheckIn(
      input('2026-W47', { cbiWork: [0, 0, 0, 0, 0, 0, 4], win: '  ', energy: undefined }),
    );

    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(second.completedAt).toBe(first.completedAt);
    expect(second.updatedAt).not.toBe(first.updatedAt);
    expect(await listRecentCheckIns(10)).toHaveLength(1);
    const stored = await getCheckIn('2026-W47');
    expect(stored?.cbiWork).toEqual([0, 0, 0, 0, 0, 0, 4]);
    // Cleared in the form means cleared in the record, not kept from the first save.
    expect(stored).not.toHaveProperty('win');
    expect(stored).not.toHaveProperty('energy');
  });

  it('stores answers raw, trims text and leaves out what was not given', async () => {
    const saved = await saveCheckIn({
      week: '2026-W46',
      cbiWork: [null, null, null, null, null, null, 0],
      ucla3: [null, null, null],
      leanedOn: ['a', 'a', 'b'],
      reflection: '  A hard week.  ',
    });
    expect(saved).toMatchObject({
      cbiWork: [null, null, null, null, null, null, 0],
      leanedOn: ['a', 'b'],
      reflection: 'A hard week.',
    });
    expect(saved).not.toHaveProperty('cbiPersonal');
    expect(saved).not.toHaveProperty('win');
  });

  it.each<[string, Partial<CheckInInput>, string]>([
    ['too few work answers', { cbiWork: [2, 2, 2] }, 'cbiWork'],
    ['an option out of range', { ucla3: [0, 3, 0] }, 'ucla3'],
    ['a fractional answer', { cbiPersonal: [1.5, 1, 1, 1, 1, 1] }, 'cbiPersonal'],
    ['a negative answer', { cbiWork: [-1, 2, 2, 2, 2, 2, 2] }, 'cbiWork'],
    ['energy 0', { energy: 0 }, 'energy'],
    ['energy 6', { energy: 6 }, 'energy'],
    ['energy 2.5', { energy: 2.5 }, 'energy'],
    ['too long a reflection', { reflection: 'x'.repeat(CHECK_IN_TEXT_MAX + 1) }, 'reflection'],
    ['an empty person id', { leanedOn: [''] }, 'leanedOn'],
    ['a malformed week', { week: '2026-47' }, 'week'],
    ['a week that does not exist', { week: '2025-W53' }, 'week'],
    ['a week that has not started', { week: '2026-W48' }, 'week'],
    [
      'nothing answered',
      { cbiWork: Array(7).fill(null), cbiPersonal: undefined, ucla3: [null, null, null], energy: undefined },
      'form',
    ],
  ])('refuses %s and writes nothing', async (_case, overrides, field) => {
    const error = await saveCheckIn(input('2026-W47', overrides)).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual([field]);
    expect(await listRecentCheckIns(10)).toEqual([]);
  });

  it('refuses fields it does not know', async () => {
    await expect(saveCheckIn({ ...input('2026-W47'), id: 'forged' } as CheckInInput)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await listRecentCheckIns(10)).toEqual([]);
  });

  it('keeps the stored check-in when an update is invalid', async () => {
    const saved = await saveCheckIn(input('2026-W47'));
    await expect(saveCheckIn(input('2026-W47', { energy: 9 }))).rejects.toThrow('Energy is at most 5.');
    expect(await getCheckIn('2026-W47')).toEqual(saved);
  });

  it('lists the latest check-ins newest week first, across a year boundary, bounded by the limit', async () => {
    for (const week of ['2026-W01', '2025-W52', '2026-W47', '2026-W02', '2025-W01']) {
      await saveCheckIn(input(week));
    }
    expect((await listRecentCheckIns(3)).map((c) => c.week)).toEqual(['2026-W47', '2026-W02', '2026-W01']);
    expect((await listRecentCheckIns(10)).map((c) => c.week)).toEqual([
      '2026-W47',
      '2026-W02',
      '2026-W01',
      '2025-W52',
      '2025-W01',
    ]);
    expect(await latestCheckInWeek()).toBe('2026-W47');
  });

  it('lists a range of weeks oldest first, both ends included', async () => {
    for (const week of ['2025-W51', '2025-W52', '2026-W01', '2026-W03']) await saveCheckIn(input(week));
    expect((await listCheckInsBetween('2025-W52', '2026-W03')).map((c) => c.week)).toEqual([
      '2025-W52',
      '2026-W01',
      '2026-W03',
    ]);
    expect(await listCheckInsBetween('2026-W03', '2025-W52')).toEqual([]);
  });

  it('has no latest week before the first check-in', async () => {
    expect(await latestCheckInWeek()).toBeNull();
    expect(await getCheckIn('2026-W47')).toBeUndefined();
  });
});
