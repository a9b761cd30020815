import { describe, expect, it } from 'vitest';
import { ROADMAP_WARNING_RULES, roadmapWarnings } from '@shared/domain/roadmap-warnings';
import type { StrategyMoment } from '@shared/domain/types';
import { makeMoment, makeMoments } from './moment-factories';

// The test process runs in America/New_York; `new Date(y, m, d, h)` is local with a zero-based month.
// NOW is in 2026-Q4; the rolling 90 days run from 2026-08-24 to 2026-11-21.
const NOW = new Date(2026, 10, 21, 10, 0);

function idsAt(moments: StrategyMoment[], now = NOW): string[] {
  return roadmapWarnings({ moments, now }).map((w) => w.id);
}

function repeat(count: number, fields: Partial<StrategyMoment>): Partial<StrategyMoment>[] {
  return Array.from({ length: count }, () => fields);
}

function blindsided(occurredOn: string, title?: string): StrategyMoment {
  return makeMoment(occurredOn, { involvement: 'blindsided', ...(title ? { title } : {}) });
}

describe('blindsided 2 or more times in 90 days', () => {
  it.each<[string, boolean, string[]]>([
    ['none', false, []],
    ['one', false, ['2026-11-01']],
    ['two', true, ['2026-11-01', '2026-11-02']],
    ['two on the window’s first day and today', true, ['2026-08-24', '2026-11-21']],
    ['one the day before the window', false, ['2026-08-23', '2026-11-21']],
    ['one dated after today', false, ['2026-11-21', '2026-11-22']],
  ])('%s → warns: %s', (_name, warns, days) => {
    const ids = idsAt(days.map((day) => blindsided(day)));
    expect(ids.includes('blindsided-repeatedly')).toBe(warns);
  });

  it('does not count informed moments', () => {
    const moments = [blindsided('2026-11-01'), makeMoment('2026-11-02', { involvement: 'informed' })];
    expect(idsAt(moments)).toEqual([]);
  });

  it('names the newest three and counts the rest, with its rule', () => {
    const moments = [
      blindsided('2026-09-01', 'Sales comp plan'),
      blindsided('2026-11-20', 'Reorg of platform team'),
      blindsided('2026-10-03', 'Vendor switch'),
      blindsided('2026-10-15', 'Pricing change'),
      blindsided('2026-09-20', 'Budget cut'),
    ];
    const [warning] = roadmapWarnings({ moments, now: NOW });
    expect(warning).toEqual({
      id: 'blindsided-repeatedly',
      ...ROADMAP_WARNING_RULES['blindsided-repeatedly'],
      message:
        'You were blindsided 5 times in the last 90 days: “Reorg of platform team” (2026-11-20), ' +
        '“Pricing change” (2026-10-15), “Vendor switch” (2026-10-03) and 2 more. The left-out pattern shows ' +
        'who drove them; talk to them before the next decision is drafted.',
    });
    expect(warning?.rule).toContain('2 or more');
    expect(warning?.rule).toContain('last 90 days');
  });

  it('counts from the local day: a moment 90 days back drops out at local midnight', () => {
    const moments = [blindsided('2026-08-24'), blindsided('2026-11-01')];
    expect(idsAt(moments, new Date(2026, 10, 21, 23, 59))).toContain('blindsided-repeatedly');
    expect(idsAt(moments, new Date(2026, 10, 22, 0, 0))).not.toContain('blindsided-repeatedly');
  });
});

