import { describe, expect, it } from 'vitest';
import {
  BRIEF_DEFAULT_MIN_INFLUENCE,
  BRIEF_TOP_ITEMS,
  COMMITMENT_DUE_SOON_DAYS,
  DEFAULT_BRIEF_PERIOD_KEY,
  FORMER_PERSON,
  briefFileName,
  briefPeriodByKey,
  briefPeriods,
  buildOffsiteBrief,
  defaultBriefPeople,
  talkingPoints,
  type BriefConversation,
  type OffsiteBriefInput,
} from '@shared/domain/offsite-brief';
import {
  briefAsMarkdown,
  describeConversation,
  describeDateRange,
  describeRole,
  describeStanceGap,
  describeTalkingPoint,
  healthRows,
} from '@shared/domain/offsite-brief-text';
import { personStatus } from '@shared/domain/relationships';
import type { Commitment, Conversation, NoteItem, Person } from '@shared/domain/types';
import { makeCommitment, makeConversation, makePerson } from './relationship-factories';
import { makeMoment } from './moment-factories';

// The test process runs in America/New_York (vitest.config.ts); `new Date(y, m, d, h)` is a local time with
// a zero-based month. "Now" is Monday 30 November 2026, 10:00, so today is 2026-11-30.
const NOW = new Date(2026, 10, 30, 10, 0);
const TODAY = '2026-11-30';
const daysAgo = (days: number, hour = 9) => new Date(2026, 10, 30 - days, hour);
const item = (id: string, text: string, notedOn: string, resolvedOn?: string): NoteItem => ({
  id,
  text,
  notedOn,
  ...(resolvedOn ? { resolvedOn } : {}),
});

/** The facts the brief reads of a conversation, as the brief repository gives them. */
function facts(conversation: Conversation): BriefConversation {
  const { id, createdAt, occurredAt, personIds, kind, title, warmth } = conversation;
  return {
    id,
    createdAt,
    occurredAt,
    personIds,
    kind,
    ...(title ? { title } : {}),
    ...(warmth === undefined ? {} : { warmth }),
  };
}

/**
 * A small journal before an offsite: a CFO who is drifting and worried, a COO on track, a CRO never met,
 * a low-influence partner and an archived former CEO.
 */
