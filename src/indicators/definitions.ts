import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem, type Said } from '../core/errors.ts';
import { indicatorsErrors as E } from './messages.ts';
import type { Indicator } from './catalogue.ts';
import { operandsOf } from './formula.ts';

/** Where an admin's indicators sort: after the built-in ones, in the order defined. */
const DEFINED_SORT_FROM = 1000;

/**
 * Defines a new indicator without code (`POST /api/v1/indicator-definitions`): system admins only (403); every
 * data element, kind and attribute its formula names must exist and its code be free (422, each problem at its
 * field). Stored and audited in one transaction.
 */
export async function defineIndicator(db: DB, who: Principal, d: Indicator): Promise<Indicator> {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  return inTransaction(db, async (trx) => {
    const known = {
      element: new Set((await trx.selectFrom('data_elements').select('code').execute()).map((r) => r.code)),
      kind: new Set((await trx.selectFrom('institution_kinds').select('code').execute()).map((r) => r.code)),
      attribute: new Set((await trx.selectFrom('attributes').select('code').execute()).map((r) => r.code)),
    };
    const problems: Problem[] = [];
    const formula = (said: Said) => problems.push({ said, field: 'formula' });
    for (const o of operandsOf(d.formula)) {
      if (o.type === 'data' && !known.element.has(o.element)) formula(E.unknownElement({ element: o.element }));
      if (o.type !== 'population') for (const k of o.kinds ?? []) if (!known.kind.has(k)) formula(E.unknownKind({ kind: k }));
      if (o.type === 'count' && o.attribute && !known.attribute.has(o.attribute)) formula(E.unknownAttribute({ attribute: o.attribute }));
    }
    if (await trx.selectFrom('indicators').select('code').where('code', '=', d.code).executeTakeFirst()) problems.push({ said: E.codeTaken(), field: 'code' });
    if (problems.length > 0) throw new UserError(E.invalidDefinition(), 422, problems);
    const n = Number(
      (
        await trx
          .selectFrom('indicators')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirst()
      )?.n ?? 0,
    );
    await trx
      .insertInto('indicators')
      .values({
        code: d.code,
        name_vi: d.nameVi,
        name_en: d.nameEn,
        unit_label: d.unit,
        formula: JSON.stringify(d.formula),
        builtin: 0,
        sort: DEFINED_SORT_FROM + n,
      })
      .execute();
    await audit(trx, { userId: who.userId, action: 'create', entity: 'indicator', key: d.code, newValue: d });
    return d;
  });
}
