import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { loadConfig } from '../../core/config.ts';
import { openPlatform } from '../../setup.ts';
import { createApp } from '../../server/app.tsx';
import { cliText } from '../messages.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'no-demo': { type: 'boolean' } } });
  const config = loadConfig();
  if (values.port) config.port = Number(values.port);
  const store = await openPlatform(config.databaseUrl);
  const empty = !(await store.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
  if (empty && !values['no-demo']) {
    const { seedDemo } = await import('../../seed/demo.ts');
    console.log(`${cliText('vi').emptyDatabase} / ${cliText('en').emptyDatabase}`);
    console.log(await seedDemo(store));
  }
  const app = createApp(store, config);
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    console.log(`Lifelong: http://localhost:${info.port} (${store.engine})`);
  });
  const stop = () => server.close(() => void store.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}
