import BetterSqlite3 from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import pg from 'pg';
import { coreErrors, UserError } from '../errors.ts';
import { isPostgresUrl } from './database.ts';
import { knownMigrations } from './migrate.ts';

/**
 * Backups of the whole database, and their restore, on either engine: SQLite through its online backup API (a
 * consistent copy while the server runs), PostgreSQL through `pg_dump`/`pg_restore` in their custom format. A restore
 * first reads the whole file into a new database beside the current one and checks it — it opens, and it holds no
 * migration this code does not know (a newer schema) — and only then puts it in the current one's place, so a broken,
 * cut-short or newer file leaves the current database as it was. Restore with the server stopped.
 */

const run = promisify(execFile);

export interface BackupDone {
  file: string;
  bytes: number;
}

export async function backupDatabase(url: string, file: string): Promise<BackupDone> {
  if (isPostgresUrl(url)) await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${url}`]);
  else {
    const db = new BetterSqlite3(url, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
  }
  return { file, bytes: statSync(file).size };
}

export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new UserError(coreErrors.backupMissing({ file }), 404);
  if (isPostgresUrl(url)) await restorePostgres(url, file);
  else restoreSqlite(url, file);
}

/** The first migration a restored database has that this code does not know: a newer schema. */
function newerThanCode(applied: string[]): string | undefined {
  const known = new Set(knownMigrations());
  return applied.find((m) => !known.has(m));
}

function restoreSqlite(url: string, file: string): void {
  const staged = `${url}.restoring-${randomBytes(4).toString('hex')}`;
  try {
    const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
      const applied = copy.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];
      const newer = newerThanCode(applied);
      if (newer) throw new UserError(coreErrors.backupNewer({ file, migration: newer }), 409);
      // a copy through the backup API (not of the file's bytes): a consistent database in the staged file
      copy.exec(`VACUUM INTO '${staged.replaceAll("'", "''")}'`);
    } finally {
      copy.close();
    }
  } catch (e) {
    rmSync(staged, { force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(coreErrors.backupUnreadable({ file, detail: (e as Error).message }));
  }
  for (const side of ['-wal', '-shm']) rmSync(`${url}${side}`, { force: true });
  renameSync(staged, url);
}

async function restorePostgres(url: string, file: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const staged = `${name}_restoring_${randomBytes(4).toString('hex')}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const stagedUrl = new URL(url);
  stagedUrl.pathname = `/${staged}`;
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const quoted = (n: string) => `"${n.replaceAll('"', '""')}"`;
  try {
    await client.query(`CREATE DATABASE ${quoted(staged)}`);
    try {
      // tables loaded and indexes built side by side, one job per core (the custom format allows it)
      const jobs = String(Math.max(1, Math.min(8, availableParallelism())));
      await run(pgTool('pg_restore'), ['--no-owner', '--exit-on-error', `--jobs=${jobs}`, `--dbname=${stagedUrl}`, file]);
      const applied = new pg.Client({ connectionString: stagedUrl.toString() });
      await applied.connect();
      const names = (await applied.query<{ name: string }>('SELECT name FROM kysely_migration ORDER BY name').finally(() => applied.end())).rows;
      const newer = newerThanCode(names.map((r) => r.name));
      if (newer) throw new UserError(coreErrors.backupNewer({ file, migration: newer }), 409);
    } catch (e) {
      await client.query(`DROP DATABASE IF EXISTS ${quoted(staged)} WITH (FORCE)`);
      if (e instanceof UserError) throw e;
      const detail = ((e as { stderr?: string }).stderr || (e as Error).message).trim().split('\n')[0] ?? '';
      throw new UserError(coreErrors.backupUnreadable({ file, detail }));
    }
    // the checked copy takes the current database's name (a new machine may have none yet); the old one goes
    const exists = (await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount! > 0;
    const old = `${name}_replaced_${randomBytes(4).toString('hex')}`;
    if (exists) {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      await client.query(`ALTER DATABASE ${quoted(name)} RENAME TO ${quoted(old)}`);
    }
    await client.query(`ALTER DATABASE ${quoted(staged)} RENAME TO ${quoted(name)}`);
    if (exists) await client.query(`DROP DATABASE ${quoted(old)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL client program, from the PATH (Debian's wrapper picks the version that matches the server). */
function pgTool(tool: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) if (existsSync(`${dir}/${tool}`)) return `${dir}/${tool}`;
  throw new UserError(coreErrors.backupToolMissing({ tool }));
}
