import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConversationInput } from '@shared/domain/conversation';
import { emptyPersonInput } from '@shared/domain/person';
import { warmthTrend } from '@shared/domain/relationships';
import type { Conversation, Person } from '@shared/domain/types';
import {
  listCommitmentsForConversation,
  listDoneCommitmentsForPerson,
  listOpenCommitmentsForPerson,
  listOpenCommitments,
  setCommitmentDone,
} from '@renderer/db/commitments-repository';
import {
  deleteConversation,
  getConversation,
  listConversationsForPerson,
  listPersonActivity,
  listTags,
  listTimeline,
  restoreConversation,
  saveConversation,
  type TimelineFilters,
} from '@renderer/db/conversations-repository';
import { RECENT_CONVERSATIONS_KEPT } from '@shared/domain/derived-data';
import { db } from '@renderer/db/tables/schema';
import { commit, put } from '@renderer/db/tables/write';
import { addNoteItem, createPerson, getPerson, updatePerson } from '@renderer/db/people-repository';
import { ValidationError } from '@renderer/db/write-errors';
import { conversationInput, useFrozenDate } from './fixtures';

// The tests run in America/New_York (vitest.config.ts). `new Date(y, m, d, h, min)` is a local time with a
// zero-based month. Only Date is faked, so fake-indexeddb's own timers run for real.
const NOW = new Date(2026, 10, 21, 10, 0);

useFrozenDate(NOW);

afterEach(() => {
  vi.restoreAllMocks();
});

function at(month: number, day: number, hour = 10, minute = 0): string {
  return new Date(2026, month - 1, day, hour, minute).toISOString();
}

function input(personIds: string[], overrides: Partial<ConversationInput> = {}): ConversationInput {
  return conversationInput(personIds, at(11, 20), {
    kind: personIds.length > 1 ? 'group' : 'one-on-one',
    notes: 'Talked about the budget.',
    ...overrides,
  });
}

function person(name: string): Promise<Person> {
  return createPerson({ ...emptyPersonInput(), name });
}

async function everything() {
  return {
    conversations: await db.conversations.toArray(),
    commitments: await db.commitments.toArray(),
    people: await db.people.toArray(),
    personActivity: await db.personActivity.toArray(),
  };
}

const ids = (conversations: readonly Conversation[]) => conversations.map((c) => c.notes);

