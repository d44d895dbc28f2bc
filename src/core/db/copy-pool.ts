import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * Appended to a query's parameters (by `Dialect.executePrepared`, core/db only): the query, whose text never varies
 * (its data are parameters), runs as a named prepared statement: parsed and planned once per connection.
 */
export const AS_PREPARED_STATEMENT: unique symbol = Symbol('as a prepared statement');

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `lifelong_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return name;
}

/**
 * A pg pool for Kysely whose clients also run `COPY <table> (...) FROM STDIN [(FORMAT binary)]`: such
 * a query's single parameter is the data (a string in COPY text format, or a buffer in the binary
 * format: copy-binary.ts), streamed with pg-copy-streams. Kysely hands queries to the client as
 * SQL and parameters, so a bulk write can COPY inside its transaction,
 * at a fraction of the cost of parsing the same rows out of a parameter. Queries whose last parameter is
 * `AS_PREPARED_STATEMENT` run as named prepared statements, without it (the one-statement value write:
 * planning it was half its time).
 */
export function copyingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      const query = (text: string, params: readonly unknown[]) =>
        typeof text !== 'string' // a cursor (Kysely's streaming) goes straight through
          ? client.query(text as never)
          : /^COPY\s[^;]+FROM STDIN( \(FORMAT binary\))?$/i.test(text)
            ? copyIn(client, text, params[0])
            : params[params.length - 1] === AS_PREPARED_STATEMENT
              ? client.query({ name: statementName(text), text, values: params.slice(0, -1) })
              : client.query(text, params as unknown[]);
      return { query, release: () => client.release() } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

async function copyIn(client: pg.PoolClient, text: string, data: unknown) {
  if (typeof data !== 'string' && !Buffer.isBuffer(data))
    throw new TypeError('COPY FROM STDIN takes its data as one parameter: text, or a buffer (binary format).');
  const stream = client.query(copyFrom(text));
  await pipeline(Readable.from([data]), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

/** One COPY text-format field: backslash, tab and line breaks escaped (`\N` is NULL). */
export function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}
