import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_NOTES_MAX,
  CONVERSATION_TITLE_MAX,
  TAG_MAX,
  conversationInputSchema,
  parseLines,
  parseTags,
  type ConversationInput,
} from '@shared/domain/conversation';
import { issuesByPath } from '@shared/domain/field-errors';
import { warmthHistory, type ConversationSummary, type WarmthPoint } from '@shared/domain/relationships';

const DANA = 'person-dana';
const SAM = 'person-sam';

function input(overrides: Partial<ConversationInput> = {}): ConversationInput {
  return {
    occurredAt: '2026-11-21T14:30:00.000Z',
    personIds: [DANA],
    kind: 'one-on-one',
    title: 'Q3 budget',
    notes: 'She worries about cloud spend.',
    warmth: 4,
    habits: { listened: true, plainLanguage: false, offeredHelp: true },
    tags: ['budget'],
    heard: { priorities: ['Close the year on plan'], worries: ['Cloud spend'] },
    newCommitments: [{ personId: DANA, direction: 'i-owe', text: 'Send the cost breakdown', dueOn: '2026-11-30' }],
    ...overrides,
  };
}

/** The messages of a parse that must fail, by dotted path. */
function errorsOf(value: unknown): Record<string, string> {
  const parsed = conversationInputSchema.safeParse(value);
  if (parsed.success) throw new Error('expected the input to be refused');
  return issuesByPath(parsed.error.issues);
}

describe('conversationInputSchema', () => {
  it('accepts a complete conversation and gives it back as typed', () => {
    expect(conversationInputSchema.parse(input())).toEqual(input());
  });

  it('accepts the smallest conversation: one person, nothing else', () => {
    const smallest = input({
      title: '',
      notes: '',
      warmth: null,
      tags: [],
      heard: { priorities: [], worries: [] },
      newCommitments: [],
    });
    expect(conversationInputSchema.parse(smallest)).toEqual(smallest);
  });

  it('accepts a group conversation with commitments to each person', () => {
    const group = input({
      personIds: [DANA, SAM],
      kind: 'group',
      newCommitments: [
        { personId: DANA, direction: 'i-owe', text: 'Send the cost breakdown' },
        { personId: SAM, direction: 'they-owe', text: 'Share the headcount plan' },
      ],
    });
    expect(conversationInputSchema.safeParse(group).success).toBe(true);
  });

  it('trims the title and the text of commitments and what was heard', () => {
    const parsed = conversationInputSchema.parse(
      input({
        title: '  Q3 budget  ',
        heard: { priorities: ['  Close the year  '], worries: [] },
        newCommitments: [{ personId: DANA, direction: 'i-owe', text: '  Send it  ' }],
      }),
    );
    expect(parsed.title).toBe('Q3 budget');
    expect(parsed.heard.priorities).toEqual(['Close the year']);
    expect(parsed.newCommitments[0]?.text).toBe('Send it');
  });

  it('keeps HTML in notes and title as the characters typed', () => {
    const notes = '<script>alert(1)</script> <img src=x onerror=alert(2)> **bold**';
    const parsed = conversationInputSchema.parse(input({ notes, title: '<b>Budget</b>' }));
    expect(parsed.notes).toBe(notes);
    expect(parsed.title).toBe('<b>Budget</b>');
  });

  it.each<[string, Partial<ConversationInput>, Record<string, string>]>([
    ['no people', { personIds: [], newCommitments: [] }, { personIds: 'Choose at least one person.' }],
    [
      'a commitment with someone not in the conversation',
      {
        personIds: [DANA],
        newCommitments: [
          { personId: DANA, direction: 'i-owe', text: 'Send the cost breakdown' },
          { personId: SAM, direction: 'they-owe', text: 'Share the headcount plan' },
        ],
      },
      { 'newCommitments.1.personId': 'A commitment must be with someone in this conversation.' },
    ],
    [
      'a commitment with no one',
      { newCommitments: [{ personId: '', direction: 'i-owe', text: 'Send it' }] },
      { 'newCommitments.0.personId': 'Choose who this commitment is with.' },
    ],
    [
      'a commitment with no text',
      { newCommitments: [{ personId: DANA, direction: 'i-owe', text: '   ' }] },
      { 'newCommitments.0.text': 'Write something first.' },
    ],
    [
      'a commitment with a bad due date',
      { newCommitments: [{ personId: DANA, direction: 'i-owe', text: 'Send it', dueOn: '30/11/2026' }] },
      { 'newCommitments.0.dueOn': 'Use a date like 2026-11-30.' },
    ],
    ['warmth 0', { warmth: 0 }, { warmth: 'Warmth is 1 to 5.' }],
    ['warmth 6', { warmth: 6 }, { warmth: 'Warmth is 1 to 5.' }],
    ['a date that is not an instant', { occurredAt: '2026-11-21' }, { occurredAt: 'Choose when it happened.' }],
    ['an empty date', { occurredAt: '' }, { occurredAt: 'Choose when it happened.' }],
    ['garbage for a date', { occurredAt: 'yesterday' }, { occurredAt: 'Choose when it happened.' }],
    [
      'a title one character too long',
      { title: 'x'.repeat(CONVERSATION_TITLE_MAX + 1) },
      { title: `A title can be at most ${CONVERSATION_TITLE_MAX} characters.` },
    ],
    [
      'notes one character too long',
      { notes: 'x'.repeat(CONVERSATION_NOTES_MAX + 1) },
      { notes: 'Notes can be at most 100,000 characters.' },
    ],
    [
      'a tag one character too long',
      { tags: ['ok', 'x'.repeat(TAG_MAX + 1)] },
      { 'tags.1': `A tag can be at most ${TAG_MAX} characters.` },
    ],
    [
      'a blank line heard',
      { heard: { priorities: ['ok'], worries: [' '] } },
      { 'heard.worries.0': 'Write something first.' },
    ],
  ])('refuses %s, with the message at its path', (_name, overrides, expected) => {
    expect(errorsOf(input(overrides))).toEqual(expected);
  });

  it('accepts a title of exactly the maximum, after trimming', () => {
    const title = `  ${'x'.repeat(CONVERSATION_TITLE_MAX)}  `;
    expect(conversationInputSchema.safeParse(input({ title })).success).toBe(true);
  });

  it('refuses a non-integer warmth and a kind it does not know', () => {
    expect(errorsOf(input({ warmth: 2.5 }))).toHaveProperty('warmth');
    expect(errorsOf({ ...input(), kind: 'party' })).toEqual({ kind: 'Choose a kind of conversation.' });
  });
});

