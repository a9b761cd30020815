import { describe, expect, it } from 'vitest';
import {
  CHECK_IN_WARNING_IDS,
  CHECK_IN_WARNING_RULES,
  burnoutWarnings,
  checkInDueState,
  checkInWarnings,
  lonelinessWarning,
  type CheckInWarning,
  type ScoredCheckIn,
} from '@shared/domain/check-in-warnings';
import type { ItemAnswer } from '@shared/domain/types';

const _ = null;

const scored = (week: string, cbiWork: number | null, ucla3: number | null = null): ScoredCheckIn => ({
  week,
  cbiWork,
  ucla3,
});

const ids = (warnings: readonly CheckInWarning[]): string[] => warnings.map((w) => w.id);

/** Scores `[50, 50, 50, ...]` for consecutive weeks of 2026 starting at `firstWeek`. */
const workRun = (scores: readonly (number | null)[], firstWeek = 1): ScoredCheckIn[] =>
  scores.map((score, i) => scored(`2026-W${String(firstWeek + i).padStart(2, '0')}`, score));

describe('burnoutWarnings', () => {
  it.each<[string, ScoredCheckIn[], string, string[]]>([
    ['no check-ins', [], '2026-W10', []],
    // "Any ≥ 75" is read as the latest scored check-in.
    ['latest 74.99', workRun([74.99], 10), '2026-W10', []],
    ['latest 75', workRun([75], 10), '2026-W10', ['burnout-high']],
    ['an older 90 and a latest 20', workRun([90, 20], 9), '2026-W10', []],
    [
      'latest unscored does not hide a 75',
      [...workRun([75], 9), scored('2026-W10', null)],
      '2026-W10',
      ['burnout-high'],
    ],
    // Three consecutive check-ins at 50 or more.
    ['50, 50, 50', workRun([50, 50, 50], 8), '2026-W20', ['burnout-sustained']],
    ['50, 50, 49.99', workRun([50, 50, 49.99], 8), '2026-W20', []],
    ['49.99, 50, 50', workRun([49.99, 50, 50], 8), '2026-W20', []],
    ['only two check-ins at 60', workRun([60, 60], 8), '2026-W20', []],
    ['an older low score before three at 50', workRun([10, 50, 50, 50], 7), '2026-W20', ['burnout-sustained']],
    // Consecutive check-ins, not consecutive weeks: weeks off and unscored check-ins do not break the run.
    [
      'three at 60 with weeks between',
      [scored('2026-W01', 60), scored('2026-W05', 60), scored('2026-W06', null), scored('2026-W09', 60)],
      '2026-W20',
      ['burnout-sustained'],
    ],
    // Slope over the 6 weeks ending with the current week.
    ['slope exactly 5', workRun([10, 15, 20, 25], 1), '2026-W06', ['burnout-rising']],
    ['slope 4.9', workRun([10, 14.9, 19.8, 24.7], 1), '2026-W06', []],
    ['slope 5 from only 3 check-ins', workRun([10, 15, 20], 1), '2026-W06', []],
    ['slope 5 but weeks ago', workRun([10, 15, 20, 25], 1), '2026-W08', []],
    [
      'slope 5 from weeks with gaps',
      [scored('2026-W01', 10), scored('2026-W03', 20), scored('2026-W04', 25), scored('2026-W06', 35)],
      '2026-W06',
      ['burnout-rising'],
    ],
    [
      'slope 5 across 2026-W53',
      [scored('2026-W50', 10), scored('2026-W51', 15), scored('2026-W52', 20), scored('2026-W53', 25)],
      '2027-W02',
      ['burnout-rising'],
    ],
    ['all three', workRun([60, 70, 80, 90], 1), '2026-W04', ['burnout-high', 'burnout-sustained', 'burnout-rising']],
  ])('%s → %j', (_label, checkIns, currentWeek, expected) => {
    expect(ids(burnoutWarnings(checkIns, currentWeek))).toEqual(expected);
  });

  it('reads check-ins in week order whatever the input order', () => {
    const ordered = workRun([10, 50, 50, 50], 1);
    const shuffled = [ordered[2], ordered[0], ordered[3], ordered[1]].filter((c) => c !== undefined);
    expect(burnoutWarnings(shuffled, '2026-W20')).toEqual(burnoutWarnings(ordered, '2026-W20'));
    expect(ids(burnoutWarnings(shuffled, '2026-W20'))).toEqual(['burnout-sustained']);
  });

  it('says what it found, with the rule', () => {
    const [sustained] = burnoutWarnings(workRun([55, 60.4, 62], 1), '2026-W20');
    expect(sustained).toEqual({
      id: 'burnout-sustained',
      title: CHECK_IN_WARNING_RULES['burnout-sustained'].title,
      rule: 'Your work-related burnout score was 50 or more in each of your last 3 check-ins.',
      message: 'Your last three work-related burnout scores were 55, 60, and 62.',
    });
  });
});

