import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { allianceBreadth, attentionFromStatuses, attentionList } from '@shared/domain/alliance';
import { personStatusWithOverdue } from '@shared/domain/relationships';
import type { CheckIn, Conversation } from '@shared/domain/types';
import { makePerson, makeConversation, makeCommitment, makeCheckIn, NOW } from './relationship-factories';

describe('attentionFromStatuses', () => {
  it('ranks by the statuses it is given, so the list shows the same numbers as the People screen', () => {
    const dana = makePerson({ name: 'Dana', influence: 3 });
    const sam = makePerson({ name: 'Sam', influence: 3 });
    const archived = makePerson({ name: 'Gone', archived: true, influence: 5 });
    // Each status from that person's own conversations: Dana cold, Sam warm, both talked to yesterday.
    const yesterday = new Date(2026, 10, 20, 10);
    const statuses = new Map([
      [dana.id, personStatusWithOverdue(dana, [makeConversation([dana.id], yesterday, { warmth: 1 })], 0, NOW)],
      [sam.id, personStatusWithOverdue(sam, [makeConversation([sam.id], yesterday, { warmth: 5 })], 2, NOW)],
    ]);
    const list = attentionFromStatuses([sam, archived, dana], statuses);

    expect(list.map((entry) => entry.personId)).toEqual([dana.id, sam.id]);
    // The very statuses given, not computed again.
    expect(list[0]?.status).toBe(statuses.get(dana.id));
    expect(list[1]?.status).toBe(statuses.get(sam.id));
    expect(list.map((entry) => entry.score)).toEqual(
      [dana, sam].map((person) => 3 * (100 - (statuses.get(person.id)?.health.score ?? 0))),
    );
  });

  it('refuses to rank someone whose status is missing rather than guess it', () => {
    const dana = makePerson({ name: 'Dana' });
    expect(() => attentionFromStatuses([dana], new Map())).toThrow(`No status for the person ${dana.id}.`);
  });
});

describe('attentionList', () => {
  it('is empty with nobody', () => {
    expect(attentionList([], [], [], NOW)).toEqual([]);
  });

  it('leaves out archived people', () => {
    const kept = makePerson({ name: 'Kept' });
    const archived = makePerson({ name: 'Archived', archived: true, influence: 5 });
    const list = attentionList([archived, kept], [], [], NOW);
    expect(list.map((entry) => entry.personId)).toEqual([kept.id]);
  });

  it('puts overdue people first, then sorts by influence × (100 − health)', () => {
    // Overdue but low influence: 25 days on 14 (r ≈ 1.79, recency ≈ 0.61), warmth 5 → health ≈ 84.
    const overdue = makePerson({ name: 'Overdue', influence: 1 });
    // Never talked, added this week (not yet overdue): health 40, influence 5 → 300.
    const never = makePerson({ name: 'Never', influence: 5, createdAt: addDays(NOW, -5).toISOString() });
    // On track, no ratings: health 80, influence 4 → 80.
    const onTrack = makePerson({ name: 'On track', influence: 4 });
    // Due (r = 1.5), no ratings: health 70, influence 4 → 120.
    const due = makePerson({ name: 'Due', influence: 4 });
    const conversations = [
      makeConversation([overdue.id], new Date(2026, 9, 27, 10), { warmth: 5 }),
      makeConversation([onTrack.id], new Date(2026, 10, 20, 10)),
      makeConversation([due.id], new Date(2026, 9, 31, 10)),
    ];
    const list = attentionList([onTrack, due, never, overdue], conversations, [], NOW);

    expect(list.map((entry) => [entry.personId, entry.score, entry.status.cadence.status])).toEqual([
      [overdue.id, 16, 'overdue'],
      [never.id, 300, 'never'],
      [due.id, 120, 'due'],
      [onTrack.id, 80, 'on-track'],
    ]);
  });

  it('orders several overdue people by score among themselves', () => {
    const low = makePerson({ name: 'Low', influence: 2, cadenceDays: 7 });
    const high = makePerson({ name: 'High', influence: 5, cadenceDays: 7 });
    const conversations = [makeConversation([low.id, high.id], new Date(2026, 10, 1, 10))];
    const list = attentionList([low, high], conversations, [], NOW);
    // 20 days on 7: r ≈ 2.86, recency ≈ 0.07, health ≈ 43 for both.
    expect(list.map((entry) => entry.personId)).toEqual([high.id, low.id]);
    expect(list.every((entry) => entry.status.cadence.status === 'overdue')).toBe(true);
  });

  it('breaks ties by name, whatever the input order and case', () => {
    const people = [makePerson({ name: 'carmen' }), makePerson({ name: 'Bea' }), makePerson({ name: 'Ana' })];
    const forward = attentionList(people, [], [], NOW);
    const backward = attentionList(people.toReversed(), [], [], NOW);
    const names = (list: typeof forward) =>
      list.map((entry) => people.find((person) => person.id === entry.personId)?.name);
    expect(names(forward)).toEqual(['Ana', 'Bea', 'carmen']);
    expect(names(backward)).toEqual(['Ana', 'Bea', 'carmen']);
  });

  it('counts a group conversation for everyone in it and overdue commitments per person', () => {
    const a = makePerson({ name: 'A', cadenceDays: 7, influence: 3 });
    const b = makePerson({ name: 'B', cadenceDays: 7, influence: 3 });
    const conversations = [makeConversation([a.id, b.id], new Date(2026, 10, 20, 16), { warmth: 5 })];
    const commitments = [
      makeCommitment(b.id, { dueOn: '2026-11-01' }),
      makeCommitment(b.id, { dueOn: '2026-11-02' }),
      makeCommitment(b.id, { dueOn: '2026-11-03' }),
    ];
    const list = attentionList([a, b], conversations, commitments, NOW);
    // A: 100 → 0; B: 80 → 3 × 20 = 60.
    expect(list.map((entry) => [entry.personId, entry.status.health.score, entry.score])).toEqual([
      [b.id, 80, 60],
      [a.id, 100, 0],
    ]);
  });

  it('counts someone never talked to as overdue once they have been in the journal longer than their cadence', () => {
    const longAgo = makePerson({
      name: 'Sam',
      influence: 4,
      cadenceDays: 14,
      createdAt: addDays(NOW, -15).toISOString(),
    });
    const justInTime = makePerson({
      name: 'Priya',
      influence: 5,
      cadenceDays: 14,
      createdAt: addDays(NOW, -14).toISOString(),
    });
    const list = attentionList([justInTime, longAgo], [], [], NOW);
    expect(list.map((entry) => [entry.personId, entry.status.cadence.status])).toEqual([
      [longAgo.id, 'overdue'],
      [justInTime.id, 'never'],
    ]);
  });

  it('ignores future-dated conversations', () => {
    const person = makePerson({ cadenceDays: 7, createdAt: addDays(NOW, -3).toISOString() });
    const list = attentionList([person], [makeConversation([person.id], new Date(2026, 10, 25))], [], NOW);
    expect(list[0]?.status.cadence.status).toBe('never');
  });
});

