import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { barcodeHolders, catalogue, feedCatalogued, type CatalogueEntry, type EntryFate, type MatchRule } from './catalogue.ts';
import { importedBefore, rememberImported, type ImportedBefore } from './import-fingerprints.ts';
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

/**
 * An entry read from a file, or the problem that stops it, by its number in the file. `fingerprint`: its record's
 * (see marc/fingerprint.ts), remembered once imported; a record whose fingerprint this library imported before is
 * not imported again.
 */
export type ReadEntry = { n: number; entry: CatalogueEntry; fingerprint?: string } | { n: number; problem: Problem };

/**
 * A file whose records are told apart before they are read (ISO 2709): each record's fingerprint by its number
 * (index n − 1; null: none, always read), and a reader of the records chosen (numbers ascending, one entry or
 * problem each, in that order). The records this library imported before, byte for byte, are not read at all.
 */
export interface FingerprintedFile {
  fingerprints: readonly (string | null)[];
  read(numbers: number[]): Iterable<ReadEntry> | AsyncIterable<ReadEntry>;
}

/** A record of the file as the import takes it: read, refused, or known (imported before, byte for byte: not read). */
type Taken = ReadEntry | { n: number; known: ImportedBefore };

const isFingerprinted = (r: unknown): r is FingerprintedFile => typeof (r as FingerprintedFile).read === 'function';

/**
 * The file's records in order: those imported before as `known` (not read), the others read. A fingerprint is found
 * for its first record only: a record twice in the file is read the second time (its barcodes are then the file's
 * own twice, refused as on the first import). Yielded in runs, a run of known records at once (a turn of the event
 * loop per record cost a re-import more than its lookups). The fingerprints met are added to `seen`, those found to
 * `remembered`.
 */
async function* takeFingerprinted(
  db: DB,
  institutionId: number,
  file: FingerprintedFile,
  fingerprints: { seen: Set<string>; remembered: Set<string> },
): AsyncGenerator<Taken[]> {
  const { seen, remembered } = fingerprints;
  const fps = file.fingerprints;
  const before = await importedBefore(
    db,
    institutionId,
    fps.filter((f) => f !== null),
  );
  for (const fp of before.keys()) remembered.add(fp);
  const known = new Map<number, ImportedBefore>();
  const wanted: number[] = [];
  fps.forEach((fp, i) => {
    const hit = fp !== null && !seen.has(fp) ? before.get(fp) : undefined;
    if (fp !== null) seen.add(fp);
    if (hit) known.set(i + 1, hit);
    else wanted.push(i + 1);
  });
  const read = file.read(wanted);
  const it = Symbol.asyncIterator in read ? read[Symbol.asyncIterator]() : read[Symbol.iterator]();
  try {
    let run: Taken[] = [];
    for (let n = 1; n <= fps.length; n++) {
      const k = known.get(n);
      if (k) {
        run.push({ n, known: k });
        continue;
      }
      if (run.length) yield run;
      run = [];
      const r = await it.next();
      if (r.done) throw new Error(`the reader gave no record ${n}`);
      const fp = fps[n - 1];
      yield ['entry' in r.value && fp ? { ...r.value, fingerprint: fp } : r.value];
    }
    if (run.length) yield run;
  } finally {
    await it.return?.();
  }
}

/** Entries written per step: the file is read as it is written, so a large file's records never all sit in memory. */
const CHUNK = 5000;

/**
 * Writes the read entries for the library in one transaction, a chunk at a time as they are read, checking each
 * chunk's barcodes (against the network and the file) — or, when `onError` is 'reject' and anything is wrong,
 * writes nothing (the transaction is rolled back) and throws every problem. Statistics are fed once, at the end.
 */
