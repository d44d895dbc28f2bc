import { openStore, type Store } from './core/db/database.ts';
import { migrate } from './core/db/migrate.ts';
import { checkYearInputs, installCatalogue } from './network/institutions.ts';
import { installBuiltinElements } from './statistics/elements.ts';
import { installBuiltinIndicators } from './indicators/catalogue.ts';
import { installCultureCatalogues } from './portal/catalogues.ts';
import { onMapChanged } from './network/map-changes.ts';
import { rebuildAggregates } from './statistics/write.ts';
import { refuseLocked } from './statistics/locks.ts';

// a new map regroups every value: the maintained aggregates follow, in the importing transaction
onMapChanged(rebuildAggregates);
// an approved report's lock covers the status attributes of its year, as it covers values
checkYearInputs(refuseLocked);

/** Opens the database, applies migrations and installs the built-in catalogues. */
export async function openPlatform(url: string): Promise<Store> {
  const store = openStore(url);
  await migrate(store);
  await installCatalogues(store);
  return store;
}

/** The built-in institution kinds, attributes, data elements and indicators (only those missing). */
export async function installCatalogues(store: Store): Promise<void> {
  await installCatalogue(store.db);
  await installBuiltinElements(store.db);
  await installBuiltinIndicators(store.db);
  await installCultureCatalogues(store.db);
}
