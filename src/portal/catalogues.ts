import type { DB } from '../core/db/database.ts';
import { installEventDays } from '../events/catalogue.ts';
import { installCitizenCriteria } from './criteria.ts';

/** Commemorative days and the learning-citizen criteria: data rows, installed when missing. */
export async function installCultureCatalogues(db: DB): Promise<void> {
  await installEventDays(db);
  await installCitizenCriteria(db);
}
