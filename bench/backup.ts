import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { backupDatabase, restoreDatabase } from '../src/core/db/backup.ts';
import { isPostgresUrl, openStore, type Store } from '../src/core/db/database.ts';
import { now, type Figure } from './stats.ts';

/**
 * k1) `lifelong backup` and `lifelong restore` of the national data set (informational: the issue asks for the time and
 * the size on each engine): the data set backed up to a file, restored into a database beside it (a new PostgreSQL
 * database, a new SQLite file, as on a new machine), and the copy checked against the original — the values' count
 * and sum, the aggregates' sum — before it is dropped.
 */
export const BACKUP_FIGURES = ['k1'];

async function fingerprint(store: Store) {
  const v = (await sql<{ n: string; s: number }>`SELECT COUNT(*) AS n, SUM(value) AS s FROM data_values`.execute(store.db)).rows[0]!;
  const a = (await sql<{ n: string; s: number }>`SELECT COUNT(*) AS n, SUM(value) AS s FROM agg_totals`.execute(store.db)).rows[0]!;
  return { values: Number(v.n), valueSum: Number(v.s), totals: Number(a.n), totalSum: Number(a.s) };
}

/** Where the copy is restored: a database or file of its own, beside the data set's. */
function besideUrl(url: string): string {
  if (!isPostgresUrl(url)) return `${url}.restored`;
  const u = new URL(url);
  u.pathname = `${u.pathname}_restored`;
  return u.toString();
}

async function drop(url: string): Promise<void> {
  if (!isPostgresUrl(url)) {
    for (const side of ['', '-wal', '-shm']) rmSync(`${url}${side}`, { force: true });
    return;
  }
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`).finally(() => c.end());
}

export async function backupFigure(store: Store, url: string, log: (line: string) => void): Promise<Figure> {
  const dir = mkdtempSync(join(tmpdir(), 'lifelong-bench-backup-'));
  const file = join(dir, 'national.backup');
  const target = besideUrl(url);
  try {
    const original = await fingerprint(store);
    await drop(target);
    let t = now();
    const { bytes } = await backupDatabase(url, file);
    const backupSeconds = (now() - t) / 1000;
    log(`  (backup: ${(bytes / 1e6).toFixed(0)} MB in ${backupSeconds.toFixed(0)} s; restoring)`);
    t = now();
    await restoreDatabase(target, file);
    const restoreSeconds = (now() - t) / 1000;
    const copy = openStore(target);
    const restored = await fingerprint(copy).finally(() => copy.close());
    const same = JSON.stringify(restored) === JSON.stringify(original);
    return {
      id: 'k1',
      name: `backup + restore of the data set (${Math.round(bytes / 1e6).toLocaleString('en')} MB)`,
      engine: store.engine,
      measured: backupSeconds + restoreSeconds,
      unit: 's',
      target: '— (time and size reported)',
      pass: same,
      informational: true,
      details: { backupSeconds, restoreSeconds, bytes, megabytes: bytes / 1e6, original, restored, identical: same },
    };
  } finally {
    await drop(target);
    rmSync(dir, { recursive: true, force: true });
  }
}