function seededJournal() {
  const dana = makePerson({
    id: 'p-dana',
    name: 'Dana Whitfield',
    title: 'Chief Financial Officer',
    function: 'finance',
    influence: 5,
    stance: 'skeptical',
    desiredStance: 'supportive',
    cadenceDays: 14,
    priorities: [
      item('pr-1', 'Cut cloud spend by 15%', '2026-10-01'),
      item('pr-2', 'Close the books in 5 days', '2026-11-02'),
      item('pr-3', 'Audit readiness', '2026-11-02'),
      item('pr-4', 'A new ERP', '2026-09-15'),
      item('pr-5', 'Hiring freeze', '2026-11-20', '2026-11-25'),
      item('pr-6', 'Next year’s budget', '2026-12-03'),
    ],
    worries: [
      item('w-1', 'The SOC 2 audit slipping', '2026-11-10'),
      item('w-2', 'Vendor lock-in', '2026-10-20', '2026-11-01'),
    ],
    waysICanHelp: [item('h-1', 'A cost dashboard for finance', '2026-11-10')],
  });
  const sam = makePerson({
    id: 'p-sam',
    name: 'Sam Okafor',
    title: 'Chief Operating Officer',
    function: 'operations',
    influence: 4,
    stance: 'supportive',
    desiredStance: 'supportive',
    cadenceDays: 14,
  });
  const priya = makePerson({
    id: 'p-priya',
    name: 'Priya Raman',
    title: 'Chief Revenue Officer',
    function: 'sales',
    influence: 3,
    stance: 'champion',
    desiredStance: 'supportive',
    cadenceDays: 14,
    createdAt: '2026-09-01T12:00:00.000Z',
  });
  const lee = makePerson({ id: 'p-lee', name: 'Lee Partner', influence: 2, relationship: 'external' });
  const alex = makePerson({ id: 'p-alex', name: 'Alex Former', influence: 5, archived: true });
  const people: Person[] = [alex, dana, lee, priya, sam];

  const conversations: Conversation[] = [
    makeConversation([dana.id], daysAgo(40), { warmth: 4, title: 'Budget kickoff' }),
    makeConversation([dana.id, sam.id], daysAgo(25), { warmth: 2, kind: 'exec-meeting', title: 'Q1 planning' }),
    makeConversation([sam.id], daysAgo(3), { warmth: 5, title: 'Ops review' }),
    // Logged ahead of time: later today, so not yet the latest.
    makeConversation([sam.id], new Date(2026, 10, 30, 16), { title: 'Tomorrow’s prep' }),
  ];
  const commitments: Commitment[] = [
    makeCommitment(dana.id, { id: 'k-late', text: 'Send the cloud cost model', dueOn: '2026-11-20' }),
    makeCommitment(dana.id, {
      id: 'k-they',
      direction: 'they-owe',
      text: 'Share the budget envelope',
      dueOn: '2026-12-04',
    }),
    makeCommitment(dana.id, { id: 'k-undated', text: 'Introduce the data team' }),
    makeCommitment(dana.id, { id: 'k-done', text: 'Done already', dueOn: '2026-11-01', doneOn: '2026-11-02' }),
    makeCommitment(sam.id, { id: 'k-sam', text: 'Review the on-call rota', dueOn: '2026-12-20' }),
  ];
  const moments = [
    makeMoment('2026-11-20', {
      id: 'm-acme',
      title: 'We bought Acme',
      area: 'acquisition',
      involvement: 'blindsided',
      techImpact: 'high',
      drivenBy: [sam.id, 'p-gone'],
    }),
    makeMoment('2026-10-05', { id: 'm-roadmap', involvement: 'shaped', techImpact: 'high' }),
    makeMoment('2026-08-01', { id: 'm-old', involvement: 'blindsided', techImpact: 'medium' }),
    makeMoment('2026-12-05', { id: 'm-future', involvement: 'blindsided', techImpact: 'high' }),
  ];
  // The statuses as the app computes them (relationships-context.tsx): personStatus over the same data.
  const statuses = new Map(people.map((person) => [person.id, personStatus(person, conversations, commitments, NOW)]));
  const input: OffsiteBriefInput = {
    people,
    chosenIds: defaultBriefPeople(people),
    statuses,
    conversations: conversations.map(facts),
    openCommitments: commitments.filter((commitment) => !commitment.doneOn),
    moments,
    period: { from: '2026-09-02', to: TODAY },
    now: NOW,
  };
  return { people, dana, sam, priya, lee, alex, conversations, commitments, moments, statuses, input };
}

describe('defaultBriefPeople', () => {
  it(`starts with everyone not archived with influence ${BRIEF_DEFAULT_MIN_INFLUENCE} or more`, () => {
    const { people } = seededJournal();
    // Priya has exactly 3 (in); Lee 2 (out); Alex 5 but archived (out).
    expect(defaultBriefPeople(people)).toEqual(['p-dana', 'p-priya', 'p-sam']);
  });
});

