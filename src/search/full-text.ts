import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf, type RowValues } from '../core/db/dialect.ts';
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
}

const quote = (w: string) => `"${w}"`;

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
