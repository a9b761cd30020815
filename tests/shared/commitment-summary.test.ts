import { describe, expect, it } from 'vitest';
import { attentionList, attentionListWithOverdue } from '@shared/domain/alliance';
import {
  overdueIOweCountOf,
  summarizeAllOpenCommitments,
  summarizeOpenCommitments,
} from '@shared/domain/commitment-summary';
import { overdueIOweCount } from '@shared/domain/relationships';
import type { Commitment } from '@shared/domain/types';
import { makeCommitment, makeConversation, makePerson, ratedConversations } from './relationship-factories';

const dana = makePerson({ name: 'Dana', influence: 5 });
const sam = makePerson({ name: 'Sam', influence: 2 });

const commitments: Commitment[] = [
  makeCommitment(dana.id, { dueOn: '2026-11-19' }),
  makeCommitment(dana.id, { dueOn: '2026-11-02' }),
  makeCommitment(dana.id, { dueOn: '2026-11-20' }),
  makeCommitment(dana.id, { dueOn: '2026-11-25' }),
  makeCommitment(dana.id, {}),
  makeCommitment(dana.id, { dueOn: '2026-10-01', doneOn: '2026-10-02' }),
  makeCommitment(dana.id, { dueOn: '2026-10-01', direction: 'they-owe' }),
  makeCommitment(sam.id, { dueOn: '2026-11-01' }),
];

describe('summarizeOpenCommitments', () => {
  it('keeps the due dates of the open dated i-owe commitments, earliest first', () => {
    expect(summarizeOpenCommitments(dana.id, commitments)).toEqual({
      personId: dana.id,
      iOweDueDates: ['2026-11-02', '2026-11-19', '2026-11-20', '2026-11-25'],
    });
  });

  it('gives no summary to a person owed nothing dated', () => {
    expect(summarizeOpenCommitments(dana.id, [makeCommitment(dana.id, {})])).toBeUndefined();
    expect(summarizeOpenCommitments('nobody', commitments)).toBeUndefined();
  });

  it('summarises everyone at once, by person id', () => {
    expect(summarizeAllOpenCommitments(commitments)).toEqual(
      [dana.id, sam.id].sort().map((id) => summarizeOpenCommitments(id, commitments)),
    );
  });
});

describe('overdueIOweCountOf', () => {
  it.each(['2026-10-01', '2026-11-02', '2026-11-03', '2026-11-20', '2026-11-21', '2026-12-31'])(
    'counts as overdueIOweCount does on %s',
    (today) => {
      for (const person of [dana, sam]) {
        expect(overdueIOweCountOf(summarizeOpenCommitments(person.id, commitments), today)).toBe(
          overdueIOweCount(person.id, commitments, today),
        );
      }
    },
  );

  it('is 0 without a summary', () => {
    expect(overdueIOweCountOf(undefined, '2026-11-21')).toBe(0);
  });
});

describe('attentionListWithOverdue', () => {
  it('orders and scores as attentionList does, from the summaries', () => {
    const now = new Date(2026, 10, 21, 10);
    const conversations = [
      ...ratedConversations(dana.id, [2, 3]),
      ...ratedConversations(sam.id, [5]),
      makeConversation([dana.id, sam.id], new Date(2026, 10, 1, 10), { warmth: 4 }),
    ];
    const summaries = new Map(summarizeAllOpenCommitments(commitments).map((s) => [s.personId, s]));
    expect(
      attentionListWithOverdue(
        [dana, sam],
        conversations,
        (personId) => overdueIOweCountOf(summaries.get(personId), '2026-11-21'),
        now,
      ),
    ).toEqual(attentionList([dana, sam], conversations, commitments, now));
  });
});
