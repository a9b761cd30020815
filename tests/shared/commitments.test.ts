import { describe, expect, it } from 'vitest';
import { dueInWords, isOverdue, sortCommitments } from '@shared/domain/commitments';
import type { Commitment } from '@shared/domain/types';

function commitment(text: string, fields: Partial<Commitment> = {}): Commitment {
  return {
    id: text,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    personId: 'p',
    direction: 'i-owe',
    text,
    ...fields,
  };
}

describe('isOverdue', () => {
  it.each([
    [{ dueOn: '2026-11-20' }, true],
    [{ dueOn: '2026-11-21' }, false],
    [{ dueOn: '2026-11-22' }, false],
    [{}, false],
    [{ dueOn: '2026-11-01', doneOn: '2026-11-02' }, false],
  ])('%j on 2026-11-21 → %s', (fields, expected) => {
    expect(isOverdue(commitment('x', fields), '2026-11-21')).toBe(expected);
  });
});

describe('sortCommitments', () => {
  it('puts overdue first, then by due date, undated, and done last', () => {
    const sorted = sortCommitments(
      [
        commitment('done early', { doneOn: '2026-11-02' }),
        commitment('undated'),
        commitment('due next week', { dueOn: '2026-11-28' }),
        commitment('overdue recent', { dueOn: '2026-11-20' }),
        commitment('done late', { doneOn: '2026-11-19' }),
        commitment('overdue old', { dueOn: '2026-10-01' }),
        commitment('due today', { dueOn: '2026-11-21' }),
      ],
      '2026-11-21',
    );
    expect(sorted.map((c) => c.text)).toEqual([
      'overdue old',
      'overdue recent',
      'due today',
      'due next week',
      'undated',
      'done late',
      'done early',
    ]);
  });

  it('keeps the input untouched', () => {
    const input = [commitment('b', { dueOn: '2026-12-01' }), commitment('a', { dueOn: '2026-11-01' })];
    sortCommitments(input, '2026-11-21');
    expect(input.map((c) => c.text)).toEqual(['b', 'a']);
  });
});

describe('dueInWords', () => {
  it.each([
    ['2026-11-20', 'due today'],
    ['2026-11-21', 'due tomorrow'],
    ['2026-11-23', 'due in 3 days'],
    ['2026-12-04', 'due in 14 days'],
    ['2026-12-05', 'due 5 Dec 2026'],
    ['2026-11-19', '1 day late'],
    ['2026-11-18', '2 days late'],
    ['2025-11-20', '365 days late'],
  ])('says %s as "%s" on 2026-11-20', (dueOn, words) => {
    expect(dueInWords(dueOn, '2026-11-20')).toBe(words);
  });

  it('counts calendar days across the end of daylight saving', () => {
    expect(dueInWords('2026-11-02', '2026-10-31')).toBe('due in 2 days');
  });
});
