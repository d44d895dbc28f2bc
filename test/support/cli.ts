import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { openPlatform } from '../../src/setup.ts';
import { type EngineName, freshStore } from './engines.ts';

/** The `lifelong` command as a child process, so the tests run what a terminal or cron runs. */
const command = (args: string[]) => ['tsx', 'src/cli/main.ts', ...args];
const envFor = (url: string) => ({ ...process.env, DATABASE_URL: url });

/** A temporary folder for the test file, removed after its tests. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A migrated store a child process can open too: on SQLite the file at `file` (an in-memory
 * database belongs to the test's process alone), on PostgreSQL a fresh database.
 */
export async function cliStore(engine: EngineName, file: string): Promise<Store & { url: string }> {
  if (engine === 'sqlite') return Object.assign(await openPlatform(file), { url: file });
  return freshStore(engine);
}

/** Runs `lifelong <args>` against the database at `url`: what it printed (standard output, then errors) and its exit code. */
export function runCli(url: string, ...args: string[]): { out: string; code: number } {
  try {
    const out = execFileSync('npx', command(args), { env: envFor(url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { out, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; status: number };
    return { out: `${err.stdout}${err.stderr}`, code: err.status };
  }
}

const run = promisify(execFile);
/** Runs `lifelong <args>` against the database at `url` without blocking; rejects when it exits non-zero. */
export const runCliAsync = (url: string, args: string[]) => run('npx', command(args), { env: envFor(url), timeout: 120_000 });