describe('saveConversation', () => {
  it('writes the conversation, its commitments and what was heard onto each person, linked to it', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const saved = await saveConversation(
      input([dana.id, sam.id], {
        title: '  Q3 budget  ',
        warmth: 4,
        tags: ['budget'],
        heard: { priorities: ['Close the year on plan'], worries: ['Cloud spend'] },
        newCommitments: [
          { personId: dana.id, direction: 'i-owe', text: 'Send the cost breakdown', dueOn: '2026-11-30' },
          { personId: sam.id, direction: 'they-owe', text: 'Share the headcount plan' },
        ],
      }),
    );

    expect(saved).toMatchObject({
      personIds: [dana.id, sam.id],
      kind: 'group',
      title: 'Q3 budget',
      warmth: 4,
      tags: ['budget'],
      source: 'manual',
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    });
    expect(saved.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await getConversation(saved.id)).toEqual(saved);

    const commitments = await listCommitmentsForConversation(saved.id);
    expect(commitments.map(({ personId, direction, text, dueOn }) => ({ personId, direction, text, dueOn }))).toEqual(
      expect.arrayContaining([
        { personId: dana.id, direction: 'i-owe', text: 'Send the cost breakdown', dueOn: '2026-11-30' },
        { personId: sam.id, direction: 'they-owe', text: 'Share the headcount plan', dueOn: undefined },
      ]),
    );
    expect(commitments).toHaveLength(2);
    // The stored row's index field never leaks out.
    expect(commitments[0]).not.toHaveProperty('open');
    expect((await listOpenCommitments()).map((c) => c.text).sort()).toEqual([
      'Send the cost breakdown',
      'Share the headcount plan',
    ]);

    for (const id of [dana.id, sam.id]) {
      const after = await getPerson(id);
      expect(after?.priorities).toEqual([
        { id: expect.any(String), text: 'Close the year on plan', notedOn: '2026-11-20', conversationId: saved.id },
      ]);
      expect(after?.worries).toEqual([
        { id: expect.any(String), text: 'Cloud spend', notedOn: '2026-11-20', conversationId: saved.id },
      ]);
    }
  });

  it('notes what was heard on the local day of the conversation, not the UTC day', async () => {
    const dana = await person('Dana');
    // 23:30 in New York on 20 November is already 21 November in UTC.
    await saveConversation(
      input([dana.id], { occurredAt: at(11, 20, 23, 30), heard: { priorities: ['Hiring'], worries: [] } }),
    );
    expect((await getPerson(dana.id))?.priorities[0]?.notedOn).toBe('2026-11-20');
  });

  it('refuses an invalid commitment and writes nothing at all', async () => {
    const dana = await person('Dana');
    const before = await everything();
    const attempt = saveConversation(
      input([dana.id], {
        heard: { priorities: ['Hiring'], worries: ['Churn'] },
        newCommitments: [
          { personId: dana.id, direction: 'i-owe', text: 'Send the deck' },
          { personId: dana.id, direction: 'they-owe', text: '  ' },
        ],
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { 'newCommitments.1.text': 'Write something first.' } });
    expect(await everything()).toEqual(before);
  });

  it('refuses someone who no longer exists and writes nothing at all', async () => {
    const dana = await person('Dana');
    const before = await everything();
    const attempt = saveConversation(
      input([dana.id, 'someone-deleted'], {
        heard: { priorities: ['Hiring'], worries: [] },
        newCommitments: [{ personId: dana.id, direction: 'i-owe', text: 'Send the deck' }],
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { personIds: 'Someone chosen no longer exists.' } });
    expect(await everything()).toEqual(before);
  });

  it('rolls back the conversation and its commitments when a later write in the same save fails', async () => {
    const dana = await person('Dana');
    const before = await everything();
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(new Error('The disk is full.'));
    await expect(
      saveConversation(
        input([dana.id], {
          heard: { priorities: ['Hiring'], worries: [] },
          newCommitments: [{ personId: dana.id, direction: 'i-owe', text: 'Send the deck' }],
        }),
      ),
    ).rejects.toThrow('The disk is full.');
    expect(await everything()).toEqual(before);
  });

  it('edits in place: same id, createdAt and source, new updatedAt, title and warmth can be cleared', async () => {
    const dana = await person('Dana');
    const original: Conversation = {
      id: 'imported-1',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: '2026-11-01T09:00:00.000Z',
      occurredAt: at(10, 30),
      personIds: [dana.id],
      kind: 'call',
      title: 'Weekly sync',
      notes: '',
      warmth: 2,
      tags: [],
      source: 'calendar',
      calendarUid: 'uid-123@calendar',
    };
    await commit([put('conversations', original)]);

    const edited = await saveConversation(input([dana.id], { kind: 'meal', notes: 'Lunch, in the end.' }), original.id);
    expect(edited).toEqual({
      id: 'imported-1',
      createdAt: '2026-11-01T09:00:00.000Z',
      updatedAt: NOW.toISOString(),
      occurredAt: at(11, 20),
      personIds: [dana.id],
      kind: 'meal',
      notes: 'Lunch, in the end.',
      habits: { listened: false, plainLanguage: false, offeredHelp: false },
      tags: [],
      source: 'calendar',
      calendarUid: 'uid-123@calendar',
    });
    expect(await getConversation(original.id)).toEqual(edited);
    expect(await db.conversations.count()).toBe(1);
  });

  it('keeps the commitments made earlier when a conversation is edited, and adds new ones', async () => {
    const dana = await person('Dana');
    const saved = await saveConversation(
      input([dana.id], { newCommitments: [{ personId: dana.id, direction: 'i-owe', text: 'Send the deck' }] }),
    );
    await saveConversation(
      input([dana.id], {
        newCommitments: [{ personId: dana.id, direction: 'they-owe', text: 'Intro to the auditor' }],
      }),
      saved.id,
    );
    expect((await listCommitmentsForConversation(saved.id)).map((c) => c.text).sort()).toEqual([
      'Intro to the auditor',
      'Send the deck',
    ]);
  });

  it('refuses to edit a conversation that no longer exists, and writes nothing', async () => {
    const dana = await person('Dana');
    const before = await everything();
    await expect(saveConversation(input([dana.id]), 'gone')).rejects.toThrow('This conversation no longer exists.');
    expect(await everything()).toEqual(before);
  });
});

describe('per-person activity', () => {
  async function recentIds(personId: string): Promise<string[] | undefined> {
    const rows = await listPersonActivity();
    return rows.find((row) => row.personId === personId)?.recent.map((c) => c.id);
  }

  it('keeps only the newest summaries, newest first, whatever order they were logged in', async () => {
    const dana = await person('Dana');
    const count = RECENT_CONVERSATIONS_KEPT + 3;
    const days = Array.from({ length: count }, (_, index) => index + 1);
    // Logged out of order: odd days first, then even days.
    const byDay = new Map<number, Conversation>();
    for (const day of [...days.filter((d) => d % 2 === 1), ...days.filter((d) => d % 2 === 0)]) {
      byDay.set(day, await saveConversation(input([dana.id], { occurredAt: at(10, day), warmth: (day % 5) + 1 })));
    }

    const [row] = await listPersonActivity();
    expect(row?.personId).toBe(dana.id);
    expect(row?.recent).toHaveLength(RECENT_CONVERSATIONS_KEPT);
    const newest = days.toReversed().slice(0, RECENT_CONVERSATIONS_KEPT);
    expect(row?.recent.map((c) => c.id)).toEqual(newest.map((day) => byDay.get(day)?.id));
    // A summary holds what the relationship numbers need, not the notes.
    const latest = byDay.get(count);
    expect(row?.recent[0]).toEqual({
      id: latest?.id,
      createdAt: latest?.createdAt,
      occurredAt: latest?.occurredAt,
      personIds: [dana.id],
      warmth: latest?.warmth,
    });
  });

  it('puts a group conversation in each participant’s summary', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const group = await saveConversation(input([dana.id, sam.id]));
    expect(await recentIds(dana.id)).toEqual([group.id]);
    expect(await recentIds(sam.id)).toEqual([group.id]);
  });

  it('follows edits: a new warmth, and a conversation moved from one person to another', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const older = await saveConversation(input([dana.id], { occurredAt: at(11, 1) }));
    const moved = await saveConversation(input([dana.id], { occurredAt: at(11, 10) }));

    await saveConversation(input([dana.id], { occurredAt: at(11, 10), warmth: 5 }), moved.id);
    const [row] = await listPersonActivity();
    expect(row?.recent.map((c) => [c.id, c.warmth])).toEqual([
      [moved.id, 5],
      [older.id, undefined],
    ]);

    await saveConversation(input([sam.id], { occurredAt: at(11, 10), warmth: 5 }), moved.id);
    expect(await recentIds(dana.id)).toEqual([older.id]);
    expect(await recentIds(sam.id)).toEqual([moved.id]);
  });

  it('when a conversation is edited out of the newest, the next one comes back in', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const saved: Conversation[] = [];
    for (let day = 1; day <= RECENT_CONVERSATIONS_KEPT + 1; day += 1) {
      saved.push(await saveConversation(input([dana.id], { occurredAt: at(10, day) })));
    }
    const [oldest, ...rest] = saved;
    const newest = rest.at(-1);
    if (!oldest || !newest) throw new Error('expected conversations');
    expect(await recentIds(dana.id)).not.toContain(oldest.id);

    await saveConversation(input([sam.id], { occurredAt: newest.occurredAt }), newest.id);
    expect(await recentIds(dana.id)).toEqual(
      saved
        .slice(0, -1)
        .toReversed()
        .map((c) => c.id),
    );
    expect(await recentIds(dana.id)).toContain(oldest.id);
  });

  it('follows delete and restore, and forgets someone with no conversations left', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const first = await saveConversation(input([dana.id], { occurredAt: at(11, 1) }));
    const group = await saveConversation(input([dana.id, sam.id], { occurredAt: at(11, 5) }));

    const deleted = await deleteConversation(group.id);
    expect(await recentIds(dana.id)).toEqual([first.id]);
    expect(await recentIds(sam.id)).toBeUndefined();

    await restoreConversation(deleted);
    expect(await recentIds(dana.id)).toEqual([group.id, first.id]);
    expect(await recentIds(sam.id)).toEqual([group.id]);
  });
});

