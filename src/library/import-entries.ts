import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { catalogue, takenBarcodes, type CatalogueEntry } from './catalogue.ts';
import { placeByCode } from './places.ts';

/** Keep going past bad records (they are reported) or refuse the whole file when one is bad. */
export type OnError = 'skip' | 'reject';

export interface ImportReport {
  format: string;
  read: number;
  /** New records in the network catalogue. */
  imported: number;
  /** Records already in the network (same ISBN or title/author): the copies were added to them. */
  merged: number;
  items: number;
  rejected: Problem[];
  notes: string[];
}

/** An entry read from a file, or the problem that stops it, by its number in the file. */
export type ReadEntry = { n: number; entry: CatalogueEntry } | { n: number; problem: Problem };

/**
 * Checks the read entries' barcodes, then writes the good ones in one transaction for the library —
 * or, when `onError` is 'reject' and anything is wrong, writes nothing and throws every problem.
 */
export async function importEntries(
  db: DB,
  read: ReadEntry[],
  opts: { libraryCode: string; onError: OnError; userId: number | null; date: string; format: string; fileName: string; notes?: string[] },
): Promise<ImportReport> {
  const library = await placeByCode(db, opts.libraryCode);
  if (!library) throw new UserError(`Không có thư viện mã "${opts.libraryCode}".`, 404, [{ field: 'library', message: 'Mã thư viện không tồn tại' }], `No library with code "${opts.libraryCode}".`);
  if (library.unitId === null) throw new UserError(`Thư viện ${library.code} không thuộc đơn vị hành chính nào.`, 422);
  const problems: Problem[] = read.flatMap((r) => ('problem' in r ? [r.problem] : []));
  const good = read.filter((r): r is { n: number; entry: CatalogueEntry } => 'entry' in r);
  const taken = await takenBarcodes(db, good.flatMap((g) => g.entry.copies.map((c) => c.barcode)));
  const inFile = new Set<string>();
  const ok = good.filter((g) => {
    const clash = g.entry.copies.find((c) => taken.has(c.barcode) || inFile.has(c.barcode));
    if (clash) {
      problems.push({ row: g.n, field: 'barcode', message: `Biểu ghi số ${g.n}: mã vạch ${clash.barcode} đã được dùng.`, messageEn: `Record ${g.n}: barcode ${clash.barcode} is already in use.` });
      return false;
    }
    for (const c of g.entry.copies) inFile.add(c.barcode);
    return true;
  });
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  if (read.length === 0) throw new UserError('Tệp không có biểu ghi nào.', 422, [], 'The file holds no records.');
  if (opts.onError === 'reject' && problems.length > 0) {
    throw new UserError(`Tệp có ${problems.length} biểu ghi lỗi; không nhập biểu ghi nào.`, 422, problems, `${problems.length} bad record(s); nothing was imported.`);
  }
  const outcome = await inTransaction(db, async (trx) => {
    const o = await catalogue(trx, library, ok.map((g) => g.entry), { userId: opts.userId, source: opts.format, date: opts.date });
    await audit(trx, { userId: opts.userId, action: 'import', entity: 'lib_records', key: `${library.code}:${opts.fileName}`, newValue: { records: ok.length, created: o.created, merged: o.merged, items: o.items, rejected: problems.map((p) => p.row) } });
    return o;
  });
  return { format: opts.format, read: read.length, imported: outcome.created, merged: outcome.merged, items: outcome.items, rejected: problems, notes: opts.notes ?? [] };
}
