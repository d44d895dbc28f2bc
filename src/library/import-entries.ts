import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { barcodeHolders, catalogue, feedCatalogued, type CatalogueEntry, type EntryFate, type MatchRule } from './catalogue.ts';
import { placeByCode } from './places.ts';
import { libraryErrors as E } from './errors.ts';

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
  /** Records of the file already in the catalogue with all their copies (the file imported before): nothing added. */
  unchanged: number;
  /** Copies of the file already this library's (by barcode): not added again. */
  unchangedItems: number;
  rejected: Problem[];
  notes: string[];
}

/** One record of the file as the import sees it: what it became (or would become), and the record it joins. */
export interface MatchLine {
  n: number;
  title: string;
  fate: EntryFate | 'rejected';
  /** The catalogue record it joins (merged), or was made (new). */
  recordId: number | null;
}

/** The most lines a preview lists (its counts are of the whole file). */
export const PREVIEW_LINES = 500;

/** Thrown inside a dry run's transaction to roll it back. */
class DryRun extends Error {}

/** An entry read from a file, or the problem that stops it, by its number in the file. */
export type ReadEntry = { n: number; entry: CatalogueEntry } | { n: number; problem: Problem };

/** Entries written per step: the file is read as it is written, so a large file's records never all sit in memory. */
const CHUNK = 5000;

/**
 * Writes the read entries for the library in one transaction, a chunk at a time as they are read, checking each
 * chunk's barcodes (against the network and the file) — or, when `onError` is 'reject' and anything is wrong,
 * writes nothing (the transaction is rolled back) and throws every problem. Statistics are fed once, at the end.
 */
export async function importEntries(
  db: DB,
  read: Iterable<ReadEntry> | AsyncIterable<ReadEntry>,
  opts: {
    libraryCode: string;
    onError: OnError;
    userId: number | null;
    date: string;
    format: string;
    fileName: string;
    notes?: string[];
    rule?: MatchRule;
    /** Work it all out, write nothing (the transaction is rolled back): the preview. */
    dryRun?: boolean;
    /** Filled with each record's line (up to {@link PREVIEW_LINES}). */
    lines?: MatchLine[];
  },
): Promise<ImportReport> {
  const line = (l: MatchLine) => {
    if (opts.lines && opts.lines.length < PREVIEW_LINES) opts.lines.push(l);
  };
  const library = await placeByCode(db, opts.libraryCode);
  if (!library) throw new UserError(E.noLibrary({ code: opts.libraryCode }), 404, [{ field: 'library', said: E.libraryCodeUnknown() }]);
  if (library.unitId === null) throw new UserError(E.libraryWithoutUnit({ code: library.code }), 422);
  const problems: Problem[] = [];
  const inFile = new Set<string>();
  let count = 0;
  let written = 0;
  const total = { created: 0, merged: 0, items: 0, unchanged: 0, unchangedItems: 0 };
  const refusing = () => opts.onError === 'reject' && problems.length > 0;
  const work = inTransaction(db, async (trx) => {
    let chunk: { n: number; entry: CatalogueEntry }[] = [];
    const flush = async () => {
      const held = await barcodeHolders(
        trx,
        chunk.flatMap((g) => g.entry.copies.map((c) => c.barcode)),
      );
      const ok = chunk.flatMap((g) => {
        // a copy another library holds, or twice in the file, is a clash; one this library holds is there already (the file imported again)
        const clash = g.entry.copies.find((c) => inFile.has(c.barcode) || (held.has(c.barcode) && held.get(c.barcode) !== library.id));
        if (clash) {
          problems.push({ row: g.n, field: 'barcode', said: E.recordBarcodeTaken({ n: g.n, barcode: clash.barcode }) });
          line({ n: g.n, title: g.entry.bib.title, fate: 'rejected', recordId: null });
          return [];
        }
        for (const c of g.entry.copies) inFile.add(c.barcode);
        const fresh = g.entry.copies.filter((c) => !held.has(c.barcode));
        total.unchangedItems += g.entry.copies.length - fresh.length;
        if (g.entry.copies.length > 0 && fresh.length === 0) {
          total.unchanged++;
          line({ n: g.n, title: g.entry.bib.title, fate: 'unchanged', recordId: null });
          return [];
        }
        return [{ ...g, entry: { ...g.entry, copies: fresh } }];
      });
      chunk = [];
      if (refusing() || ok.length === 0) return; // a refused file: read on for its problems, write no more
      const o = await catalogue(
        trx,
        library,
        ok.map((g) => g.entry),
        { userId: opts.userId, source: opts.format, date: opts.date, feed: false, rule: opts.rule },
      );
      ok.forEach((g, i) => line({ n: g.n, title: g.entry.bib.title, fate: o.fates[i]!, recordId: o.recordIds[i] ?? null }));
      total.created += o.created;
      total.merged += o.merged;
      total.items += o.items;
      total.unchanged += o.unchanged;
      written += ok.length;
    };
    for await (const r of read) {
      count++;
      if ('problem' in r) {
        problems.push(r.problem);
        line({ n: r.n, title: '', fate: 'rejected', recordId: null });
      } else chunk.push(r);
      if (chunk.length >= CHUNK) await flush();
    }
    await flush();
    problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    if (count === 0) throw new UserError(E.fileEmpty(), 422);
    if (refusing()) throw new UserError(E.fileRefused({ count: problems.length }), 422, problems);
    await feedCatalogued(trx, library, total.items, opts.date, opts.userId);
    await audit(trx, {
      userId: opts.userId,
      action: 'import',
      entity: 'lib_records',
      key: `${library.code}:${opts.fileName}`,
      newValue: {
        records: written,
        created: total.created,
        merged: total.merged,
        items: total.items,
        unchanged: total.unchanged,
        rejected: problems.map((p) => p.row),
      },
    });
    if (opts.dryRun) throw new DryRun();
  });
  await work.catch((e) => {
    if (!(e instanceof DryRun)) throw e;
  });
  opts.lines?.sort((a, b) => a.n - b.n);
  return {
    format: opts.format,
    read: count,
    imported: total.created,
    merged: total.merged,
    items: total.items,
    unchanged: total.unchanged,
    unchangedItems: total.unchangedItems,
    rejected: problems,
    notes: opts.notes ?? [],
  };
}
