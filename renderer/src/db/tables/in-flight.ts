import type { ConversationInFlight } from '@shared/domain/saving';
import type { Conversation } from '@shared/domain/types';

// The conversations handed to `commit` whose write has not settled, or settled only just: what the
// timelines show at once, before their live queries have read the write back. Kept in memory only.

/** A write of more conversations than this (an import) is not shown in flight: it has its own progress. */
const SHOWN_AT_MOST = 10;

/** How long a committed conversation stays here: far longer than any live query takes to read it back. */
const KEPT_AFTER_COMMIT_MS = 10_000;

let settledWrites = 0;
let inFlight: readonly ConversationInFlight[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly ConversationInFlight[]): void {
  inFlight = next;
  for (const listener of listeners) listener();
}

/** How many writes have settled so far: a read taken now holds every write settled before it. */
export function settledWriteCount(): number {
  return settledWrites;
}

/** The conversations in flight (the same array until it changes, as useSyncExternalStore needs). */
export function conversationsInFlight(): readonly ConversationInFlight[] {
  return inFlight;
}

export function subscribeConversationsInFlight(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Shows `conversations` in flight while a write runs, and returns what to call when it settles: a
 * committed write keeps them a while, marked with this write's number; a failed one takes them back.
 */
export function showInFlight(conversations: readonly Conversation[]): (committed: boolean) => void {
  if (conversations.length === 0 || conversations.length > SHOWN_AT_MOST) {
    return () => {
      settledWrites += 1;
    };
  }
  const entries: ConversationInFlight[] = conversations.map((conversation) => ({ conversation, settledAs: null }));
  // A conversation its repository showed before the commit (showBeforeCommit) is this write's now.
  const ids = new Set(conversations.map((conversation) => conversation.id));
  publish([...inFlight.filter((entry) => entry.settledAs !== null || !ids.has(entry.conversation.id)), ...entries]);
  return (committed) => {
    settledWrites += 1;
    const others = inFlight.filter((entry) => !entries.includes(entry));
    if (!committed) {
      publish(others);
      return;
    }
    const settled: ConversationInFlight[] = entries.map(({ conversation }) => ({
      conversation,
      settledAs: settledWrites,
    }));
    publish([...others, ...settled]);
    setTimeout(() => publish(inFlight.filter((entry) => !settled.includes(entry))), KEPT_AFTER_COMMIT_MS);
  };
}

/**
 * Shows `conversation` in flight before its write is put together, for a repository that knows the whole
 * record before it reads anything: the commit that writes it takes it over. Returns what takes it back
 * when no commit did (a save refused before it wrote anything); after a commit it does nothing.
 */
export function showBeforeCommit(conversation: Conversation): () => void {
  const entry: ConversationInFlight = { conversation, settledAs: null };
  publish([...inFlight, entry]);
  return () => {
    if (inFlight.includes(entry)) publish(inFlight.filter((shown) => shown !== entry));
  };
}
