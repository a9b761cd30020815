import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  cadenceRatio,
  cadenceStatus,
  daysSince,
  overdueIOweCount,
  personStatus,
  relationshipHealth,
  WARMTH_CHART_RATINGS,
  WARMTH_WARM_UP_RATINGS,
  warmthChartHistory,
  warmthHistory,
  warmthTrend,
  type CadenceStatus,
  type ConversationSummary,
  type HealthInput,
  type WarmthDirection,
} from '@shared/domain/relationships';
import type { Commitment, Conversation } from '@shared/domain/types';
import {
  makePerson,
  makeConversation,
  ratedConversations,
  makeCommitment,
  NOW,
  ME,
  OTHER,
} from './relationship-factories';

describe('daysSince', () => {
  it.each<[string, Conversation[], Date, number | null]>([
    ['no conversations is never', [], NOW, null],
    ['one conversation earlier today is 0', [makeConversation([ME], new Date(2026, 10, 21, 8))], NOW, 0],
    ['one conversation late yesterday is 1', [makeConversation([ME], new Date(2026, 10, 20, 23, 59))], NOW, 1],
    [
      'the latest counts, whatever the order given',
      [
        makeConversation([ME], new Date(2026, 10, 1, 9)),
        makeConversation([ME], new Date(2026, 10, 14, 9)),
        makeConversation([ME], new Date(2026, 9, 3, 9)),
      ],
      NOW,
      7,
    ],
    ['a conversation with someone else does not count', [makeConversation([OTHER], new Date(2026, 10, 20))], NOW, null],
    [
      'a group conversation counts for each person in it',
      [makeConversation([OTHER, ME, 'person-third'], new Date(2026, 10, 18, 15))],
      NOW,
      3,
    ],
    ['only a future-dated conversation is never', [makeConversation([ME], new Date(2026, 10, 24, 9))], NOW, null],
    [
      'a conversation later today (after now) is ignored',
      [makeConversation([ME], new Date(2026, 10, 21, 15)), makeConversation([ME], new Date(2026, 10, 11, 9))],
      NOW,
      10,
    ],
    ['a conversation at exactly now counts', [makeConversation([ME], NOW)], NOW, 0],
    ['an unparseable instant is ignored', [makeConversation([ME], NOW, { occurredAt: 'not a date' })], NOW, null],
    // 46 real hours across the spring-forward night are still two calendar days.
    [
      'across the start of daylight saving',
      [makeConversation([ME], new Date(2026, 2, 7, 12))],
      new Date(2026, 2, 9, 11),
      2,
    ],
    [
      'late evening to just after midnight on the spring-forward night',
      [makeConversation([ME], new Date(2026, 2, 7, 23, 30))],
      new Date(2026, 2, 8, 0, 30),
      1,
    ],
    // 25.5 real hours on the fall-back day are still the same calendar day.
    [
      'within the 25-hour fall-back day',
      [makeConversation([ME], new Date(2026, 10, 1, 0, 30))],
      new Date(2026, 10, 1, 23, 59),
      0,
    ],
    [
      'across the end of daylight saving',
      [makeConversation([ME], new Date(2026, 9, 31, 23, 30))],
      new Date(2026, 10, 1, 23, 45),
      1,
    ],
  ])('%s', (_name, conversations, now, expected) => {
    expect(daysSince(ME, conversations, now)).toBe(expected);
  });
});

describe('cadenceStatus', () => {
  it.each<[number | null, number, CadenceStatus]>([
    [null, 14, 'never'],
    [0, 14, 'on-track'],
    [14, 14, 'on-track'], // r = 1 exactly
    [15, 14, 'due'],
    [21, 14, 'due'], // r = 1.5 exactly
    [22, 14, 'overdue'],
    [7, 7, 'on-track'],
    [8, 7, 'due'],
    [10, 7, 'due'], // r ≈ 1.43
    [11, 7, 'overdue'], // r ≈ 1.57
    [135, 90, 'due'], // r = 1.5 exactly
    [136, 90, 'overdue'],
    [0, 0, 'on-track'], // a cadence under a day is read as one day
    [2, 0, 'overdue'],
  ])('%s days with a %i-day cadence is %s', (days, cadence, expected) => {
    expect(cadenceStatus(days, cadence)).toBe(expected);
  });

  it('gives the ratio it is based on', () => {
    expect(cadenceRatio(21, 14)).toBe(1.5);
    expect(cadenceRatio(null, 14)).toBeNull();
    expect(cadenceRatio(3, 0)).toBe(3);
  });
});

