import os from 'node:os';
import { parseArgs } from 'node:util';
import { openStore } from '../src/core/db/database.ts';
import { percentile } from './stats.ts';
import { postValues, visitWriters } from './load.ts';
import { startServer } from './portal.ts';

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
const { token, body } = await visitWriters(store, 'bench write cost', Math.floor(Math.random() * 1_000_000));
await store.close();

if (args.profile) process.env.LIFELONG_BENCH_CPU_PROF = args.profile;
const { base, child, cpuMs } = await startServer(url, true);
const run = (seconds: number, connections: number) => postValues(base, token, body, seconds, connections);

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
