import { compareStrings } from '@shared/domain/compare';
import type { PersonActivity, TagCount } from '@shared/domain/derived-data';
import type { OpenCommitmentSummary } from '@shared/domain/commitment-summary';
import type {
  CheckIn,
  Commitment,
  CommitmentDirection,
  Draft,
  IsoWeek,
  LocalDate,
  Settings,
  StrategyMoment,
} from '@shared/domain/types';
import { decodeAll, decodeOne, draftCodec, tagCountCodec } from './codecs';
import { HIGHEST_INSTANT, LOWEST_INSTANT, db } from './schema';
import { guardedWrite } from './storage-health';

// Reads of the smaller tables, each bounded by an index, and the drafts, which are written here
// rather than through `commit`: they are machine-local scratch space written every second while
// the user types, not part of the journal, so they stay out of the change feed and the backups.

export async function readCommitment(id: string): Promise<Commitment | undefined> {
  return decodeOne('commitments', await db.commitments.get(id));
}

/** Every open commitment, both ways, through the `open` index. */
export async function readOpenCommitments(): Promise<Commitment[]> {
  return decodeAll('commitments', await db.commitments.where('open').equals(1).toArray());
}

/**
 * The first `limit` open commitments of one direction in the order lists show them (overdue first,
 * then by due date, undated last, oldest made first), through the `[open+direction+dueKey+createdAt]`
 * index (schema v5): as many records as asked for, whatever the journal's size.
 */
export async function readSoonestOpenCommitments(direction: CommitmentDirection, limit: number): Promise<Commitment[]> {
  return decodeAll(
    'commitments',
    await db.commitments
      .where('[open+direction+dueKey+createdAt]')
      .between([1, direction, LOWEST_INSTANT, LOWEST_INSTANT], [1, direction, HIGHEST_INSTANT, HIGHEST_INSTANT])
      .limit(limit)
      .toArray(),
  );
}

/** Every person's summary of their open commitments (schema v5): a small row per person owed something dated. */
export function readOpenCommitmentSummaries(): Promise<OpenCommitmentSummary[]> {
  return db.openCommitmentSummaries.toArray();
}

/** A person's open commitments, or their done ones, through the `[personId+open]` index (schema v3). */
export async function readCommitmentsForPerson(personId: string, open: boolean): Promise<Commitment[]> {
  return decodeAll(
    'commitments',
    await db.commitments
      .where('[personId+open]')
      .equals([personId, open ? 1 : 0])
      .toArray(),
  );
}

/** How many commitments with a person are done: index keys counted, no record read. */
/**
 * How many of a person's commitments are done, counted up to `upTo + 1` keys: read in one request, where
 * IndexedDB's count() walks every key (thousands for a ten-year peer, holding up the dossier's other reads).
 */
export async function countDoneCommitmentsForPerson(personId: string, upTo: number): Promise<number> {
  return (
    await db.commitments
      .where('[personId+open]')
      .equals([personId, 0])
      .limit(upTo + 1)
      .primaryKeys()
  ).length;
}

export async function readCommitmentsForConversation(conversationId: string): Promise<Commitment[]> {
  return decodeAll('commitments', await db.commitments.where('conversationId').equals(conversationId).toArray());
}

export async function readCheckInOfWeek(week: IsoWeek): Promise<CheckIn | undefined> {
  return decodeOne('checkIns', await db.checkIns.where('week').equals(week).first());
}

/** The `limit` latest check-ins, newest week first (`YYYY-Www` strings sort in week order). */
export async function readRecentCheckIns(limit: number): Promise<CheckIn[]> {
  return decodeAll('checkIns', await db.checkIns.orderBy('week').reverse().limit(limit).toArray());
}

/** The check-ins from `fromWeek` to `toWeek`, both included, oldest first. */
export async function readCheckInsBetween(fromWeek: IsoWeek, toWeek: IsoWeek): Promise<CheckIn[]> {
  if (fromWeek > toWeek) return [];
  return decodeAll('checkIns', await db.checkIns.where('week').between(fromWeek, toWeek, true, true).toArray());
}

export async function readSettingsRecord(): Promise<Settings | undefined> {
  return decodeOne('settings', await db.settings.get('app'));
}

/** One person's pre-aggregated activity; `undefined` when they are in no conversation. */
export function readPersonActivity(personId: string): Promise<PersonActivity | undefined> {
  return db.personActivity.get(personId);
}

/** Every person's pre-aggregated activity: a row per person, each a dozen or two summaries. */
export function readAllPersonActivity(): Promise<PersonActivity[]> {
  return db.personActivity.toArray();
}

/** Every tag in use with its count: the aggregate, never a walk of the tag index. */
export async function readTagCounts(): Promise<TagCount[]> {
  const rows = await db.tagCounts.toArray();
  return Promise.all(rows.map((row) => tagCountCodec.decode(row)));
}

export async function readDraft(formKey: string): Promise<Draft | undefined> {
  const row = await db.drafts.get(formKey);
  return row === undefined ? undefined : draftCodec.decode(row);
}

export async function writeDraft(draft: Draft): Promise<void> {
  const row = await draftCodec.encode(draft);
  await guardedWrite(() => db.drafts.put(row));
}

export async function removeDraft(formKey: string): Promise<void> {
  await guardedWrite(() => db.drafts.delete(formKey));
}

/** Every strategy moment, newest first. A journal records a few a month, so they are read whole. */
export async function readStrategyMoments(): Promise<StrategyMoment[]> {
  return decodeAll('strategyMoments', await db.strategyMoments.orderBy('occurredOn').reverse().toArray());
}

/** The moments dated from `from` to `to` (local days, both included), newest first: a range of the day index. */
export async function readStrategyMomentsBetween(from: LocalDate, to: LocalDate): Promise<StrategyMoment[]> {
  if (from > to) return [];
  return decodeAll(
    'strategyMoments',
    await db.strategyMoments.where('occurredOn').between(from, to, true, true).reverse().toArray(),
  );
}

/** Whether any strategy moment was ever recorded: one key read. */
export async function readHasStrategyMoments(): Promise<boolean> {
  return (await db.strategyMoments.limit(1).primaryKeys()).length > 0;
}

/** The moments a person drove, newest first, through the multi-entry `drivenBy` index (schema v3). */
export async function readStrategyMomentsDrivenBy(personId: string): Promise<StrategyMoment[]> {
  const moments = await decodeAll(
    'strategyMoments',
    await db.strategyMoments.where('drivenBy').equals(personId).toArray(),
  );
  return moments.sort((a, b) => compareStrings(b.occurredOn, a.occurredOn) || compareStrings(b.id, a.id));
}

export async function readStrategyMoment(id: string): Promise<StrategyMoment | undefined> {
  return decodeOne('strategyMoments', await db.strategyMoments.get(id));
}