describe('briefPeriods', () => {
  it('offers the last 30 and 90 days, this quarter so far and the four whole quarters before it', () => {
    expect(briefPeriods(NOW)).toEqual([
      { key: 'last-30-days', label: 'Last 30 days', range: { from: '2026-11-01', to: TODAY } },
      { key: 'last-90-days', label: 'Last 90 days', range: { from: '2026-09-02', to: TODAY } },
      { key: '2026-Q4', label: 'This quarter (2026-Q4, so far)', range: { from: '2026-10-01', to: TODAY } },
      { key: '2026-Q3', label: '2026-Q3 (July–September)', range: { from: '2026-07-01', to: '2026-09-30' } },
      { key: '2026-Q2', label: '2026-Q2 (April–June)', range: { from: '2026-04-01', to: '2026-06-30' } },
      { key: '2026-Q1', label: '2026-Q1 (January–March)', range: { from: '2026-01-01', to: '2026-03-31' } },
      { key: '2025-Q4', label: '2025-Q4 (October–December)', range: { from: '2025-10-01', to: '2025-12-31' } },
    ]);
    expect(briefPeriods(NOW).map((period) => period.key)).toContain(DEFAULT_BRIEF_PERIOD_KEY);
  });

  it('finds a period by its key, and falls back to the last 90 days for one no longer offered', () => {
    expect(briefPeriodByKey('2026-Q3', NOW).range).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    // On 1 January 2027 the oldest quarter offered is 2026-Q1, so 2025-Q4 has gone.
    expect(briefPeriodByKey('2025-Q4', new Date(2027, 0, 1, 9))).toEqual({
      key: DEFAULT_BRIEF_PERIOD_KEY,
      label: 'Last 90 days',
      range: { from: '2026-10-04', to: '2027-01-01' },
    });
  });

  it('counts the rolling days in the local calendar across the change of clocks', () => {
    // US daylight saving ended on 1 November 2026: 30 days ending 30 November still start on 1 November.
    const [last30] = briefPeriods(new Date(2026, 10, 30, 0, 30));
    expect(last30?.range).toEqual({ from: '2026-11-01', to: TODAY });
  });
});

