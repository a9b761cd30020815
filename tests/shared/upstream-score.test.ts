import { describe, expect, it } from 'vitest';
import {
  firstDayOfUpstreamWindow,
  TECH_IMPACT_WEIGHTS,
  UPSTREAM_SCORE_EXPLANATION,
  momentsIn,
  rollingWindow,
  upstreamByQuarter,
  upstreamRolling90Days,
  upstreamSummary,
} from '@shared/domain/upstream-score';
import type { Involvement, StrategyMoment, TechImpact } from '@shared/domain/types';
import { makeMoment, makeMoments } from './moment-factories';

// The test process runs in America/New_York; `new Date(y, m, d, h)` is local with a zero-based month.
const NOW = new Date(2026, 10, 21, 10, 0);

describe('weights', () => {
  it('are none 0.5, low 1, medium 2, high 3', () => {
    expect(TECH_IMPACT_WEIGHTS).toEqual({ none: 0.5, low: 1, medium: 2, high: 3 });
  });

  // Shaped (100) with weight w beside one blindsided (0) with weight 1: the score is 100w / (w + 1).
  it.each<[TechImpact, number]>([
    ['none', 100 / 3],
    ['low', 50],
    ['medium', 200 / 3],
    ['high', 75],
  ])('a shaped moment of %s impact beside a low-impact blindsiding scores %d', (techImpact, expected) => {
    const moments = [
      makeMoment('2026-10-01', { involvement: 'shaped', techImpact }),
      makeMoment('2026-10-02', { involvement: 'blindsided', techImpact: 'low' }),
    ];
    expect(upstreamSummary(moments).score).toBeCloseTo(expected, 9);
  });
});

describe('upstreamSummary', () => {
  it.each<[Involvement, number]>([
    ['shaped', 100],
    ['consulted', 75],
    ['present', 50],
    ['informed', 25],
    ['blindsided', 0],
  ])('one %s moment scores %i, whatever its impact', (involvement, expected) => {
    for (const techImpact of ['none', 'low', 'medium', 'high'] as const) {
      expect(upstreamSummary([makeMoment('2026-10-01', { involvement, techImpact })]).score).toBe(expected);
    }
  });

  it('weights mixed impacts, counts each level and the high-impact moments I was consulted on', () => {
    const moments = [
      makeMoment('2026-10-01', { involvement: 'shaped', techImpact: 'high' }), // 3 × 100 = 300
      makeMoment('2026-10-02', { involvement: 'consulted', techImpact: 'medium' }), // 2 × 75 = 150
      makeMoment('2026-10-03', { involvement: 'present', techImpact: 'high' }), // 3 × 50 = 150
      makeMoment('2026-10-04', { involvement: 'informed', techImpact: 'low' }), // 1 × 25 = 25
      makeMoment('2026-10-05', { involvement: 'blindsided', techImpact: 'none' }), // 0.5 × 0 = 0
    ];
    const summary = upstreamSummary(moments);
    // (300 + 150 + 150 + 25 + 0) / (3 + 2 + 3 + 1 + 0.5) = 625 / 9.5
    expect(summary.score).toBeCloseTo(65.789_473_684, 8);
    expect(summary.moments).toBe(5);
    expect(summary.counts).toEqual({ shaped: 1, consulted: 1, present: 1, informed: 1, blindsided: 1 });
    expect(summary.consultedOnHighImpact).toEqual({ consulted: 2, total: 3, share: 2 / 3 });
    expect(summary.blindsided.map((m) => m.occurredOn)).toEqual(['2026-10-05']);
  });

  it('gives no score for no moments, never 0', () => {
    expect(upstreamSummary([])).toEqual({
      score: null,
      moments: 0,
      counts: { blindsided: 0, informed: 0, present: 0, consulted: 0, shaped: 0 },
      consultedOnHighImpact: { consulted: 0, total: 0, share: null },
      blindsided: [],
    });
  });

  it.each<[string, Partial<StrategyMoment>[], { consulted: number; total: number; share: number | null }]>([
    [
      'only low and no impact',
      [{ techImpact: 'low' }, { techImpact: 'none' }],
      { consulted: 0, total: 0, share: null },
    ],
    ['medium, only present', [{ techImpact: 'medium', involvement: 'present' }], { consulted: 0, total: 1, share: 0 }],
    ['high, consulted', [{ techImpact: 'high', involvement: 'consulted' }], { consulted: 1, total: 1, share: 1 }],
    ['high, shaped', [{ techImpact: 'high', involvement: 'shaped' }], { consulted: 1, total: 1, share: 1 }],
    [
      'low consulted does not count',
      [
        { techImpact: 'low', involvement: 'consulted' },
        { techImpact: 'medium', involvement: 'informed' },
      ],
      { consulted: 0, total: 1, share: 0 },
    ],
  ])('consulted on what matters: %s', (_name, fields, expected) => {
    const moments = fields.map((f) => makeMoment('2026-10-01', f));
    expect(upstreamSummary(moments).consultedOnHighImpact).toEqual(expected);
  });

  it('lists the blindsided moments newest first, same day by id, and gives back the moments passed in', () => {
    const older = makeMoment('2026-09-01', { involvement: 'blindsided', title: 'Older' });
    const newer = makeMoment('2026-11-01', { involvement: 'blindsided', title: 'Newer' });
    const sameDayB = makeMoment('2026-10-01', { involvement: 'blindsided', id: 'b' });
    const sameDayA = makeMoment('2026-10-01', { involvement: 'blindsided', id: 'a' });
    const informed = makeMoment('2026-11-02', { involvement: 'informed' });
    const { blindsided } = upstreamSummary([older, sameDayB, informed, newer, sameDayA]);
    expect(blindsided).toEqual([newer, sameDayA, sameDayB, older]);
  });

  it('scores many equal moments exactly their level, without rounding drift', () => {
    const moments = makeMoments(250, '2026-10-01', { involvement: 'consulted', techImpact: 'none' });
    expect(upstreamSummary(moments).score).toBe(75);
  });

  it('refuses a moment with a value outside the model rather than scoring NaN', () => {
    const bad = {
      id: 'x',
      occurredOn: '2026-10-01',
      involvement: 'ignored',
      techImpact: 'low',
    } as unknown as StrategyMoment;
    expect(() => upstreamSummary([bad])).toThrow(RangeError);
    const badImpact = { ...makeMoment('2026-10-01'), techImpact: 'huge' } as unknown as StrategyMoment;
    expect(() => upstreamSummary([badImpact])).toThrow(RangeError);
  });
});

