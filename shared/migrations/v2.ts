import { tagKeysOf } from '../domain/derived-data';
import type { Conversation } from '../domain/types';

// Schema v2 (the storage seam): the row transforms of the upgrade from v1, as pure functions so the
// upgrade's test can compare them with what the database holds afterwards. The derived tables v2
// adds are filled by `deriveAll` (shared/domain/derived-data.ts), the same function the app's
// `rebuildDerivedData` uses.

/** A conversation as stored from v2 on: its tags also as index keys, which stay plain when the tags are encrypted. */
export type ConversationRowV2 = Conversation & { tagKeys: string[] };

export function conversationRowV2(row: Conversation): ConversationRowV2 {
  return { ...row, tagKeys: tagKeysOf(row.tags) };
}
