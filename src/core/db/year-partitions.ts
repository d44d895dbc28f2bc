import { sql, type Kysely } from 'kysely';

/**
 * PostgreSQL keeps the programme's lifetime of data values, and the audit, in one partition per year (declarative
 * range partitioning, migration 045): a year's dashboards, matrix and checks read that year's partition only, and an
 * old year can be archived or dropped whole. SQLite keeps each in one table.
 *
 * Each table has a partition per year from `FIRST_PARTITION_YEAR` on, made ahead of time (`ensureYearPartitions`, run
 * at every migration, so at every start: this year and the next always exist), and a default partition that takes a
 * row of any other year, so no write ever fails for want of its year. A year made later takes its rows out of the
 * default partition in the same transaction.
 */
export const FIRST_PARTITION_YEAR = 2020;

export interface YearPartitioned {
  table: 'data_values' | 'audit_log';
  /** the partition key: an integer year, or an ISO instant (text, compared by its leading year) */
  column: 'year' | 'at';
}

export const YEAR_PARTITIONED: readonly YearPartitioned[] = [
  { table: 'data_values', column: 'year' },
  { table: 'audit_log', column: 'at' },
];

const partitionName = (t: YearPartitioned, year: number) => `${t.table}_${year}`;
export const defaultPartition = (t: YearPartitioned) => `${t.table}_other`;

/** A year's bounds in the key's own type: integers, or the texts 'YYYY' that ISO instants of the year sort between. */
const bounds = (t: YearPartitioned, year: number) =>
  t.column === 'year' ? sql.raw(`FROM (${year}) TO (${year + 1})`) : sql.raw(`FROM ('${year}') TO ('${year + 1}')`);

/** The year of a row in SQL, for finding the years that sit in the default partition. */
const yearOf = (t: YearPartitioned) => (t.column === 'year' ? sql.raw('year') : sql.raw('CAST(substr(at, 1, 4) AS integer)'));

const isPartitioned = async <T>(db: Kysely<T>, t: YearPartitioned) =>
  (await sql<{ kind: string }>`SELECT relkind AS kind FROM pg_class WHERE oid = to_regclass(${t.table})`.execute(db)).rows[0]?.kind === 'p';

/** The years that have their own partition. */
export async function partitionYears<T>(db: Kysely<T>, t: YearPartitioned): Promise<number[]> {
  const r = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
    JOIN pg_namespace n ON n.oid = p.relnamespace
    WHERE p.relname = ${t.table} AND n.nspname = current_schema()`.execute(db);
  const prefix = `${t.table}_`;
  return r.rows
    .map((x) => x.name.slice(prefix.length))
    .filter((s) => /^\d{4}$/.test(s))
    .map(Number)
    .sort((a, b) => a - b);
}

/**
 * Makes the partitions of every year from `FIRST_PARTITION_YEAR` to `through`, and of every year whose rows sit in
 * the default partition, moving those rows in (PostgreSQL refuses a new partition while the default holds rows of its
 * range). One transaction under an advisory lock: processes starting together do not race. Returns the years made.
 */
export async function ensureYearPartitions<T>(
  db: Kysely<T>,
  through: number,
  years: readonly number[] = [],
  tables: readonly YearPartitioned[] = YEAR_PARTITIONED,
): Promise<number[]> {
  const run = async (tx: Kysely<T>) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext('lifelong_year_partitions'))`.execute(tx);
    const made: number[] = [];
    for (const t of tables) {
      if (!(await isPartitioned(tx, t))) continue; // before migration 045
      const have = new Set(await partitionYears(tx, t));
      const stray = await sql<{ year: number }>`SELECT DISTINCT ${yearOf(t)} AS year FROM ${sql.table(defaultPartition(t))}`.execute(tx);
      const wanted = new Set<number>(stray.rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y) && y > 0 && y < 10_000));
      for (let y = FIRST_PARTITION_YEAR; y <= through; y++) wanted.add(y);
      for (const y of years) wanted.add(y);
      for (const year of [...wanted].sort((a, b) => a - b)) {
        if (have.has(year)) continue;
        await makeYear(tx, t, year);
        made.push(year);
      }
    }
    return made;
  };
  // a migration runs in its own transaction already
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** One year's partition: made apart, filled with the default partition's rows of that year, then attached. */
async function makeYear<T>(tx: Kysely<T>, t: YearPartitioned, year: number): Promise<void> {
  const name = sql.table(partitionName(t, year));
  const other = sql.table(defaultPartition(t));
  const inYear = sql`${yearOf(t)} = ${year}`;
  await sql`CREATE TABLE ${name} (LIKE ${sql.table(t.table)} INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMPRESSION)`.execute(tx);
  await sql`INSERT INTO ${name} SELECT * FROM ${other} WHERE ${inYear}`.execute(tx);
  await sql`DELETE FROM ${other} WHERE ${inYear}`.execute(tx);
  await sql`ALTER TABLE ${sql.table(t.table)} ATTACH PARTITION ${name} FOR VALUES ${bounds(t, year)}`.execute(tx);
}