describe('buildOffsiteBrief on a seeded journal', () => {
  it('has one section per chosen person, most influential first, skipping unknown and repeated ids', () => {
    const { input } = seededJournal();
    const brief = buildOffsiteBrief({ ...input, chosenIds: ['p-priya', 'p-unknown', 'p-sam', 'p-dana', 'p-sam'] });
    expect(brief.sections.map((section) => section.person.name)).toEqual([
      'Dana Whitfield',
      'Sam Okafor',
      'Priya Raman',
    ]);
    expect(brief.today).toBe(TODAY);
    expect(brief.preparedAt).toBe(NOW.toISOString());
  });

  it('leaves out a chosen person without a status (the numbers are not there yet)', () => {
    const { input } = seededJournal();
    const statuses = new Map(input.statuses);
    statuses.delete('p-sam');
    expect(buildOffsiteBrief({ ...input, statuses }).sections.map((section) => section.person.id)).toEqual([
      'p-dana',
      'p-priya',
    ]);
  });

  it('orders equal influence by name, whatever the case', () => {
    const a = makePerson({ id: 'p-b', name: 'beth', influence: 4 });
    const b = makePerson({ id: 'p-a', name: 'Aaron', influence: 4 });
    const people = [a, b];
    const brief = buildOffsiteBrief({
      people,
      chosenIds: ['p-b', 'p-a'],
      statuses: new Map(people.map((person) => [person.id, personStatus(person, [], [], NOW)])),
      conversations: [],
      openCommitments: [],
      moments: [],
      period: { from: '2026-11-01', to: TODAY },
      now: NOW,
    });
    expect(brief.sections.map((section) => section.person.name)).toEqual(['Aaron', 'beth']);
  });

  it('gives Dana’s stance, health components, latest conversation, lists and commitments', () => {
    const { input, statuses } = seededJournal();
    const [dana] = buildOffsiteBrief(input).sections;
    if (!dana) throw new Error('no section for Dana');
    expect(dana.stanceGap).toBe(2);
    expect(dana.status).toBe(statuses.get('p-dana'));
    // 25 days at a 14-day cadence: r ≈ 1.79, overdue; recency (3 − r) / 2 ≈ 0.61.
    expect(dana.status.cadence.status).toBe('overdue');
    expect(dana.lastConversation).toMatchObject({ title: 'Q1 planning', kind: 'exec-meeting', warmth: 2 });
    // Open and already noted, newest first; same day: the one added last first. Resolved and future ones are out.
    expect(dana.priorities.items.map((entry) => entry.id)).toEqual(['pr-3', 'pr-2', 'pr-1']);
    expect(dana.priorities.more).toBe(1);
    expect(dana.worries).toEqual({ items: [expect.objectContaining({ id: 'w-1' })], more: 0 });
    expect(dana.waysICanHelp.items.map((entry) => entry.id)).toEqual(['h-1']);
    // Both ways, overdue first then by due day (undated last); the done one is not open.
    expect(dana.iOwe.map((entry) => [entry.id, entry.overdue])).toEqual([
      ['k-late', true],
      ['k-undated', false],
    ]);
    expect(dana.theyOwe.map((entry) => [entry.id, entry.overdue])).toEqual([['k-they', false]]);
  });

  it('ignores a conversation dated after now for the latest one', () => {
    const { input } = seededJournal();
    const sam = buildOffsiteBrief(input).sections.find((section) => section.person.id === 'p-sam');
    expect(sam?.lastConversation?.title).toBe('Ops review');
    expect(sam?.stanceGap).toBe(0);
  });

  it('says there is no conversation with someone never talked to', () => {
    const { input } = seededJournal();
    const priya = buildOffsiteBrief(input).sections.find((section) => section.person.id === 'p-priya');
    expect(priya?.lastConversation).toBeNull();
    expect(priya?.stanceGap).toBe(-1);
  });

  it('suggests talking points for Dana by each rule, in order', () => {
    const { input } = seededJournal();
    const [dana] = buildOffsiteBrief(input).sections;
    expect(dana?.talkingPoints.map((point) => point.rule)).toEqual([
      'overdue',
      'commitment-due',
      'commitment-due',
      'unresolved-worry',
    ]);
    expect(dana?.talkingPoints.map(describeTalkingPoint)).toEqual([
      'Overdue: 25 days since you last talked, and you mean to every 14 days: make time one to one.',
      'You promised “Send the cloud cost model”, 10 days overdue (due 20 November 2026): deliver it or agree a new date.',
      'They promised “Share the budget envelope”, due in 4 days (4 December 2026): ask how it is going.',
      'They worried about “The SOC 2 audit slipping” (heard 10 November 2026): ask where it stands and whether you can help.',
    ]);
  });

  it('suggests a first conversation with someone never talked to, in the journal longer than their cadence', () => {
    const { input } = seededJournal();
    const priya = buildOffsiteBrief(input).sections.find((section) => section.person.id === 'p-priya');
    expect(priya?.talkingPoints).toEqual([{ rule: 'overdue', daysSince: null, cadenceDays: 14 }]);
    expect(describeTalkingPoint(priya?.talkingPoints[0] ?? { rule: 'overdue', daysSince: 0, cadenceDays: 0 })).toBe(
      'Never talked, though you mean to every 14 days: ask for a first conversation.',
    );
  });

  it('suggests nothing for someone on track with nothing due soon', () => {
    const { input } = seededJournal();
    const sam = buildOffsiteBrief(input).sections.find((section) => section.person.id === 'p-sam');
    // Sam's rota review is due in 20 days: open, but not yet a talking point.
    expect(sam?.iOwe.map((entry) => entry.id)).toEqual(['k-sam']);
    expect(sam?.talkingPoints).toEqual([]);
  });

  it('summarises the period’s strategic moments, never counting one after today', () => {
    const { input } = seededJournal();
    const brief = buildOffsiteBrief({ ...input, period: { from: '2026-09-02', to: '2026-12-31' } });
    expect(brief.period).toEqual({ from: '2026-09-02', to: TODAY });
    // Acme (blindsided, high: 0) and the roadmap (shaped, high: 100); August and December are outside.
    expect(brief.upstream.moments).toBe(2);
    expect(brief.upstream.score).toBe(50);
    expect(brief.upstream.counts).toEqual({ blindsided: 1, informed: 0, present: 0, consulted: 0, shaped: 1 });
    expect(brief.upstream.consultedOnHighImpact).toEqual({ consulted: 1, total: 2, share: 0.5 });
    expect(brief.blindsided).toEqual([
      {
        id: 'm-acme',
        occurredOn: '2026-11-20',
        title: 'We bought Acme',
        area: 'acquisition',
        techImpact: 'high',
        drivenBy: ['Sam Okafor', FORMER_PERSON],
      },
    ]);
  });

  it('has no upstream score for a period without moments', () => {
    const { input } = seededJournal();
    const brief = buildOffsiteBrief({ ...input, period: { from: '2026-01-01', to: '2026-03-31' } });
    expect(brief.upstream.score).toBeNull();
    expect(brief.blindsided).toEqual([]);
  });

  it('names its files by the day it was prepared', () => {
    const brief = buildOffsiteBrief(seededJournal().input);
    expect(briefFileName(brief, 'md')).toBe('upstream-brief-2026-11-30.md');
    expect(briefFileName(brief, 'pdf')).toBe('upstream-brief-2026-11-30.pdf');
  });
});

