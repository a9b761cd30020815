import { describe, expect, it } from 'vitest';
import { isOverdue, sortCommitments } from '@shared/domain/commitments';
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
