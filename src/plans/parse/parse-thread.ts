import { UserError } from '../../core/errors.ts';
import { outOfMemory, tsWorker } from '../../core/worker.ts';
import { plansErrors } from '../messages.ts';
import { parsePlan } from './index.ts';
import type { ParsedPlanFull } from './types.ts';

/**
 * From this length on (characters; a plan runs to some 20,000–60,000, a 200-page scan to some 500,000) a text is parsed
 * on a worker thread: its seconds never hold the server's event loop, and a text the reader cannot finish in time or in
 * memory ends the thread, never the process.
 */
export const PARSE_THREAD_FROM = 200_000;
/** How long the thread may read (a 2 MB plan reads in about a second), and its heap. */
export const PARSE_THREAD_LIMITS = { seconds: 120, heapMb: 1024 };

/** A plan's text parsed where its length allows: at once when short, on a worker thread when long. */
export function parsePlanText(text: string, limits = PARSE_THREAD_LIMITS): Promise<ParsedPlanFull> {
  return text.length < PARSE_THREAD_FROM ? Promise.resolve(parsePlan(text)) : parsePlanInThread(text, limits);
}

/** A text parsed on a worker thread (parse-worker.ts), refused with E4054 when it is not read within the limits. */
export async function parsePlanInThread(text: string, limits = PARSE_THREAD_LIMITS): Promise<ParsedPlanFull> {
  const tooLong = () => new UserError(plansErrors.textTooLongToRead({ chars: text.length, seconds: limits.seconds }), 413);
  const worker = tsWorker(new URL('./parse-worker.ts', import.meta.url), { text }, { maxOldGenerationSizeMb: limits.heapMb });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<ParsedPlanFull>((resolve, reject) => {
      timer = setTimeout(() => reject(tooLong()), limits.seconds * 1000);
      worker.once('message', resolve);
      worker.once('error', (e) => reject(outOfMemory(e) ? tooLong() : e));
      worker.once('exit', (code) => reject(new Error(`the plan reading thread stopped (exit code ${code})`)));
    });
  } finally {
    clearTimeout(timer);
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
