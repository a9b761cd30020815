import { describe, expect, it } from 'vitest';
import { withConversationsInFlight, type ConversationInFlight } from '@shared/domain/saving';
import type { Conversation } from '@shared/domain/types';

const conversation = (id: string, occurredAt: string, personIds = ['p-dana']): Conversation => ({
  id,
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  occurredAt,
  personIds,
  kind: 'one-on-one',
  notes: `Notes ${id}`,
  habits: { listened: false, plainLanguage: false, offeredHelp: false },
  tags: [],
  source: 'manual',
});

const stored = [
  conversation('c-3', '2026-11-20T15:00:00.000Z'),
  conversation('c-2', '2026-11-19T15:00:00.000Z'),
  conversation('c-1', '2026-11-18T15:00:00.000Z'),
];
const withDana = (candidate: Conversation) => candidate.personIds.includes('p-dana');
const ids = (shown: readonly Conversation[]) => shown.map((candidate) => candidate.id);

describe('conversations in flight in a timeline', () => {
  it('shows one being written in its place, newest first, marked saving, within the limit', () => {
    const saving: ConversationInFlight = {
      conversation: conversation('c-new', '2026-11-19T18:00:00.000Z'),
      settledAs: null,
    };
    const shown = withConversationsInFlight(stored, 4, [saving], withDana, 3);
    expect(ids(shown)).toEqual(['c-3', 'c-new', 'c-2']);
    expect(shown[1]?.saving).toBe(true);
    expect(shown[0]?.saving).toBeUndefined();
  });

  it('shows an edit being written instead of the stored version, once', () => {
    const edited = { ...conversation('c-2', '2026-11-21T08:00:00.000Z'), notes: 'Edited' };
    const shown = withConversationsInFlight(stored, 4, [{ conversation: edited, settledAs: null }], withDana, 10);
    expect(ids(shown)).toEqual(['c-2', 'c-3', 'c-1']);
    expect(shown[0]?.notes).toBe('Edited');
  });

  it('keeps a committed one only while the stored read predates its commit, and no longer marked saving', () => {
    const committed: ConversationInFlight = {
      conversation: conversation('c-new', '2026-11-21T08:00:00.000Z'),
      settledAs: 5,
    };
    const readBefore = withConversationsInFlight(stored, 4, [committed], withDana, 10);
    expect(ids(readBefore)).toEqual(['c-new', 'c-3', 'c-2', 'c-1']);
    expect(readBefore[0]?.saving).toBeUndefined();
    // A read taken once it had committed holds it, or holds its deletion since: the stored read decides.
    expect(ids(withConversationsInFlight(stored, 5, [committed], withDana, 10))).toEqual(['c-3', 'c-2', 'c-1']);
  });

  it('leaves out what the timeline does not show, and leaves the stored read as it is without any', () => {
    const sams: ConversationInFlight = {
      conversation: conversation('c-sam', '2026-11-21T08:00:00.000Z', ['p-sam']),
      settledAs: null,
    };
    expect(ids(withConversationsInFlight(stored, 4, [sams], withDana, 10))).toEqual(['c-3', 'c-2', 'c-1']);
    expect(withConversationsInFlight(stored, 4, [], withDana, 2)).toEqual(stored);
  });
});
