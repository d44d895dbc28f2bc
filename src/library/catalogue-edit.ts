import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { nowIso, todayLocal } from '../core/time.ts';
import { dedupKey, type Bib, type Material, type Audience } from './bib.ts';
import { snapshotHoldings } from './catalogue.ts';
import { circulationDesk } from './desk.ts';
import { libraryErrors as E } from './errors.ts';
import { forgetImported } from './import-fingerprints.ts';
import { indexRecords } from './index-records.ts';
import type { ItemStatus } from './items.ts';
import type { MarcField, MarcRecord } from './marc/record.ts';
import type { Place } from './places.ts';
import { readForm, type RecordForm } from './record-form.ts';

/**
 * Catalogue editing at the desk (issue 20, Koha's cataloguing editor and item editor): a record's fields (the
 * cataloguing form's) and a MARC view of it; its copies' barcode, call number, shelf and status; a copy withdrawn
 * with a reason, kept with its history (never deleted). Only the staff of the library that owns them (and admins):
 * a record belongs to the library that catalogued it, a copy to the library that holds it. Every change is audited
 * with the values it replaced.
 */

export interface EditItem {
  id: number;
  barcode: string;
  callNumber: string | null;
  location: string | null;
  status: ItemStatus;
  withdrawnOn: string | null;
  withdrawnReason: string | null;
}

export interface EditableRecord {
  lib: Place;
  id: number;
  bib: Bib;
  /** The record as read from its MARC file, when it came from one. */
  marc: MarcRecord | null;
  items: EditItem[];
}

/** Statuses the item editor may set; the others are set by the desk (loans, holds) or a rotation. */
export const EDITABLE_STATUSES: ItemStatus[] = ['available', 'lost'];

const toBib = (r: {
  isbn: string | null;
  title: string;
  author: string | null;
  publisher: string | null;
  year: number | null;
  language: string | null;
  material: string;
  subjects: string;
  audience: string;
  notes: string | null;
  control_number: string | null;
}): Bib => ({
  isbn: r.isbn,
  title: r.title,
  author: r.author,
  publisher: r.publisher,
  year: r.year,
  language: r.language,
  material: r.material as Material,
  subjects: JSON.parse(r.subjects) as string[],
  audience: JSON.parse(r.audience) as Audience[],
  notes: r.notes,
  controlNumber: r.control_number,
});

/** The record and this library's copies of it, for its staff; 403 when another library catalogued it. */
export async function editableRecord(db: DB, who: Principal | undefined, code: string, recordId: number): Promise<EditableRecord> {
  const lib = await circulationDesk(db, who, code);
  const r = Number.isSafeInteger(recordId) ? await db.selectFrom('lib_records').selectAll().where('id', '=', recordId).executeTakeFirst() : undefined;
  if (!r) throw notFound('tên sách', 'Title');
  if (r.institution_id !== lib.id) {
    const owner =
      r.institution_id === null ? undefined : await db.selectFrom('institutions').select('name').where('id', '=', r.institution_id).executeTakeFirst();
    throw new UserError(E.recordNotOwned({ library: owner?.name ?? '—' }), 403);
  }
  const items = await db
    .selectFrom('lib_items')
    .select(['id', 'barcode', 'call_number', 'location', 'status', 'withdrawn_on', 'withdrawn_reason'])
    .where('record_id', '=', r.id)
    .where('institution_id', '=', lib.id)
    .orderBy('barcode')
    .execute();
  return {
    lib,
    id: r.id,
    bib: toBib(r),
    marc: r.marc ? (JSON.parse(r.marc) as MarcRecord) : null,
    items: items.map((i) => ({
      id: i.id,
      barcode: i.barcode,
      callNumber: i.call_number,
      location: i.location,
      status: i.status as ItemStatus,
      withdrawnOn: i.withdrawn_on,
      withdrawnReason: i.withdrawn_reason,
    })),
  };
}

