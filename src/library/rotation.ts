import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, notFound, type Problem, type Said } from '../core/errors.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { placesById, type Place } from './places.ts';
import { libraryErrors as E } from './errors.ts';

/** Who can receive a rotation batch: libraries of every kind and the service points (schools, learning centres, post offices, units). */
const RECEIVING_SECTORS = ['library', 'service_point'];

export interface Rotation {
  id: number;
  fromInstitutionId: number;
  toInstitutionId: number;
  toName: string;
  status: 'sent' | 'received' | 'returned';
  sentAt: string;
  items: number;
}

/**
 * Sends a batch of the library's copies to another library or service point (luân chuyển): the copies show
 * as being there from now on, and the rotation counts (copies sent) in the sending library's statistics.
 */
export async function sendRotation(
  db: DB,
  r: { from: number; to: number; barcodes: string[]; note?: string | null; date?: string },
  userId: number | null,
): Promise<number> {
  const date = r.date ?? todayLocal();
  const barcodes = [...new Set(r.barcodes.map((b) => b.trim()).filter(Boolean))];
  if (barcodes.length === 0) throw new UserError(E.batchEmpty(), 422, [{ field: 'barcodes', said: E.oneBarcodeAtLeast() }]);
  if (r.from === r.to) throw new UserError(E.sameDestination(), 422, [{ field: 'to', said: E.chooseOtherDestination() }]);
  return inTransaction(db, async (trx) => {
    const dest = await trx
      .selectFrom('institutions as i')
      .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
      .select(['i.id', 'k.sector'])
      .where('i.id', '=', r.to)
      .executeTakeFirst();
    if (!dest) throw notFound('nơi nhận', 'Destination');
    if (!RECEIVING_SECTORS.includes(dest.sector)) throw new UserError(E.destinationKind(), 422, [{ field: 'to', said: E.chooseLibraryOrPoint() }]);
    const items = await trx
      .selectFrom('lib_items')
      .select(['id', 'barcode', 'institution_id', 'at_institution_id', 'status'])
      .where('barcode', 'in', barcodes)
      .execute();
    const problems = barcodes.flatMap((b, i): Problem[] => {
      const it = items.find((x) => x.barcode === b);
      const bad = (said: (p: { barcode: string }) => Said) => [{ row: i + 1, field: 'barcodes', said: said({ barcode: b }) }];
      if (!it) return bad(E.unknownBarcode);
      if (it.institution_id !== r.from) return bad(E.notOwnedBySender);
      if (it.status !== 'available' || it.at_institution_id !== r.from) return bad(E.notAvailableToSend);
      return [];
    });
    if (problems.length) throw new UserError(E.batchRefused(), 422, problems);
    const row = await trx
      .insertInto('lib_rotations')
      .values({
        from_institution_id: r.from,
        to_institution_id: r.to,
        status: 'sent',
        sent_at: date,
        received_at: null,
        returned_at: null,
        note: r.note ?? null,
        created_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('lib_rotation_items')
      .values(items.map((it) => ({ rotation_id: row.id, item_id: it.id })))
      .execute();
    await trx
      .updateTable('lib_items')
      .set({ status: 'in-transit', at_institution_id: r.to })
      .where(
        'id',
        'in',
        items.map((it) => it.id),
      )
      .execute();
    await audit(trx, { userId, action: 'create', entity: 'lib_rotation', key: String(row.id), newValue: { from: r.from, to: r.to, barcodes } });
    await recordHappenings(trx, [{ institutionId: r.from, element: 'LIB_ROTATIONS', date, count: items.length }], userId);
    return row.id;
  });
}

async function rotation(db: DB, id: number) {
  const r = await db.selectFrom('lib_rotations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound(`đợt luân chuyển #${id}`, `Rotation #${id}`);
  return r;
}

/** The destination confirms the batch arrived: its copies can be lent there. */
export async function receiveRotation(db: DB, id: number, userId: number | null, date = todayLocal()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const r = await rotation(trx, id);
    if (r.status !== 'sent') throw new UserError(E.batchAlreadyReceived(), 409);
    const ids = (await trx.selectFrom('lib_rotation_items').select('item_id').where('rotation_id', '=', id).execute()).map((x) => x.item_id);
    await trx.updateTable('lib_items').set({ status: 'available' }).where('id', 'in', ids).where('status', '=', 'in-transit').execute();
    await trx.updateTable('lib_rotations').set({ status: 'received', received_at: date }).where('id', '=', id).execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_rotation', key: String(id), newValue: { status: 'received' } });
  });
}

/** The batch goes home: every copy must be back on the shelf there (none on loan). */
export async function returnRotation(db: DB, id: number, userId: number | null, date = todayLocal()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const r = await rotation(trx, id);
    if (r.status === 'returned') throw new UserError(E.batchAlreadyReturned(), 409);
    const items = await trx
      .selectFrom('lib_rotation_items as ri')
      .innerJoin('lib_items as it', 'it.id', 'ri.item_id')
      .select(['it.id', 'it.barcode', 'it.status'])
      .where('ri.rotation_id', '=', id)
      .execute();
    const out = items.filter((it) => it.status === 'on-loan' || it.status === 'on-hold');
    if (out.length) {
      const problems = out.map((o) => ({ field: 'barcodes', said: E.itemStillOnLoan({ barcode: o.barcode }) }));
      throw new UserError(E.batchStillOnLoan({ count: out.length, barcodes: out.map((o) => o.barcode).join(', ') }), 409, problems);
    }
    await trx
      .updateTable('lib_items')
      .set({ status: 'available', at_institution_id: r.from_institution_id })
      .where(
        'id',
        'in',
        items.map((it) => it.id),
      )
      .where('status', 'in', ['available', 'in-transit'])
      .execute();
    await trx.updateTable('lib_rotations').set({ status: 'returned', returned_at: date }).where('id', '=', id).execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_rotation', key: String(id), newValue: { status: 'returned' } });
  });
}