describe('warmthTrend', () => {
  it.each<[string, number[], number | null, WarmthDirection]>([
    ['no ratings', [], null, 'unknown'],
    ['one rating', [4], 4, 'unknown'],
    // 2 → 0.5·4 + 0.5·2 = 3; up 1 from the one before.
    ['two ratings rising', [2, 4], 3, 'up'],
    // 4 → 0.5·3 + 0.5·4 = 3.5; down 0.5.
    ['two ratings falling', [4, 3], 3.5, 'down'],
    ['two equal ratings', [3, 3], 3, 'flat'],
    // 5 → 3 → 3: the newest three count 1/2, 1/4, 1/4; mean of the previous (5, 3) is 4.
    ['hand-computed mean of three', [5, 1, 3], 3, 'down'],
    // 2 → 3 → 4; previous mean (2 + 3) / 2 = 2.5.
    ['rising over three ratings', [2, 4, 5], 4, 'up'],
    // 1 → 1 → 2.5 → 1.75; previous mean (1 + 1 + 2.5) / 3 = 1.5, so exactly +0.25.
    ['exactly +0.25 is up', [1, 1, 4, 1], 1.75, 'up'],
    // 1 → 2 → 1.5 → 1.25; previous mean 1.5, so exactly −0.25.
    ['exactly −0.25 is down', [1, 3, 1, 1], 1.25, 'down'],
    // 1 → 1 → 1.5 → 1.25; previous mean 7/6, so +1/12.
    ['a small move is flat', [1, 1, 2, 1], 1.25, 'flat'],
    // 1 → 3 → 3 → 3 → 3: only the previous three (all 3) count, not the first smoothed value (1).
    ['only the previous three are compared', [1, 5, 3, 3, 3], 3, 'flat'],
  ])('%s', (_name, warmths, ewma, direction) => {
    const trend = warmthTrend(ME, ratedConversations(ME, warmths), NOW);
    expect(trend).toEqual({ ewma, direction, ratings: warmths.length });
  });

  it('orders ratings by when they happened, not by the order given', () => {
    const [first, second, third] = ratedConversations(ME, [5, 1, 3]);
    if (!first || !second || !third) throw new Error('expected three conversations');
    expect(warmthTrend(ME, [third, first, second], NOW)).toEqual({ ewma: 3, direction: 'down', ratings: 3 });
  });

  it('ignores unrated, out-of-range, future-dated and other people’s conversations', () => {
    const conversations = [
      ...ratedConversations(ME, [2, 4]),
      makeConversation([ME], new Date(2026, 10, 20)),
      makeConversation([ME], new Date(2026, 10, 20), { warmth: 0 }),
      makeConversation([ME], new Date(2026, 10, 20), { warmth: 6 }),
      makeConversation([ME], new Date(2026, 10, 20), { warmth: Number.NaN }),
      makeConversation([ME], new Date(2026, 10, 22), { warmth: 1 }),
      makeConversation([OTHER], new Date(2026, 10, 20), { warmth: 1 }),
    ];
    expect(warmthTrend(ME, conversations, NOW)).toEqual({ ewma: 3, direction: 'up', ratings: 2 });
  });

  it('counts a rated group conversation for everyone in it', () => {
    const conversations = [
      makeConversation([ME], new Date(2026, 10, 1), { warmth: 2 }),
      makeConversation([OTHER, ME], new Date(2026, 10, 2), { warmth: 4 }),
    ];
    expect(warmthTrend(ME, conversations, NOW)).toEqual({ ewma: 3, direction: 'up', ratings: 2 });
    expect(warmthTrend(OTHER, conversations, NOW)).toEqual({ ewma: 4, direction: 'unknown', ratings: 1 });
  });
});

