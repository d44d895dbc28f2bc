import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { nowIso } from '../core/time.ts';
import { recordHappenings, recordSnapshots } from '../statistics/feed.ts';
import { dedupKey, type Bib } from './bib.ts';
import { indexRecords, recordDocument } from './index-records.ts';
import { indexDocuments } from '../search/index.ts';
import type { Place } from './places.ts';
import type { DocumentTexts } from '../search/types.ts';

/** One record to catalogue with the copies the library adds of it. */
export interface CatalogueEntry {
  bib: Bib;
  /** Copies with their barcodes; `generate` copies get a barcode made from the library code. */
  copies: { barcode: string; location: string | null }[];
  generate: number;
  marc?: string | null;
  /** `dedupKey` of the title and author, when the reader worked it out already (MARC: on the reading thread, off the writing one). */
  dedupKey?: string;
  /** Its search document's words (`bookWords`), likewise. */
  folded?: DocumentTexts;
}

/**
 * How an incoming record finds the one already catalogued (issue 20, Koha's matching rules): by ISBN, by control
 * number (001, else 035) among the library's own records, by title and author (folded), or 'auto' — all three in
 * that order (control number, ISBN, title and author for a record without ISBN). No match: a new record.
 */
export const MATCH_RULES = ['auto', 'isbn', 'control', 'title-author'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

/** What became of an entry: a new record, merged into one already there, or nothing added (there with its copies). */
export type EntryFate = 'new' | 'merged' | 'unchanged';

export interface CatalogueOutcome {
  /** What became of each entry, in order. */
  fates: EntryFate[];
  /** The record id of each entry, in order (an existing one when it was a duplicate). */
  recordIds: number[];
  created: number;
  merged: number;
  items: number;
  /** Entries that added nothing: their record was there and already had this library's copies (a file imported again). */
  unchanged: number;
}

/** Entries per step (lookups, inserts, indexing); the whole import is still one transaction. */
const BATCH = 5000;
const RECORD_COLUMNS = [
  'isbn',
  'title',
  'author',
  'publisher',
  'year',
  'language',
  'material',
  'subjects',
  'audience',
  'notes',
  'control_number',
  'dedup_key',
  'source',
  'marc',
  'institution_id',
  'created_by',
  'created_at',
  'updated_at',
] as const;
const ITEM_COLUMNS = ['record_id', 'barcode', 'institution_id', 'at_institution_id', 'location', 'status', 'acquired_at'] as const;

/**
 * Writes entries into the shared catalogue for one library, inside the caller's transaction:
 * a record already in the network (same ISBN, or without ISBN the same folded title and author) is reused,
 * copies are added as items of the library, the search is re-indexed, and new acquisitions and holdings
 * reach the statistics. Barcodes must be free (the caller checks them first with `takenBarcodes`).
 */
export async function catalogue(
  db: DB,
  library: Place,
  entries: CatalogueEntry[],
  opts: { userId: number | null; source: string; date: string; feed?: boolean; rule?: MatchRule },
): Promise<CatalogueOutcome> {
  const rule = opts.rule ?? 'auto';
  const out: CatalogueOutcome = { fates: [], recordIds: [], created: 0, merged: 0, items: 0, unchanged: 0 };
  const at = nowIso();
  const seenIsbn = new Map<string, number>();
  const seenKey = new Map<string, number>();
  for (let i = 0; i < entries.length; i += BATCH) {
    const part = entries.slice(i, i + BATCH);
    const keys = part.map((e) => e.dedupKey ?? dedupKey(e.bib.title, e.bib.author));
    const isbns = [...new Set(part.flatMap((e) => (e.bib.isbn ? [e.bib.isbn] : [])))];
    if (isbns.length) for (const r of await recordsBy(db, 'isbn', isbns)) if (!seenIsbn.has(r.isbn!)) seenIsbn.set(r.isbn!, r.id);
    const plainKeys = [...new Set(keys)];
    const byKey = new Map<string, { id: number; isbn: string | null }[]>();
    for (const r of await recordsBy(db, 'dedup_key', plainKeys)) byKey.set(r.dedup_key, [...(byKey.get(r.dedup_key) ?? []), r]);
    for (const [k, rs] of byKey) if (!seenKey.has(k)) seenKey.set(k, rs[0]!.id);
    // with an ISBN: that ISBN, else a record of the same title and author that has no ISBN; without: the title and author
    const noIsbn = (k: string) => byKey.get(k)?.find((r) => r.isbn === null)?.id;
    // first the library's own record of that control number (001: the same file exported again), then the ISBN, then title and author
    const own = await ownRecords(
      db,
      library.id,
      part.flatMap((e) => (e.bib.controlNumber ? [e.bib.controlNumber] : [])),
    );
    // by control number alone: the library's own record first, else any in the network that carries it (the file seen before)
    const anyControl =
      rule === 'control'
        ? await ownRecords(
            db,
            null,
            part.flatMap((e) => (e.bib.controlNumber && !own.has(e.bib.controlNumber) ? [e.bib.controlNumber] : [])),
          )
        : new Map<string, number>();
    const ids: (number | undefined)[] = part.map((e, j) => {
      const byControl = e.bib.controlNumber ? (own.get(e.bib.controlNumber) ?? anyControl.get(e.bib.controlNumber)) : undefined;
      const byIsbn = e.bib.isbn ? seenIsbn.get(e.bib.isbn) : undefined;
      if (rule === 'control') return byControl;
      if (rule === 'isbn') return byIsbn;
      if (rule === 'title-author') return seenKey.get(keys[j]!);
      return byControl ?? (e.bib.isbn ? (byIsbn ?? noIsbn(keys[j]!)) : seenKey.get(keys[j]!));
    });
    const fresh = part.map((_, j) => j).filter((j) => ids[j] === undefined);
    // two entries of the same file that are one record: the first is inserted, the second reuses it
    const firstOf = new Map<string, number>();
    const toInsert: number[] = [];
    for (const j of fresh) {
      const k = part[j]!.bib.isbn ? `i:${part[j]!.bib.isbn}` : `k:${keys[j]}`;
      if (firstOf.has(k)) continue;
      firstOf.set(k, j);
      toInsert.push(j);
    }
    if (toInsert.length) {
      const rows = toInsert.map((j) => {
        const b = part[j]!.bib;
        return [
          b.isbn,
          b.title,
          b.author,
          b.publisher,
          b.year,
          b.language,
          b.material,
          JSON.stringify(b.subjects),
          JSON.stringify(b.audience),
          b.notes,
          b.controlNumber,
          keys[j]!,
          opts.source,
          part[j]!.marc ?? null,
          library.id,
          opts.userId,
          at,
          at,
        ];
      });
      const inserted = await dialectOf(db).insertRows(db, 'lib_records', RECORD_COLUMNS, rows, { ids: true });
      toInsert.forEach((j, n) => {
        ids[j] = inserted[n]!;
        const b = part[j]!.bib;
        if (b.isbn) seenIsbn.set(b.isbn, inserted[n]!);
        else seenKey.set(keys[j]!, inserted[n]!);
      });
      out.created += toInsert.length;
    }
    for (const j of fresh) if (ids[j] === undefined) ids[j] = seenKey.get(keys[j]!) ?? seenIsbn.get(part[j]!.bib.isbn ?? '');
    const created = new Set(toInsert.map((j) => ids[j]!));

    const generatedFor = part.map((e, j) => (e.generate > 0 ? ids[j]! : null)).filter((x) => x !== null);
    const existing = new Map<number, number>();
    /** Records that had copies of this library before this import: an entry without barcodes adds none to them. */
    const heldHere = new Set<number>();
    if (generatedFor.length) {
      const counts = await db
        .selectFrom('lib_items')
        .select(['record_id'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .select((eb) => eb.fn.max(eb.case().when('institution_id', '=', library.id).then(1).else(0).end()).as('here'))
        .where('record_id', 'in', [...new Set(generatedFor)])
        .groupBy('record_id')
        .execute();
      for (const c of counts) {
        existing.set(c.record_id, Number(c.n));
        if (Number(c.here) === 1 && !created.has(c.record_id)) heldHere.add(c.record_id);
      }
    }
    let unchanged = 0;
    const insertedHere = new Set(toInsert);
    const items = part.flatMap((e, j) => {
      const recordId = ids[j]!;
      const again = e.generate > 0 && e.copies.length === 0 && heldHere.has(recordId);
      if (again) unchanged++;
      out.fates.push(again ? 'unchanged' : insertedHere.has(j) ? 'new' : 'merged');
      const made = Array.from({ length: again ? 0 : e.generate }, () => {
        const n = (existing.get(recordId) ?? 0) + 1;
        existing.set(recordId, n);
        return { barcode: `${library.code}-${recordId}-${n}`, location: null };
      });
      return [...e.copies, ...made].map((c) => [recordId, c.barcode, library.id, library.id, c.location, 'available', opts.date]);
    });
    await dialectOf(db).insertRows(db, 'lib_items', ITEM_COLUMNS, items);
    out.items += items.length;
    out.unchanged += unchanged;
    out.merged += part.length - toInsert.length - unchanged;
    out.recordIds.push(...(ids as number[]));
    // new records are indexed from what is in hand; records that gained copies are re-read with all their libraries
    await indexDocuments(
      db,
      toInsert.map((j) => recordDocument({ id: ids[j]!, institutionId: library.id, bib: part[j]!.bib, folded: part[j]!.folded }, [library], library)),
      { fresh: true },
    );
    await indexRecords(
      db,
      (ids as number[]).filter((id) => !created.has(id)),
    );
  }
  if (opts.feed === false) return out; // the demo seed (its statistics are synthetic already), or a caller feeding once at the end
  await feedCatalogued(db, library, out.items, opts.date, opts.userId);
  return out;
}

/** The statistics of cataloguing: the copies added as new acquisitions on the day, the library's holdings for the year. */
export async function feedCatalogued(db: DB, library: Place, items: number, date: string, userId: number | null): Promise<void> {
  if (items > 0) await recordHappenings(db, [{ institutionId: library.id, element: 'LIB_NEW_ACQUISITIONS', date, count: items }], userId);
  await snapshotHoldings(db, library.id, Number(date.slice(0, 4)), userId);
}

/** The library's own records (every library's when `institutionId` is null) by control number (001/035), for a file imported again: control number → record id. */
async function ownRecords(db: DB, institutionId: number | null, numbers: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const wanted = [...new Set(numbers)];
  if (wanted.length === 0) return out;
  for (const where of dialectOf(db).oneOf('control_number', wanted))
    for (const r of await db
      .selectFrom('lib_records')
      .select(['id', 'control_number'])
      .$if(institutionId !== null, (q) => q.where('institution_id', '=', institutionId!))
      .where(where)
      .orderBy('id')
      .execute())
      if (r.control_number !== null && !out.has(r.control_number)) out.set(r.control_number, r.id);
  return out;
}

/** Records whose `column` is one of the values. */
async function recordsBy(db: DB, column: 'isbn' | 'dedup_key', values: string[]): Promise<{ id: number; isbn: string | null; dedup_key: string }[]> {
  const out: { id: number; isbn: string | null; dedup_key: string }[] = [];
  for (const where of dialectOf(db).oneOf(column, values))
    out.push(...(await db.selectFrom('lib_records').select(['id', 'isbn', 'dedup_key']).where(where).execute()));
  return out;
}

/** The library's holdings (copies not withdrawn or lost) as this year's stock figure. */
export async function snapshotHoldings(db: DB, institutionId: number, year: number, userId: number | null): Promise<void> {
  const count = async (trx: DB) => {
    const r = await trx
      .selectFrom('lib_items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('institution_id', '=', institutionId)
      .where('status', 'not in', ['withdrawn', 'lost'])
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  };
  await recordSnapshots(db, [{ institutionId, element: 'LIB_HOLDINGS', year, count }], userId);
}

/** Which library holds each of these barcodes, and the copy's record, for those already used in the network. */
export async function barcodeHolders(db: DB, barcodes: string[]): Promise<Map<string, { institutionId: number; recordId: number }>> {
  const held = new Map<string, { institutionId: number; recordId: number }>();
  for (const where of dialectOf(db).oneOf('barcode', barcodes))
    for (const r of await db.selectFrom('lib_items').select(['barcode', 'institution_id', 'record_id']).where(where).execute())
      held.set(r.barcode, { institutionId: r.institution_id, recordId: r.record_id });
  return held;
}

/** Which of these barcodes are already used in the network. */
export async function takenBarcodes(db: DB, barcodes: string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (const where of dialectOf(db).oneOf('barcode', barcodes))
    for (const r of await db.selectFrom('lib_items').select('barcode').where(where).execute()) taken.add(r.barcode);
  return taken;
}
