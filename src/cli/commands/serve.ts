import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../core/config.ts';
import { openPlatform } from '../../setup.ts';
import { serveProcess } from '../../server/serve-process.ts';
import { NIGHTLY_WORKER, superviseWorkers } from '../../server/workers.ts';
import { nightlyWanted } from '../../server/nightly.ts';
import { cliText } from '../messages.ts';

/**
 * `serve [--port N] [--workers N] [--no-demo]`. One process by default; `--workers N` (PostgreSQL) runs N
 * processes on one port under a supervisor that replaces any that dies. The database is migrated (and an empty
 * one given the demo data) once, before any process takes requests.
 */
export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, workers: { type: 'string' }, 'no-demo': { type: 'boolean' } } });
  const config = loadConfig();
  if (values.port) config.port = Number(values.port);
  const t = cliText('vi');
  const workers = values.workers === undefined ? 1 : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    console.error(t.badWorkers({ value: values.workers ?? '' }));
    return 2;
  }
  const store = await openPlatform(config.databaseUrl);
  if (workers > 1 && store.engine !== 'postgres') {
    console.error(t.workersNeedPostgres({ n: workers }));
    await store.close();
    return 2;
  }
  if (cluster.isPrimary) {
    const empty = !(await store.db.selectFrom('units').select('id').limit(1).executeTakeFirst());
    if (empty && !values['no-demo']) {
      const { seedDemo } = await import('../../seed/demo.ts');
      console.log(`${t.emptyDatabase} / ${cliText('en').emptyDatabase}`);
      console.log(await seedDemo(store));
    }
  }
  if (cluster.isPrimary && workers > 1) {
    await store.close();
    superviseWorkers(workers, () => process.exit(0));
    console.log(`Lifelong: http://localhost:${config.port} (${store.engine}, ${workers} workers)`);
    return new Promise<number>(() => undefined);
  }
  // the nightly work runs in one process: this one alone, or the worker the supervisor marked
  const nightly = nightlyWanted(process.env) && (cluster.isPrimary || process.env[NIGHTLY_WORKER] === '1');
  const serving = await serveProcess(
    store,
    config,
    (port) => {
      if (cluster.isPrimary) console.log(`Lifelong: http://localhost:${port} (${store.engine})`);
    },
    { nightly },
  );
  const stop = () => void serving.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>(() => undefined);
}