describe('relationshipHealth', () => {
  it.each<[string, HealthInput, { recency: number; warmth: number; commitments: number }, number]>([
    [
      'never talked, no ratings, nothing owed',
      { daysSince: null, cadenceDays: 14, warmthEwma: null, overdueIOweCount: 0 },
      { recency: 0, warmth: 0.5, commitments: 1 },
      40,
    ],
    [
      'on track at exactly r = 1, warmest, nothing owed',
      { daysSince: 14, cadenceDays: 14, warmthEwma: 5, overdueIOweCount: 0 },
      { recency: 1, warmth: 1, commitments: 1 },
      100,
    ],
    [
      'talked today',
      { daysSince: 0, cadenceDays: 14, warmthEwma: 3, overdueIOweCount: 0 },
      { recency: 1, warmth: 0.5, commitments: 1 },
      80,
    ],
    [
      'r = 2 is halfway down',
      { daysSince: 28, cadenceDays: 14, warmthEwma: 3, overdueIOweCount: 0 },
      { recency: 0.5, warmth: 0.5, commitments: 1 },
      60,
    ],
    [
      'exactly r = 3 has no recency left',
      { daysSince: 42, cadenceDays: 14, warmthEwma: 1, overdueIOweCount: 0 },
      { recency: 0, warmth: 0, commitments: 1 },
      20,
    ],
    [
      'beyond r = 3 stays at 0',
      { daysSince: 400, cadenceDays: 14, warmthEwma: 1, overdueIOweCount: 0 },
      { recency: 0, warmth: 0, commitments: 1 },
      20,
    ],
    [
      'three overdue i-owe commitments take commitments to 0',
      { daysSince: 7, cadenceDays: 7, warmthEwma: 5, overdueIOweCount: 3 },
      { recency: 1, warmth: 1, commitments: 0 },
      80,
    ],
    [
      'more than three stays at 0',
      { daysSince: 7, cadenceDays: 7, warmthEwma: 5, overdueIOweCount: 7 },
      { recency: 1, warmth: 1, commitments: 0 },
      80,
    ],
    [
      'everything at its worst',
      { daysSince: null, cadenceDays: 30, warmthEwma: 1, overdueIOweCount: 3 },
      { recency: 0, warmth: 0, commitments: 0 },
      0,
    ],
    // 40·0.75 + 40·0.625 + 20·(2/3) = 30 + 25 + 13.33… = 68.33… → 68.
    [
      'fractions are rounded only in the score',
      { daysSince: 21, cadenceDays: 14, warmthEwma: 3.5, overdueIOweCount: 1 },
      { recency: 0.75, warmth: 0.625, commitments: 2 / 3 },
      68,
    ],
  ])('%s', (_name, input, components, score) => {
    const health = relationshipHealth(input);
    expect(health.components.recency).toBeCloseTo(components.recency, 10);
    expect(health.components.warmth).toBeCloseTo(components.warmth, 10);
    expect(health.components.commitments).toBeCloseTo(components.commitments, 10);
    expect(health.points.recency).toBeCloseTo(40 * components.recency, 10);
    expect(health.points.warmth).toBeCloseTo(40 * components.warmth, 10);
    expect(health.points.commitments).toBeCloseTo(20 * components.commitments, 10);
    expect(health.exactScore).toBeCloseTo(health.points.recency + health.points.warmth + health.points.commitments, 10);
    expect(health.score).toBe(score);
  });

  it('keeps the unrounded score beside the rounded one', () => {
    const health = relationshipHealth({
      daysSince: 21,
      cadenceDays: 14,
      warmthEwma: 3.5,
      overdueIOweCount: 1,
    });
    expect(health.exactScore).toBeCloseTo(68 + 1 / 3, 10);
  });
});

describe('overdueIOweCount', () => {
  const today = '2026-11-21';
  it.each<[string, Commitment, number]>([
    ['i-owe past due', makeCommitment(ME, { dueOn: '2026-11-20' }), 1],
    ['i-owe due today is not yet overdue', makeCommitment(ME, { dueOn: today }), 0],
    ['i-owe due in the future', makeCommitment(ME, { dueOn: '2026-12-01' }), 0],
    ['i-owe without a due day', makeCommitment(ME), 0],
    ['i-owe past due but done', makeCommitment(ME, { dueOn: '2026-11-01', doneOn: '2026-11-02' }), 0],
    ['they-owe past due', makeCommitment(ME, { direction: 'they-owe', dueOn: '2026-11-01' }), 0],
    ['someone else’s', makeCommitment(OTHER, { dueOn: '2026-11-01' }), 0],
    ['past due across a year end', makeCommitment(ME, { dueOn: '2025-12-31' }), 1],
  ])('%s', (_name, commitment, expected) => {
    expect(overdueIOweCount(ME, [commitment], today)).toBe(expected);
  });

  it('counts every overdue one', () => {
    const commitments = [
      makeCommitment(ME, { dueOn: '2026-11-01' }),
      makeCommitment(ME, { dueOn: '2026-11-10' }),
      makeCommitment(ME, { dueOn: '2026-11-20' }),
      makeCommitment(ME, { dueOn: '2026-11-21' }),
    ];
    expect(overdueIOweCount(ME, commitments, today)).toBe(3);
    expect(overdueIOweCount(ME, [], today)).toBe(0);
  });
});

