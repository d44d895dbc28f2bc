import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.ts';
import { readXlsx } from './value-files.ts';
import type { XlsxAnswer } from './xlsx-thread.ts';

/** The reading thread of an XLSX value file (see xlsx-thread.ts): reads the workbook once and answers its rows. */
const port = parentPort!;
readXlsx((workerData as { bytes: Uint8Array }).bytes).then(
  (rows) => port.postMessage({ rows } satisfies XlsxAnswer),
  (e: unknown) => {
    if (!(e instanceof UserError)) throw e;
    port.postMessage({ refused: { said: e.said, status: e.status, problems: e.problems } } satisfies XlsxAnswer);
  },
);
