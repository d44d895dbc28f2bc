import { serve } from '@hono/node-server';
import type { Config } from '../core/config.ts';
import type { Store } from '../core/db/database.ts';
import { listenForChanges } from '../core/db/change-notices.ts';
import { openReplicas } from '../core/db/replicas.ts';
import { sharedSecret } from '../core/db/shared-secret.ts';
import { logLine } from '../core/log.ts';
import { publicTableChanged } from '../portal/micro-cache.ts';
import { codeTableChanged } from '../statistics/code-memory.ts';
import { createApp } from './app.tsx';
import { startNightly } from './nightly.ts';

/** How long requests in flight may take to finish once the process is asked to stop, before it stops anyway. */
export const DRAIN_MS = 10_000;

export interface Serving {
  port: number;
  /** Stops taking requests, lets those in flight finish (up to DRAIN_MS), closes the database. */
  close(): Promise<void>;
}

/**
 * One server process on an open platform: the app, and what makes it one of many on PostgreSQL — the signing
 * secret shared through the database (unless `LIFELONG_SECRET` sets it), and the kept pages forgotten when any
 * process commits a change (core/db/change-notices.ts). A process being stopped answers `/readyz` with 503 at
 * once (a balancer in front sends no new requests) and finishes the requests it has.
 */
export async function serveProcess(
  store: Store,
  config: Config,
  onListening: (port: number) => void,
  opts: { /** This process runs the nightly work (server/nightly.ts); off unless asked. */ nightly?: boolean } = {},
): Promise<Serving> {
  if (store.engine === 'postgres' && !process.env.LIFELONG_SECRET) config.secret = await sharedSecret(store.db);
  // a change of the map or the elements also forgets the remembered codes (a speed-up: the write statement checks the version)
  const changed = (table: string) => (publicTableChanged(table), codeTableChanged(table));
  const changes = store.engine === 'postgres' ? listenForChanges(config.databaseUrl, changed) : undefined;
  // DATABASE_REPLICA_URLS: streaming replicas for the anonymous public reading (comma-separated)
  const replicaUrls = (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const replicas = store.engine === 'postgres' && replicaUrls.length > 0 ? openReplicas(config.databaseUrl, replicaUrls) : undefined;
  const app = createApp(store, config, replicas?.store);
  const nightly = opts.nightly ? startNightly(store) : undefined;
  let draining = false;
  const fetch = (req: Request) => (draining && new URL(req.url).pathname === '/readyz' ? new Response('stopping', { status: 503 }) : app.fetch(req));
  let resolvePort: (port: number) => void = () => undefined;
  const port = new Promise<number>((resolve) => {
    resolvePort = resolve;
  });
  const server = serve({ fetch, port: config.port }, (info) => {
    onListening(info.port);
    resolvePort(info.port);
  });
  const close = async () => {
    if (draining) return;
    draining = true;
    await new Promise<void>((done) => {
      const force = setTimeout(() => {
        logLine('warn', 'requests still in flight at shutdown were cut', { afterMs: DRAIN_MS });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, DRAIN_MS);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        done();
      });
      // keep-alive connections with no request in flight would hold the close
      if ('closeIdleConnections' in server) server.closeIdleConnections();
    });
    await nightly?.stop();
    await changes?.close();
    await replicas?.close();
    await store.close();
  };
  return { port: await port, close };
}
