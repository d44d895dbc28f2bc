import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import pg from 'pg';
import { ENGINES, freshStore, PG_ADMIN_URL } from '../support/engines.ts';

/** A PostgreSQL server ending an idle connection (restart, administrator) must not end the platform's process. */
describe.runIf(ENGINES.includes('postgres'))('PostgreSQL pool', () => {
  it('survives the server ending an idle connection, and the next query opens another', async () => {
    const store = await freshStore('postgres');
    try {
      const pid = Number((await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(store.db)).rows[0]!.pid);
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      const ended = new Promise((resolve) => setTimeout(resolve, 200));
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await admin.end();
      await ended; // the idle client's 'error' event has been emitted by now (an unhandled one fails the run)
      const again = await sql<{ one: number }>`SELECT 1 AS one`.execute(store.db);
      expect(Number(again.rows[0]!.one)).toBe(1);
    } finally {
      await store.close();
    }
  });
});
