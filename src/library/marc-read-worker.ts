import { parentPort, workerData } from 'node:worker_threads';
import type { ReadEntry } from './import-entries.ts';
import { readMarcRecords } from './marc/read-file.ts';
import { marcEntries } from './marc-entries.ts';

/**
 * The reading thread of a MARC import (see marc-read-thread.ts): asked for n entries, it reads the next n records
 * of the file and answers with their entries, `done` and the readers' notes once the file is read to its end.
 */
export interface EntryBatch {
  entries: ReadEntry[];
  done: boolean;
  notes: string[];
}

const port = parentPort!;
const notes = new Set<string>();
const read = marcEntries(readMarcRecords((workerData as { file: Uint8Array }).file).results, notes);
port.on('message', (size: number) => {
  const entries: ReadEntry[] = [];
  let done = false;
  while (entries.length < size) {
    const r = read.next();
    if (r.done) {
      done = true;
      break;
    }
    entries.push(r.value);
  }
  port.postMessage({ entries, done, notes: done ? [...notes] : [] } satisfies EntryBatch);
});