/** Changes the record's fields (as the cataloguing form reads them: ISBN check digit, year, language code…); re-indexed. */
export async function updateRecord(db: DB, who: Principal, code: string, recordId: number, f: Omit<RecordForm, 'barcodes'>): Promise<Bib> {
  const rec = await editableRecord(db, who, code, recordId);
  const { bib, problems } = readForm({ ...f, barcodes: '' });
  if (!bib) throw new UserError(E.recordInvalid(), 422, problems);
  const next: Bib = { ...bib, controlNumber: rec.bib.controlNumber };
  await inTransaction(db, async (trx) => {
    await trx
      .updateTable('lib_records')
      .set({
        isbn: next.isbn,
        title: next.title,
        author: next.author,
        publisher: next.publisher,
        year: next.year,
        language: next.language,
        material: next.material,
        subjects: JSON.stringify(next.subjects),
        audience: JSON.stringify(next.audience),
        notes: next.notes,
        dedup_key: dedupKey(next.title, next.author),
        updated_at: nowIso(),
      })
      .where('id', '=', rec.id)
      .execute();
    await audit(trx, { userId: who.userId, action: 'update', entity: 'lib_record', key: String(rec.id), oldValue: rec.bib, newValue: next });
    await indexRecords(trx, [rec.id]);
  });
  return next;
}

/** A copy of this library's, for its staff (403 naming it when another library holds it). */
async function ownItem(db: DB, lib: Place, itemId: number) {
  const it = Number.isSafeInteger(itemId) ? await db.selectFrom('lib_items').selectAll().where('id', '=', itemId).executeTakeFirst() : undefined;
  if (!it) throw notFound('bản sách', 'Item');
  if (it.institution_id !== lib.id) throw new UserError(E.itemNotOwned({ barcode: it.barcode }), 403);
  return it;
}

export interface ItemEdit {
  barcode: string;
  callNumber: string;
  location: string;
  status: string;
}

/** Changes a copy's barcode (free in the network, any case), call number, shelf and status (available or lost). */
export async function updateItem(db: DB, who: Principal, code: string, itemId: number, input: ItemEdit): Promise<EditItem> {
  const lib = await circulationDesk(db, who, code);
  const it = await ownItem(db, lib, itemId);
  const problems: Problem[] = [];
  const barcode = clean(input.barcode);
  if (!/^[\p{L}\p{N}._-]{1,40}$/u.test(barcode)) problems.push({ field: 'barcode', said: E.barcodeInvalid({ barcode }) });
  else if (barcode.toUpperCase() !== it.barcode.toUpperCase()) {
    const taken = await db
      .selectFrom('lib_items')
      .select('id')
      .where((eb) => eb(eb.fn('upper', ['barcode']), '=', barcode.toUpperCase()))
      .where('id', '!=', it.id)
      .executeTakeFirst();
    if (taken) problems.push({ field: 'barcode', said: E.barcodeExists() });
  }
  const callNumber = clean(input.callNumber) || null;
  const location = clean(input.location) || null;
  if (callNumber && callNumber.length > 60) problems.push({ field: 'callNumber', said: E.callNumberLong() });
  if (location && location.length > 60) problems.push({ field: 'location', said: E.callNumberLong() });
  const status = (input.status || it.status) as ItemStatus;
  if (status !== it.status) {
    if (it.status === 'withdrawn') problems.push({ field: 'status', said: E.itemWithdrawnAlready({ barcode: it.barcode }) });
    else if (!EDITABLE_STATUSES.includes(status)) problems.push({ field: 'status', said: E.itemStatusUnknown() });
    else if (!EDITABLE_STATUSES.includes(it.status as ItemStatus)) problems.push({ field: 'status', said: E.itemStatusByDesk() });
  }
  if (problems.length) throw new UserError(E.itemInvalid(), 422, problems);
  await inTransaction(db, async (trx) => {
    await trx.updateTable('lib_items').set({ barcode, call_number: callNumber, location, status }).where('id', '=', it.id).execute();
    // the file's record names the old barcode now: read it again when it comes back (its copy is then added, as before)
    if (barcode !== it.barcode) await forgetImported(trx, [it.record_id]);
    await audit(trx, {
      userId: who.userId,
      action: 'update',
      entity: 'lib_item',
      key: barcode,
      oldValue: { barcode: it.barcode, callNumber: it.call_number, location: it.location, status: it.status },
      newValue: { barcode, callNumber, location, status },
    });
    if (status !== it.status) {
      await snapshotHoldings(trx, lib.id, Number(todayLocal().slice(0, 4)), who.userId);
      await indexRecords(trx, [it.record_id]);
    }
  });
  return { id: it.id, barcode, callNumber, location, status, withdrawnOn: null, withdrawnReason: null };
}

