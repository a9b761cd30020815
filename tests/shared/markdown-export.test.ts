import { describe, expect, it } from 'vitest';
import { conversationsAsMarkdown, conversationsMarkdownPieces, escapeInline } from '@shared/domain/markdown-export';
import type { Commitment, Conversation } from '@shared/domain/types';

const AT = '2026-11-20T09:30:00.000Z';

function conversation(id: string, occurredAt: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    createdAt: AT,
    updatedAt: AT,
    occurredAt,
    personIds: ['p-dana'],
    kind: 'one-on-one',
    notes: 'Talked budgets.',
    tags: [],
    source: 'manual',
    ...overrides,
  };
}

const promise: Commitment = {
  id: 'k-1',
  createdAt: AT,
  updatedAt: AT,
  personId: 'p-dana',
  conversationId: 'c-new',
  direction: 'i-owe',
  text: 'Send the *draft* plan',
  dueOn: '2026-12-04',
};

const people = [{ id: 'p-dana', name: 'Dana [CFO]' }];

describe('the Markdown export of conversations', () => {
  const markdown = conversationsAsMarkdown(
    {
      people,
      conversations: [
        conversation('c-old', '2026-11-01T09:00:00.000Z', { notes: '' }),
        conversation('c-new', '2026-11-19T15:00:00.000Z', {
          title: 'Q1 <plan>',
          warmth: 4,
          tags: ['budget', 'q1'],
          notes: '- first point\n- **second** point',
        }),
      ],
      commitments: [promise, { ...promise, id: 'k-2', direction: 'they-owe', text: 'Numbers', doneOn: '2026-11-22' }],
    },
    new Date(2026, 11, 2, 10, 30),
  );

  it('lists conversations newest first under a heading each, with who, title, warmth and tags', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toHaveLength(2);
    expect(headings[0]).toMatch(/^## 2026-11-19 \d\d:\d\d, 1:1 with Dana \\\[CFO\\\]: Q1 \\<plan\\>$/);
    expect(headings[1]).toMatch(/^## 2026-11-01 /);
    expect(markdown).toContain('Warmth: 4 of 5 · Tags: budget, q1');
    expect(markdown.startsWith('# Upstream: conversations\n\nExported 2 December 2026, 10:30. 2 conversations')).toBe(
      true,
    );
  });

  it('keeps notes as typed, says when there are none, and lists the promises made in each', () => {
    expect(markdown).toContain('- first point\n- **second** point');
    expect(markdown).toContain('_No notes._');
    expect(markdown).toContain('- [ ] I owe Dana \\[CFO\\]: Send the \\*draft\\* plan, due 2026-12-04');
    expect(markdown).toContain('- [x] Dana \\[CFO\\] owes me: Numbers, due 2026-12-04, done 2026-11-22');
  });

  it('is the same document written a conversation at a time', () => {
    const source = {
      people,
      conversations: [conversation('a', AT), conversation('b', AT, { notes: '' })],
      commitments: [],
    };
    const exportedAt = new Date(2026, 11, 2, 10, 30);
    const pieces = [...conversationsMarkdownPieces(source, exportedAt, 1)];
    expect(pieces).toHaveLength(4);
    expect(pieces.join('')).toBe(conversationsAsMarkdown(source, exportedAt));
  });

  it('lays the document out as headings, a blank line between blocks, and a final line break', () => {
    const text = conversationsAsMarkdown(
      { people, conversations: [conversation('c', '2026-11-20T15:00:00.000Z')], commitments: [] },
      new Date(2026, 11, 2, 10, 30),
    );
    expect(text.replace(/\d\d:\d\d,/, 'HH:MM,')).toBe(
      '# Upstream: conversations\n\nExported 2 December 2026, 10:30. 1 conversation.\n\n' +
        '## 2026-11-20 HH:MM, 1:1 with Dana \\[CFO\\]\n\nTalked budgets.\n',
    );
  });

  it('names a person no longer in the journal instead of failing', () => {
    const text = conversationsAsMarkdown(
      { people: [], conversations: [conversation('c', AT)], commitments: [] },
      new Date(2026, 11, 2),
    );
    expect(text).toContain('1:1 with someone no longer in the journal');
  });

  it('escapes what would make links, headings or HTML, and folds line breaks in one-line values', () => {
    expect(escapeInline('# <b>[x](y)</b>\nnext')).toBe('\\# \\<b\\>\\[x\\](y)\\</b\\> next');
  });
});
