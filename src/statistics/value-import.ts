import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { Problem } from '../core/errors.ts';
import { writableInstitutions } from '../network/access.ts';
import { parseValueFile } from './value-files.ts';
import { takeValues, type MayWrite } from './values.ts';

export interface ImportOptions {
  /** Check everything, write nothing. */
  dryRun?: boolean;
  userId: number | null;
  /** Whether the importing user may write values of the institution (in the unit it belonged to then). */
  canWrite: MayWrite;
  /** ISO date that decides which periods lie in the future (tests); default today. */
  today?: string;
}

export interface ImportResult {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  written: number;
  /** Every bad cell, by row and column; when not empty nothing was written. */
  problems: Problem[];
}

/**
 * Imports a CSV or XLSX file of data values, all or nothing: the file is read into rows (value-files.ts), which
 * take the one way in of every value (values.ts: validation, then the write with the aggregates, in one
 * transaction, audited in batch entries naming the file). A file that cannot be read at all (not CSV/XLSX, bad
 * header, malformed CSV, too many rows) throws a UserError; bad cells come back as `problems` and nothing is saved.
 */
export async function importValueFile(db: DB, bytes: Uint8Array, filename: string, opts: ImportOptions): Promise<ImportResult> {
  const raw = await parseValueFile(bytes, filename);
  const { userId, canWrite, dryRun, today } = opts;
  const r = await takeValues(db, raw, { userId, canWrite, audit: 'batch', source: filename, repeats: 'refuse', dryRun, today, transaction: true });
  return { rows: raw.length, written: r.written, problems: r.problems };
}

/**
 * A person's import (the page `/nhap-lieu`, the CLI `values import` as the local administrator): the values of
 * the institutions they may write, in the units those belonged to in each period.
 */
export async function importValues(db: DB, who: Principal, file: { bytes: Uint8Array; name: string }, opts: { dryRun?: boolean } = {}): Promise<ImportResult> {
  return importValueFile(db, file.bytes, file.name, { dryRun: opts.dryRun, userId: who.userId, canWrite: await writableInstitutions(db, who) });
}