describe('talking-point rules at their edges', () => {
  const person = makePerson({ id: 'p-edge', cadenceDays: 14, createdAt: '2026-01-01T12:00:00.000Z' });

  function statusAfter(days: number | null, createdAt = person.createdAt) {
    const someone = { ...person, createdAt };
    const conversations = days === null ? [] : [makeConversation([person.id], daysAgo(days))];
    return personStatus(someone, conversations, [], NOW);
  }

  it.each<[string, number | null, string, boolean]>([
    ['exactly 1.5 × the cadence (due, not overdue)', 21, person.createdAt, false],
    ['one day past 1.5 × the cadence', 22, person.createdAt, true],
    ['never talked, in the journal exactly one cadence', null, new Date(2026, 10, 16, 12).toISOString(), false],
    ['never talked, in the journal one day longer', null, new Date(2026, 10, 15, 12).toISOString(), true],
  ])('overdue: %s', (_case, days, createdAt, expected) => {
    const points = talkingPoints(statusAfter(days, createdAt), [], [], TODAY);
    expect(points.some((point) => point.rule === 'overdue')).toBe(expected);
  });

  it.each<[string, Partial<Commitment>, number | null]>([
    ['3 days past due', { dueOn: '2026-11-27' }, 3],
    ['due today', { dueOn: TODAY }, 0],
    [`due in exactly ${COMMITMENT_DUE_SOON_DAYS} days`, { dueOn: '2026-12-07' }, -COMMITMENT_DUE_SOON_DAYS],
    [`due in ${COMMITMENT_DUE_SOON_DAYS + 1} days`, { dueOn: '2026-12-08' }, null],
    ['without a due day', {}, null],
    ['done, though past due', { dueOn: '2026-11-20', doneOn: '2026-11-21' }, null],
    ['owed to someone else', { dueOn: '2026-11-27', personId: 'p-other' }, null],
    ['owed by them, past due', { dueOn: '2026-11-27', direction: 'they-owe' }, 3],
  ])('commitment due: %s', (_case, overrides, daysLate) => {
    const commitment = makeCommitment(person.id, overrides);
    const points = talkingPoints(statusAfter(1), [commitment], [], TODAY);
    expect(points).toEqual(daysLate === null ? [] : [{ rule: 'commitment-due', commitment, daysLate }]);
  });

  it('orders commitments by due day, and on one day what I owe first', () => {
    const theirs = makeCommitment(person.id, { id: 'k-a', direction: 'they-owe', dueOn: '2026-11-29' });
    const mine = makeCommitment(person.id, { id: 'k-b', direction: 'i-owe', dueOn: '2026-11-29' });
    const earlier = makeCommitment(person.id, { id: 'k-c', direction: 'they-owe', dueOn: '2026-11-10' });
    const points = talkingPoints(statusAfter(1), [theirs, mine, earlier], [], TODAY);
    expect(points.map((point) => (point.rule === 'commitment-due' ? point.commitment.id : point.rule))).toEqual([
      'k-c',
      'k-b',
      'k-a',
    ]);
  });

  it(`raises the ${BRIEF_TOP_ITEMS} newest worries still open and already heard`, () => {
    const worried = makePerson({
      worries: [
        item('w-1', 'Oldest', '2026-11-01'),
        item('w-2', 'Resolved', '2026-11-29', '2026-11-30'),
        item('w-3', 'Heard today', TODAY),
        item('w-4', 'Tomorrow', '2026-12-01'),
        item('w-5', 'Second', '2026-11-20'),
        item('w-6', 'Third', '2026-11-10'),
      ],
    });
    const brief = buildOffsiteBrief({
      people: [worried],
      chosenIds: [worried.id],
      statuses: new Map([[worried.id, personStatus(worried, [makeConversation([worried.id], daysAgo(1))], [], NOW)]]),
      conversations: [],
      openCommitments: [],
      moments: [],
      period: { from: '2026-11-01', to: TODAY },
      now: NOW,
    });
    const [section] = brief.sections;
    expect(section?.worries.more).toBe(1);
    expect(section?.talkingPoints.map((point) => (point.rule === 'unresolved-worry' ? point.worry.id : ''))).toEqual([
      'w-3',
      'w-5',
      'w-6',
    ]);
  });
});

