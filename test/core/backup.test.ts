import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '../../src/core/db/backup.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { indicatorMatrix } from '../../src/indicators/evaluate.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { openPlatform } from '../../src/setup.ts';
import pg from 'pg';
import { ENGINES, PG_ADMIN_URL } from '../support/engines.ts';

/** What a restore must bring back exactly: every table's row count, the stored values' sum, the indicators of 2024. */
async function fingerprint(store: Store) {
  const db = store.db;
  const tables = [
    'units',
    'institutions',
    'data_values',
    'agg_values',
    'agg_totals',
    'audit_log',
    'users',
    'plans',
    'lib_items',
    'lib_loans',
    'events',
  ] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = Number((await sql<{ n: number }>`SELECT COUNT(*) AS n FROM ${sql.table(t)}`.execute(db)).rows[0]!.n);
  const sum = Number((await sql<{ s: number }>`SELECT SUM(value) AS s FROM data_values`.execute(db)).rows[0]!.s);
  const matrix = await indicatorMatrix(db, 2024);
  const indicators = [...matrix].map(([unit, m]) => [unit, [...m].sort()] as const).sort((a, b) => a[0] - b[0]);
  return { counts, sum, indicators };
}

describe.each(ENGINES)('backup and restore on %s', (engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'lifelong-backup-'));
  let url: string;
  let store: Store;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const file = join(dir, 'demo.backup');
  const pgName = `lifelong_test_backup_${process.pid}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: PG_ADMIN_URL });
    await c.connect();
    await c.query(statement).finally(() => c.end());
  };

  beforeAll(async () => {
    if (engine === 'sqlite') {
      url = join(dir, 'lifelong.db');
      store = await openPlatform(url);
    } else {
      await admin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
      await admin(`CREATE DATABASE ${pgName}`);
      const u = new URL(PG_ADMIN_URL);
      u.pathname = `/${pgName}`;
      url = u.toString();
      store = await openPlatform(url);
    }
    await seedDemo(store);
    before = await fingerprint(store);
    expect(before.counts.data_values).toBeGreaterThan(100);
    await backupDatabase(url, file);
    await store.close();
  }, 120_000);
  afterAll(async () => {
    if (engine === 'postgres') await admin(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  });

  const reopen = async () => {
    store = await openPlatform(url);
    return store;
  };
  const changeSomething = async () => {
    const s = await reopen();
    await sql`DELETE FROM audit_log`.execute(s.db);
    await sql`UPDATE data_values SET value = value + 1`.execute(s.db);
    const changed = await fingerprint(s);
    await s.close();
    return changed;
  };

  it('round-trips the demo: every count, the values and every indicator as they were', async () => {
    const changed = await changeSomething();
    expect(changed).not.toEqual(before);
    await restoreDatabase(url, file);
    const s = await reopen();
    expect(await fingerprint(s)).toEqual(before);
    await s.close();
  }, 120_000);

  it('restores onto a machine that has no such database yet', async () => {
    let fresh: string;
    if (engine === 'sqlite') fresh = join(dir, 'new-machine.db');
    else {
      await admin(`DROP DATABASE IF EXISTS ${pgName}_new WITH (FORCE)`);
      const u = new URL(PG_ADMIN_URL);
      u.pathname = `/${pgName}_new`;
      fresh = u.toString();
    }
    try {
      await restoreDatabase(fresh, file);
      const s = await openPlatform(fresh);
      expect(await fingerprint(s)).toEqual(before);
      await s.close();
    } finally {
      if (engine === 'postgres') await admin(`DROP DATABASE IF EXISTS ${pgName}_new WITH (FORCE)`);
    }
  }, 120_000);

  it('refuses a file cut short, and a file that is no backup, leaving the current database untouched', async () => {
    const changed = await changeSomething();
    const cut = join(dir, 'cut.backup');
    const bytes = readFileSync(file);
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const junk = join(dir, 'junk.backup');
    writeFileSync(junk, 'not a backup at all');
    for (const bad of [cut, junk, join(dir, 'missing.backup')]) {
      const refused = await restoreDatabase(url, bad).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(UserError);
      expect((refused as UserError).said.code).toMatch(/^E102[14]$/);
    }
    const s = await reopen();
    expect(await fingerprint(s)).toEqual(changed);
    await s.close();
  }, 120_000);

  it('refuses a backup whose schema is newer than the code', async () => {
    const newer = join(dir, 'newer.backup');
    if (engine === 'sqlite') {
      writeFileSync(newer, readFileSync(file));
      const db = new BetterSqlite3(newer);
      db.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_the_future', '2030-01-01')").run();
      db.close();
    } else {
      // straight through the driver: the platform itself refuses to open a database with a migration it does not know
      const raw = new pg.Client({ connectionString: url });
      await raw.connect();
      await raw.query("INSERT INTO kysely_migration (name, timestamp) VALUES ('999_from_the_future', '2030-01-01')");
      await backupDatabase(url, newer);
      await raw.query("DELETE FROM kysely_migration WHERE name = '999_from_the_future'");
      await raw.end();
    }
    const refused = await restoreDatabase(url, newer).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).said.code).toBe('E1022');
    expect((refused as UserError).said.vi).toContain('999_from_the_future');
  }, 120_000);
});
