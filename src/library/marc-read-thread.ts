import { tsWorker } from '../core/worker.ts';
import { UserError } from '../core/errors.ts';
import type { ReadEntry } from './import-entries.ts';
import type { EntryBatch, ReadWork } from './marc-read-worker.ts';

/** Records asked of the reading thread at a time, and how many such batches are asked ahead of the writing. */
const BATCH = 2500;
const AHEAD = 2;

/**
 * A MARC file's entries read on a second thread (marc-read-worker.ts) while the import writes on this one: on two
 * cores the parsing (about a third of an import's time) overlaps the database's work. Batches are asked for ahead
 * of need, never more than AHEAD at once, so a large file is never all in memory. The readers' notes are added to
 * `notes` at the end. A failure of the thread fails the iteration (and so the import, whose transaction rolls back).
 * `only`: the records to read of an ISO 2709 file (triples number, start, end), the others being skipped;
 * `fingerprinted`: each entry carries its record's fingerprint (MARCXML).
 */
export async function* readEntriesInThread(
  file: Uint8Array,
  notes: Set<string>,
  opts: { only?: Float64Array; fingerprinted?: boolean } = {},
): AsyncGenerator<ReadEntry> {
  const work: ReadWork = { file, records: opts.only, fingerprinted: opts.fingerprinted };
  const worker = tsWorker(new URL('./marc-read-worker.ts', import.meta.url), work);
  const waiting: { resolve: (b: EntryBatch) => void; reject: (e: unknown) => void }[] = [];
  const fail = (e: unknown) => {
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on('message', (b: EntryBatch) => waiting.shift()?.resolve(b));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the MARC reading thread stopped (exit code ${code})`)));
  const ask = () => {
    const batch = new Promise<EntryBatch>((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(BATCH);
    });
    batch.catch(() => {}); // a batch asked ahead and never awaited (the import stopped first) must not fail the process
    return batch;
  };
  try {
    const asked = Array.from({ length: AHEAD }, ask);
    for (let done = false; !done; ) {
      const batch = await asked.shift()!;
      if (batch.refused) throw new UserError(batch.refused.said, batch.refused.status);
      done = batch.done;
      if (done) for (const n of batch.notes) notes.add(n);
      else asked.push(ask());
      yield* batch.entries;
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
