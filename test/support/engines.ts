import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { canConnect, openStore, type Store } from '../../src/core/db/database.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { installCatalogues, openPlatform } from '../../src/setup.ts';

/**
 * Every database test runs on both engines. SQLite is in memory; PostgreSQL gets a fresh
 * database per store, created on the server named by LIFELONG_TEST_PG (an admin URL).
 * Under CI a missing PostgreSQL is a failure, never a silent skip.
 */
export const PG_ADMIN_URL = process.env.LIFELONG_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const hasPg = await canConnect(PG_ADMIN_URL, 2000);
if (!hasPg && process.env.CI) throw new Error(`CI: PostgreSQL is not reachable at ${PG_ADMIN_URL}; database tests must run on both engines.`);
if (!hasPg) console.warn(`PostgreSQL not reachable at ${PG_ADMIN_URL}: database tests run on SQLite only.`);

export type EngineName = 'sqlite' | 'postgres';
export const ENGINES: EngineName[] = hasPg ? ['sqlite', 'postgres'] : ['sqlite'];

const created: { name: string }[] = [];

/** A freshly migrated database on the engine, with the built-in catalogues. */
export async function freshStore(engine: EngineName): Promise<Store & { url: string }> {
  if (engine === 'sqlite') return Object.assign(await openPlatform(':memory:'), { url: ':memory:' });
  const store = await freshDatabase();
  await migrate(store);
  await installCatalogues(store);
  return store;
}

/** A new, empty PostgreSQL database, not migrated (for tests of a migration over older data); dropped on close. */
export async function freshDatabase(): Promise<Store & { url: string }> {
  const name = `lifelong_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push({ name });
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  const close = store.close;
  return Object.assign(store, {
    url: url.toString(),
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  });
}
