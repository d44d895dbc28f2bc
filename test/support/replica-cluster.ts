import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real PostgreSQL primary and a streaming replica of it on loopback (issue 23): `initdb`, then
 * `pg_basebackup -R` (which writes the standby's connection settings), each on a port of its own, in throwaway
 * folders. As root the servers run as the `postgres` user. Undefined when the machine has no PostgreSQL binaries.
 */
export interface ReplicaCluster {
  primaryUrl: string;
  replicaUrl: string;
  /** Stops the replica at once (as a crash would). */
  stopReplica(): void;
  /** Stops the primary at once (a crash, a restart's first half), and starts it again on the same port and data. */
  stopPrimary(): void;
  startPrimary(): void;
  stop(): void;
}

export function pgBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_basebackup')));
  versions.sort((a, b) => Number(a) - Number(b));
  const v = versions.at(-1);
  return v ? join(root, v, 'bin') : undefined;
}

const asRoot = process.getuid?.() === 0;

function run(bin: string, tool: string, args: string[]): void {
  const cmd = join(bin, tool);
  if (asRoot) execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', [cmd, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')], { stdio: 'pipe' });
  else execFileSync(cmd, args, { stdio: 'pipe' });
}

export function startReplicaCluster(primaryPort: number, replicaPort: number): ReplicaCluster | undefined {
  const bin = pgBin();
  if (!bin) return undefined;
  const base = mkdtempSync(join(tmpdir(), 'lifelong-replica-'));
  if (asRoot) chownSync(base, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const primaryDir = join(base, 'primary');
  const replicaDir = join(base, 'replica');
  const opts = (port: number) => `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c wal_level=replica -c max_wal_senders=4 -c hot_standby=on`;
  run(bin, 'initdb', ['-D', primaryDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  run(bin, 'pg_ctl', ['-D', primaryDir, '-o', opts(primaryPort), '-l', join(base, 'primary.log'), '-w', 'start']);
  run(bin, 'pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', replicaDir, '-R', '-X', 'stream']);
  run(bin, 'pg_ctl', ['-D', replicaDir, '-o', opts(replicaPort), '-l', join(base, 'replica.log'), '-w', 'start']);
  const stopOne = (dir: string) => {
    try {
      run(bin, 'pg_ctl', ['-D', dir, '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
  };
  return {
    primaryUrl: `postgres://postgres@127.0.0.1:${primaryPort}/postgres`,
    replicaUrl: `postgres://postgres@127.0.0.1:${replicaPort}/postgres`,
    stopReplica: () => stopOne(replicaDir),
    stopPrimary: () => stopOne(primaryDir),
    startPrimary: () => run(bin, 'pg_ctl', ['-D', primaryDir, '-o', opts(primaryPort), '-l', join(base, 'primary.log'), '-w', 'start']),
    stop: () => {
      stopOne(replicaDir);
      stopOne(primaryDir);
      rmSync(base, { recursive: true, force: true });
    },
  };
}
