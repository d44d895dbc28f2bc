import { UserError, type Problem, type Said, type Status } from '../core/errors.ts';
import { outOfMemory, tsWorker } from '../core/worker.ts';
import { statisticsErrors as E } from './messages.ts';
import type { RawValue } from './resolve.ts';

/** What the reading thread answers: the rows, or the UserError that refused the file (it crosses as its parts). */
export type XlsxAnswer = { rows: RawValue[] } | { refused: { said: Said; status: Status; problems: Problem[] } };

/** The reading thread's heap: exceljs holds a workbook's every cell; past this the thread ends, not the server. */
export const XLSX_THREAD_HEAP_MB = 3072;

/**
 * An XLSX file's rows read on a worker thread (xlsx-worker.ts runs exceljs there): its minutes of parsing never hold
 * the event loop, and a workbook that needs more memory than the thread is given ends the thread (a 413 saying the
 * file is too large to read), never the process.
 */
export async function readXlsxInThread(bytes: Uint8Array, heapMb = XLSX_THREAD_HEAP_MB): Promise<RawValue[]> {
  const worker = tsWorker(new URL('./xlsx-worker.ts', import.meta.url), { bytes }, { maxOldGenerationSizeMb: heapMb });
  try {
    const answer = await new Promise<XlsxAnswer>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', (e) => reject(outOfMemory(e) ? new UserError(E.xlsxTooBigToRead({ mb: heapMb }), 413) : e));
      worker.once('exit', (code) => reject(new Error(`the XLSX reading thread stopped (exit code ${code})`)));
    });
    if ('refused' in answer) throw new UserError(answer.refused.said, answer.refused.status, answer.refused.problems);
    return answer.rows;
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
