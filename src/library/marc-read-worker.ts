import { parentPort, workerData } from 'node:worker_threads';
import { UserError, type Said, type Status } from '../core/errors.ts';
import type { ReadEntry } from './import-entries.ts';
import { readMarcRecords } from './marc/read-file.ts';
import { readIso2709Record } from './marc/iso2709.ts';
import { marcEntries, marcEntry } from './marc-entries.ts';

/**
 * The reading thread of a MARC import (see marc-read-thread.ts): asked for n entries, it reads the next n records
 * of the file and answers with their entries, `done` and the readers' notes once the file is read to its end.
 * Given `records` (an ISO 2709 file's chosen records, as triples number, start, end), it reads only those.
 */
export interface ReadWork {
  file: Uint8Array;
  records?: Float64Array;
  /** Each entry carries the fingerprint of its record as read (MARCXML). */
  fingerprinted?: boolean;
}

export interface EntryBatch {
  entries: ReadEntry[];
  done: boolean;
  notes: string[];
  /** The file was refused whole (too deep, a DOCTYPE): the UserError to throw on the import's side. */
  refused?: { said: Said; status: Status };
}

const notes = new Set<string>();

/** The chosen records of an ISO 2709 file (triples number, start, end), in their order. */
function* chosen(file: Uint8Array, records: Float64Array): Generator<ReadEntry> {
  for (let i = 0; i < records.length; i += 3) {
    const n = records[i]!;
    yield marcEntry(readIso2709Record(file, records[i + 1]!, records[i + 2]!, n), n, notes);
  }
}

const readWork = (w: ReadWork): Iterator<ReadEntry> =>
  w.records ? chosen(w.file, w.records) : marcEntries(readMarcRecords(w.file).results, notes, w.fingerprinted);

const port = parentPort!;
let read: Iterator<ReadEntry> | undefined;
port.on('message', (size: number) => {
  const entries: ReadEntry[] = [];
  let done = false;
  try {
    read ??= readWork(workerData as ReadWork);
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