describe('upstreamByQuarter', () => {
  it('lists the last quarters oldest first, with empty quarters as gaps and the current one up to today', () => {
    const moments = [
      makeMoment('2026-02-10', { involvement: 'shaped' }),
      makeMoment('2026-08-01', { involvement: 'informed' }),
      makeMoment('2026-08-15', { involvement: 'consulted' }),
      // Before the quarters asked for: not in any entry.
      makeMoment('2025-12-31', { involvement: 'blindsided' }),
    ];
    const quarters = upstreamByQuarter(moments, NOW, 4);
    expect(quarters.map((q) => [q.quarter, q.range, q.summary.score])).toEqual([
      ['2026-Q1', { from: '2026-01-01', to: '2026-03-31' }, 100],
      ['2026-Q2', { from: '2026-04-01', to: '2026-06-30' }, null],
      ['2026-Q3', { from: '2026-07-01', to: '2026-09-30' }, 50],
      ['2026-Q4', { from: '2026-10-01', to: '2026-11-21' }, null],
    ]);
  });

  it('puts Mar 31 in Q1 and Apr 1 in Q2, Dec 31 in Q4 and Jan 1 in the next year’s Q1', () => {
    const moments = [
      makeMoment('2025-12-31', { involvement: 'blindsided' }),
      makeMoment('2026-01-01', { involvement: 'informed' }),
      makeMoment('2026-03-31', { involvement: 'present' }),
      makeMoment('2026-04-01', { involvement: 'shaped' }),
    ];
    const quarters = upstreamByQuarter(moments, new Date(2026, 3, 1, 12), 3);
    expect(quarters.map((q) => [q.quarter, q.summary.moments, q.summary.score])).toEqual([
      ['2025-Q4', 1, 0],
      ['2026-Q1', 2, 37.5],
      ['2026-Q2', 1, 100],
    ]);
  });

  // The current quarter changes at local midnight, not at midnight UTC (04:00 or 05:00 UTC in New York).
  it.each<[string, string, string, Date]>([
    ['Mar 31, one millisecond before local midnight', '2026-Q1', '2026-03-31', new Date(2026, 2, 31, 23, 59, 59, 999)],
    ['Apr 1 at local midnight', '2026-Q2', '2026-04-01', new Date(2026, 3, 1, 0, 0)],
    ['Apr 1 03:30 UTC, still Mar 31 in New York', '2026-Q1', '2026-03-31', new Date('2026-04-01T03:30:00Z')],
    ['Dec 31, one millisecond before local midnight', '2026-Q4', '2026-12-31', new Date(2026, 11, 31, 23, 59, 59, 999)],
    ['Jan 1 at local midnight', '2027-Q1', '2027-01-01', new Date(2027, 0, 1, 0, 0)],
    ['Jan 1 04:30 UTC, still Dec 31 in New York', '2026-Q4', '2026-12-31', new Date('2027-01-01T04:30:00Z')],
  ])('%s: the current quarter is %s, counted up to %s', (_name, quarter, today, now) => {
    const [current] = upstreamByQuarter([], now, 1);
    expect(current?.quarter).toBe(quarter);
    expect(current?.range.to).toBe(today);
  });

  it('counts the current quarter so far: a moment dated after today is left out', () => {
    const moments = [
      makeMoment('2026-11-21', { involvement: 'shaped' }),
      makeMoment('2026-11-22', { involvement: 'blindsided' }),
    ];
    const [current] = upstreamByQuarter(moments, NOW, 1);
    expect(current?.summary.moments).toBe(1);
    expect(current?.summary.score).toBe(100);
  });

  it('refuses a moment with a malformed day and an invalid now', () => {
    expect(() => upstreamByQuarter([makeMoment('2026-02-30')], NOW, 4)).toThrow(RangeError);
    expect(() => upstreamByQuarter([], new Date(Number.NaN), 4)).toThrow(RangeError);
  });
});

