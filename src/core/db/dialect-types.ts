import type { CompiledQuery, QueryResult, RawBuilder } from 'kysely';
import type { DB } from './database.ts';
import type { BinaryType } from './copy-binary.ts';

/**
 * A lock on a name of the application's own (PostgreSQL advisory lock: two 32-bit integers), held until the
 * transaction ends: `space` says what kind of thing it guards, `key` which one; `shared` locks exclude only the
 * exclusive ones of the same name.
 */
export interface NamedLock {
  space: number;
  key: number;
  shared?: boolean;
}

/** A row's values in the order of the columns named. */
export type RowValues = (string | number | null)[];

/** A column of `insertTypedRows`: its name, its type (the table's own) and how a row (the index-th of the batch) gives its value. */
export type TypedColumn<R> = readonly [name: string, type: BinaryType, value: (row: R, index: number) => number | string | null];

/**
 * What differs between the engines, in one place (after Kysely's `DialectAdapter`): the capabilities a
 * domain algorithm may depend on, and the operations whose SQL (or driver call) is each engine's own.
 * Stateless: one object per engine, reached by `dialectOf(db)`; the operations take the query builder
 * (or transaction) to run on. Domain code never asks which engine it is on: it asks for an operation, or a
 * capability, or — where an algorithm is genuinely written twice — `pick`s its implementation for the engine.
 */
export interface Dialect {
  /**
   * INSERT/UPDATE inside WITH, their rows readable by the other parts (PostgreSQL): a write of several
   * tables can be one statement, atomic on its own. Without (SQLite), the parts run one by one in a transaction.
   */
  readonly supportsDataModifyingCtes: boolean;
  /** An array bound as one parameter (`= ANY($1::text[])`, `unnest($1::int[])`): PostgreSQL. */
  readonly supportsArrayParameters: boolean;

  /** The implementation written for this engine, of an algorithm written once per engine. */
  pick<T>(implementations: { readonly postgres: T; readonly sqlite: T }): T;

  /**
   * Runs a query whose text never varies (its data are parameters) as a named prepared statement:
   * PostgreSQL parses and plans it once per connection. SQLite keeps every statement prepared anyway.
   */
  executePrepared<R>(db: DB, query: RawBuilder<R> | CompiledQuery<R>): Promise<QueryResult<R>>;
  /**
   * Runs a statement returning no rows once for every row of values (its parameters), inside the caller's
   * transaction; `insertId` is the last row's. SQLite: one prepared statement run in-process per row, the
   * fastest way it takes a batch. PostgreSQL: a round trip per row — for a few rows only.
   */
  runForEachRow(db: DB, statement: CompiledQuery, rows: readonly (readonly unknown[])[]): Promise<QueryResult<never>>;

  /**
   * Inserts many rows into one table fast, inside the caller's transaction: SQLite one prepared single-row statement
   * run for every row (no SQL built or parsed per batch), PostgreSQL COPY. With `ids`, returns the new rows' ids in
   * order — SQLite from the last rowid (rows inserted one after another get consecutive rowids), PostgreSQL drawn
   * from the table's `id` sequence before the COPY.
   */
  insertRows(db: DB, table: string, columns: readonly string[], rows: RowValues[], opts?: { ids?: boolean }): Promise<number[]>;
  /**
   * Inserts many rows whose columns' types are known, inside the caller's transaction: PostgreSQL binary COPY (no
   * number turned into text and parsed back; the types must be the table's own), SQLite as `insertRows`.
   */
  insertTypedRows<R>(db: DB, table: string, columns: readonly TypedColumn<R>[], rows: readonly R[]): Promise<void>;
  /**
   * Deletes the rows matching each key (all key columns equal), inside the caller's transaction: SQLite one prepared
   * statement run per key, PostgreSQL one statement over the keys as arrays (`cast` gives each column's array type).
   */
  deleteRows(db: DB, table: string, columns: readonly string[], keys: RowValues[], cast: readonly string[]): Promise<void>;

  /**
   * "`column` is one of these texts" as the conditions of the queries to run, their rows taken together: PostgreSQL
   * one condition over an array (`= ANY($1::text[])`, one parameter, whatever the count — a list of thousands of
   * parameters is parsed and planned afresh each time), SQLite likewise over a JSON array (`IN (SELECT value FROM
   * json_each($1))`). None for none.
   */
  oneOf(column: string, values: readonly string[]): RawBuilder<boolean>[];
  /** The aggregate gathering a group's values into one JSON array (`json_agg`, `json_group_array`). */
  jsonArrayAgg(value: RawBuilder<unknown>): RawBuilder<unknown>;
  /** Whether `text` contains `part` (`strpos`, `instr`). */
  textContains(text: RawBuilder<unknown>, part: string): RawBuilder<boolean>;
  /**
   * The query locking the rows it reads until the transaction ends (`FOR UPDATE`, PostgreSQL). SQLite has one
   * writer: its transactions are serialised already, and the query stays as it is.
   */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q;
  /**
   * Takes the named locks in the order given, inside the caller's transaction, each held until it ends (PostgreSQL
   * advisory locks, one round trip). Writers that take their locks in one global order never deadlock. SQLite has one
   * writer: its transactions are serialised already, and nothing is taken.
   */
  lockInOrder(db: DB, locks: readonly NamedLock[]): Promise<void>;
  /**
   * Whether the transaction failed only because it met another one (a deadlock, a serialisation failure:
   * PostgreSQL 40P01, 40001) and, run again, may well succeed.
   */
  isTransientConflict(error: unknown): boolean;
}