describe('the brief in words', () => {
  it.each<[number, string]>([
    [2, '2 steps to go'],
    [1, '1 step to go'],
    [0, 'where you want them'],
    [-1, '1 step beyond what you aimed for'],
  ])('a stance gap of %i reads “%s”', (gap, words) => {
    expect(describeStanceGap(gap)).toBe(words);
  });

  it.each<[string, number, string]>([
    ['due today', 0, 'You promised “Send it”, due today: say where it stands.'],
    ['due tomorrow', -1, 'You promised “Send it”, due in 1 day (1 December 2026): say where it stands.'],
    ['a day late', 1, 'You promised “Send it”, 1 day overdue (due 29 November 2026): deliver it or agree a new date.'],
  ])('a promise %s', (_case, daysLate, words) => {
    const dueOn = { 0: TODAY, [-1]: '2026-12-01', 1: '2026-11-29' }[daysLate] ?? TODAY;
    const commitment = makeCommitment('p-x', { text: 'Send it', dueOn });
    expect(describeTalkingPoint({ rule: 'commitment-due', commitment, daysLate })).toBe(words);
  });

  it('writes a period across two years with both years', () => {
    expect(describeDateRange({ from: '2025-12-15', to: '2026-01-12' })).toBe('15 December 2025 – 12 January 2026');
    expect(describeDateRange({ from: '2026-09-02', to: TODAY })).toBe('2 September – 30 November 2026');
  });

  it('shows each health component beside the points it gives', () => {
    const { statuses } = seededJournal();
    const dana = statuses.get('p-dana');
    if (!dana) throw new Error('no status');
    const rows = healthRows(dana);
    expect(rows.map((row) => row.component)).toEqual(['Recency', 'Warmth', 'Commitments']);
    expect(rows[0]?.value).toBe('61%: last talked 25 days ago, overdue (every 14 days)');
    expect(rows[2]).toEqual({ component: 'Commitments', value: '1 overdue that I owe', points: '13.3 of 20' });
    expect(dana.health.score).toBe(
      Math.round(dana.health.points.recency + dana.health.points.warmth + dana.health.points.commitments),
    );
  });

  it.each<[string, string, string]>([
    [
      'in the journal longer than their cadence',
      '2026-09-01T12:00:00.000Z',
      '0%: never talked, overdue (every 14 days)',
    ],
    ['new to the journal', NOW.toISOString(), '0%: never talked (every 14 days)'],
  ])('says recency for someone never talked to, %s', (_case, createdAt, words) => {
    const newcomer = makePerson({ cadenceDays: 14, createdAt });
    expect(healthRows(personStatus(newcomer, [], [], NOW))[0]?.value).toBe(words);
  });

  it('leaves an empty title and the function “other” out of the role', () => {
    const { input } = seededJournal();
    const someone = makePerson({ id: 'p-someone', title: ' ', function: 'other', relationship: 'board', influence: 4 });
    const brief = buildOffsiteBrief({
      ...input,
      people: [someone],
      chosenIds: [someone.id],
      statuses: new Map([[someone.id, personStatus(someone, [], [], NOW)]]),
    });
    const [section] = brief.sections;
    if (!section) throw new Error('no section');
    expect(describeRole(section)).toBe('Board member · influence 4 of 5');
  });

  it('describes a conversation by its day, kind, title and warmth', () => {
    const conversation = makeConversation(['p-x'], daysAgo(2), { kind: 'meal', title: 'Lunch', warmth: 5 });
    expect(describeConversation(facts(conversation))).toBe('28 November 2026, Meal “Lunch”, warmth 5 of 5');
    expect(describeConversation(null)).toBe('none logged yet');
  });
});