/** A place a rotation batch can go to. */
export interface Destination {
  id: number;
  name: string;
  sector: string;
}

/**
 * Where a library can send a rotation batch: the libraries and service points now in its province (in its own
 * unit when it has no province above it), itself excepted; by name, at most 1,000.
 */
export async function rotationDestinations(db: DB, lib: Place): Promise<Destination[]> {
  const up = lib.unitId
    ? await db
        .selectFrom('unit_closure as c')
        .innerJoin('units as u', 'u.id', 'c.ancestor_id')
        .select(['u.id', 'u.level'])
        .where('c.descendant_id', '=', lib.unitId)
        .execute()
    : [];
  const root = up.find((u) => u.level === 'province')?.id ?? lib.unitId;
  if (!root) return [];
  return db
    .selectFrom('institutions as i')
    .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .innerJoin('unit_closure as uc', 'uc.descendant_id', 'iu.unit_id')
    .select(['i.id', 'i.name', 'k.sector'])
    .where('uc.ancestor_id', '=', root)
    .where('k.sector', 'in', RECEIVING_SECTORS)
    .where('i.id', '!=', lib.id)
    .orderBy('i.name')
    .limit(1000)
    .execute();
}

/** A library's batches, sent or received, newest first. */
export async function rotationsOf(db: DB, institutionId: number): Promise<Rotation[]> {
  const rows = await db
    .selectFrom('lib_rotations as r')
    .leftJoin('lib_rotation_items as ri', 'ri.rotation_id', 'r.id')
    .select(['r.id', 'r.from_institution_id', 'r.to_institution_id', 'r.status', 'r.sent_at'])
    .select((eb) => eb.fn.count<number>('ri.item_id').as('n'))
    .where((eb) => eb.or([eb('r.from_institution_id', '=', institutionId), eb('r.to_institution_id', '=', institutionId)]))
    .groupBy(['r.id', 'r.from_institution_id', 'r.to_institution_id', 'r.status', 'r.sent_at'])
    .orderBy('r.id', 'desc')
    .execute();
  const places = await placesById(
    db,
    rows.map((r) => r.to_institution_id),
  );
  return rows.map((r) => ({
    id: r.id,
    fromInstitutionId: r.from_institution_id,
    toInstitutionId: r.to_institution_id,
    toName: places.get(r.to_institution_id)?.name ?? '',
    status: r.status as Rotation['status'],
    sentAt: r.sent_at,
    items: Number(r.n),
  }));
}
