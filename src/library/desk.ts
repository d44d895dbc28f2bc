import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { forbidden, notFound } from '../core/errors.ts';
import { mayWriteFor } from '../network/access.ts';
import { checkin, checkout, type LoanReceipt, type ReturnReceipt } from './circulation.ts';
import { placeByCode, type Place } from './places.ts';

/**
 * The circulation desk as the JSON API works it (`/api/v1/libraries/<code>/checkout|return`): the library named,
 * if the person may work its desk (its staff, officials above it, admins), then the loan or the return
 * (circulation.ts, which audits and feeds the statistics). The desk pages call circulation.ts the same way.
 */
export async function deskOf(db: DB, who: Principal, code: string): Promise<Place> {
  const lib = await placeByCode(db, code);
  if (!lib) throw notFound('thư viện', 'Library');
  if (!(await mayWriteFor(db, who, lib.id))) throw forbidden();
  return lib;
}

/** Lends a copy (by barcode) to a card holder at the library's desk. */
export async function lendAtDesk(db: DB, who: Principal, code: string, input: { barcode: string; card: string }): Promise<LoanReceipt> {
  const lib = await deskOf(db, who, code);
  return checkout(db, input.barcode, input.card, { institutionId: lib.id, userId: who.userId });
}

/** Takes a copy (by barcode) back at the library's desk. */
export async function returnAtDesk(db: DB, who: Principal, code: string, input: { barcode: string }): Promise<ReturnReceipt> {
  const lib = await deskOf(db, who, code);
  return checkin(db, input.barcode, { institutionId: lib.id, userId: who.userId });
}
