import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { dialectOf } from '../core/db/dialect.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { ruleColumn, ruleJoins } from './loan-rules.ts';

/**
 * Circulation's statements, as few as the desk's work allows: one read that gathers everything a
 * checkout (or a return) decides on, and one write. Where the engine has data-modifying CTEs
 * (PostgreSQL) the write is one statement, atomic on its own; elsewhere (SQLite) its parts run
 * in-process, in a transaction. Texts never vary (values are parameters): each runs as a prepared
 * statement (PostgreSQL plans it once per connection).
 */

export interface CheckoutFacts {
  item_id: number | null;
  record_id: number;
  barcode: string;
  status: string;
  at_institution_id: number;
  patron_id: number | null;
  card_number: string;
  /** The library that issued the card. */
  card_institution_id: number | null;
  name: string;
  blocked: number;
  block_reason: string | null;
  expires_at: string | null;
  /** Open loans of the reader. */
  open_loans: number;
  /** The due date of the copy's open loan, when it is on loan. */
  item_due: string | null;
  /** The reader's own reservation of the title, waiting or set aside. */
  my_hold: number | null;
  /** The reader a copy 'on-hold' is set aside for. */
  held_for: number | null;
  loan_days: number;
  max_loans: number;
}

/** Copy, card, the rule in force at the desk for the card's category, open loans and holds: one query. */
export async function checkoutFacts(db: DB, barcode: string, card: string, institutionId: number): Promise<CheckoutFacts> {
  const r = await dialectOf(db).executePrepared(
    db,
    sql<CheckoutFacts>`SELECT it.id AS item_id, it.record_id, it.barcode, it.status, it.at_institution_id,
      p.id AS patron_id, p.card_number, p.institution_id AS card_institution_id, p.name, p.blocked, p.block_reason, p.expires_at,
      (SELECT count(*) FROM lib_loans l WHERE l.patron_id = p.id AND l.returned_at IS NULL) AS open_loans,
      (SELECT l.due_at FROM lib_loans l WHERE l.item_id = it.id AND l.returned_at IS NULL LIMIT 1) AS item_due,
      (SELECT h.id FROM lib_holds h WHERE h.record_id = it.record_id AND h.patron_id = p.id AND h.status IN ('waiting', 'ready') ORDER BY h.id LIMIT 1) AS my_hold,
      (SELECT h.patron_id FROM lib_holds h WHERE h.record_id = it.record_id AND h.item_id = it.id AND h.status IN ('waiting', 'ready') ORDER BY h.id LIMIT 1) AS held_for,
      ${ruleColumn('loan_days')}, ${ruleColumn('max_loans')}
    FROM (SELECT 1 AS one) o
    LEFT JOIN lib_items it ON upper(it.barcode) = upper(${barcode})
    LEFT JOIN lib_patrons p ON upper(p.card_number) = upper(${card})
    ${ruleJoins(institutionId, sql`p.category`)}`,
  );
  return { ...r.rows[0]!, open_loans: Number(r.rows[0]!.open_loans) };
}

export interface NewLoan {
  itemId: number;
  /** The status the copy had when read: the write happens only if it still has it. */
  status: string;
  patronId: number;
  institutionId: number;
  at: string;
  dueAt: string;
  tripStopId: number | null;
  /** The reader's reservation this loan fulfils. */
  holdId: number | null;
  userId: number | null;
  /** The audit entry's new value. */
  auditValue: unknown;
}

/** Lends: the copy on loan, the loan row, the fulfilled reservation and the audit entry. Null when the copy changed meanwhile. */
export async function writeLoan(db: DB, n: NewLoan): Promise<number | null> {
  const json = JSON.stringify(n.auditValue);
  const dialect = dialectOf(db);
  if (dialect.supportsDataModifyingCtes) {
    const r = await dialect.executePrepared(
      db,
      sql<{ id: number }>`WITH it AS (UPDATE lib_items SET status = 'on-loan' WHERE id = ${n.itemId} AND status = ${n.status} RETURNING id),
      loan AS (INSERT INTO lib_loans (item_id, patron_id, institution_id, out_at, due_at, returned_at, trip_stop_id)
        SELECT id, CAST(${n.patronId} AS integer), CAST(${n.institutionId} AS integer), CAST(${n.at} AS text), CAST(${n.dueAt} AS text), NULL, CAST(${n.tripStopId} AS integer) FROM it RETURNING id),
      h AS (UPDATE lib_holds SET status = 'fulfilled', item_id = ${n.itemId} WHERE id = CAST(${n.holdId} AS integer) AND EXISTS (SELECT 1 FROM loan) RETURNING id),
      a AS (INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
        SELECT CAST(${nowIso()} AS text), CAST(${n.userId} AS integer), 'create', 'lib_loan', CAST(id AS text), NULL, CAST(${json} AS text) FROM loan)
      SELECT id FROM loan`,
    );
    return r.rows[0]?.id ?? null;
  }
  return inTransaction(db, (trx) => loanInParts(trx, n));
}

