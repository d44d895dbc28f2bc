import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { importEntries, type ImportReport, type OnError, type ReadEntry } from './import-entries.ts';
import { readMarcRecords } from './marc/read-file.ts';
import { marcToBib } from './marc/to-bib.ts';

export interface MarcImportOptions {
  libraryCode: string;
  onError: OnError;
  userId: number | null;
  /** The acquisition date counted in the statistics (default today). */
  date?: string;
  fileName?: string;
}

/**
 * Imports a MARC 21 file (ISO 2709 in MARC-8 or UTF-8, or MARCXML — detected) into a library's catalogue.
 * Every record is read whole or not at all; broken ones are reported with their number in the file.
 */
export async function importMarc(db: DB, file: Uint8Array, opts: MarcImportOptions): Promise<ImportReport> {
  const { format, results } = readMarcRecords(file);
  if (!format) throw new UserError('Tệp không phải MARC 21 (ISO 2709 hoặc MARCXML).', 422, [], 'Not a MARC 21 file (ISO 2709 or MARCXML).');
  const notes = new Set<string>();
  // read lazily: records are parsed as the import writes them (import-entries.ts takes them a chunk at a time)
  function* entries(): Generator<ReadEntry> {
    let i = 0;
    for (const r of results) {
      i++;
      const n = r.ok ? i : r.problem.record;
      if (!r.ok) {
        yield { n, problem: { row: n, message: r.problem.message, messageEn: r.problem.messageEn } };
        continue;
      }
      if (r.note) notes.add(r.note);
      const { bib, copies } = marcToBib(r.record);
      if (!bib) yield { n, problem: { row: n, field: '245', message: `Biểu ghi số ${n}: thiếu nhan đề (trường 245).`, messageEn: `Record ${n}: no title (field 245).` } };
      else yield { n, entry: { bib, copies, generate: copies.length === 0 ? 1 : 0, marc: JSON.stringify(r.record) } };
    }
  }
  const report = await importEntries(db, entries(), { ...opts, date: opts.date ?? new Date().toISOString().slice(0, 10), format, fileName: opts.fileName ?? 'marc' });
  return { ...report, notes: [...notes] };
}
