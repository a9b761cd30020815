import Dexie from 'dexie';
import { dueKeyOf } from '@shared/domain/commitments';
import { tagKeysOf, type TagCount } from '@shared/domain/derived-data';
import type {
  CheckIn,
  Commitment,
  Conversation,
  Draft,
  Person,
  Settings,
  StanceChange,
  StrategyMoment,
} from '@shared/domain/types';
import type { CommitmentRow, ConversationRow, JournalTableName } from './schema';

// One encode/decode point per table: every record passes through its codec on the way into and
// out of IndexedDB. Today they only add and strip index fields; encryption at rest (SPEC §7) will
// encrypt the free-text fields here. Codecs are asynchronous because WebCrypto is, and they never
// run inside a Dexie transaction: IndexedDB commits a transaction as soon as it waits on anything
// else, so the table layer encodes before it opens a transaction and decodes after it closes.

export type Codec<TRecord, TRow> = {
  encode(record: TRecord): Promise<TRow>;
  decode(row: TRow): Promise<TRecord>;
};

/** Thrown when a codec is called inside a transaction: a bug in the table layer, caught by tests. */
export class CodecInTransactionError extends Error {
  constructor() {
    super('A codec ran inside a database transaction; encode before and decode after it.');
    this.name = 'CodecInTransactionError';
  }
}

function outsideTransactions<TRecord, TRow>(codec: {
  encode(record: TRecord): TRow;
  decode(row: TRow): TRecord;
}): Codec<TRecord, TRow> {
  const check = () => {
    if (Dexie.currentTransaction) throw new CodecInTransactionError();
  };
  // Promise.resolve rather than an async function: inside a live query, Dexie keeps observing
  // reads made after a promise created this way (dexie-react-hooks, "Rules for the querier").
  return {
    encode: (record) => {
      check();
      return Promise.resolve(codec.encode(record));
    },
    decode: (row) => {
      check();
      return Promise.resolve(codec.decode(row));
    },
  };
}

export function identity<T>(): Codec<T, T> {
  return outsideTransactions<T, T>({ encode: (record) => record, decode: (row) => row });
}

export const conversationCodec = outsideTransactions<Conversation, ConversationRow>({
  encode: (conversation) => ({ ...conversation, tagKeys: tagKeysOf(conversation.tags) }),
  decode: ({ tagKeys: _tagKeys, ...conversation }) => conversation,
});

export const commitmentCodec = outsideTransactions<Commitment, CommitmentRow>({
  encode: (commitment) => ({ ...commitment, open: commitment.doneOn ? 0 : 1, dueKey: dueKeyOf(commitment) }),
  decode: ({ open: _open, dueKey: _dueKey, ...commitment }) => commitment,
});

export type RecordOf = {
  people: Person;
  stanceChanges: StanceChange;
  conversations: Conversation;
  commitments: Commitment;
  checkIns: CheckIn;
  strategyMoments: StrategyMoment;
  settings: Settings;
};

export type RowOf = Omit<RecordOf, 'conversations' | 'commitments'> & {
  conversations: ConversationRow;
  commitments: CommitmentRow;
};

export const CODECS: { [T in JournalTableName]: Codec<RecordOf[T], RowOf[T]> } = {
  people: identity<Person>(),
  stanceChanges: identity<StanceChange>(),
  conversations: conversationCodec,
  commitments: commitmentCodec,
  checkIns: identity<CheckIn>(),
  strategyMoments: identity<StrategyMoment>(),
  settings: identity<Settings>(),
};

/** Drafts hold half-typed text, so they have a codec too, though they are not part of the journal. */
export const draftCodec = identity<Draft>();

/** A tag count's label is the tag as typed, so it is encoded like the tags themselves. */
export const tagCountCodec = identity<TagCount>();

export function decodeAll<T extends JournalTableName>(table: T, rows: readonly RowOf[T][]): Promise<RecordOf[T][]> {
  const codec = CODECS[table];
  return Promise.all(rows.map((row) => codec.decode(row)));
}

export async function decodeOne<T extends JournalTableName>(
  table: T,
  row: RowOf[T] | undefined,
): Promise<RecordOf[T] | undefined> {
  return row === undefined ? undefined : CODECS[table].decode(row);
}