describe('allianceBreadth', () => {
  const peer = makePerson({ relationship: 'peer' });
  const manager = makePerson({ relationship: 'manager' });
  const board = makePerson({ relationship: 'board' });
  const report = makePerson({ relationship: 'report' });
  const external = makePerson({ relationship: 'external' });
  const archivedPeer = makePerson({ relationship: 'peer', archived: true });
  const people = [peer, manager, board, report, external, archivedPeer];

  it('is zero with no data', () => {
    expect(allianceBreadth({ people: [], conversations: [], checkIns: [], now: NOW })).toEqual({
      talkedTo30Days: 0,
      leanedOnLast4CheckIns: 0,
    });
  });

  it.each<[string, Conversation[], Date, number]>([
    [
      'counts distinct peers, manager and board, not reports, external or archived people',
      [
        makeConversation([peer.id, manager.id, report.id, external.id, archivedPeer.id], new Date(2026, 10, 20)),
        makeConversation([peer.id], new Date(2026, 10, 19)),
        makeConversation([board.id], new Date(2026, 10, 2)),
      ],
      NOW,
      3,
    ],
    ['ignores people it does not know', [makeConversation(['person-unknown'], new Date(2026, 10, 20))], NOW, 0],
    ['ignores future-dated conversations', [makeConversation([peer.id], new Date(2026, 10, 22))], NOW, 0],
    ['includes exactly 30 days ago', [makeConversation([peer.id], new Date(2026, 9, 22, 10, 0))], NOW, 1],
    ['excludes a minute before 30 days ago', [makeConversation([peer.id], new Date(2026, 9, 22, 9, 59))], NOW, 0],
    // 30 days before 20 March 10:00 (EDT) is 18 February 10:00 (EST): 719 real hours, not 720.
    [
      'keeps the clock time across the start of daylight saving',
      [makeConversation([peer.id], new Date(2026, 1, 18, 10, 0))],
      new Date(2026, 2, 20, 10, 0),
      1,
    ],
    [
      'a 720-hour window would include this; 30 calendar days do not',
      [makeConversation([peer.id], new Date(2026, 1, 18, 9, 30))],
      new Date(2026, 2, 20, 10, 0),
      0,
    ],
    [
      'keeps the clock time across the end of daylight saving',
      [makeConversation([peer.id], new Date(2026, 9, 16, 10, 0))],
      new Date(2026, 10, 15, 10, 0),
      1,
    ],
  ])('talked to: %s', (_name, conversations, now, expected) => {
    expect(allianceBreadth({ people, conversations, checkIns: [], now }).talkedTo30Days).toBe(expected);
  });

  it.each<[string, CheckIn[], number]>([
    ['one check-in', [makeCheckIn('2026-W47', ['p1', 'p2'], new Date(2026, 10, 20))], 2],
    [
      'distinct people over the newest four by week, whatever the order given',
      [
        makeCheckIn('2026-W44', ['p1', 'p2'], new Date(2026, 9, 30)),
        makeCheckIn('2026-W47', ['p1'], new Date(2026, 10, 20)),
        makeCheckIn('2026-W43', ['p-old'], new Date(2026, 9, 23)),
        makeCheckIn('2026-W46', ['p3', 'p2'], new Date(2026, 10, 13)),
        makeCheckIn('2026-W45', [], new Date(2026, 10, 6)),
      ],
      3,
    ],
    [
      'the four newest even with gaps between them',
      [
        makeCheckIn('2026-W47', ['p1'], new Date(2026, 10, 20)),
        makeCheckIn('2026-W30', ['p2'], new Date(2026, 6, 24)),
        makeCheckIn('2026-W12', ['p3'], new Date(2026, 2, 20)),
        makeCheckIn('2025-W52', ['p4'], new Date(2025, 11, 26)),
        makeCheckIn('2025-W40', ['p5'], new Date(2025, 9, 3)),
      ],
      4,
    ],
    [
      'ignores a check-in completed after now',
      [
        makeCheckIn('2026-W48', ['p-future'], new Date(2026, 10, 27)),
        makeCheckIn('2026-W47', ['p1'], new Date(2026, 10, 20)),
      ],
      1,
    ],
  ])('leaned on: %s', (_name, checkIns, expected) => {
    expect(allianceBreadth({ people, conversations: [], checkIns, now: NOW }).leanedOnLast4CheckIns).toBe(expected);
  });
});