describe('parseTags', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['budget', ['budget']],
    ['budget, hiring,q3', ['budget', 'hiring', 'q3']],
    ['#budget, ##hiring, # q3', ['budget', 'hiring', 'q3']],
    ['Budget, budget, BUDGET, #budget', ['Budget']],
    [' , ,, #, budget ,  ', ['budget']],
    ['cloud costs, c#', ['cloud costs', 'c#']],
  ])('%j → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});

describe('parseLines', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['Close the year on plan', ['Close the year on plan']],
    ['- one\n* two\n• three\n  - four  ', ['one', 'two', 'three', 'four']],
    ['one\n\n   \n\ttwo\n', ['one', 'two']],
    ['-\n*\n• ', []],
    // A minus sign or emphasis that is part of the text is not a bullet.
    ['-20% budget next year', ['-20% budget next year']],
    ['*Really* worried about churn', ['*Really* worried about churn']],
    ['- -20% budget', ['-20% budget']],
    ['one\r\ntwo', ['one', 'two']],
  ])('%j → %j', (text, lines) => {
    expect(parseLines(text)).toEqual(lines);
  });
});

describe('issuesByPath', () => {
  it('joins paths with dots and keeps the first message for each', () => {
    expect(
      issuesByPath([
        { path: ['personIds'], message: 'Choose at least one person.' },
        { path: ['newCommitments', 0, 'text'], message: 'Write something first.' },
        { path: ['newCommitments', 0, 'text'], message: 'A second message for the same field.' },
        { path: ['heard', 'worries', 2], message: 'At most 500 characters.' },
        { path: [], message: 'The whole form.' },
      ]),
    ).toEqual({
      personIds: 'Choose at least one person.',
      'newCommitments.0.text': 'Write something first.',
      'heard.worries.2': 'At most 500 characters.',
      '': 'The whole form.',
    });
  });

  it('gives nothing for no issues', () => {
    expect(issuesByPath([])).toEqual({});
  });
});