async function loanInParts(db: DB, n: NewLoan): Promise<number | null> {
  const upd = await db.updateTable('lib_items').set({ status: 'on-loan' }).where('id', '=', n.itemId).where('status', '=', n.status).executeTakeFirst();
  if (Number(upd.numUpdatedRows) !== 1) return null;
  const loan = await db
    .insertInto('lib_loans')
    .values({
      item_id: n.itemId,
      patron_id: n.patronId,
      institution_id: n.institutionId,
      out_at: n.at,
      due_at: n.dueAt,
      returned_at: null,
      trip_stop_id: n.tripStopId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (n.holdId !== null) await db.updateTable('lib_holds').set({ status: 'fulfilled', item_id: n.itemId }).where('id', '=', n.holdId).execute();
  await audit(db, { userId: n.userId, action: 'create', entity: 'lib_loan', key: String(loan.id), newValue: n.auditValue });
  return loan.id;
}

export interface ReturnFacts {
  item_id: number | null;
  barcode: string;
  loan_id: number | null;
  due_at: string;
  /** The library that lent the copy. */
  loan_institution_id: number | null;
  card_number: string | null;
  name: string;
  /** The first reservation waiting for the title, its reader (card, name, the card's library), and how long the desk keeps a copy for them. */
  hold_id: number | null;
  hold_card: string | null;
  hold_card_institution_id: number | null;
  hold_name: string | null;
  hold_days: number;
}

/** The copy, its open loan and reader, and the first reader waiting for the title: one query. */
export async function returnFacts(db: DB, barcode: string, institutionId: number): Promise<ReturnFacts> {
  const r = await dialectOf(db).executePrepared(
    db,
    sql<ReturnFacts>`SELECT it.id AS item_id, it.barcode, l.id AS loan_id, l.due_at, l.institution_id AS loan_institution_id, p.card_number, p.name,
      h.id AS hold_id, hp.card_number AS hold_card, hp.institution_id AS hold_card_institution_id, hp.name AS hold_name, ${ruleColumn('hold_days')}
    FROM (SELECT 1 AS one) o
    LEFT JOIN lib_items it ON upper(it.barcode) = upper(${barcode})
    LEFT JOIN lib_loans l ON l.item_id = it.id AND l.returned_at IS NULL
    LEFT JOIN lib_patrons p ON p.id = l.patron_id
    LEFT JOIN lib_holds h ON h.id = (SELECT w.id FROM lib_holds w WHERE w.record_id = it.record_id AND w.status = 'waiting' ORDER BY w.id LIMIT 1)
    LEFT JOIN lib_patrons hp ON hp.id = h.patron_id
    ${ruleJoins(institutionId, sql`hp.category`)}`,
  );
  return r.rows[0]!;
}

export interface Return {
  itemId: number;
  loanId: number;
  holdId: number | null;
  /** Last day the copy waits for the reservation's reader. */
  holdUntil: string | null;
  at: string;
  userId: number | null;
  auditValue: unknown;
}

/** Takes back: the loan closed, the copy available or set aside for the waiting reader, audited. False when the loan was closed meanwhile. */
export async function writeReturn(db: DB, n: Return): Promise<boolean> {
  const json = JSON.stringify(n.auditValue);
  const dialect = dialectOf(db);
  if (dialect.supportsDataModifyingCtes) {
    const r = await dialect.executePrepared(
      db,
      sql<{ returned: number }>`WITH l AS (UPDATE lib_loans SET returned_at = ${n.at} WHERE id = ${n.loanId} AND returned_at IS NULL RETURNING id),
      h AS (UPDATE lib_holds SET status = 'ready', item_id = ${n.itemId}, expires_at = CAST(${n.holdUntil} AS text)
        WHERE id = CAST(${n.holdId} AS integer) AND status = 'waiting' AND EXISTS (SELECT 1 FROM l) RETURNING id),
      it AS (UPDATE lib_items SET status = CASE WHEN EXISTS (SELECT 1 FROM h) THEN 'on-hold' ELSE 'available' END WHERE id = ${n.itemId} AND EXISTS (SELECT 1 FROM l)),
      a AS (INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
        SELECT CAST(${nowIso()} AS text), CAST(${n.userId} AS integer), 'update', 'lib_loan', CAST(id AS text), NULL, CAST(${json} AS text) FROM l)
      SELECT count(*) AS returned FROM l`,
    );
    return Number(r.rows[0]?.returned ?? 0) === 1;
  }
  return inTransaction(db, (trx) => returnInParts(trx, n));
}

async function returnInParts(db: DB, n: Return): Promise<boolean> {
  const upd = await db.updateTable('lib_loans').set({ returned_at: n.at }).where('id', '=', n.loanId).where('returned_at', 'is', null).executeTakeFirst();
  if (Number(upd.numUpdatedRows) !== 1) return false;
  if (n.holdId !== null)
    await db.updateTable('lib_holds').set({ status: 'ready', item_id: n.itemId, expires_at: n.holdUntil }).where('id', '=', n.holdId).execute();
  await db
    .updateTable('lib_items')
    .set({ status: n.holdId !== null ? 'on-hold' : 'available' })
    .where('id', '=', n.itemId)
    .execute();
  await audit(db, { userId: n.userId, action: 'update', entity: 'lib_loan', key: String(n.loanId), newValue: n.auditValue });
  return true;
}

export interface RenewFacts {
  item_id: number | null;
  barcode: string;
  loan_id: number | null;
  due_at: string;
  renewals: number;
  loan_institution_id: number | null;
  card_number: string | null;
  name: string;
  /** A reservation waiting for the title (renewing would keep it from its reader). */
  waiting: number | null;
  loan_days: number;
  max_renewals: number;
}

/** The copy, its open loan and reader, the rule of the lending library for the reader's category, any waiting reservation: one query. */
export async function renewFacts(db: DB, barcode: string): Promise<RenewFacts> {
  const r = await dialectOf(db).executePrepared(
    db,
    sql<RenewFacts>`SELECT it.id AS item_id, it.barcode, l.id AS loan_id, l.due_at, l.renewals, l.institution_id AS loan_institution_id, p.card_number, p.name,
      (SELECT w.id FROM lib_holds w WHERE w.record_id = it.record_id AND w.status = 'waiting' LIMIT 1) AS waiting,
      ${ruleColumn('loan_days')}, ${ruleColumn('max_renewals')}
    FROM (SELECT 1 AS one) o
    LEFT JOIN lib_items it ON upper(it.barcode) = upper(${barcode})
    LEFT JOIN lib_loans l ON l.item_id = it.id AND l.returned_at IS NULL
    LEFT JOIN lib_patrons p ON p.id = l.patron_id
    ${ruleJoins(sql`l.institution_id`, sql`p.category`)}`,
  );
  return r.rows[0]!;
}

export interface Renewal {
  loanId: number;
  /** The renewals the loan had when read: the write happens only if it still has them. */
  renewals: number;
  oldDue: string;
  dueAt: string;
  userId: number | null;
}

/** Extends the loan, if it still has the renewals read (a second renewal at another desk meanwhile is refused), audited. */
export async function writeRenewal(db: DB, n: Renewal): Promise<boolean> {
  const json = JSON.stringify({ dueAt: n.dueAt });
  const dialect = dialectOf(db);
  if (dialect.supportsDataModifyingCtes) {
    const r = await dialect.executePrepared(
      db,
      sql<{
        renewed: number;
      }>`WITH l AS (UPDATE lib_loans SET due_at = ${n.dueAt}, renewals = renewals + 1 WHERE id = ${n.loanId} AND renewals = ${n.renewals} AND returned_at IS NULL RETURNING id),
      a AS (INSERT INTO audit_log (at, user_id, action, entity, entity_key, old_value, new_value)
        SELECT CAST(${nowIso()} AS text), CAST(${n.userId} AS integer), 'update', 'lib_loan', CAST(id AS text), CAST(${JSON.stringify({ dueAt: n.oldDue })} AS text), CAST(${json} AS text) FROM l)
      SELECT count(*) AS renewed FROM l`,
    );
    return Number(r.rows[0]?.renewed ?? 0) === 1;
  }
  return inTransaction(db, (trx) => renewalInParts(trx, n));
}

async function renewalInParts(db: DB, n: Renewal): Promise<boolean> {
  const upd = await db
    .updateTable('lib_loans')
    .set({ due_at: n.dueAt, renewals: n.renewals + 1 })
    .where('id', '=', n.loanId)
    .where('renewals', '=', n.renewals)
    .where('returned_at', 'is', null)
    .executeTakeFirst();
  if (Number(upd.numUpdatedRows) !== 1) return false;
  await audit(db, {
    userId: n.userId,
    action: 'update',
    entity: 'lib_loan',
    key: String(n.loanId),
    oldValue: { dueAt: n.oldDue },
    newValue: { dueAt: n.dueAt },
  });
  return true;
}
