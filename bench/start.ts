import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { percentile, type Figure } from './stats.ts';

/**
 * Issue 23's fast start, from the compiled build against the TypeScript run through tsx, in one run:
 *  s1) `lifelong --help` answered (median of runs; ≤ 500 ms);
 *  s2) `lifelong serve` listening on an existing database: from the spawn to the first answer of `/healthz` (≤ 2 s).
 * The build is `npm run build` (which `npm install` runs); `LIFELONG_FROM_SOURCE=1` is the baseline.
 */
export const START_FIGURES = ['s1', 's2'];

const BIN = new URL('../bin/lifelong.js', import.meta.url).pathname;
const BUILT = new URL('../dist/.built', import.meta.url).pathname;

function timed(env: NodeJS.ProcessEnv): number {
  const t = performance.now();
  execFileSync(process.execPath, [BIN, '--help'], { env: { ...process.env, ...env }, stdio: 'ignore' });
  return performance.now() - t;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function listening(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const t = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], {
    env: { ...process.env, ...env, DATABASE_URL: databaseUrl },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve ended with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - t;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const median = (xs: number[]) => percentile(xs, 50);

export async function startFigures(databaseUrl: string, opts: { runs: number; only: Set<string> }): Promise<Figure[]> {
  if (!existsSync(BUILT)) throw new Error('no compiled build: run `npm run build` first');
  const out: Figure[] = [];
  const source = { LIFELONG_FROM_SOURCE: '1' };
  if (opts.only.has('s1')) {
    timed({});
    const compiled: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      compiled.push(timed({}));
      tsx.push(timed(source));
    }
    const measured = median(compiled);
    const baseline = median(tsx);
    out.push({
      id: 's1',
      name: '`lifelong --help`, compiled (median)',
      engine: '—',
      measured,
      unit: 'ms',
      target: '≤ 500 ms',
      pass: measured <= 500,
      baseline: { name: 'through tsx', value: baseline, unit: 'ms' },
      ratio: baseline / measured,
      ratioLabel: 'faster',
      details: { compiled, tsx },
    });
  }
  if (opts.only.has('s2')) {
    await listening(databaseUrl, {});
    const compiled: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < opts.runs; i++) {
      compiled.push(await listening(databaseUrl, {}));
      tsx.push(await listening(databaseUrl, source));
    }
    const measured = median(compiled);
    const baseline = median(tsx);
    out.push({
      id: 's2',
      name: '`lifelong serve` answering on an existing database, compiled (median)',
      engine: 'sqlite',
      measured,
      unit: 'ms',
      target: '≤ 2 s',
      pass: measured <= 2000,
      baseline: { name: 'through tsx', value: baseline, unit: 'ms' },
      ratio: baseline / measured,
      ratioLabel: 'faster',
      details: { compiled, tsx },
    });
  }
  return out;
}
