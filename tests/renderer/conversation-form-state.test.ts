import { describe, expect, it } from 'vitest';
import { emptyConversationForm, newCommitmentRow, withPeople } from '@renderer/features/log/conversation-form-state';

describe('withPeople', () => {
  const form = {
    ...emptyConversationForm(new Date(2026, 10, 21, 10, 0), ['ana', 'bo']),
    commitments: [newCommitmentRow('i-owe', 'ana'), newCommitmentRow('they-owe', 'bo')],
  };

  it('moves a commitment with someone removed to the first person left', () => {
    const next = withPeople(form, ['bo']);
    expect(next.personIds).toEqual(['bo']);
    expect(next.commitments.map((row) => row.personId)).toEqual(['bo', 'bo']);
  });

  it('leaves commitments with people still there alone', () => {
    expect(withPeople(form, ['ana', 'bo', 'cy']).commitments.map((row) => row.personId)).toEqual(['ana', 'bo']);
  });

  it('leaves no one to hold a commitment when everyone is removed', () => {
    expect(withPeople(form, []).commitments.map((row) => row.personId)).toEqual(['', '']);
  });
});
