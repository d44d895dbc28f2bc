import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf, type RowValues } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { olderSpelling } from '../core/text/vietnamese.ts';

/** A document's words, already split and folded (marks removed): its title's, and the rest's (creator, subjects, body). */
export interface FoldedWords {
  title: string;
  rest: string;
}

/**
 * Where an engine keeps the documents' folded words, and how a query finds the documents holding them: written once
 * per engine (FTS5 and tsvector share no syntax), chosen by `wordIndexOf`.
 */
interface WordIndex {
  /** Stores new documents (`rows` of `columns` in search_documents) with their words; returns their ids in order. */
  insert(trx: DB, columns: readonly string[], rows: RowValues[], words: FoldedWords[]): Promise<number[]>;
  /** Takes out the words of removed documents, where they are kept apart from the documents' rows. */
  remove(trx: DB, ids: number[]): Promise<void>;
  /** `columns` of the documents `d` holding every word and passing `where`, newest first, at most `limit`. */
  matching<T>(columns: RawBuilder<unknown>, words: string[], where: RawBuilder<unknown>, limit: number): RawBuilder<T>;
  /**
   * Brings the index back to its fastest form after days of writes, a short transaction at a time (others' writes go
   * on between them); returns how many of those did some work. Run by night (server/nightly.ts).
   */
  compact(db: DB): Promise<number>;
}

const quote = (w: string) => `"${w}"`;

/**
 * FTS5 pages merged per transaction when the index is compacted (of ~4 KB each; about 21,000 for a million
 * catalogue records): a write lock of some tens of milliseconds at a time.
 */
const MERGE_PAGES = 500;

/**
 * A query word and the spelling documents indexed before i and y were read alike may hold it by (`ki` → `ki`, `ky`):
 * those rows are found without rebuilding the index; documents indexed since hold `ki` only.
 */
const spellings = (w: string): string[] => {
  const old = olderSpelling(w);
  return old ? [w, old] : [w];
};

/** SQLite: an FTS5 table (contentless, deletable) beside the documents, its rowid the document's id. */
const fts5: WordIndex = {
  async insert(trx, columns, rows, words) {
    const { insertRows } = dialectOf(trx);
    const ids = await insertRows(trx, 'search_documents', columns, rows, { ids: true });
    // the exact column is no longer searched (exact marks are told apart in rank.ts): left empty
    await insertRows(
      trx,
      'search_fts',
      ['rowid', 'title', 'rest', 'exact'],
      words.map((w, j) => [ids[j]!, w.title, w.rest, '']),
    );
    return ids;
  },
  async remove(trx, ids) {
    await sql`DELETE FROM search_fts WHERE rowid IN (${sql.join(ids)})`.execute(trx);
  },
  matching<T>(columns: RawBuilder<unknown>, words: string[], where: RawBuilder<unknown>, limit: number) {
    const match = `{title rest} : (${words
      .map((w) => spellings(w).map(quote))
      .map((alts) => (alts.length > 1 ? `(${alts.join(' OR ')})` : alts[0]))
      .join(' AND ')})`;
    return sql<T>`SELECT ${columns} FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid
      WHERE search_fts MATCH ${match} AND ${where} ORDER BY search_fts.rowid DESC LIMIT ${limit}`;
  },
  /**
   * Every batch of writes leaves FTS5 a b-tree of its own, merged with others only now and then, and a deleted
   * document's rowid is kept as a tombstone until its b-tree is merged: a catalogue imported over days answered from
   * two or more b-trees read side by side, and its queries took up to twice as long as from one (l1's i/y queries,
   * 7.3 → 4.3 ms of FTS5 each at a million records). FTS5's incremental 'merge' with a negative page count first puts
   * every b-tree on one level, then merges them; positive counts carry that merge on (new b-trees written meanwhile
   * wait for the next night), until a step changes nothing: FTS5's 'optimize', a transaction of MERGE_PAGES at a time.
   */
  async compact(db) {
    const changes = async (trx: DB) => Number((await sql<{ n: number }>`SELECT total_changes() AS n`.execute(trx)).rows[0]!.n);
    for (let steps = 0; ; steps++) {
      const worked = await inTransaction(db, async (trx) => {
        const before = await changes(trx);
        await sql`INSERT INTO search_fts (search_fts, rank) VALUES ('merge', ${steps === 0 ? -MERGE_PAGES : MERGE_PAGES})`.execute(trx);
        // FTS5's own test: fewer than two rows changed, nothing was left to merge
        return (await changes(trx)) - before >= 2;
      });
      if (!worked) return steps;
      await new Promise((resolve) => setImmediate(resolve));
    }
  },
};

/** A PostgreSQL tsvector (text form) of words already split and folded: each distinct word, quoted. */
export function tsvector(words: string): string {
  return [...new Set(words.split(' ').filter(Boolean))].map(tsLexeme).join(' ');
}

/** One word quoted as a tsvector/tsquery lexeme. */
export const tsLexeme = (w: string): string => `'${w.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** PostgreSQL: the documents' own `folded_tsv` column (GIN-indexed). */
const tsvectorColumn: WordIndex = {
  insert(trx, columns, rows, words) {
    // the folded words as a tsvector written by us (the words are already split and folded), so the rows go by COPY
    const withWords = rows.map((v, j) => [...v, tsvector(`${words[j]!.title} ${words[j]!.rest}`)]);
    return dialectOf(trx).insertRows(trx, 'search_documents', [...columns, 'folded_tsv'], withWords, { ids: true });
  },
  remove: async () => {}, // the words go with the documents' rows
  compact: async () => 0, // GIN's pending entries are merged by autovacuum
  matching<T>(columns: RawBuilder<unknown>, words: string[], where: RawBuilder<unknown>, limit: number) {
    return sql<T>`SELECT ${columns} FROM search_documents d
      WHERE d.folded_tsv @@ ${words
        .map((w) => spellings(w).map(tsLexeme))
        .map((alts) => (alts.length > 1 ? `(${alts.join(' | ')})` : alts[0]))
        .join(' & ')}::tsquery AND ${where} ORDER BY d.id DESC LIMIT ${limit}`;
  },
};

/** The engine's word index. */
export const wordIndexOf = (db: DB): WordIndex => dialectOf(db).pick({ sqlite: fts5, postgres: tsvectorColumn });

/** The search's word index brought back to its fastest form (see `WordIndex.compact`): how many steps did work. */
export const compactWordIndex = (db: DB): Promise<number> => wordIndexOf(db).compact(db);
