import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { statisticsErrors as E } from './messages.ts';
import type { NewElement } from './elements.ts';

/**
 * The administration of data elements (`/quan-tri/du-lieu`, issue 19): system admins add one (names in both
 * languages, which institutions report it — a sector's or every one — and its period type), change it, and retire
 * it from a day (no longer asked for; its values stay). Every problem is refused at once at its field; every change
 * is audited.
 */

export const SECTORS = ['library', 'museum', 'culture', 'service_point', 'common'] as const;
const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

function adminOnly(who: Principal) {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
}

function problemsOf(e: Omit<NewElement, 'code'>): Problem[] {
  const problems: Problem[] = [];
  if (e.nameVi.trim().length < 3 || e.nameVi.length > 300) problems.push({ field: 'nameVi', said: E.elementNameLength() });
  if (e.nameEn.trim().length < 3 || e.nameEn.length > 300) problems.push({ field: 'nameEn', said: E.elementNameLength() });
  if (!(SECTORS as readonly string[]).includes(e.sector)) problems.push({ field: 'sector', said: E.elementSector() });
  if (e.periodType !== 'month' && e.periodType !== 'year') problems.push({ field: 'periodType', said: E.elementPeriodType() });
  return problems;
}

/** Adds a data element from the administration (the same write as `POST /api/v1/data-elements`, refused at its fields). */
export async function createElement(db: DB, who: Principal, e: NewElement): Promise<void> {
  adminOnly(who);
  await inTransaction(db, async (trx) => {
    const problems = problemsOf(e);
    if (!CODE.test(e.code)) problems.unshift({ field: 'code', said: E.elementCodeFormat() });
    else if (await trx.selectFrom('data_elements').select('id').where('code', '=', e.code).executeTakeFirst())
      problems.unshift({ field: 'code', said: E.alreadyExists() });
    if (problems.length > 0) throw new UserError(E.elementInvalid(), 422, problems);
    const row = { code: e.code, name_vi: e.nameVi.trim(), name_en: e.nameEn.trim(), sector: e.sector, period_type: e.periodType };
    await trx
      .insertInto('data_elements')
      .values({ ...row, builtin: 0 })
      .execute();
    await audit(trx, { userId: who.userId, action: 'create', entity: 'data_element', key: e.code, newValue: row });
  });
}

/** Changes an element's names, reporting institutions and period type (the period type only while it has no values). */
export async function changeElement(db: DB, who: Principal, code: string, e: Omit<NewElement, 'code'>): Promise<void> {
  adminOnly(who);
  await inTransaction(db, async (trx) => {
    const old = await trx.selectFrom('data_elements').selectAll().where('code', '=', code).executeTakeFirst();
    if (!old) throw notFound('chỉ tiêu', 'Data element');
    const problems = problemsOf(e);
    if (e.periodType !== old.period_type && !problems.some((p) => p.field === 'periodType')) {
      const n = Number(
        (
          await trx
            .selectFrom('data_values')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('element_id', '=', old.id)
            .executeTakeFirst()
        )?.n ?? 0,
      );
      if (n > 0) problems.push({ field: 'periodType', said: E.periodTypeHasValues({ n }) });
    }
    if (problems.length > 0) throw new UserError(E.elementInvalid(), 422, problems);
    const row = { name_vi: e.nameVi.trim(), name_en: e.nameEn.trim(), sector: e.sector, period_type: e.periodType };
    await trx.updateTable('data_elements').set(row).where('id', '=', old.id).execute();
    await audit(trx, {
      userId: who.userId,
      action: 'update',
      entity: 'data_element',
      key: code,
      oldValue: { name_vi: old.name_vi, name_en: old.name_en, sector: old.sector, period_type: old.period_type },
      newValue: row,
    });
  });
}

/** Retires an element from a day: no longer offered on the entry form; its values and the indicators' years before stay. */
export async function retireElement(db: DB, who: Principal, code: string, on: string): Promise<void> {
  adminOnly(who);
  await inTransaction(db, async (trx) => {
    const old = await trx.selectFrom('data_elements').select(['id', 'retired_on']).where('code', '=', code).executeTakeFirst();
    if (!old) throw notFound('chỉ tiêu', 'Data element');
    if (old.retired_on)
      throw new UserError(E.elementInvalid(), 422, [{ field: 'retiredOn', said: E.elementAlreadyRetired({ date: formatDate(old.retired_on) }) }]);
    await trx.updateTable('data_elements').set({ retired_on: on }).where('id', '=', old.id).execute();
    await audit(trx, { userId: who.userId, action: 'update', entity: 'data_element', key: code, oldValue: { retiredOn: null }, newValue: { retiredOn: on } });
  });
}
