import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { clean, fold } from '../core/text/vietnamese.ts';
import { nowIso } from '../core/time.ts';
import { listElements, type DataElement } from './elements.ts';
import { statisticsErrors as E } from './messages.ts';

/**
 * Validation rules (DHIS2's): an admin's comparison of two data elements of an institution for the same period,
 * `left operator factor × right` (student visitors ≤ visitors; participants ≥ events). The entry form checks them on
 * save (checks.ts); a violation is a warning the person confirms with a comment, or, when the rule is `blocking`,
 * a refusal. Only admins make and delete rules; both are audited.
 */

export const RULE_OPERATORS = ['<=', '<', '=', '>=', '>'] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];
export const IMPORTANCES = ['high', 'medium', 'low'] as const;
export type Importance = (typeof IMPORTANCES)[number];

export interface ValidationRule {
  id: number;
  name: string;
  left: DataElement;
  operator: RuleOperator;
  right: DataElement;
  /** The right side is multiplied by it (1: the plain comparison). */
  factor: number;
  importance: Importance;
  blocking: boolean;
}

/** A rule as given: each side a data element's code or its name (Vietnamese or English, diacritics optional). */
export interface NewRule {
  name: string;
  left: string;
  operator: string;
  right: string;
  factor?: number;
  importance: string;
  blocking?: boolean;
}

/** The rules, most important first, then in the order they were made. */
export async function listRules(db: DB): Promise<ValidationRule[]> {
  const [rows, elements] = await Promise.all([db.selectFrom('validation_rules').selectAll().orderBy('id').execute(), listElements(db)]);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const rank = (i: string) => IMPORTANCES.indexOf(i as Importance);
  return rows
    .flatMap((r) => {
      const left = byId.get(r.left_element_id);
      const right = byId.get(r.right_element_id);
      if (!left || !right) return [];
      const rule: ValidationRule = {
        id: r.id,
        name: r.name,
        left,
        operator: r.operator as RuleOperator,
        right,
        factor: Number(r.factor),
        importance: r.importance as Importance,
        blocking: Number(r.blocking) === 1,
      };
      return [rule];
    })
    .sort((a, b) => rank(a.importance) - rank(b.importance) || a.id - b.id);
}

/** Whether `left operator factor × right` holds (equality to a millionth, for factors such as 0.3). */
export function holds(left: number, operator: RuleOperator, factor: number, right: number): boolean {
  const r = factor * right;
  const eq = Math.abs(left - r) <= 1e-6 * Math.max(1, Math.abs(left), Math.abs(r));
  if (operator === '=') return eq;
  if (operator === '<=') return left <= r || eq;
  if (operator === '>=') return left >= r || eq;
  if (operator === '<') return left < r && !eq;
  return left > r && !eq;
}

/**
 * The data element a person means: its code, or its name in either language with or without diacritics
 * ("luot khach tham quan bao tang"); else the one element whose name contains the text. None or several: a problem.
 */
export function elementNamed(elements: readonly DataElement[], text: string): { element: DataElement } | { problem: Problem['said'] } {
  const typed = clean(text);
  if (typed === '') return { problem: E.ruleElementMissing() };
  const f = fold(typed);
  const exact = elements.find((e) => e.code === typed || fold(e.nameVi) === f || fold(e.nameEn) === f);
  if (exact) return { element: exact };
  const some = elements.filter((e) => fold(e.nameVi).includes(f) || fold(e.nameEn).includes(f));
  if (some.length === 1) return { element: some[0]! };
  if (some.length === 0) return { problem: E.ruleElementUnknown({ name: typed }) };
  return { problem: E.ruleElementAmbiguous({ name: typed, names: some.map((e) => e.nameVi).join('; ') }) };
}

const NAME_MAX = 200;

/**
 * Adds a rule: system admins only (403). Every field is checked and each problem named at its field (422): a name,
 * two different elements of the same period type (a month is compared with a month), an operator, a factor above 0.
 */
export async function createRule(db: DB, who: Principal, given: NewRule): Promise<ValidationRule> {
  if (who.role !== 'admin') throw new UserError(E.rulesAdminsOnly(), 403);
  const elements = await listElements(db);
  const problems: Problem[] = [];
  const name = clean(given.name ?? '');
  if (name === '') problems.push({ field: 'name', said: E.ruleNameMissing() });
  else if (name.length > NAME_MAX) problems.push({ field: 'name', said: E.ruleNameTooLong({ max: NAME_MAX }) });
  const side = (field: 'left' | 'right') => {
    const found = elementNamed(elements, given[field] ?? '');
    if ('problem' in found) problems.push({ field, said: found.problem });
    return 'element' in found ? found.element : undefined;
  };
  const left = side('left');
  const right = side('right');
  if (left && right && left.id === right.id) problems.push({ field: 'right', said: E.ruleSameElement() });
  else if (left && right && left.periodType !== right.periodType) problems.push({ field: 'right', said: E.rulePeriodTypes() });
  const operator = RULE_OPERATORS.find((o) => o === given.operator);
  if (!operator) problems.push({ field: 'operator', said: E.ruleOperator() });
  const factor = given.factor ?? 1;
  if (!Number.isFinite(factor) || factor <= 0 || factor > 1e6) problems.push({ field: 'factor', said: E.ruleFactor() });
  const importance = IMPORTANCES.find((i) => i === given.importance);
  if (!importance) problems.push({ field: 'importance', said: E.ruleImportance() });
  if (problems.length > 0 || !left || !right || !operator || !importance) throw new UserError(E.ruleInvalid(), 422, problems);
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('validation_rules')
      .values({
        name,
        left_element_id: left.id,
        operator,
        right_element_id: right.id,
        factor,
        importance,
        blocking: given.blocking ? 1 : 0,
        created_by: who.userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rule: ValidationRule = { id: row.id, name, left, operator, right, factor, importance, blocking: given.blocking === true };
    await audit(trx, { userId: who.userId, action: 'create', entity: 'validation_rule', key: String(row.id), newValue: ruleJson(rule) });
    return rule;
  });
}

/** Deletes a rule: system admins only (403); an unknown rule is a 404. Audited with what it was. */
export async function deleteRule(db: DB, who: Principal, id: number): Promise<void> {
  if (who.role !== 'admin') throw new UserError(E.rulesAdminsOnly(), 403);
  await inTransaction(db, async (trx) => {
    const rule = (await listRules(trx)).find((r) => r.id === id);
    if (!rule) throw notFound('quy tắc kiểm tra', 'Validation rule');
    await trx.deleteFrom('validation_rules').where('id', '=', id).execute();
    await audit(trx, { userId: who.userId, action: 'delete', entity: 'validation_rule', key: String(id), oldValue: ruleJson(rule) });
  });
}

/** A rule as the API and the audit give it: the elements by code. */
export function ruleJson(r: ValidationRule) {
  return {
    id: r.id,
    name: r.name,
    left: r.left.code,
    operator: r.operator,
    right: r.right.code,
    factor: r.factor,
    importance: r.importance,
    blocking: r.blocking,
  };
}
