import os from 'node:os';
import { parseArgs } from 'node:util';
import { openStore } from '../src/core/db/database.ts';
import { percentile } from './stats.ts';
import { mixedReadPaths, postValues, visitWriters } from './load.ts';
import { load, startServer } from './portal.ts';

/**
 * The CPU a read of m1 costs the server: `tsx bench/read-cost.ts <database url> [--connections 150] [--seconds 10]
 * [--writers 0] [--workers 1] [--profile dir]`. The real app in its own process (or `serve --workers N`), m1's readers
 * (the dashboards of the nation and the provinces, the catalogue searches) and, with `--writers N`, m1's writers beside
 * them; the server's user + system CPU time (from /proc) over the requests answered, and the micro-cache's counts.
 * With writers, CPU per read is the rest after `--write-cost` ms per write (bench/write-cost.ts's figure).
 */
const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    connections: { type: 'string', default: '150' },
    writers: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '10' },
    workers: { type: 'string', default: '1' },
    'write-cost': { type: 'string' },
    profile: { type: 'string' },
  },
});
const url = positionals[0];
if (!url) throw new Error('usage: read-cost.ts <database url> [--connections N] [--writers N] [--seconds N] [--workers N] [--profile dir]');

const store = openStore(url);
const paths = await mixedReadPaths(store);
const writers = Number(args.writers);
const { token, body } = writers > 0 ? await visitWriters(store, 'bench read cost', Math.floor(Math.random() * 1_000_000)) : { token: '', body: () => '' };
await store.close();

if (args.profile) process.env.LIFELONG_BENCH_CPU_PROF = args.profile;
const server = await startServer(url, true, { workers: Number(args.workers) });
const { base, child } = server;
await load(base, paths, 0, 20, Math.max(20, paths.length)); // every page once: kept by the micro-cache
const seconds = Number(args.seconds);
const before = [server.cpuMs(), await server.cacheStats()] as const;
const client = process.cpuUsage();
const [reads, writes] = await Promise.all([
  load(base, paths, seconds, Number(args.connections)),
  writers > 0 ? postValues(base, token, body, seconds, writers) : undefined,
]);
const used = server.cpuMs() - before[0];
const { user, system } = process.cpuUsage(client);
const after = await server.cacheStats();
const cache = before[1] && after ? Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[1]![k] ?? 0)])) : undefined;
const n = reads.result.requests.total;
const w = writes?.result.requests.total ?? 0;
const writeCost = args['write-cost'] === undefined ? undefined : Number(args['write-cost']);
console.log(
  JSON.stringify({
    url: url.replace(/\/\/[^@/]*@/, '//'),
    connections: Number(args.connections),
    reads: n,
    readsPerSecond: reads.result.requests.average,
    readP95: percentile(reads.latencies, 95),
    writes: w,
    writesPerSecond: writes?.result.requests.average,
    writeP95: writes ? percentile(writes.latencies, 95) : undefined,
    non2xx: reads.result.non2xx + (writes?.result.non2xx ?? 0),
    errors: reads.result.errors + reads.result.timeouts + (writes ? writes.result.errors + writes.result.timeouts : 0),
    serverCpuMs: used,
    cpuPerRequestMs: Number((used / Math.max(1, n + w)).toFixed(3)),
    ...(writeCost !== undefined ? { cpuPerReadMs: Number(((used - w * writeCost) / Math.max(1, n)).toFixed(3)) } : {}),
    /** the load generator's own CPU (autocannon, this process): on 2 cores it shares the machine with the server */
    clientCpuMs: Math.round((user + system) / 1000),
    kbPerRead: Number((reads.result.throughput.total / Math.max(1, n) / 1024).toFixed(2)),
    cache,
    load: os.loadavg()[0],
  }),
);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