describe('warmthHistory', () => {
  const NOW = new Date('2026-11-21T15:00:00.000Z');
  let sequence = 0;
  function summary(
    occurredAt: string,
    warmth: number | undefined,
    personIds: string[] = [DANA],
    createdAt = '2026-01-01T00:00:00.000Z',
  ): ConversationSummary {
    sequence += 1;
    return {
      id: `c-${String(sequence).padStart(3, '0')}`,
      createdAt,
      occurredAt,
      personIds,
      ...(warmth === undefined ? {} : { warmth }),
    };
  }
  const point = (occurredAt: string, warmth: number, ewma: number): WarmthPoint => ({ occurredAt, warmth, ewma });

  it.each<[string, ConversationSummary[], WarmthPoint[]]>([
    ['no conversations', [], []],
    ['only unrated conversations', [summary('2026-11-01T10:00:00.000Z', undefined)], []],
    ['one rating is its own mean', [summary('2026-11-01T10:00:00.000Z', 3)], [point('2026-11-01T10:00:00.000Z', 3, 3)]],
    [
      // 4 → ½·2 + ½·4 = 3 → ½·5 + ½·3 = 4 → ½·1 + ½·4 = 2.5
      'a running mean in which each new rating counts for half',
      [
        summary('2026-11-01T10:00:00.000Z', 4),
        summary('2026-11-05T10:00:00.000Z', 2),
        summary('2026-11-10T10:00:00.000Z', 5),
        summary('2026-11-15T10:00:00.000Z', 1),
      ],
      [
        point('2026-11-01T10:00:00.000Z', 4, 4),
        point('2026-11-05T10:00:00.000Z', 2, 3),
        point('2026-11-10T10:00:00.000Z', 5, 4),
        point('2026-11-15T10:00:00.000Z', 1, 2.5),
      ],
    ],
    [
      'oldest first whatever the order given',
      [summary('2026-11-10T10:00:00.000Z', 5), summary('2026-11-01T10:00:00.000Z', 1)],
      [point('2026-11-01T10:00:00.000Z', 1, 1), point('2026-11-10T10:00:00.000Z', 5, 3)],
    ],
    [
      // The one at "now" counts; one a millisecond later does not.
      'future-dated ratings are ignored',
      [
        summary('2026-11-01T10:00:00.000Z', 2),
        summary('2026-11-21T15:00:00.000Z', 4),
        summary('2026-11-21T15:00:00.001Z', 1),
        summary('2027-01-01T10:00:00.000Z', 5),
      ],
      [point('2026-11-01T10:00:00.000Z', 2, 2), point('2026-11-21T15:00:00.000Z', 4, 3)],
    ],
    [
      'other people’s conversations are ignored, a group conversation counts',
      [
        summary('2026-11-01T10:00:00.000Z', 2),
        summary('2026-11-02T10:00:00.000Z', 5, [SAM]),
        summary('2026-11-03T10:00:00.000Z', 4, [SAM, DANA]),
      ],
      [point('2026-11-01T10:00:00.000Z', 2, 2), point('2026-11-03T10:00:00.000Z', 4, 3)],
    ],
    [
      'unrated and out-of-range ratings are skipped, not counted as zero',
      [
        summary('2026-11-01T10:00:00.000Z', 4),
        summary('2026-11-02T10:00:00.000Z', undefined),
        summary('2026-11-03T10:00:00.000Z', 0),
        summary('2026-11-04T10:00:00.000Z', 9),
        summary('2026-11-05T10:00:00.000Z', Number.NaN),
        summary('2026-11-06T10:00:00.000Z', 2),
      ],
      [point('2026-11-01T10:00:00.000Z', 4, 4), point('2026-11-06T10:00:00.000Z', 2, 3)],
    ],
    [
      'an unparseable instant is left out',
      [summary('not a date', 1), summary('2026-11-01T10:00:00.000Z', 3)],
      [point('2026-11-01T10:00:00.000Z', 3, 3)],
    ],
    [
      // Same instant: the one created first is taken as older, so 1 then 5 → 1, 3.
      'ties on the instant are ordered by creation',
      [
        summary('2026-11-01T10:00:00.000Z', 5, [DANA], '2026-11-01T11:00:00.000Z'),
        summary('2026-11-01T10:00:00.000Z', 1, [DANA], '2026-11-01T10:30:00.000Z'),
      ],
      [point('2026-11-01T10:00:00.000Z', 1, 1), point('2026-11-01T10:00:00.000Z', 5, 3)],
    ],
  ])('%s', (_name, conversations, expected) => {
    expect(warmthHistory(DANA, conversations, NOW)).toEqual(expected);
  });
});
