import Dexie, { type EntityTable } from 'dexie';
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
import type { ConversationSummary } from '@shared/domain/relationships';

// The one Dexie module. Only repositories (renderer/src/db/*-repository.ts) import it: they are the
// only code that knows table names, so encryption or a migration can be added in one place.

/**
 * A commitment as stored: `open` mirrors "no doneOn" as 1/0 because IndexedDB cannot index a
 * missing value or a boolean, and the open commitments are listed across everyone.
 */
export type CommitmentRow = Commitment & { open: 0 | 1 };

/**
 * Pre-aggregated per person: their newest conversations (enough for days-since and the warmth
 * mean), kept up to date in the same transaction as every conversation write. Today, the People
 * list and the check-in's overdue allies read this instead of every conversation.
 */
export type PersonActivity = {
  personId: string;
  /** Newest first: the RECENT_CONVERSATIONS_KEPT newest, and as many of the newest rated ones. */
  recent: ConversationSummary[];
};

export const RECENT_CONVERSATIONS_KEPT = 12;

export const DATABASE_NAME = 'upstream';

/**
 * Schema versions are append-only: never edit a published `version(n)`; add `version(n + 1)` with
 * an upgrade whose row transform is a pure function in shared/, and a test that opens version n
 * with data and upgrades it.
 */
export const SCHEMA_V1 = {
  people: 'id, name, updatedAt',
  stanceChanges: 'id, personId',
  // Timeline by date; by person (multi-entry: a group conversation is under each person); by tag;
  // calendar-imported events by their UID so an import never logs the same event twice.
  conversations: 'id, occurredAt, *personIds, *tags, calendarUid',
  commitments: 'id, personId, conversationId, open',
  checkIns: 'id, &week',
  strategyMoments: 'id, occurredOn',
  settings: 'id',
  drafts: 'formKey',
  personActivity: 'personId',
} as const;

export class UpstreamDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>;
  stanceChanges!: EntityTable<StanceChange, 'id'>;
  conversations!: EntityTable<Conversation, 'id'>;
  commitments!: EntityTable<CommitmentRow, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  strategyMoments!: EntityTable<StrategyMoment, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  drafts!: EntityTable<Draft, 'formKey'>;
  personActivity!: EntityTable<PersonActivity, 'personId'>;

  constructor(name: string = DATABASE_NAME) {
    // Chromium's default durability is "relaxed"; "strict" flushes to disk on every commit so a
    // crash right after saving loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
  }
}

export const db = new UpstreamDatabase();
