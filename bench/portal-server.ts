import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { openStore } from '../src/core/db/database.ts';
import { createApp } from '../src/server/app.tsx';
import { microCacheStats } from '../src/portal/micro-cache.ts';
import { codeMemoryCounts } from '../src/statistics/code-memory.ts';

/** The real app on a loopback port, in its own process (the load generator must not share its event loop). */
const url = process.argv[2];
if (!url) throw new Error('usage: portal-server.ts <database url>');
const store = openStore(url);
const app = createApp(store, { databaseUrl: url, port: 0, secret: 'bench-secret-0123456789abcdef', secureCookies: false });
// requests still being answered when the load stops (their clients gone) finish before the store closes
let answering = 0;
let drained: (() => void) | undefined;
const fetch = async (request: Request) => {
  answering++;
  try {
    return await app.fetch(request);
  } finally {
    if (--answering === 0) drained?.();
  }
};
const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => process.stdout.write(`PORT ${info.port}\n`));
// SIGUSR2: the micro-cache's counts so far, as a line `CACHE {…}` on standard output (the bench reads them before and after a load)
process.on('SIGUSR2', () => process.stdout.write(`CACHE ${JSON.stringify(microCacheStats())}\n`));
process.on('SIGTERM', () => {
  process.stderr.write(
    `portal server: micro-cache ${JSON.stringify(microCacheStats())}, codes ${JSON.stringify(codeMemoryCounts)}, load ${os.loadavg()[0]!.toFixed(1)}\n`,
  );
  server.close();
  const idle = answering === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
  void idle.then(() => store.close()).then(() => process.exit(0));
});