/**
 * Turns an existing plain table into a table partitioned by year (the migration): the plain one renamed aside, the
 * partitioned one made in its shape with `key` as its primary key, the years' partitions and the default made, the
 * rows copied in, the plain one dropped. Its serial's sequence is handed over first, so dropping the old table keeps it.
 */
export async function partitionTableByYear(
  db: Kysely<unknown>,
  t: YearPartitioned,
  key: readonly string[],
  indexes: readonly { name: string; columns: readonly string[] }[],
  through: number,
): Promise<void> {
  const old = `${t.table}_unpartitioned`;
  await sql`ALTER TABLE ${sql.table(t.table)} RENAME TO ${sql.table(old)}`.execute(db);
  // index names are the schema's: the old table's move aside with it
  const oldIndexes = await sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = ${old} AND schemaname = current_schema()`.execute(
    db,
  );
  for (const { name } of oldIndexes.rows) await sql`ALTER INDEX ${sql.table(name)} RENAME TO ${sql.table(`${name}_unpartitioned`)}`.execute(db);
  await sql`CREATE TABLE ${sql.table(t.table)} (LIKE ${sql.table(old)} INCLUDING DEFAULTS INCLUDING STORAGE INCLUDING COMPRESSION)
            PARTITION BY RANGE (${sql.ref(t.column)})`.execute(db);
  await sql`ALTER TABLE ${sql.table(t.table)} ADD CONSTRAINT ${sql.table(`${t.table}_pk`)} PRIMARY KEY (${sql.join(key.map((c) => sql.ref(c)))})`.execute(db);
  for (const i of indexes) await sql`CREATE INDEX ${sql.table(i.name)} ON ${sql.table(t.table)} (${sql.join(i.columns.map((c) => sql.ref(c)))})`.execute(db);
  await sql`CREATE TABLE ${sql.table(defaultPartition(t))} PARTITION OF ${sql.table(t.table)} DEFAULT`.execute(db);
  const sequences = await sql<{ seq: string | null }>`SELECT pg_get_serial_sequence(${old}, a.attname) AS seq
    FROM pg_attribute a WHERE a.attrelid = to_regclass(${old}) AND a.attname = 'id'`.execute(db);
  const seq = sequences.rows[0]?.seq;
  if (seq) await sql`ALTER SEQUENCE ${sql.raw(seq)} OWNED BY ${sql.table(t.table)}.id`.execute(db);
  // every year the rows hold gets its partition first, so each row is written once, straight into its year's
  const held = await sql<{ year: number }>`SELECT DISTINCT ${yearOf(t)} AS year FROM ${sql.table(old)}`.execute(db);
  await ensureYearPartitions(
    db,
    through,
    held.rows.map((r) => Number(r.year)).filter((y) => Number.isInteger(y) && y > 0 && y < 10_000),
    [t],
  );
  await sql`INSERT INTO ${sql.table(t.table)} SELECT * FROM ${sql.table(old)}`.execute(db);
  await sql`DROP TABLE ${sql.table(old)}`.execute(db);
}

/**
 * After a large write, the partitions of its years whose planner statistics know fewer rows than the write added
 * (a year's first import, into a partition made empty) are analysed at once, in the writing transaction: the
 * planner would otherwise take the grown partition for empty and scan it whole on every probe of the next large
 * write (a re-import of the same file right after: 200,000 cells × 15,000 scans). What autovacuum does a minute later.
 */
export async function analyzeGrownYears<T>(
  db: Kysely<T>,
  t: YearPartitioned,
  added: ReadonlyMap<number, number>,
  columns: readonly string[] = [],
): Promise<void> {
  // (`columns`: only those analysed — the row count, which misled the planner, is taken whatever they are)
  const which = columns.length > 0 ? sql` (${sql.join(columns.map((c) => sql.ref(c)))})` : sql``;
  for (const [year, n] of added) {
    const name = partitionName(t, year);
    const r = await sql<{ tuples: number | null }>`SELECT reltuples AS tuples FROM pg_class WHERE oid = to_regclass(${name})`.execute(db);
    const row = r.rows[0];
    if (!row) continue; // a year without its own partition: its rows are in the default one, which stays small
    if (row.tuples === null || Number(row.tuples) < n) await sql`ANALYZE ${sql.table(name)}${which}`.execute(db);
  }
}
