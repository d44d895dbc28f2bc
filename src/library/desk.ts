import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { forbidden, notFound, UserError } from '../core/errors.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { checkin, checkout, type LoanReceipt, type ReturnReceipt } from './circulation.ts';
import { libraryErrors as E } from './errors.ts';
import { placeByCode, type Place } from './places.ts';

/**
 * Who works a library's desk. The desk's other work (cataloguing, rotation, cards, visits, loan rules) is the
 * library's data: whoever may write it today (`mayWriteFor`: its staff, officials above it on today's map,
 * admins). Circulation — lending, taking back, renewing — touches readers: only at a library or a service
 * point that lends (returns at any of them, whoever lent the copy), and only by its own staff (and admins);
 * museum or cultural-centre staff and officials are refused. What a desk's answer says of the reader is
 * decided in circulation.ts (the name only to the library that knows them).
 */

/** The kinds of institution that hold and lend copies. */
const LENDING_SECTORS = ['library', 'service_point'];

/** The place named, if it is a library or a service point (else 404, or 403 naming it). */
export async function lendingPlace(db: DB, code: string): Promise<Place> {
  const lib = await placeByCode(db, code);
  if (!lib) throw notFound('thư viện', 'Library');
  const kind = await db.selectFrom('institution_kinds').select('sector').where('code', '=', lib.kind).executeTakeFirst();
  if (!kind || !LENDING_SECTORS.includes(kind.sector)) throw forbidden(E.notALendingPlace({ name: lib.name }));
  return lib;
}

/** The library named, if the person may work its desk today (else 404, 403). */
export async function deskOf(db: DB, who: Principal | undefined, code: string): Promise<Place> {
  const lib = await lendingPlace(db, code);
  if (!(await mayWriteFor(db, who, lib.id))) throw writeRefusal(lib.name);
  return lib;
}

/** The library named, if the person may lend and take back there: its own staff, admins (else 404, 403). */
export async function circulationDesk(db: DB, who: Principal | undefined, code: string): Promise<Place> {
  const lib = await lendingPlace(db, code);
  const staff = who?.role === 'staff' && who.institutionId === lib.id;
  if (!staff && who?.role !== 'admin') throw new UserError(E.onlyDeskStaff({ name: lib.name }), 403);
  return lib;
}

/** Lends a copy (by barcode) to a card holder at the library's desk. */
export async function lendAtDesk(db: DB, who: Principal, code: string, input: { barcode: string; card: string }): Promise<LoanReceipt> {
  const lib = await circulationDesk(db, who, code);
  return checkout(db, input.barcode, input.card, { institutionId: lib.id, userId: who.userId });
}

/** Takes a copy (by barcode) back at the library's desk. */
export async function returnAtDesk(db: DB, who: Principal, code: string, input: { barcode: string }): Promise<ReturnReceipt> {
  const lib = await circulationDesk(db, who, code);
  return checkin(db, input.barcode, { institutionId: lib.id, userId: who.userId });
}
