import { loadConfig } from '../core/config.ts';
import type { Store } from '../core/db/database.ts';
import { openPlatform } from '../setup.ts';

/** Opens the platform's database from the environment for one CLI command and closes it after. */
export async function withPlatform<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openPlatform(loadConfig().databaseUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
