import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { conversationInputSchema, unlikelyConversationTime } from '@shared/domain/conversation';
import { emptyPersonInput, validatePersonInput } from '@shared/domain/person';
import { cleanText } from '@shared/domain/text';
import { conversationInput } from '../renderer/fixtures';

describe('cleanText', () => {
  it('composes to NFC, so one name typed two ways is one name', () => {
    expect(cleanText('Rene\u0301e')).toBe('Renée');
    expect(cleanText('Rene\u0301e')).toBe(cleanText('Ren\u00e9e'));
  });

  it.each([
    ['zero-width spaces', 'Da\u200Bna', 'Dana'],
    ['a byte order mark', '\uFEFFDana', 'Dana'],
    ['a right-to-left override', 'Dana \u202Egnp.exe', 'Dana gnp.exe'],
    ['bidi isolates and marks', '\u2066Dana\u2069\u200E', 'Dana'],
    ['a word joiner', 'Da\u2060na', 'Dana'],
  ])('drops %s', (_what, typed, stored) => {
    expect(cleanText(typed)).toBe(stored);
  });

  it('keeps the joiners words and emoji need', () => {
    expect(cleanText('👩\u200D💻')).toBe('👩\u200D💻');
    expect(cleanText('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  test.prop([fc.string({ unit: 'binary' })])('is idempotent', (text) => {
    expect(cleanText(cleanText(text))).toBe(cleanText(text));
  });
});

describe('names', () => {
  it.each([
    ['zero-width spaces only', '\u200B\u200B', 'A name is required.'],
    ['joiners only', '\u200D\u200C', 'A name needs at least one letter or digit.'],
    ['punctuation only', '…', 'A name needs at least one letter or digit.'],
  ])('refuses %s with a message', (_what, name, message) => {
    const result = validatePersonInput({ ...emptyPersonInput(), name });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.name).toBe(message);
  });

  it('stores names in any script, cleaned', () => {
    const result = validatePersonInput({ ...emptyPersonInput(), name: ' 山田\u200B太郎 ' });
    expect(result.ok && result.value.name).toBe('山田太郎');
  });
});

describe('dates that are probably typos', () => {
  const now = new Date('2026-11-20T10:00:00.000Z');
  it.each([
    ['now', '2026-11-20T10:00:00.000Z', null],
    ['24 hours ahead', '2026-11-21T10:00:00.000Z', null],
    ['a minute more than a day ahead', '2026-11-21T10:01:00.000Z', 'future'],
    ['2062', '2062-03-09T10:00:00.000Z', 'future'],
    ['the first instant of 1970', '1970-01-01T00:00:00.000Z', null],
    ['1969', '1969-12-31T23:59:59.000Z', 'too-early'],
    ['1900', '1900-01-01T00:00:00.000Z', 'too-early'],
  ])('a conversation at %s: %s', (_what, at, verdict) => {
    expect(unlikelyConversationTime(at, now)).toBe(verdict);
  });

  it.each(['1969-12-31', '2100-01-01', '0226-11-30'])('refuses a due date of %s with a message', (dueOn) => {
    const parsed = conversationInputSchema.safeParse(
      conversationInput(['p'], '2026-11-20T10:00:00.000Z', {
        newCommitments: [{ personId: 'p', direction: 'i-owe', text: 'Send it', dueOn }],
      }),
    );
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Choose a due date between 1970 and 2099.');
  });
});
