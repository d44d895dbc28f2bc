import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, notFound, type Problem } from '../core/errors.ts';
import { clean, fold } from '../core/text/vietnamese.ts';
import { recordSnapshots } from '../statistics/feed.ts';
import { patronCategoryName, type PatronCategory } from './patron-messages.ts';
import { libraryErrors as E } from './errors.ts';

export type { PatronCategory } from './patron-messages.ts';
/** The patron categories, in the order forms list them (their names: `patronCategoryName`). */
export const PATRON_CATEGORIES = Object.keys(patronCategoryName.entries) as PatronCategory[];

export interface Patron {
  id: number;
  cardNumber: string;
  institutionId: number;
  userId: number | null;
  name: string;
  category: string;
  blocked: boolean;
  blockReason: string | null;
  expiresAt: string | null;
  phone: string | null;
  /** Where overdue notices are mailed. */
  email: string | null;
}

export interface NewPatron {
  cardNumber: string;
  institutionId: number;
  name: string;
  category: PatronCategory;
  userId?: number | null;
  expiresAt?: string | null;
  phone?: string | null;
}

/** Issues a library card; the library's registered users (this year's figure) follow. */
export async function registerPatron(db: DB, p: NewPatron, userId: number | null, date = todayLocal()): Promise<number> {
  const card = clean(p.cardNumber);
  const problems: Problem[] = [];
  if (!/^[\p{L}\p{N}-]{3,32}$/u.test(card)) problems.push({ field: 'cardNumber', said: E.cardNumberFormat() });
  if (!clean(p.name)) problems.push({ field: 'name', said: E.nameRequired() });
  if (!PATRON_CATEGORIES.includes(p.category)) problems.push({ field: 'category', said: E.unknownCategory() });
  if (problems.length) throw new UserError(E.cardInvalid(), 422, problems);
  return inTransaction(db, async (trx) => {
    if (await trx.selectFrom('lib_patrons').select('id').where('card_number', '=', card).executeTakeFirst())
      throw new UserError(E.cardTaken({ card }), 409, [{ field: 'cardNumber', said: E.cardExists() }]);
    const row = await trx
      .insertInto('lib_patrons')
      .values({
        card_number: card,
        institution_id: p.institutionId,
        user_id: p.userId ?? null,
        name: clean(p.name),
        name_key: fold(p.name),
        phone: p.phone ?? null,
        category: p.category,
        block_reason: null,
        registered_at: date,
        expires_at: p.expiresAt ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId,
      action: 'create',
      entity: 'lib_patron',
      key: card,
      newValue: { name: p.name, category: p.category, institutionId: p.institutionId },
    });
    const count = async (on: DB) => {
      const n = await on
        .selectFrom('lib_patrons')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('institution_id', '=', p.institutionId)
        .executeTakeFirst();
      return Number(n?.n ?? 0);
    };
    await recordSnapshots(trx, [{ institutionId: p.institutionId, element: 'LIB_REGISTERED_USERS', year: Number(date.slice(0, 4)), count }], userId);
    return row.id;
  });
}

export const toPatron = (r: {
  id: number;
  card_number: string;
  institution_id: number;
  user_id: number | null;
  name: string;
  category: string;
  blocked: number;
  block_reason: string | null;
  expires_at: string | null;
  phone: string | null;
  email?: string | null;
}): Patron => ({
  id: r.id,
  cardNumber: r.card_number,
  institutionId: r.institution_id,
  userId: r.user_id,
  name: r.name,
  category: r.category,
  blocked: r.blocked === 1,
  blockReason: r.block_reason,
  expiresAt: r.expires_at,
  phone: r.phone,
  email: r.email ?? null,
});

export async function patronByCard(db: DB, card: string): Promise<Patron> {
  // whatever its case, as the desk reads it (an index on upper(card_number), migration 026)
  const r = await db
    .selectFrom('lib_patrons')
    .selectAll()
    .where((eb) => eb(eb.fn('upper', ['card_number']), '=', eb.fn('upper', [eb.val(clean(card))])))
    .executeTakeFirst();
  if (!r) throw notFound(`thẻ bạn đọc ${card}`, `Library card ${card}`);
  return toPatron(r);
}

export async function patronsOfUser(db: DB, userId: number): Promise<Patron[]> {
  return (await db.selectFrom('lib_patrons').selectAll().where('user_id', '=', userId).execute()).map(toPatron);
}

/** Blocks (reason given) or unblocks (null) a card. */
export async function setBlocked(db: DB, card: string, reason: string | null, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const p = await patronByCard(trx, card);
    await trx
      .updateTable('lib_patrons')
      .set({ blocked: reason ? 1 : 0, block_reason: reason })
      .where('id', '=', p.id)
      .execute();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'lib_patron',
      key: p.cardNumber,
      oldValue: { blocked: p.blocked, reason: p.blockReason },
      newValue: { blocked: reason !== null, reason },
    });
  });
}