export async function importEntries(
  db: DB,
  read: Iterable<ReadEntry> | AsyncIterable<ReadEntry> | FingerprintedFile,
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
  /** Fingerprints met in the file: only a fingerprint's first record may be found imported before. */
  const seen = new Set<string>();
  /** Fingerprints this library has (found, or remembered by this import): each is remembered once. */
  const remembered = new Set<string>();
  const work = inTransaction(db, async (trx) => {
    let chunk: Exclude<Taken, { problem: Problem }>[] = [];
    const flush = async () => {
      // entries that bring their fingerprint (MARCXML, read whole): the first of each is looked up now
      const asked = new Map<number, string>();
      chunk.forEach((g, i) => {
        if (!('entry' in g) || !g.fingerprint || seen.has(g.fingerprint)) return;
        seen.add(g.fingerprint);
        asked.set(i, g.fingerprint);
      });
      if (asked.size) {
        const before = await importedBefore(trx, library.id, [...asked.values()]);
        for (const fp of before.keys()) remembered.add(fp);
        for (const [i, fp] of asked) {
          const k = before.get(fp);
          if (k) chunk[i] = { n: chunk[i]!.n, known: k };
        }
      }
      const held = await barcodeHolders(
        trx,
        chunk.flatMap((g) => ('entry' in g ? g.entry.copies.map((c) => c.barcode) : [])),
      );
      const known = chunk.flatMap((g) => ('known' in g ? [g.known.recordId] : []));
      const titles = known.length && opts.lines && opts.lines.length < PREVIEW_LINES ? await recordTitles(trx, known) : new Map<number, string>();
      const remember: { fingerprint: string; recordId: number; barcodes: string[] }[] = [];
      const ok = chunk.flatMap((g) => {
        if ('known' in g) {
          // imported before, byte for byte: its copies are this library's already — unless the file names them twice
          const clash = g.known.barcodes.find((b) => inFile.has(b));
          if (clash) {
            problems.push({ row: g.n, field: 'barcode', said: E.recordBarcodeTaken({ n: g.n, barcode: clash }) });
            line({ n: g.n, title: titles.get(g.known.recordId) ?? '', fate: 'rejected', recordId: null });
            return [];
          }
          for (const b of g.known.barcodes) inFile.add(b);
          total.unchangedItems += g.known.barcodes.length;
          total.unchanged++;
          line({ n: g.n, title: titles.get(g.known.recordId) ?? '', fate: 'unchanged', recordId: g.known.recordId });
          return [];
        }
        // a copy another library holds, or twice in the file, is a clash; one this library holds is there already (the file imported again)
        const clash = g.entry.copies.find((c) => inFile.has(c.barcode) || (held.has(c.barcode) && held.get(c.barcode)!.institutionId !== library.id));
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
          const recordId = held.get(g.entry.copies[0]!.barcode)!.recordId;
          line({ n: g.n, title: g.entry.bib.title, fate: 'unchanged', recordId: null });
          if (g.fingerprint) remember.push({ fingerprint: g.fingerprint, recordId, barcodes: g.entry.copies.map((c) => c.barcode) });
          return [];
        }
        return [{ ...g, entry: { ...g.entry, copies: fresh }, barcodes: g.entry.copies.map((c) => c.barcode) }];
      });
      chunk = [];
      if (refusing()) return; // a refused file: read on for its problems, write no more
      if (ok.length) {
        const o = await catalogue(
          trx,
          library,
          ok.map((g) => g.entry),
          { userId: opts.userId, source: opts.format, date: opts.date, feed: false, rule: opts.rule },
        );
        ok.forEach((g, i) => {
          line({ n: g.n, title: g.entry.bib.title, fate: o.fates[i]!, recordId: o.recordIds[i] ?? null });
          if (g.fingerprint) remember.push({ fingerprint: g.fingerprint, recordId: o.recordIds[i]!, barcodes: g.barcodes });
        });
        total.created += o.created;
        total.merged += o.merged;
        total.items += o.items;
        total.unchanged += o.unchanged;
        written += ok.length;
      }
      await rememberImported(
        trx,
        library.id,
        remember.filter((r) => !remembered.has(r.fingerprint) && remembered.add(r.fingerprint)),
      );
    };
    /** Takes a record into the chunk; true when the chunk is full (to be written before the next). */
    const take = (r: Taken): boolean => {
      count++;
      if ('problem' in r) {
        problems.push(r.problem);
        line({ n: r.n, title: '', fate: 'rejected', recordId: null });
      } else chunk.push(r);
      return chunk.length >= CHUNK;
    };
    if (isFingerprinted(read)) {
      for await (const run of takeFingerprinted(trx, library.id, read, { seen, remembered })) for (const r of run) if (take(r)) await flush();
    } else for await (const r of read) if (take(r)) await flush();
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

/** The titles of these catalogue records (for a preview's lines). */
async function recordTitles(db: DB, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const wanted = [...new Set(ids)];
  for (let i = 0; i < wanted.length; i += 1000)
    for (const r of await db
      .selectFrom('lib_records')
      .select(['id', 'title'])
      .where('id', 'in', wanted.slice(i, i + 1000))
      .execute())
      out.set(r.id, r.title);
  return out;
}