describe('upstream score falling 15+ points quarter on quarter', () => {
  const Q3 = '2026-08-01';
  const Q4 = '2026-10-10';

  it.each<[string, boolean, Partial<StrategyMoment>[], Partial<StrategyMoment>[]]>([
    // 100 → (2 × 100 + 3 × 75) / 5 = 85: a fall of exactly 15.
    [
      '100 → 85',
      true,
      [{ involvement: 'shaped' }],
      [...repeat(2, { involvement: 'shaped' }), ...repeat(3, { involvement: 'consulted' })],
    ],
    // 100 → (101 × 100 + 149 × 75) / 250 = 85.1: a fall of 14.9.
    [
      '100 → 85.1',
      false,
      [{ involvement: 'shaped' }],
      [...repeat(101, { involvement: 'shaped' }), ...repeat(149, { involvement: 'consulted' })],
    ],
    // (0.5 × 2 + 2 × 3) / 2.5 = 2.8 → 70; (0.5 × 1 + 1 × 2 + 1 × 3) / 2.5 = 2.2 → 55. In floating point the
    // second is 55.00000000000001, so the fall of 15 only warns with the tolerance.
    [
      '70 → 55, computed in floating point',
      true,
      [
        { involvement: 'present', techImpact: 'none' },
        { involvement: 'consulted', techImpact: 'medium' },
      ],
      [
        { involvement: 'informed', techImpact: 'none' },
        { involvement: 'present', techImpact: 'low' },
        { involvement: 'consulted', techImpact: 'low' },
      ],
    ],
    ['a rise, 50 → 100', false, [{ involvement: 'present' }], [{ involvement: 'shaped' }]],
    ['no moments last quarter', false, [], [{ involvement: 'blindsided' }]],
    ['no moments this quarter yet', false, [{ involvement: 'shaped' }], []],
  ])('%s → warns: %s', (_name, warns, previous, current) => {
    const moments = [...previous.map((f) => makeMoment(Q3, f)), ...current.map((f) => makeMoment(Q4, f))];
    expect(idsAt(moments).includes('upstream-falling')).toBe(warns);
  });

  it('compares with the quarter just before, not the last quarter that has a score', () => {
    const moments = [
      makeMoment('2026-05-01', { involvement: 'shaped' }),
      makeMoment('2026-10-10', { involvement: 'informed' }),
    ];
    expect(idsAt(moments)).toEqual([]);
  });

  it('ignores quarters before the previous one', () => {
    const moments = [
      makeMoment('2026-05-01', { involvement: 'shaped' }),
      makeMoment('2026-08-01', { involvement: 'present' }),
      makeMoment('2026-10-10', { involvement: 'present' }),
    ];
    expect(idsAt(moments)).toEqual([]);
  });

  it('says what fell, from what to what, with its rule', () => {
    const moments = [
      makeMoment(Q3, { involvement: 'shaped', techImpact: 'medium' }),
      makeMoment(Q3, { involvement: 'present', techImpact: 'low' }),
      makeMoment(Q4, { involvement: 'present', techImpact: 'high' }),
      makeMoment(Q4, { involvement: 'informed', techImpact: 'low' }),
    ];
    // Q3: (2 × 100 + 1 × 50) / 3 = 83.33…; Q4: (3 × 50 + 1 × 25) / 4 = 43.75; fall 39.58…
    expect(roadmapWarnings({ moments, now: NOW })).toEqual([
      {
        id: 'upstream-falling',
        ...ROADMAP_WARNING_RULES['upstream-falling'],
        message: 'Your upstream score is 43.8 so far in 2026-Q4, down from 83.3 in 2026-Q3: a fall of 39.6 points.',
      },
    ]);
    expect(ROADMAP_WARNING_RULES['upstream-falling'].rule).toContain('15 or more points');
    expect(ROADMAP_WARNING_RULES['upstream-falling'].rule).toContain('so far');
  });

  // At the turn of a quarter the comparison moves on: on Apr 1 the new quarter has no moments, so no score.
  it.each<[string, boolean, Date]>([
    ['Mar 31 23:59 (Q1 against Q4)', true, new Date(2026, 2, 31, 23, 59)],
    ['Apr 1 00:00 (Q2, still empty)', false, new Date(2026, 3, 1, 0, 0)],
  ])('at %s → warns: %s', (_name, warns, now) => {
    const moments = [
      makeMoment('2025-12-31', { involvement: 'shaped' }),
      makeMoment('2026-01-01', { involvement: 'present' }),
      makeMoment('2026-03-31', { involvement: 'present' }),
    ];
    expect(idsAt(moments, now).includes('upstream-falling')).toBe(warns);
  });

  it('at the turn of a year compares Q1 with the Q4 before it', () => {
    const moments = [
      makeMoment('2026-12-31', { involvement: 'consulted' }),
      makeMoment('2027-01-01', { involvement: 'present' }),
    ];
    // 75 → 50 between 2026-Q4 and 2027-Q1.
    expect(idsAt(moments, new Date(2027, 0, 1, 0, 0))).toEqual(['upstream-falling']);
    expect(idsAt(moments, new Date(2026, 11, 31, 23, 59))).toEqual([]);
  });
});

describe('both at once', () => {
  it('come in a fixed order: blindsided first', () => {
    const moments = [
      ...makeMoments(1, '2026-08-01', { involvement: 'shaped' }),
      ...makeMoments(2, '2026-10-10', { involvement: 'blindsided' }),
    ];
    expect(idsAt(moments)).toEqual(['blindsided-repeatedly', 'upstream-falling']);
  });
});
