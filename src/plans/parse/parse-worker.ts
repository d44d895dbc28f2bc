import { parentPort, workerData } from 'node:worker_threads';
import { parsePlan } from './index.ts';

/** The reading thread of a long text (see parse-thread.ts): parses it once and answers what was read. */
parentPort!.postMessage(parsePlan((workerData as { text: string }).text));
