import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { TEST_SECRET } from './server.ts';

/** The app over a test store on a free port: its base URL and a close that ends its connections. */
export async function liveApp(store: Store): Promise<{ base: string; close: () => Promise<void> }> {
  const app = createApp(store, { databaseUrl: '', port: 0, secret: TEST_SECRET, secureCookies: false });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