describe('rolling 90 days', () => {
  it('is today and the 89 days before it, in the local calendar', () => {
    expect(rollingWindow(NOW)).toEqual({ from: '2026-08-24', to: '2026-11-21' });
    // Across the March daylight-saving change.
    expect(rollingWindow(new Date(2026, 3, 1, 0, 0))).toEqual({ from: '2026-01-02', to: '2026-04-01' });
    expect(rollingWindow(new Date(2026, 2, 31, 23, 59))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
  });

  it.each([
    ['2026-08-23', false],
    ['2026-08-24', true],
    ['2026-11-21', true],
    ['2026-11-22', false],
  ])('a moment on %s is in the window ending 2026-11-21: %s', (occurredOn, counted) => {
    const { summary } = upstreamRolling90Days([makeMoment(occurredOn, { involvement: 'shaped' })], NOW);
    expect(summary.moments).toBe(counted ? 1 : 0);
    expect(summary.score).toBe(counted ? 100 : null);
  });

  it('moves with the local day: the same moment drops out at local midnight', () => {
    const moments = [makeMoment('2026-08-24', { involvement: 'consulted' })];
    expect(upstreamRolling90Days(moments, new Date(2026, 10, 21, 23, 59)).summary.score).toBe(75);
    expect(upstreamRolling90Days(moments, new Date(2026, 10, 22, 0, 0)).summary.score).toBeNull();
  });
});

describe('momentsIn', () => {
  it('keeps the moments in the range, edges included, in the order given', () => {
    const moments = ['2026-07-01', '2026-06-30', '2026-09-30', '2026-10-01', '2026-08-15'].map((d) => makeMoment(d));
    expect(momentsIn(moments, { from: '2026-07-01', to: '2026-09-30' }).map((m) => m.occurredOn)).toEqual([
      '2026-07-01',
      '2026-09-30',
      '2026-08-15',
    ]);
  });
});

describe('the explanation', () => {
  it('states the numbers the functions use', () => {
    for (const phrase of ['shaped 100', 'blindsided 0', 'none counts 0.5', 'high 3', 'no score, not 0', '89 days']) {
      expect(UPSTREAM_SCORE_EXPLANATION).toContain(phrase);
    }
  });
});

describe('the window Today reads', () => {
  it('starts at the oldest quarter shown, or 90 days back when that is earlier', () => {
    const now = new Date(2026, 11, 2, 15, 0);
    expect(firstDayOfUpstreamWindow(now, 4)).toBe('2026-01-01');
    expect(firstDayOfUpstreamWindow(now, 2)).toBe('2026-07-01');
    // The current quarter began on 1 October: the rolling 90 days reach further back.
    expect(firstDayOfUpstreamWindow(now, 1)).toBe('2026-09-04');
  });

  it('covers every moment that the quarters and the rolling window count', () => {
    const now = new Date(2026, 1, 10, 9, 0);
    const from = firstDayOfUpstreamWindow(now, 4);
    // A moment every third day for two years, with every involvement and impact.
    const involvements = ['shaped', 'consulted', 'present', 'informed', 'blindsided'] as const;
    const impacts = ['none', 'low', 'medium', 'high'] as const;
    const moments = Array.from({ length: 260 }, (_, at) => {
      const day = new Date(2024, 1, 10 + at * 3);
      const occurredOn = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      return makeMoment(occurredOn, {
        involvement: involvements[at % involvements.length],
        techImpact: impacts[at % impacts.length],
      });
    });
    const inWindow = moments.filter((moment) => moment.occurredOn >= from);
    expect(upstreamByQuarter(inWindow, now, 4)).toEqual(upstreamByQuarter(moments, now, 4));
    expect(upstreamRolling90Days(inWindow, now)).toEqual(upstreamRolling90Days(moments, now));
  });
});
