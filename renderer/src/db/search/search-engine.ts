import { Charset, Encoder, Index } from 'flexsearch';
import {
  combineRankings,
  hasSearchFilters,
  passesSearchFilters,
  type SearchDocument,
  type SearchFilters,
  type SearchKind,
} from '@shared/domain/search';

// The in-memory full-text index (SPEC §9 Search), run inside the search worker. Two FlexSearch
// indexes: `short` (names, titles, tags, one-line items) indexes every prefix of each word, so they
// match while typing; `body` (notes, reflections) indexes whole words only, which keeps 100,000 notes
// within the memory budget, and the word being typed is matched by prefix through the vocabulary.
//
// Records get a number each time they are indexed. FlexSearch removes a record by scanning the
// whole index (`fastupdate` would avoid that, but an index built with it cannot be imported), so a
// changed or deleted record is not removed: its old number is retired and skipped in results, and
// the index is rebuilt once retired numbers pile up (see `retiredShare`).

/** Bump when the saved layout or the indexing rules change: a saved index of another version is rebuilt. */
export const SEARCH_ENGINE_VERSION = 1;

type IndexedRecord = { key: string; kind: SearchKind; at: string; personIds: string[] };

/** Everything needed to rebuild the engine without reading the journal: saved through the table layer. */
export type SearchEngineState = {
  version: typeof SEARCH_ENGINE_VERSION;
  records: (IndexedRecord | null)[];
  vocabulary: string[];
  short: [string, string][];
  body: [string, string][];
};

export type EngineHit = { key: string; kind: SearchKind };

/** How many completions of the word being typed are looked up in the notes. */
const COMPLETIONS = 6;

function createIndexes(encoder: Encoder) {
  return {
    short: new Index({ tokenize: 'forward', encoder, resolution: 9 }),
    body: new Index({ tokenize: 'strict', encoder, resolution: 9 }),
  };
}

function exportIndex(index: Index): [string, string][] {
  const chunks: [string, string][] = [];
  index.export((key, data) => {
    chunks.push([key, data]);
  });
  return chunks;
}

export class SearchEngine {
  private readonly encoder = new Encoder(Charset.Default);
  private readonly short: Index;
  private readonly body: Index;
  /** Indexed records by number; `null` for a retired number. */
  private records: (IndexedRecord | null)[] = [];
  private readonly current = new Map<string, number>();
  /** Every word of every body, as encoded: the completions of a word being typed. */
  private readonly vocabulary = new Set<string>();
  private sortedVocabulary: string[] | null = null;

  constructor(state?: SearchEngineState) {
    const { short, body } = createIndexes(this.encoder);
    this.short = short;
    this.body = body;
    if (!state) return;
    for (const [key, data] of state.short) this.short.import(key, data);
    for (const [key, data] of state.body) this.body.import(key, data);
    this.records = state.records;
    state.records.forEach((record, number) => {
      if (record) this.current.set(record.key, number);
    });
    for (const word of state.vocabulary) this.vocabulary.add(word);
    this.sortedVocabulary = state.vocabulary;
  }

  /** How many records are searchable. */
  get size(): number {
    return this.current.size;
  }

  /** The share of indexed numbers that are retired: above a fifth, a rebuild pays off. */
  get retiredShare(): number {
    return this.records.length === 0 ? 0 : 1 - this.current.size / this.records.length;
  }

  has(key: string): boolean {
    return this.current.has(key);
  }

  /** Adds a record, or replaces the version indexed before. */
  put(document: SearchDocument): void {
    this.remove(document.key);
    const number = this.records.length;
    this.records.push({ key: document.key, kind: document.kind, at: document.at, personIds: document.personIds });
    this.current.set(document.key, number);
    if (document.short) this.short.add(number, document.short);
    if (document.body) {
      this.body.add(number, document.body);
      for (const word of this.encoder.encode(document.body)) this.learnWord(word);
    }
  }

  remove(key: string): void {
    const number = this.current.get(key);
    if (number === undefined) return;
    this.records[number] = null;
    this.current.delete(key);
  }

  /**
   * The best `limit` records for a query, after the filters. Every word must match, in the short
   * fields or in the body; the last word, unless followed by a space, also matches words it begins
   * when whole words do not already fill the results.
   */
  search(query: string, filters: SearchFilters, now: Date, limit: number): EngineHit[] {
    const words = this.encoder.encode(query);
    const last = words.at(-1);
    if (last === undefined) return [];
    // Retired numbers and filtered-out records are skipped after ranking, so ask for more than shown.
    const wanted = hasSearchFilters(filters) ? Math.max(2_000, limit * 20) : limit * 3 + 20;
    const complete = words.join(' ');
    const lists = [
      { ids: this.short.search(complete, { limit: wanted }), weight: 2 },
      { ids: this.body.search(complete, { limit: wanted }), weight: 1.5 },
    ];
    // The word being typed is completed only while whole words leave room: once they fill the page, the
    // completions (ranked below them) would cost up to six more searches for nothing shown.
    const found = new Set([...(lists[0]?.ids ?? []), ...(lists[1]?.ids ?? [])]).size;
    if (!/\s$/.test(query) && found < wanted) {
      const before = words.slice(0, -1);
      for (const completion of this.completionsOf(last)) {
        lists.push({ ids: this.body.search([...before, completion].join(' '), { limit: wanted }), weight: 1 });
      }
    }
    const hits: EngineHit[] = [];
    for (const number of combineRankings(lists)) {
      const record = this.records[Number(number)];
      if (!record || !passesSearchFilters(record, filters, now)) continue;
      hits.push({ key: record.key, kind: record.kind });
      if (hits.length === limit) break;
    }
    return hits;
  }

  exportState(): SearchEngineState {
    return {
      version: SEARCH_ENGINE_VERSION,
      records: this.records,
      vocabulary: this.sortedWords(),
      short: exportIndex(this.short),
      body: exportIndex(this.body),
    };
  }

  private learnWord(word: string): void {
    if (this.vocabulary.has(word)) return;
    this.vocabulary.add(word);
    const sorted = this.sortedVocabulary;
    if (sorted) sorted.splice(lowerBound(sorted, word), 0, word);
  }

  private sortedWords(): string[] {
    this.sortedVocabulary ??= [...this.vocabulary].sort();
    return this.sortedVocabulary;
  }

  /** The shortest words of the notes that begin with `prefix` (itself excluded: it is searched whole). */
  private completionsOf(prefix: string): string[] {
    if (prefix.length < 2) return [];
    const sorted = this.sortedWords();
    const found: string[] = [];
    for (let at = lowerBound(sorted, prefix); at < sorted.length && found.length < 200; at += 1) {
      const word = sorted[at] as string;
      if (!word.startsWith(prefix)) break;
      if (word !== prefix) found.push(word);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, COMPLETIONS);
  }
}

/** The first position in a sorted list whose word is not below `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
