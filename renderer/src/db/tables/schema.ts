import Dexie, { type EntityTable } from 'dexie';
import type { OpenCommitmentSummary } from '@shared/domain/commitment-summary';
import type { PersonActivity, PersonTimelineEntry, TagCount, TagTimelineEntry } from '@shared/domain/derived-data';
import type { CheckIn, Draft, Person, Settings, StanceChange, StrategyMoment } from '@shared/domain/types';
import type { JournalTable } from '@shared/domain/journal-tables';
import type { ConversationRowV2 } from '@shared/migrations/v2';
import type { CommitmentRowV5 } from '@shared/migrations/v5';
import { SCHEMA_V1 } from './migrations/v1';
import { SCHEMA_V2, upgradeToV2 } from './migrations/v2';
import { SCHEMA_V3 } from './migrations/v3';
import { SCHEMA_V4, upgradeToV4 } from './migrations/v4';
import { SCHEMA_V5, upgradeToV5 } from './migrations/v5';

// The Dexie database. Only the table layer (renderer/src/db/tables/) imports this module: it is the
// one place that knows how records are stored, so a codec (encryption at rest) or a migration is
// added here without touching repositories or screens.

export const DATABASE_NAME = 'upstream';

/** The schema version this build writes. A database with a higher one was made by a newer Upstream. */
export const SCHEMA_VERSION = 5;

export type CommitmentRow = CommitmentRowV5;
export type ConversationRow = ConversationRowV2;

/** One entry of the change feed (SPEC §3 Change): every write to a journal table appends one. */
export type ChangeEntry = {
  seq: number;
  table: JournalTableName;
  recordId: string;
  op: 'put' | 'delete';
  at: string;
};

/**
 * The saved search index (its one row has the id `journal`): the engine's state as the search worker
 * exported it, the change-feed sequence it had read up to, and when it was last built from scratch.
 */
export type SearchIndexRow = {
  id: 'journal';
  engineVersion: number;
  builtAt: string;
  savedAt: string;
  cursor: number;
  state: unknown;
};

/** How far a consumer of the change feed (the search index, backups, later sync) has read. */
export type ChangeCursor = { consumer: string; seq: number };

/** The tables whose records are the journal (exported, backed up, fed to the change feed): the export format's list. */
export type JournalTableName = JournalTable;

export class UpstreamDatabase extends Dexie {
  people!: EntityTable<Person, 'id'>;
  stanceChanges!: EntityTable<StanceChange, 'id'>;
  conversations!: EntityTable<ConversationRow, 'id'>;
  commitments!: EntityTable<CommitmentRow, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  strategyMoments!: EntityTable<StrategyMoment, 'id'>;
  settings!: EntityTable<Settings, 'id'>;
  drafts!: EntityTable<Draft, 'formKey'>;
  personActivity!: EntityTable<PersonActivity, 'personId'>;
  openCommitmentSummaries!: EntityTable<OpenCommitmentSummary, 'personId'>;
  personTimeline!: EntityTable<PersonTimelineEntry, 'id'>;
  tagTimeline!: EntityTable<TagTimelineEntry, 'id'>;
  tagCounts!: EntityTable<TagCount, 'key'>;
  changes!: EntityTable<ChangeEntry, 'seq'>;
  changeCursors!: EntityTable<ChangeCursor, 'consumer'>;
  searchIndex!: EntityTable<SearchIndexRow, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    // Chromium's default durability is "relaxed"; "strict" flushes to disk on every commit so a
    // crash right after saving loses nothing.
    super(name, { chromeTransactionDurability: 'strict' });
    // Append-only: never edit a published version; add the next one in migrations/ with its test.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5).upgrade(upgradeToV5);
  }
}

export const db = new UpstreamDatabase();

/**
 * Bounds for the instant parts of compound index keys: every ISO 8601 string sorts between them.
 * (Dexie.maxKey cannot be used twice in one key: IndexedDB refuses a key that holds the same array twice.)
 */
export const LOWEST_INSTANT = '';
export const HIGHEST_INSTANT = '\uffff';
