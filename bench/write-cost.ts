import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createApiToken } from '../src/accounts/sessions.ts';
import { createUser } from '../src/accounts/users.ts';
import { openStore } from '../src/core/db/database.ts';
import { thisYear } from '../src/core/time.ts';
import { percentile } from './stats.ts';

/**
 * The CPU a `POST /api/v1/values` costs the server, with no reader beside it:
 * `tsx bench/write-cost.ts <database url> [--connections 50] [--seconds 10] [--profile dir]`.
 * The real app in its own process (bench/portal-server.ts), the bench's m1 writers (one visit figure per request,
 * another library and month each time); the server's user + system CPU time (from /proc) over the writes answered.
 * `--profile dir` runs the server under `--cpu-prof` (the profile is written when it stops).
 */
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '10' }, profile: { type: 'string' } },
});
const url = positionals[0];
if (!url) throw new Error('usage: write-cost.ts <database url> [--connections N] [--seconds N] [--profile dir]');

const store = openStore(url);
const admin =
  (await store.db.selectFrom('users').select('id').where('username', '=', 'bench-writer').executeTakeFirst())?.id ??
  (await createUser(store.db, { username: 'bench-writer', password: 'tai-mixed-load-7d3f9a2b5c1e', displayName: 'Bench', role: 'admin' }));
const { token } = await createApiToken(store.db, admin, 'bench write cost');
const libraries = (await store.db.selectFrom('institutions').select('code').where('kind', 'like', 'library_public%').orderBy('id').limit(5000).execute()).map(
  (r) => r.code,
);
await store.close();

const profile = args.profile ? ['--cpu-prof', '--cpu-prof-dir', args.profile] : [];
const env = { ...process.env, PG_POOL_SIZE: '20', LIFELONG_MICRO_CACHE: 'on' };
const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'bench/portal-server.ts', url], { stdio: ['ignore', 'pipe', 'inherit'], env });
const port = await new Promise<number>((resolve, reject) => {
  let out = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    const m = /PORT (\d+)/.exec(out);
    if (m) resolve(Number(m[1]));
  });
  child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
});
/** The child's user + system time in ms (clock ticks of 10 ms). */
const cpuMs = () => {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

const year = thisYear() - 1;
let n = Math.floor(Math.random() * 1_000_000);
const body = () => {
  const i = n++;
  const row = {
    institution: libraries[(i * 7919) % libraries.length],
    dataElement: 'LIB_VISITS',
    period: `${year}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: 100 + (i % 900),
  };
  return JSON.stringify([row]);
};
const run = (seconds: number, connections: number) =>
  new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        timeout: 10,
        requests: [
          {
            method: 'POST',
            path: '/api/v1/values',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (req) => ({ ...req, body: body() }),
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies })),
    );
    instance.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  });

await run(2, 10); // warm: plans, prepared statements, the JIT
const before = cpuMs();
const { result, latencies } = await run(Number(args.seconds), Number(args.connections));
const used = cpuMs() - before;
const writes = result.requests.total;
console.log(
  JSON.stringify({
    url: url.replace(/\/\/[^@/]*@/, '//'),
    connections: Number(args.connections),
    writes,
    writesPerSecond: result.requests.average,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    serverCpuMs: used,
    cpuPerWriteMs: Number((used / writes).toFixed(3)),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    load: os.loadavg()[0],
  }),
);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
