import type { DB } from '../core/db/database.ts';

/**
 * Who must follow when the map changes (units added, recoded, merged): the statistics' maintained aggregates are
 * rebuilt in the importing transaction. The network sits below them and imports none of them: the composition
 * root (`src/setup.ts`) registers the listener, so dependencies keep pointing one way.
 */
export type MapChanged = (trx: DB) => Promise<unknown>;

const listeners = new Set<MapChanged>();
export function onMapChanged(listener: MapChanged): void {
  listeners.add(listener);
}

/** Runs every listener, in order, in the caller's transaction. */
export async function mapChanged(trx: DB): Promise<void> {
  for (const l of listeners) await l(trx);
}