describe('lonelinessWarning', () => {
  const ucla = (scores: readonly (number | null)[]): ScoredCheckIn[] =>
    scores.map((score, i) => scored(`2026-W${String(10 + i).padStart(2, '0')}`, null, score));

  it.each<[(number | null)[], boolean]>([
    [[6, 6, 3], true],
    [[6, 3, 6], true],
    [[3, 6, 6], true],
    [[5, 6, 3], false],
    [[6, 5, 5], false],
    [[5, 5, 5], false],
    [[6, 6], true],
    [[6], false],
    [[], false],
    // Only the last three count.
    [[6, 6, 3, 3, 3], false],
    [[3, 3, 9, 3, 9], true],
    // Check-ins without a score (a skipped item) are passed over, not counted as "not lonely".
    [[6, _, 6, 3], true],
  ])('%j → %s', (scores, fires) => {
    expect(lonelinessWarning(ucla(scores), []) !== null).toBe(fires);
  });

  it.each<[string[], string]>([
    [[], 'Consider reaching out to someone you trust this week.'],
    [['Priya Shah'], 'Consider reaching out to Priya Shah; it has been a while since you talked.'],
    [
      ['Priya Shah', 'Tom Berg'],
      'Consider reaching out to Priya Shah or Tom Berg; it has been a while since you talked.',
    ],
    [
      ['Ana', 'Ben', 'Cy', 'Dee'],
      'Consider reaching out to Ana, Ben, Cy, or 1 other overdue ally; it has been a while since you talked.',
    ],
    [
      ['Ana', 'Ben', ' ', 'Cy', 'Dee', 'Eve'],
      'Consider reaching out to Ana, Ben, Cy, or 2 other overdue allies; it has been a while since you talked.',
    ],
  ])('suggests reaching out to %j by name', (allies, suggestion) => {
    const warning = lonelinessWarning(ucla([6, 7, 3]), allies);
    expect(warning?.message).toBe(`Your loneliness score was 6 or more in 2 of your last 3 check-ins. ${suggestion}`);
    expect(warning?.rule).toBe(
      'Your loneliness score (Three-Item Loneliness Scale) was 6 or more in 2 of your last 3 check-ins.',
    );
  });
});

describe('checkInDueState', () => {
  // 2026-W47: Monday 16 November to Sunday 22 November; the check-in is Friday 20th at 16:00.
  const friday4pm = { checkInWeekday: 5, checkInTime: '16:00' };

  it.each<[string, Date, string | null, string]>([
    ['Monday of the week', new Date(2026, 10, 16, 9), '2026-W46', 'not-yet-due'],
    ['a minute before', new Date(2026, 10, 20, 15, 59), '2026-W46', 'not-yet-due'],
    ['at the moment', new Date(2026, 10, 20, 16, 0), '2026-W46', 'due'],
    ['a minute after', new Date(2026, 10, 20, 16, 1), '2026-W46', 'due'],
    ['a minute after, never checked in', new Date(2026, 10, 20, 16, 1), null, 'due'],
    ['Sunday night', new Date(2026, 10, 22, 23, 59), '2026-W46', 'due'],
    ['done early in the week', new Date(2026, 10, 16, 9), '2026-W47', 'done'],
    ['done, after the moment', new Date(2026, 10, 20, 16, 1), '2026-W47', 'done'],
    ['the next Monday, last week left undone', new Date(2026, 10, 23, 0, 0), '2026-W46', 'not-yet-due'],
    ['Friday of 2026-W53 is New Year’s Day', new Date(2027, 0, 1, 16, 1), '2026-W52', 'due'],
  ])('%s → %s', (_label, now, lastCheckInWeek, state) => {
    expect(checkInDueState({ now, ...friday4pm, lastCheckInWeek })).toBe(state);
  });

  it.each<[string, Date, string]>([
    // Sunday 09:00 on the DST-change Sundays, in local wall-clock time.
    ['spring-forward, 08:59', new Date(2026, 2, 8, 8, 59), 'not-yet-due'],
    ['spring-forward, 09:00', new Date(2026, 2, 8, 9, 0), 'due'],
    ['fall-back, 08:59', new Date(2026, 10, 1, 8, 59), 'not-yet-due'],
    ['fall-back, 09:00', new Date(2026, 10, 1, 9, 0), 'due'],
  ])('%s → %s', (_label, now, state) => {
    expect(checkInDueState({ now, checkInWeekday: 7, checkInTime: '09:00', lastCheckInWeek: null })).toBe(state);
  });
});

