import { loadConfig } from '../../core/config.ts';
import { openStore } from '../../core/db/database.ts';
import { migrate } from '../../core/db/migrate.ts';
import { withPlatform } from '../context.ts';

export async function run(): Promise<number> {
  const store = openStore(loadConfig().databaseUrl);
  const applied = await migrate(store);
  await store.close();
  await withPlatform(async () => undefined); // installs the built-in catalogues
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  return 0;
}
