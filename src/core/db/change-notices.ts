import pg from 'pg';
import { sql } from 'kysely';
import type { Store } from './database.ts';

/**
 * Every server process keeps pages in memory (portal/micro-cache.ts); on PostgreSQL several processes, on several
 * machines, share one database, and a write through one must reach the others' memory. PostgreSQL carries it:
 * a statement trigger on every table that pages show calls `pg_notify(CHANGES_CHANNEL, <table>)`, which is sent
 * in the writing transaction and delivered when it commits (never for a rolled-back one) — whatever wrote it: a
 * page, the API, the command line, another worker. Each process LISTENs (`listenForChanges`) and forgets its
 * kept pages. SQLite is one process: nothing to do.
 */
export const CHANGES_CHANNEL = 'lifelong_changed';

/** Tables whose writes change nothing a kept page shows (sign-ins, throttles, tokens, the audit, the migrations' own). */
const QUIET = new Set([
  'sessions',
  'auth_failures',
  'api_tokens',
  'audit_log',
  'password_resets',
  'lib_link_codes',
  'platform_settings',
  'plan_readings',
  'kysely_migration',
  'kysely_migration_lock',
  'map_version', // bumped with the tables it follows, which notify for themselves
]);

/**
 * The trigger on every table of the schema that does not have it yet (after the migrations: a table a new
 * migration made gets it at the next start). One transaction under an advisory lock: processes starting
 * together do not race.
 */
export async function installChangeNotices(store: Store): Promise<void> {
  if (store.engine !== 'postgres') return;
  await store.db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${CHANGES_CHANNEL}))`.execute(tx);
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION lifelong_changed() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN PERFORM pg_notify('${CHANGES_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$`,
      )
      .execute(tx);
    const tables = await sql<{ name: string }>`
      SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'lifelong_changed')`.execute(tx);
    for (const { name } of tables.rows) {
      if (QUIET.has(name)) continue;
      await sql`CREATE TRIGGER lifelong_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(name)}
                FOR EACH STATEMENT EXECUTE FUNCTION lifelong_changed()`.execute(tx);
    }
  });
}

export interface ChangeListener {
  close(): Promise<void>;
}

/**
 * Listens on its own connection (a pooled one would be handed to queries) and calls `onChange(table)` for each
 * committed change. A lost connection is opened again (from 250 ms, doubling to 5 s); while it was lost changes
 * may have been missed, so a reconnection is reported as a change of everything (`'*'`).
 */
export function listenForChanges(url: string, onChange: (table: string) => void): ChangeListener {
  let client: pg.Client | undefined;
  let closed = false;
  let delay = 250;
  let timer: NodeJS.Timeout | undefined;
  let connectedOnce = false;
  const again = () => {
    client = undefined;
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    delay = Math.min(delay * 2, 5000);
  };
  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'lifelong-listen' });
    c.on('notification', (m) => onChange(m.payload ?? '*'));
    c.on('error', () => {
      void c.end().catch(() => undefined);
      if (client === c) again();
    });
    c.on('end', () => {
      if (client === c) again();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGES_CHANNEL}`);
      if (closed) return void (await c.end());
      client = c;
      delay = 250;
      if (connectedOnce) onChange('*');
      connectedOnce = true;
    } catch {
      void c.end().catch(() => undefined);
      again();
    }
  };
  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      await c?.end().catch(() => undefined);
    },
  };
}