describe('checkInWarnings', () => {
  const settings = { checkInWeekday: 5, checkInTime: '16:00' };
  // Work answers with 5 of 7 items answered, so scores step by 5 points: 250/5, 275/5, 300/5, 325/5.
  const work = {
    50: [2, 2, 2, 2, 2, _, _],
    55: [1, 2, 2, 2, 2, _, _],
    60: [1, 1, 2, 2, 2, _, _],
    65: [1, 1, 1, 2, 2, _, _],
    // Item 7 is reversed: its fourth option ("Seldom" having energy left) scores 75.
    75: [1, 1, 1, 1, 1, 1, 3],
    low: [4, 4, 4, 4, 4, 4, 0],
  } satisfies Record<string, ItemAnswer[]>;
  const ucla = { 3: [0, 0, 0], 6: [1, 1, 1] } satisfies Record<string, ItemAnswer[]>;
  const checkIn = (week: string, cbiWork: ItemAnswer[], ucla3: ItemAnswer[]) => ({ week, cbiWork, ucla3 });

  it('is quiet with no check-ins before the check-in moment', () => {
    expect(
      checkInWarnings({ checkIns: [], now: new Date(2026, 10, 20, 15, 59), ...settings, overdueAllies: [] }),
    ).toEqual([]);
  });

  it('warns that the check-in is due a minute after its moment', () => {
    const [warning, ...rest] = checkInWarnings({
      checkIns: [checkIn('2026-W46', work.low, ucla[3])],
      now: new Date(2026, 10, 20, 16, 1),
      ...settings,
      overdueAllies: [],
    });
    expect(rest).toEqual([]);
    expect(warning).toEqual({
      id: 'check-in-due',
      title: "This week's check-in is due",
      rule: CHECK_IN_WARNING_RULES['check-in-due'].rule,
      message: 'Your weekly check-in was due Friday at 16:00. It takes about two minutes.',
    });
  });

  it('scores the stored answers and applies every rule', () => {
    const checkIns = [
      checkIn('2026-W46', work[65], ucla[6]),
      checkIn('2026-W43', work[50], ucla[3]),
      checkIn('2026-W45', work[60], ucla[3]),
      checkIn('2026-W44', work[55], ucla[6]),
    ];
    const warnings = checkInWarnings({
      checkIns,
      now: new Date(2026, 10, 20, 16, 1),
      ...settings,
      overdueAllies: ['Priya Shah', 'Tom Berg'],
    });
    expect(ids(warnings)).toEqual(['burnout-sustained', 'burnout-rising', 'loneliness', 'check-in-due']);
    expect(warnings.find((w) => w.id === 'burnout-rising')?.message).toBe(
      'Your work-related burnout score has been rising by about 5.0 points a week.',
    );
    expect(warnings.find((w) => w.id === 'loneliness')?.message).toContain('Priya Shah or Tom Berg');
    for (const warning of warnings) expect(warning.rule).toBe(CHECK_IN_WARNING_RULES[warning.id].rule);
  });

  it("warns of a high score and is done once this week's check-in exists", () => {
    const warnings = checkInWarnings({
      checkIns: [checkIn('2026-W46', work.low, ucla[3]), checkIn('2026-W47', work[75], ucla[3])],
      now: new Date(2026, 10, 20, 16, 1),
      ...settings,
      overdueAllies: [],
    });
    expect(warnings).toEqual([
      {
        id: 'burnout-high',
        title: 'Work burnout is high',
        rule: 'Your latest work-related burnout score (Copenhagen Burnout Inventory) is 75 or more.',
        message: 'Your work-related burnout score was 75 in your latest check-in (2026-W47).',
      },
    ]);
  });

  it('returns warnings in the documented order', () => {
    expect(CHECK_IN_WARNING_IDS).toEqual([
      'burnout-high',
      'burnout-sustained',
      'burnout-rising',
      'loneliness',
      'check-in-due',
    ]);
  });

  it('rejects corrupt answers rather than scoring them as skipped', () => {
    expect(() =>
      checkInWarnings({
        checkIns: [checkIn('2026-W46', [9, 0, 0, 0, 0, 0, 0], ucla[3])],
        now: new Date(2026, 10, 20, 16, 1),
        ...settings,
        overdueAllies: [],
      }),
    ).toThrow(RangeError);
  });
});