/**
 * Withdraws a copy with the reason given (required): its status 'withdrawn', the day and reason kept on it, the copy
 * and its loans kept (history); the library's holdings figure follows. A copy on loan, held or away is refused.
 */
export async function withdrawItem(db: DB, who: Principal, code: string, itemId: number, reason: string, today = todayLocal()): Promise<EditItem> {
  const lib = await circulationDesk(db, who, code);
  const it = await ownItem(db, lib, itemId);
  const why = clean(reason);
  const refuse = (said: ReturnType<typeof E.itemInvalid>, status: 409 | 422 = 409) => new UserError(said, status, [{ field: 'reason', said }]);
  if (it.status === 'withdrawn') throw refuse(E.itemWithdrawnAlready({ barcode: it.barcode }));
  if (it.status === 'on-loan') throw refuse(E.withdrawOnLoan({ barcode: it.barcode }));
  if (!EDITABLE_STATUSES.includes(it.status as ItemStatus)) throw refuse(E.itemStatusByDesk());
  if (!why) throw refuse(E.withdrawReasonRequired(), 422);
  await inTransaction(db, async (trx) => {
    const done = await trx
      .updateTable('lib_items')
      .set({ status: 'withdrawn', withdrawn_on: today, withdrawn_reason: why })
      .where('id', '=', it.id)
      .where('status', '=', it.status)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw refuse(E.itemChanged({ barcode: it.barcode }));
    await audit(trx, {
      userId: who.userId,
      action: 'update',
      entity: 'lib_item',
      key: it.barcode,
      oldValue: { status: it.status },
      newValue: { status: 'withdrawn', on: today, reason: why },
    });
    await snapshotHoldings(trx, lib.id, Number(today.slice(0, 4)), who.userId);
    await indexRecords(trx, [it.record_id]);
  });
  return { id: it.id, barcode: it.barcode, callNumber: it.call_number, location: it.location, status: 'withdrawn', withdrawnOn: today, withdrawnReason: why };
}

const df = (tag: string, subfields: [string, string | null | undefined][], ind1 = ' ', ind2 = ' '): MarcField[] => {
  const sf = subfields.filter((s): s is [string, string] => !!s[1]);
  return sf.length ? [{ tag, ind1, ind2, subfields: sf }] : [];
};

/** The fields the catalogue keeps, as MARC 21 (Koha's 952 for copies). */
const KEPT = new Set(['020', '041', '100', '245', '260', '264', '500', '650', '952', '852']);

/**
 * The record as MARC 21: its fields as the catalogue now holds them (ISBN, language, author, title, publication,
 * notes, subjects, the library's copies in 952), with the fields of the file it came from that the catalogue does
 * not keep (001, 035, 082…) as they were read.
 */
export function marcView(rec: EditableRecord): MarcRecord {
  const b = rec.bib;
  const kept: MarcField[] = [
    ...df('020', [['a', b.isbn]]),
    ...df('041', [['a', b.language]]),
    ...df('100', [['a', b.author]], '1'),
    ...df('245', [['a', b.title]], b.author ? '1' : '0', '0'),
    ...df('260', [
      ['b', b.publisher],
      ['c', b.year === null ? null : String(b.year)],
    ]),
    ...df('500', [['a', b.notes]]),
    ...b.subjects.flatMap((s) => df('650', [['a', s]], ' ', '4')),
    ...rec.items.flatMap((i) =>
      df('952', [
        ['p', i.barcode],
        ['o', i.callNumber],
        ['c', i.location],
        ['0', i.status === 'withdrawn' ? '1' : null],
      ]),
    ),
  ];
  const other = (rec.marc?.fields ?? []).filter((f) => !KEPT.has(f.tag));
  const fields = [...other, ...kept].sort((x, y) => x.tag.localeCompare(y.tag));
  if (b.controlNumber && !fields.some((f) => f.tag === '001')) fields.unshift({ tag: '001', value: b.controlNumber });
  return { leader: rec.marc?.leader ?? '00000nam a2200000 a 4500', fields };
}