describe('briefAsMarkdown', () => {
  it('writes one section per chosen person, then the upstream summary and how it is computed', () => {
    const markdown = briefAsMarkdown(buildOffsiteBrief(seededJournal().input));
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## Dana Whitfield',
      '## Sam Okafor',
      '## Priya Raman',
      '## My upstream summary',
      '## How this brief is computed',
    ]);
    expect(
      markdown.startsWith(
        '# Offsite brief\n\nPrepared 30 November 2026 for 2 September – 30 November 2026 · 3 people\n',
      ),
    ).toBe(true);
    expect(markdown).toContain('Chief Financial Officer · Finance · Peer · influence 5 of 5');
    expect(markdown).toContain('- **Stance:** Skeptical now, Supportive wanted (2 steps to go)');
    expect(markdown).toContain('  - Commitments: 1 overdue that I owe; 13.3 of 20 points');
    expect(markdown).toContain('- **Last conversation:** 5 November 2026, Exec meeting “Q1 planning”, warmth 2 of 5');
    expect(markdown).toContain('1. Overdue: 25 days since you last talked');
    expect(markdown).toContain(
      '- Audit readiness (noted 2 November 2026)\n- Close the books in 5 days (noted 2 November 2026)',
    );
    expect(markdown).toContain('- _and 1 more_');
    expect(markdown).toContain('- [ ] I owe: Send the cloud cost model, due 20 November 2026, overdue');
    expect(markdown).toContain('- [ ] They owe: Share the budget envelope, due 4 December 2026');
    expect(markdown).toContain('Upstream score 50 of 100, from 2 strategic moments.');
    expect(markdown).toContain(
      '| Shaped | Consulted | Present | Informed | Blindsided |\n| --- | --- | --- | --- | --- |\n| 1 | 0 | 0 | 0 | 1 |',
    );
    expect(markdown).toContain(
      `- 20 November 2026: We bought Acme (Acquisition, high impact; driven by Sam Okafor, ${FORMER_PERSON})`,
    );
    expect(markdown.endsWith('.\n')).toBe(true);
  });

  it('says so where a list is empty', () => {
    const { input } = seededJournal();
    const markdown = briefAsMarkdown(
      buildOffsiteBrief({ ...input, chosenIds: ['p-sam'], period: { from: '2026-01-01', to: '2026-03-31' } }),
    );
    expect(markdown).toContain('· 1 person');
    expect(markdown).toContain('_Nothing pressing by the rules below._');
    expect(markdown).toContain('### Top worries\n\n_None open._');
    expect(markdown).toContain('No strategic moments recorded in this period, so no upstream score.');
    expect(markdown).toContain('Consulted on what matters: no medium- or high-impact moments.');
    expect(markdown).toContain('_Not blindsided in this period._');
  });

  it('escapes what the user typed, so a name or a worry cannot become a heading, a link or HTML', () => {
    const hostile = makePerson({
      id: 'p-hostile',
      name: '# Dana [CFO](https://evil.example)',
      title: '<script>alert(1)</script>',
      worries: [item('w-x', '*everything*\n## is on fire', '2026-11-01')],
    });
    const brief = buildOffsiteBrief({
      people: [hostile],
      chosenIds: [hostile.id],
      statuses: new Map([[hostile.id, personStatus(hostile, [], [], NOW)]]),
      conversations: [],
      openCommitments: [makeCommitment(hostile.id, { text: 'Fix `prod` | now' })],
      moments: [],
      period: { from: '2026-11-01', to: TODAY },
      now: NOW,
    });
    const markdown = briefAsMarkdown(brief);
    expect(markdown).toContain('## \\# Dana \\[CFO\\](https://evil.example)');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('- \\*everything\\* \\#\\# is on fire (noted 1 November 2026)');
    expect(markdown).toContain('- [ ] I owe: Fix \\`prod\\` \\| now');
    expect(markdown.split('\n').filter((line) => line.startsWith('## '))).toHaveLength(3);
    expect(markdown).not.toContain('<script>');
  });
});