describe('per-person activity and warmth', () => {
  it('keeps the newest ratings even behind a run of unrated conversations, so every screen agrees', async () => {
    const dana = await person('Dana');
    await saveConversation(input([dana.id], { occurredAt: at(9, 1), warmth: 5 }));
    await saveConversation(input([dana.id], { occurredAt: at(9, 2), warmth: 5 }));
    for (let day = 1; day <= RECENT_CONVERSATIONS_KEPT + 2; day += 1) {
      await saveConversation(input([dana.id], { occurredAt: at(10, day) }));
    }
    const [row] = await listPersonActivity();
    const summaries = row?.recent ?? [];
    const everything = await listConversationsForPerson(dana.id, 1000);
    const now = new Date();
    expect(warmthTrend(dana.id, summaries, now)).toEqual(warmthTrend(dana.id, everything, now));
    expect(warmthTrend(dana.id, summaries, now).ewma).toBe(5);
  });
});

describe('deleteConversation and restoreConversation', () => {
  it('removes the conversation, its commitments and what was heard in it, and Undo puts them back exactly', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const earlier = await addNoteItem(dana.id, 'priorities', 'Hire a controller');
    const other = await saveConversation(
      input([dana.id], {
        occurredAt: at(11, 2),
        heard: { priorities: [], worries: ['Audit findings'] },
        newCommitments: [{ personId: dana.id, direction: 'they-owe', text: 'Share the audit report' }],
      }),
    );
    const group = await saveConversation(
      input([dana.id, sam.id], {
        heard: { priorities: ['Close the year on plan'], worries: ['Cloud spend'] },
        newCommitments: [
          { personId: dana.id, direction: 'i-owe', text: 'Send the cost breakdown', dueOn: '2026-11-30' },
          { personId: sam.id, direction: 'they-owe', text: 'Share the headcount plan' },
          { personId: sam.id, direction: 'i-owe', text: 'Review the pricing page' },
        ],
      }),
    );
    const [done] = (await listCommitmentsForConversation(group.id)).filter((c) => c.text === 'Review the pricing page');
    if (!done) throw new Error('expected the commitment');
    await setCommitmentDone(done.id, true);

    const before = { danaPerson: await getPerson(dana.id), samPerson: await getPerson(sam.id) };
    const commitmentsBefore = await listCommitmentsForConversation(group.id);
    const openBefore = await listOpenCommitments();

    const deleted = await deleteConversation(group.id);
    expect(deleted.conversation).toEqual(group);
    expect(await getConversation(group.id)).toBeUndefined();
    expect(await listCommitmentsForConversation(group.id)).toEqual([]);
    expect((await listOpenCommitments()).map((c) => c.text)).toEqual(['Share the audit report']);
    const danaAfter = await getPerson(dana.id);
    expect(danaAfter?.priorities).toEqual([earlier]);
    expect(danaAfter?.worries.map((w) => w.text)).toEqual(['Audit findings']);
    expect((await getPerson(sam.id))?.priorities).toEqual([]);
    expect((await getPerson(sam.id))?.worries).toEqual([]);
    // The other conversation and what it contributed are untouched.
    expect(await getConversation(other.id)).toEqual(other);

    await restoreConversation(deleted);
    expect(await getConversation(group.id)).toEqual(group);
    const sortById = <T extends { id: string }>(items: T[]) => items.toSorted((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await listCommitmentsForConversation(group.id))).toEqual(sortById(commitmentsBefore));
    expect(sortById(await listOpenCommitments())).toEqual(sortById(openBefore));
    const danaRestored = await getPerson(dana.id);
    const samRestored = await getPerson(sam.id);
    expect(danaRestored?.priorities).toEqual(before.danaPerson?.priorities);
    expect(danaRestored?.worries).toEqual(before.danaPerson?.worries);
    expect(samRestored?.priorities).toEqual(before.samPerson?.priorities);
    expect(samRestored?.worries).toEqual(before.samPerson?.worries);
  });

  it('restores without undoing what was changed in between', async () => {
    const dana = await person('Dana');
    const saved = await saveConversation(
      input([dana.id], {
        heard: { priorities: [], worries: ['Cloud spend'] },
        newCommitments: [{ personId: dana.id, direction: 'i-owe', text: 'Send the deck' }],
      }),
    );
    const deleted = await deleteConversation(saved.id);

    await updatePerson(dana.id, { ...emptyPersonInput(), name: 'Dana Whitfield', title: 'CFO' });
    const added = await addNoteItem(dana.id, 'worries', 'Board meeting next week');
    const unrelated = await saveConversation(
      input([dana.id], {
        newCommitments: [{ personId: dana.id, direction: 'they-owe', text: 'Intro to the auditor' }],
      }),
    );

    await restoreConversation(deleted);
    const after = await getPerson(dana.id);
    expect(after).toMatchObject({ name: 'Dana Whitfield', title: 'CFO' });
    expect(after?.worries.map((w) => w.text).sort()).toEqual(['Board meeting next week', 'Cloud spend']);
    expect(after?.worries).toContainEqual(added);
    expect(await getConversation(unrelated.id)).toEqual(unrelated);
    expect((await listOpenCommitmentsForPerson(dana.id)).map((c) => c.text).sort()).toEqual([
      'Intro to the auditor',
      'Send the deck',
    ]);
  });

  it('removes what was heard even from someone the conversation was later moved away from', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const saved = await saveConversation(input([dana.id], { heard: { priorities: ['Hiring'], worries: [] } }));
    await saveConversation(input([sam.id]), saved.id);
    const heardFromDana = (await getPerson(dana.id))?.priorities;
    expect(heardFromDana?.map((p) => p.conversationId)).toEqual([saved.id]);

    const deleted = await deleteConversation(saved.id);
    expect((await getPerson(dana.id))?.priorities).toEqual([]);
    await restoreConversation(deleted);
    expect((await getPerson(dana.id))?.priorities).toEqual(heardFromDana);
  });

  it('fails clearly when the conversation is already gone', async () => {
    await expect(deleteConversation('gone')).rejects.toThrow('This conversation no longer exists.');
  });
});