describe('personStatus', () => {
  it('combines recency, cadence, warmth, commitments and health', () => {
    const person = makePerson({ id: ME, cadenceDays: 14 });
    const conversations = [
      makeConversation([ME], new Date(2026, 9, 20, 10), { warmth: 2 }),
      makeConversation([ME, OTHER], new Date(2026, 9, 31, 10), { warmth: 4 }),
      makeConversation([OTHER], new Date(2026, 10, 20, 10), { warmth: 1 }),
    ];
    const commitments = [makeCommitment(ME, { dueOn: '2026-11-20' }), makeCommitment(OTHER, { dueOn: '2026-11-01' })];
    const status = personStatus(person, conversations, commitments, NOW);

    // 21 days on a 14-day cadence: r = 1.5, recency 0.75; warmth 3 → 0.5; one overdue → 2/3.
    expect(status).toMatchObject({
      personId: ME,
      daysSince: 21,
      cadence: { status: 'due', ratio: 1.5, cadenceDays: 14 },
      warmth: { ewma: 3, direction: 'up', ratings: 2 },
      overdueIOweCount: 1,
      health: { score: 63 },
    });
  });

  it('gives the same answer for everyone’s records as for only the person’s', () => {
    const person = makePerson({ id: ME });
    const mine = [makeConversation([ME], new Date(2026, 10, 2), { warmth: 4 })];
    const others = [makeConversation([OTHER], new Date(2026, 10, 19), { warmth: 1 })];
    const myCommitments = [makeCommitment(ME, { dueOn: '2026-11-10' })];
    const otherCommitments = [makeCommitment(OTHER, { dueOn: '2026-11-10' })];
    expect(personStatus(person, [...mine, ...others], [...myCommitments, ...otherCommitments], NOW)).toEqual(
      personStatus(person, mine, myCommitments, NOW),
    );
  });

  it('uses the local day for due dates: late on the fall-back day is still that day', () => {
    const person = makePerson({ id: ME });
    // 23:30 local on 1 November is already 2 November in UTC.
    const now = new Date(2026, 10, 1, 23, 30);
    expect(now.toISOString().startsWith('2026-11-02')).toBe(true);
    const status = personStatus(person, [], [makeCommitment(ME, { dueOn: '2026-11-01' })], now);
    expect(status.overdueIOweCount).toBe(0);
  });

  it('for someone never talked to, new to the journal', () => {
    const status = personStatus(makePerson({ id: ME, createdAt: addDays(NOW, -14).toISOString() }), [], [], NOW);
    expect(status.daysSince).toBeNull();
    expect(status.cadence).toEqual({ status: 'never', ratio: null, cadenceDays: 14 });
    expect(status.health.score).toBe(40);
  });

  it('for someone never talked to in longer than their cadence: overdue', () => {
    const status = personStatus(makePerson({ id: ME, createdAt: addDays(NOW, -15).toISOString() }), [], [], NOW);
    expect(status.daysSince).toBeNull();
    expect(status.cadence).toEqual({ status: 'overdue', ratio: null, cadenceDays: 14 });
    expect(status.warmth).toEqual({ ewma: null, direction: 'unknown', ratings: 0 });
    expect(status.health.score).toBe(40);
  });
});

describe('warmthChartHistory', () => {
  it('from the newest ratings plus the warm-up, gives the newest points of the whole history', () => {
    const now = new Date(2026, 10, 21, 12);
    const all: ConversationSummary[] = Array.from({ length: 500 }, (_, index) => ({
      id: `c-${String(index).padStart(3, '0')}`,
      createdAt: new Date(2020, 0, 1 + index).toISOString(),
      occurredAt: new Date(2020, 0, 1 + index).toISOString(),
      personIds: ['p'],
      warmth: 1 + ((index * 7) % 5),
    }));
    const full = warmthHistory('p', all, now).slice(-WARMTH_CHART_RATINGS);
    const windowed = warmthChartHistory('p', all.slice(-(WARMTH_CHART_RATINGS + WARMTH_WARM_UP_RATINGS)), now);
    expect(windowed).toHaveLength(WARMTH_CHART_RATINGS);
    expect(windowed.map((point) => point.occurredAt)).toEqual(full.map((point) => point.occurredAt));
    windowed.forEach((point, index) => expect(point.ewma).toBeCloseTo(full[index]?.ewma ?? Number.NaN, 5));
  });

  it('shows every rating when there are fewer than the chart holds', () => {
    const now = new Date(2026, 10, 21, 12);
    const few: ConversationSummary[] = [
      {
        id: 'a',
        createdAt: '2026-11-01T10:00:00.000Z',
        occurredAt: '2026-11-01T10:00:00.000Z',
        personIds: ['p'],
        warmth: 2,
      },
      {
        id: 'b',
        createdAt: '2026-11-02T10:00:00.000Z',
        occurredAt: '2026-11-02T10:00:00.000Z',
        personIds: ['p'],
        warmth: 4,
      },
    ];
    expect(warmthChartHistory('p', few, now)).toEqual(warmthHistory('p', few, now));
  });
});
