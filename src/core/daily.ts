import { errorFields, logLine } from './log.ts';
import { VIETNAM_OFFSET_MS } from './time.ts';

const DAY_MS = 86_400_000;

/** Milliseconds from `now` to the next moment Vietnam's clock reads `at` ('HH:MM'): strictly later, at most a day. */
export function msUntilLocal(at: string, now: number): number {
  const m = /^(\d{2}):(\d{2})$/.exec(at);
  if (!m) throw new Error(`not a time of day: ${at}`);
  const local = now + VIETNAM_OFFSET_MS;
  let next = local - (local % DAY_MS) + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  if (next <= local) next += DAY_MS;
  return next - local;
}

export interface Daily {
  /** No run after this; resolves when a run in progress has finished (so the database can be closed after it). */
  stop(): Promise<void>;
}

/**
 * Runs `job` once a day at `at` on Vietnam's clock, and once `firstAfterMs` after the start when given (a server
 * restarted after the hour, or stopped over a night, catches up). A run still going when the next is due is not
 * doubled; a run that fails is logged (JSON line, `name`) and the next day's runs as usual. The timers never keep
 * the process alive. The job's answer is logged as the run's fields.
 */
export function everyDay(name: string, job: () => Promise<Record<string, unknown>>, opts: { at: string; firstAfterMs?: number; now?: () => number }): Daily {
  const now = opts.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= job()
      .then(
        (fields) => logLine('info', name, fields),
        (e: unknown) => logLine('error', `${name} failed`, errorFields(e)),
      )
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      void run().then(() => schedule(msUntilLocal(opts.at, now())));
    }, ms);
    timer.unref();
  };
  schedule(opts.firstAfterMs ?? msUntilLocal(opts.at, now()));
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
