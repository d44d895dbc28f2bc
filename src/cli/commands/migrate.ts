import { loadConfig } from '../../core/config.ts';
import { openStore } from '../../core/db/database.ts';
import { migrate } from '../../core/db/migrate.ts';
import { installCatalogues } from '../../setup.ts';

export async function run(): Promise<number> {
  const store = openStore(loadConfig().databaseUrl);
  try {
    const applied = await migrate(store);
    await installCatalogues(store);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  } finally {
    await store.close();
  }
  return 0;
}
