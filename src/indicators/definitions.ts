import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Problem, type Said } from '../core/errors.ts';
import { formatDate } from '../core/i18n/format.ts';
import { indicatorsErrors as E } from './messages.ts';
import type { Indicator } from './catalogue.ts';
import type { Term } from './formula.ts';

/** Where an admin's indicators sort: after the built-in ones, in the order defined. */
const DEFINED_SORT_FROM = 1000;

const CODE = /^[A-Z][A-Z0-9_]{1,40}$/;

/**
 * Whether a side of a formula is zero whatever the data: no term, or terms that cancel out (the same operand
 * added and taken away as often), e.g. "visits − visits".
 */
export function constantZero(terms: readonly Term[]): boolean {
  const sums = new Map<string, number>();
  for (const t of terms) {
    const key = JSON.stringify(t.operand, Object.keys(t.operand).sort());
    sums.set(key, (sums.get(key) ?? 0) + t.sign);
  }
  return [...sums.values()].every((n) => n === 0);
}

/**
 * Every problem of a definition, each at its field: the code (`code`, free unless `editing`), the names, the unit
 * label, each term (`numerator-0`, `denominator-1`…: an element, kind or attribute that does not exist, a retired
 * element, a count of no kind), a denominator that is always zero (`denominator`), a factor that is not a number or 0.
 */
export async function definitionProblems(db: DB, d: Indicator, editing = false): Promise<Problem[]> {
  const elements = new Map((await db.selectFrom('data_elements').select(['code', 'retired_on']).execute()).map((r) => [r.code, r.retired_on]));
  const kinds = new Set((await db.selectFrom('institution_kinds').select('code').execute()).map((r) => r.code));
  const attributes = new Set((await db.selectFrom('attributes').select('code').execute()).map((r) => r.code));
  const problems: Problem[] = [];
  const at = (field: string, said: Said) => problems.push({ said, field });
  if (!editing) {
    if (!CODE.test(d.code)) at('code', E.codeFormat());
    else if (await db.selectFrom('indicators').select('code').where('code', '=', d.code).executeTakeFirst()) at('code', E.codeTaken());
  }
  if (d.nameVi.trim().length < 3 || d.nameVi.length > 300) at('nameVi', E.nameLength());
  if (d.nameEn.trim().length < 3 || d.nameEn.length > 300) at('nameEn', E.nameLength());
  if (d.unit.length > 20) at('unit', E.unitLabelLength());
  const side = (name: 'numerator' | 'denominator', terms: readonly Term[]) =>
    terms.forEach(({ operand: o }, i) => {
      const field = `${name}-${i}`;
      if (o.type === 'data') {
        if (!elements.has(o.element)) at(field, E.unknownElement({ element: o.element }));
        else if (elements.get(o.element)) at(field, E.retiredElement({ element: o.element }));
      }
      if (o.type === 'count' && o.kinds.length === 0) at(field, E.countNeedsKinds());
      if (o.type !== 'population') for (const k of o.kinds ?? []) if (!kinds.has(k)) at(field, E.unknownKind({ kind: k }));
      if (o.type === 'count' && o.attribute && !attributes.has(o.attribute)) at(field, E.unknownAttribute({ attribute: o.attribute }));
    });
  if (d.formula.numerator.length === 0) at('numerator-0', E.numeratorEmpty());
  side('numerator', d.formula.numerator);
  if (d.formula.denominator !== null) {
    side('denominator', d.formula.denominator);
    if (constantZero(d.formula.denominator)) at('denominator', E.divideByZero());
  }
  if (!Number.isFinite(d.formula.factor) || d.formula.factor === 0) at('factor', E.factorInvalid());
  return problems;
}

/** The stored form of a definition (the names, unit label and formula people give). */
const stored = (d: Indicator) => ({ code: d.code, nameVi: d.nameVi.trim(), nameEn: d.nameEn.trim(), unit: d.unit.trim(), formula: d.formula });

/**
 * Defines a new indicator without code (`POST /api/v1/indicator-definitions`, the builder of `/quan-tri/chi-so`):
 * system admins only (403); every problem refused at once, each at its field (422). Stored and audited in one
 * transaction; it is on every dashboard from then on.
 */
export async function defineIndicator(db: DB, who: Principal, given: Indicator): Promise<Indicator> {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  const d = stored(given);
  return inTransaction(db, async (trx) => {
    const problems = await definitionProblems(trx, d);
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

async function indicatorRow(db: DB, code: string) {
  const row = await db.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('chỉ số', 'Indicator');
  return row;
}

/** Changes an indicator's names, unit label and formula (admins; the same checks as a new one). Audited with the old definition. */
export async function redefineIndicator(db: DB, who: Principal, code: string, given: Indicator): Promise<Indicator> {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  const d = stored({ ...given, code });
  return inTransaction(db, async (trx) => {
    const old = await indicatorRow(trx, code);
    const problems = await definitionProblems(trx, d, true);
    if (problems.length > 0) throw new UserError(E.invalidDefinition(), 422, problems);
    await trx
      .updateTable('indicators')
      .set({ name_vi: d.nameVi, name_en: d.nameEn, unit_label: d.unit, formula: JSON.stringify(d.formula) })
      .where('code', '=', code)
      .execute();
    await audit(trx, {
      userId: who.userId,
      action: 'update',
      entity: 'indicator',
      key: code,
      oldValue: { nameVi: old.name_vi, nameEn: old.name_en, unit: old.unit_label, formula: JSON.parse(old.formula) },
      newValue: d,
    });
    return d;
  });
}

/**
 * Retires an indicator from a day (admins): off the dashboards from that day's year, its row, targets and the
 * years before kept. Audited.
 */
export async function retireIndicator(db: DB, who: Principal, code: string, on: string): Promise<void> {
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  await inTransaction(db, async (trx) => {
    const old = await indicatorRow(trx, code);
    if (old.retired_on) throw new UserError(E.invalidDefinition(), 422, [{ field: 'retiredOn', said: E.alreadyRetired({ date: formatDate(old.retired_on) }) }]);
    await trx.updateTable('indicators').set({ retired_on: on }).where('code', '=', code).execute();
    await audit(trx, { userId: who.userId, action: 'update', entity: 'indicator', key: code, oldValue: { retiredOn: null }, newValue: { retiredOn: on } });
  });
}