describe('listTimeline', () => {
  async function seed() {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const lee = await person('Lee');
    const save = (personIds: string[], notes: string, occurredAt: string, overrides: Partial<ConversationInput> = {}) =>
      saveConversation(input(personIds, { notes, occurredAt, ...overrides }));
    await save([dana.id], 'dana-1on1', at(11, 2), { tags: ['budget'] });
    await save([dana.id, sam.id], 'group', at(11, 5), { kind: 'exec-meeting', tags: ['budget', 'hiring'] });
    await save([sam.id], 'sam-call', at(11, 8), { kind: 'call', tags: ['Hiring'] });
    await save([lee.id], 'lee-meal', at(11, 12), { kind: 'meal' });
    await save([dana.id], 'dana-late', at(11, 20, 23, 30));
    await save([dana.id], 'dana-after-midnight', at(11, 21, 0, 10));
    await save([sam.id], 'sam-first-minute', at(11, 10, 0, 0));
    await save([sam.id], 'sam-day-before', at(11, 9, 23, 59));
    return { dana, sam, lee };
  }

  it('lists newest first and stops at the limit', async () => {
    await seed();
    expect(ids(await listTimeline({}, 100))).toEqual([
      'dana-after-midnight',
      'dana-late',
      'lee-meal',
      'sam-first-minute',
      'sam-day-before',
      'sam-call',
      'group',
      'dana-1on1',
    ]);
    expect(ids(await listTimeline({}, 3))).toEqual(['dana-after-midnight', 'dana-late', 'lee-meal']);
  });

  it('orders conversations at the same moment by when they were logged, newest first', async () => {
    const dana = await person('Dana');
    await saveConversation(input([dana.id], { notes: 'logged first' }));
    vi.setSystemTime(new Date(NOW.getTime() + 60_000));
    await saveConversation(input([dana.id], { notes: 'logged second' }));
    expect(ids(await listTimeline({ personId: dana.id }, 10))).toEqual(['logged second', 'logged first']);
  });

  it('filters by person, showing a group conversation for each participant', async () => {
    const { dana, sam, lee } = await seed();
    expect(ids(await listTimeline({ personId: dana.id }, 100))).toEqual([
      'dana-after-midnight',
      'dana-late',
      'group',
      'dana-1on1',
    ]);
    expect(ids(await listTimeline({ personId: sam.id }, 100))).toEqual([
      'sam-first-minute',
      'sam-day-before',
      'sam-call',
      'group',
    ]);
    expect(ids(await listTimeline({ personId: lee.id }, 100))).toEqual(['lee-meal']);
    expect(ids(await listTimeline({ personId: dana.id }, 2))).toEqual(['dana-after-midnight', 'dana-late']);
  });

  it('filters by kind and by tag, and combines filters', async () => {
    const { dana, sam } = await seed();
    expect(ids(await listTimeline({ kind: 'call' }, 100))).toEqual(['sam-call']);
    expect(ids(await listTimeline({ kind: 'one-on-one' }, 2))).toEqual(['dana-after-midnight', 'dana-late']);
    expect(ids(await listTimeline({ tag: 'budget' }, 100))).toEqual(['group', 'dana-1on1']);
    // Tags match whatever their case: Sam's call is tagged "Hiring".
    expect(ids(await listTimeline({ tag: 'hiring' }, 100))).toEqual(['sam-call', 'group']);
    expect(ids(await listTimeline({ tag: 'nothing' }, 100))).toEqual([]);
    expect(ids(await listTimeline({ personId: sam.id, kind: 'call' }, 100))).toEqual(['sam-call']);
    expect(ids(await listTimeline({ personId: dana.id, tag: 'hiring' }, 100))).toEqual(['group']);
    expect(ids(await listTimeline({ tag: 'budget', kind: 'one-on-one' }, 100))).toEqual(['dana-1on1']);
  });

  // Both ends are local days and inclusive: 23:30 on the `to` day is in, 00:10 the day after is out, and
  // 00:00 on the `from` day is in, 23:59 the day before is out. With and without a person filter, since the
  // two read different indexes.
  it.each<[string, TimelineFilters, string[]]>([
    ['from and to', { from: '2026-11-10', to: '2026-11-20' }, ['dana-late', 'lee-meal', 'sam-first-minute']],
    ['to only', { to: '2026-11-02' }, ['dana-1on1']],
    ['from only', { from: '2026-11-21' }, ['dana-after-midnight']],
    ['a single day', { from: '2026-11-20', to: '2026-11-20' }, ['dana-late']],
    ['an empty range', { from: '2026-11-21', to: '2026-11-20' }, []],
  ])('filters by local date range: %s', async (_name, range, expected) => {
    const { dana, sam } = await seed();
    expect(ids(await listTimeline(range, 100))).toEqual(expected);
    const all = await listTimeline({}, 100);
    const theirs = (personId: string) =>
      ids(all.filter((c) => c.personIds.includes(personId) && expected.includes(c.notes)));
    expect(ids(await listTimeline({ ...range, personId: dana.id }, 100))).toEqual(theirs(dana.id));
    expect(ids(await listTimeline({ ...range, personId: sam.id }, 100))).toEqual(theirs(sam.id));
  });

  it('uses local days across the end of daylight saving', async () => {
    const dana = await person('Dana');
    // Clocks go back at 02:00 on 1 November 2026 in New York.
    await saveConversation(input([dana.id], { notes: 'before', occurredAt: at(10, 31, 23, 30) }));
    await saveConversation(input([dana.id], { notes: 'on the day', occurredAt: at(11, 1, 23, 30) }));
    await saveConversation(input([dana.id], { notes: 'after', occurredAt: at(11, 2, 0, 10) }));
    expect(ids(await listTimeline({ from: '2026-11-01', to: '2026-11-01' }, 10))).toEqual(['on the day']);
  });
});

