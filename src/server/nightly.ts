import { type Daily, everyDay } from '../core/daily.ts';
import type { Store } from '../core/db/database.ts';
import { todayLocal } from '../core/time.ts';
import { expireLapsedHolds } from '../library/hold-expiry.ts';
import { compactWordIndex } from '../search/index.ts';

/**
 * What the server does once a night (issue 20): the holds nobody collected in their pickup period expire, their
 * copies to the next reader or the shelf (library/hold-expiry.ts, as `lifelong holds expire`); then the search's word
 * index is compacted (search/full-text.ts: on SQLite the day's FTS5 b-trees merged into one, a short transaction at a
 * time; each job runs and logs on its own, one failing does not stop the other). At 00:15 Vietnam
 * time, and a minute after the process starts (a night the server was down is caught up). One process runs it:
 * the only one, or under `serve --workers N` the worker the supervisor marks (server/workers.ts); several machines
 * on one database may each run it — every write is guarded on the state read, so a hold expires once.
 */

export const NIGHTLY_AT = '00:15';
const FIRST_AFTER_MS = 60_000;

/** Whether this deployment runs the nightly work: `LIFELONG_NIGHTLY=1` on, `0` off; unset, on except under the tests. */
export function nightlyWanted(env: NodeJS.ProcessEnv): boolean {
  if (env.LIFELONG_NIGHTLY === '1') return true;
  if (env.LIFELONG_NIGHTLY === '0') return false;
  return !env.VITEST;
}

export function startNightly(store: Store, opts: { firstAfterMs?: number; now?: () => number } = {}): Daily {
  const now = opts.now ?? Date.now;
  const when = { at: NIGHTLY_AT, firstAfterMs: opts.firstAfterMs ?? FIRST_AFTER_MS, now };
  const holds = everyDay(
    'nightly: holds past their pickup period expired',
    async () => {
      const r = await expireLapsedHolds(store.db, { today: todayLocal(now()) });
      return { today: r.today, expired: r.expired.length, gone: r.gone };
    },
    when,
  );
  const search = everyDay('nightly: search index compacted', async () => ({ steps: await compactWordIndex(store.db) }), when);
  return {
    async stop() {
      await Promise.all([holds.stop(), search.stop()]);
    },
  };
}
