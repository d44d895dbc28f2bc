import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { importEntries, type FingerprintedFile, type ImportReport, type MatchLine, type OnError, type ReadEntry } from './import-entries.ts';
import type { MatchRule } from './catalogue.ts';
import { detectFormat, readMarcRecords } from './marc/read-file.ts';
import { fingerprint } from './marc/fingerprint.ts';
import { iso2709Spans, iso2709Terminated, readIso2709Record } from './marc/iso2709.ts';
import { marcEntries, marcEntry } from './marc-entries.ts';
import { readEntriesInThread } from './marc-read-thread.ts';
import { todayLocal } from '../core/time.ts';
import { libraryErrors as E } from './errors.ts';

export interface MarcImportOptions {
  libraryCode: string;
  onError: OnError;
  userId: number | null;
  /** The acquisition date counted in the statistics (default today). */
  date?: string;
  fileName?: string;
  rule?: MatchRule;
  /** The preview: worked out whole, nothing written. */
  dryRun?: boolean;
  lines?: MatchLine[];
}

/**
 * From this size on (bytes; about 500 records) a file — or, of an ISO 2709 file, the records to read — is read on a
 * second thread while the import writes: the parsing of anything but a small file never holds the event loop (the
 * thread costs some 0.2 s to start).
 */
export const THREAD_FROM = 256 * 1024;

/**
 * Imports a MARC 21 file (ISO 2709 in MARC-8 or UTF-8, or MARCXML — detected) into a library's catalogue.
 * Every record is read whole or not at all; broken ones are reported with their number in the file. A record this
 * library imported before byte for byte is not imported again (see import-fingerprints.ts): of ISO 2709 it is not
 * even read, of MARCXML it is read but not written.
 */
export async function importMarc(db: DB, file: Uint8Array, opts: MarcImportOptions): Promise<ImportReport> {
  const format = detectFormat(file);
  if (!format) throw new UserError(E.notMarc(), 422);
  const notes = new Set<string>();
  // records are read as the import writes them (import-entries.ts takes them a chunk at a time), by the thread or here
  const entries =
    format === 'iso2709'
      ? iso2709File(file, notes)
      : file.length >= THREAD_FROM
        ? readEntriesInThread(file, notes, { fingerprinted: true })
        : marcEntries(readMarcRecords(file).results, notes, true);
  const report = await importEntries(db, entries, { ...opts, date: opts.date ?? todayLocal(), format, fileName: opts.fileName ?? 'marc' });
  return { ...report, notes: [...notes] };
}

/**
 * An ISO 2709 file cut at its records' terminators, each record's bytes fingerprinted (a truncated last record has
 * none: it is always read, and refused); the records asked for are read here, or on the thread when they come to
 * THREAD_FROM bytes.
 */
function iso2709File(file: Uint8Array, notes: Set<string>): FingerprintedFile {
  const spans = iso2709Spans(file);
  const fingerprints: (string | null)[] = [];
  for (let i = 0; i < spans.length; i += 2)
    fingerprints.push(iso2709Terminated(file, spans[i + 1]!) ? fingerprint(file.subarray(spans[i]!, spans[i + 1]!)) : null);
  return {
    fingerprints,
    read(numbers: number[]): Iterable<ReadEntry> | AsyncIterable<ReadEntry> {
      const only = new Float64Array(numbers.length * 3);
      let bytes = 0;
      numbers.forEach((n, k) => {
        const start = spans[2 * (n - 1)]!;
        const end = spans[2 * (n - 1) + 1]!;
        only.set([n, start, end], 3 * k);
        bytes += end - start;
      });
      if (bytes >= THREAD_FROM) return readEntriesInThread(file, notes, { only });
      return (function* () {
        for (let k = 0; k < only.length; k += 3) yield marcEntry(readIso2709Record(file, only[k + 1]!, only[k + 2]!, only[k]!), only[k]!, notes);
      })();
    },
  };
}
