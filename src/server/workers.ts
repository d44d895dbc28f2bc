import cluster, { type Worker } from 'node:cluster';
import { logLine } from '../core/log.ts';

/** Set in the environment of the one worker that runs the nightly work (server/nightly.ts). */
export const NIGHTLY_WORKER = 'LIFELONG_NIGHTLY_WORKER';

/** A worker that dies sooner than this after it started is in a crash loop: the next one waits longer. */
const QUICK_DEATH_MS = 5_000;

/**
 * The primary of `serve --workers N` (node:cluster: the workers share the port; the operating system spreads the
 * connections). It keeps N workers: one that exits without being asked (a crash, SIGKILL, out of memory) is
 * replaced — at once, or after a growing wait when they keep dying right after starting. SIGTERM/SIGINT stop the
 * workers gracefully (each finishes its requests in flight) and then the primary. One worker at a time runs the
 * nightly work (`LIFELONG_NIGHTLY_WORKER=1` in its environment): the first, then whichever replaces it.
 */
export function superviseWorkers(count: number, onAllStopped: () => void): void {
  let stopping = false;
  let delay = 0;
  const started = new Map<Worker, number>();
  let nightly: Worker | undefined;
  const fork = (runsNightly: boolean) => {
    const w = cluster.fork(runsNightly ? { [NIGHTLY_WORKER]: '1' } : {});
    started.set(w, Date.now());
    if (runsNightly) nightly = w;
  };
  for (let i = 0; i < count; i++) fork(i === 0);
  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker) ?? 0);
    started.delete(worker);
    const wasNightly = worker === nightly;
    if (wasNightly) nightly = undefined;
    if (stopping) {
      if (started.size === 0) onAllStopped();
      return;
    }
    delay = lived < QUICK_DEATH_MS ? Math.min(Math.max(delay * 2, 250), 10_000) : 0;
    logLine('error', 'a server worker stopped; starting another', { pid: worker.process.pid, code, signal, restartInMs: delay });
    setTimeout(() => fork(wasNightly), delay);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (started.size === 0) return onAllStopped();
    for (const w of started.keys()) w.process.kill('SIGTERM');
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
