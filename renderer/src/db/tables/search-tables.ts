import type { SearchedRecordOf, SearchedTable } from '@shared/domain/search';
import { decodeAll, decodeOne, identity } from './codecs';
import { db, type SearchIndexRow } from './schema';
import { guardedWrite } from './storage-health';

// What the search worker reads and writes: the searched tables a page at a time (a rebuild) or by id
// (the records a change or a result names), and the saved index, which passes through its own codec
// like every record, so encryption at rest will cover it too.

/** The consumer name of the search index in the change feed's cursors. */
export const SEARCH_CONSUMER = 'search';

const searchIndexCodec = identity<SearchIndexRow>();

/** Up to `limit` records of a table whose ids come after `afterId`, in id order: one page of a rebuild. */
export async function readSearchedPage<T extends SearchedTable>(
  table: T,
  afterId: string | null,
  limit: number,
): Promise<SearchedRecordOf[T][]> {
  const store = db.table(table);
  const rows = await (afterId === null ? store.orderBy(':id') : store.where(':id').above(afterId))
    .limit(limit)
    .toArray();
  return (await decodeAll(table, rows)) as SearchedRecordOf[T][];
}

/** The records of a table with these ids, in the same order; `undefined` where there is none (deleted). */
export async function readSearchedRecords<T extends SearchedTable>(
  table: T,
  ids: readonly string[],
): Promise<(SearchedRecordOf[T] | undefined)[]> {
  const rows = await db.table(table).bulkGet([...ids]);
  return (await Promise.all(rows.map((row) => decodeOne(table, row)))) as (SearchedRecordOf[T] | undefined)[];
}

/** How many records the searched tables hold, for a rebuild's progress. Walks each store: never at start. */
export async function countSearchedRecords(tables: readonly SearchedTable[]): Promise<number> {
  const counts = await Promise.all(tables.map((table) => db.table(table).count()));
  return counts.reduce((sum, count) => sum + count, 0);
}

export async function readSearchIndex(): Promise<SearchIndexRow | undefined> {
  const row = await db.searchIndex.get('journal');
  return row === undefined ? undefined : searchIndexCodec.decode(row);
}

/**
 * Saves the index and moves the search consumer's cursor to the sequence it has read, in one
 * transaction: the feed keeps every change after the saved index until the next save.
 */
export async function writeSearchIndex(index: SearchIndexRow): Promise<void> {
  const row = await searchIndexCodec.encode(index);
  await guardedWrite(() =>
    db.transaction('rw', [db.searchIndex, db.changeCursors], async () => {
      await db.searchIndex.put(row);
      await db.changeCursors.put({ consumer: SEARCH_CONSUMER, seq: index.cursor });
    }),
  );
}
