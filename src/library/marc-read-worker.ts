import { parentPort, workerData } from 'node:worker_threads';
import { UserError, type Said, type Status } from '../core/errors.ts';
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
  /** The file was refused whole (too deep, a DOCTYPE): the UserError to throw on the import's side. */
  refused?: { said: Said; status: Status };
}

const port = parentPort!;
const notes = new Set<string>();
let read: Iterator<ReadEntry> | undefined;
port.on('message', (size: number) => {
  const entries: ReadEntry[] = [];
  let done = false;
  try {
    read ??= marcEntries(readMarcRecords((workerData as { file: Uint8Array }).file).results, notes);
    while (entries.length < size) {
      const r = read.next();
      if (r.done) {
        done = true;
        break;
      }
      entries.push(r.value);
    }
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    port.postMessage({ entries: [], done: true, notes: [], refused: { said: e.said, status: e.status } } satisfies EntryBatch);
    return;
  }
  port.postMessage({ entries, done, notes: done ? [...notes] : [] } satisfies EntryBatch);
});