describe('listTags', () => {
  it('lists every tag in use once, and forgets a tag when its last conversation goes', async () => {
    const dana = await person('Dana');
    expect(await listTags()).toEqual([]);
    await saveConversation(input([dana.id], { tags: ['hiring', 'budget'] }));
    const q3 = await saveConversation(input([dana.id], { tags: ['budget', 'q3'] }));
    expect(await listTags()).toEqual(['budget', 'hiring', 'q3']);
    await deleteConversation(q3.id);
    expect(await listTags()).toEqual(['budget', 'hiring']);
  });

  it('treats tags that differ only in case as one, in the list and in the filter', async () => {
    const dana = await person('Dana');
    const first = await saveConversation(input([dana.id], { occurredAt: at(11, 18), tags: ['Hiring'] }));
    const second = await saveConversation(input([dana.id], { occurredAt: at(11, 19), tags: ['hiring'] }));
    expect(await listTags()).toEqual(['Hiring']);
    for (const tag of ['hiring', 'HIRING']) {
      expect((await listTimeline({ tag }, 10)).map((c) => c.id)).toEqual([second.id, first.id]);
    }
  });
});

describe('setCommitmentDone', () => {
  it('marks a commitment done today and open again, moving it in and out of the open list', async () => {
    const dana = await person('Dana');
    const saved = await saveConversation(
      input([dana.id], {
        newCommitments: [
          { personId: dana.id, direction: 'i-owe', text: 'Send the deck', dueOn: '2026-11-18' },
          { personId: dana.id, direction: 'they-owe', text: 'Intro to the auditor' },
        ],
      }),
    );
    const [deck] = (await listCommitmentsForConversation(saved.id)).filter((c) => c.text === 'Send the deck');
    if (!deck) throw new Error('expected the commitment');

    vi.setSystemTime(new Date(2026, 10, 22, 23, 30));
    await setCommitmentDone(deck.id, true);
    const done = (await listDoneCommitmentsForPerson(dana.id)).find((c) => c.id === deck.id);
    // The local day, although it is already the 23rd in UTC.
    expect(done).toMatchObject({
      doneOn: '2026-11-22',
      dueOn: '2026-11-18',
      updatedAt: new Date(2026, 10, 22, 23, 30).toISOString(),
    });
    expect((await listOpenCommitments()).map((c) => c.text)).toEqual(['Intro to the auditor']);
    expect((await db.commitments.get(deck.id))?.open).toBe(0);

    await setCommitmentDone(deck.id, false);
    const reopened = (await listOpenCommitmentsForPerson(dana.id)).find((c) => c.id === deck.id);
    expect(reopened).not.toHaveProperty('doneOn');
    expect((await listOpenCommitments()).map((c) => c.text).sort()).toEqual(['Intro to the auditor', 'Send the deck']);
    expect((await db.commitments.get(deck.id))?.open).toBe(1);
  });

  it('fails clearly for a commitment that no longer exists', async () => {
    await expect(setCommitmentDone('gone', true)).rejects.toThrow('This commitment no longer exists.');
  });
});
