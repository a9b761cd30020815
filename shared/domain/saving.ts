import { compareNewestFirst } from './derived-data';
import type { Conversation } from './types';

// A conversation being saved is shown in the timelines at once, marked as saving, while its write
// commits (SPEC §9: visible within two frames; one strictly durable write at 100,000 notes takes
// longer). Stored results and the writes in flight are merged by these rules, kept pure so they can
// be tested apart from the database.

/** A conversation as a timeline shows it: `saving` while its write has not committed. */
export type ShownConversation = Conversation & { saving?: true };

/**
 * A conversation handed to a write: `settledAs` is null while the write runs, then the number of the
 * writes settled when this one committed (a write that failed is forgotten at once).
 */
export type ConversationInFlight = { conversation: Conversation; settledAs: number | null };

/** The stored timelines' order (newest first), applied to whole conversations. */
function newestFirst(a: Conversation, b: Conversation): number {
  return compareNewestFirst({ ...a, conversationId: a.id }, { ...b, conversationId: b.id });
}

/**
 * The newest `limit` of a stored timeline read when `readAt` writes had settled, with the conversations
 * in flight that belong to it: one still being written replaces its stored version and is marked
 * saving; one written since the read was made (the read cannot hold it yet) is shown as stored.
 */
export function withConversationsInFlight(
  stored: readonly Conversation[],
  readAt: number,
  inFlight: readonly ConversationInFlight[],
  belongs: (conversation: Conversation) => boolean,
  limit: number,
): ShownConversation[] {
  const shown = inFlight.filter(
    ({ conversation, settledAs }) => (settledAs === null || settledAs > readAt) && belongs(conversation),
  );
  if (shown.length === 0) return [...stored];
  const replaced = new Set(shown.map(({ conversation }) => conversation.id));
  const merged: ShownConversation[] = [
    ...stored.filter((conversation) => !replaced.has(conversation.id)),
    ...shown.map(({ conversation, settledAs }) =>
      settledAs === null ? { ...conversation, saving: true as const } : conversation,
    ),
  ];
  return merged.sort(newestFirst).slice(0, limit);
}
