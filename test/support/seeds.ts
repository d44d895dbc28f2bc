import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The five real seed plans (Kế hoạch documents, `000_….txt` … `004_….txt`) are not part of the
 * repository: they are read from `$LIFELONG_SHARED_DIR/seeds`, or `../shared/seeds` beside the
 * repository. The tests written over them are skipped when the folder is absent, and say so in one
 * line; every other test is self-contained.
 */
const repository = fileURLToPath(new URL('../../', import.meta.url));
/** The shared folder beside the repository (seed plans, and fixtures that may not be committed). */
export const SHARED_DIR = process.env.LIFELONG_SHARED_DIR ? path.resolve(process.env.LIFELONG_SHARED_DIR) : path.resolve(repository, '../shared');
export const SEEDS_DIR = path.join(SHARED_DIR, 'seeds');

/** The seed plans' file names, sorted; none when the folder is absent. */
export const seedFiles: string[] = existsSync(SEEDS_DIR)
  ? readdirSync(SEEDS_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
export const hasSeeds = seedFiles.length > 0;
export const SEEDS_SKIPPED = `seed plans not found at ${SEEDS_DIR}: skipped`;
if (!hasSeeds) console.warn(SEEDS_SKIPPED);

/** A suite's title, with the reason it is skipped when the seeds are absent (use with `describe.skipIf(!hasSeeds)`). */
export const seedsTitle = (title: string) => (hasSeeds ? title : `${title} (${SEEDS_SKIPPED})`);

/** The path of seed `id` ('000' … '004'). */
export function seedPath(id: string): string {
  const file = seedFiles.find((f) => f.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
  return path.join(SEEDS_DIR, file);
}

export const seedText = (id: string): string => readFileSync(seedPath(id), 'utf8');
