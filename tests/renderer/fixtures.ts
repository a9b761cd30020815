import { afterEach, beforeEach, vi } from 'vitest';
import type { ConversationInput } from '@shared/domain/conversation';

/**
 * Freezes the clock at `now` for every test in the file. Only Date is faked, so Dexie and
 * fake-indexeddb keep their real timers.
 */
export function useFrozenDate(now: Date): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}

/** A minimal valid conversation with these people at this instant; override what a test is about. */
export function conversationInput(
  personIds: string[],
  occurredAt: string,
  overrides: Partial<ConversationInput> = {},
): ConversationInput {
  return {
    occurredAt,
    personIds,
    kind: 'one-on-one',
    title: '',
    notes: '',
    warmth: null,
    habits: { listened: false, plainLanguage: false, offeredHelp: false },
    tags: [],
    heard: { priorities: [], worries: [] },
    newCommitments: [],
    ...overrides,
  };
}
