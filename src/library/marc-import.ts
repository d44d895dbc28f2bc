import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { importEntries, type ImportReport, type MatchLine, type OnError } from './import-entries.ts';
import type { MatchRule } from './catalogue.ts';
import { detectFormat, readMarcRecords } from './marc/read-file.ts';
import { marcEntries } from './marc-entries.ts';
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
 * From this size on (bytes; about 500 records) a file is read on a second thread while the import writes: the
 * parsing of anything but a small file never holds the event loop (the thread costs some 0.2 s to start).
 */
export const THREAD_FROM = 256 * 1024;

/**
 * Imports a MARC 21 file (ISO 2709 in MARC-8 or UTF-8, or MARCXML — detected) into a library's catalogue.
 * Every record is read whole or not at all; broken ones are reported with their number in the file.
 */
export async function importMarc(db: DB, file: Uint8Array, opts: MarcImportOptions): Promise<ImportReport> {
  const format = detectFormat(file);
  if (!format) throw new UserError(E.notMarc(), 422);
  const notes = new Set<string>();
  // records are read as the import writes them (import-entries.ts takes them a chunk at a time), by the thread or here
  const entries = file.length >= THREAD_FROM ? readEntriesInThread(file, notes) : marcEntries(readMarcRecords(file).results, notes);
  const report = await importEntries(db, entries, { ...opts, date: opts.date ?? todayLocal(), format, fileName: opts.fileName ?? 'marc' });
  return { ...report, notes: [...notes] };
}
