import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Said } from '../core/errors.ts';
import { libraryErrors as E } from './errors.ts';

/**
 * Loan rules, after Koha's circulation rules matrix kept to two axes: library × patron category,
 * with '*' for "every category" and institution 0 for the network's defaults. The most specific
 * rule wins as a whole: (library, category), (library, *), (network, category), (network, *), built-in.
 */
export interface LoanRule {
  loanDays: number;
  maxLoans: number;
  maxRenewals: number;
  /** Days a copy set aside for a reservation waits to be collected. */
  holdDays: number;
  /** No overdue fines for this category. */
  finesFree: boolean;
}

/** The rule when neither the library nor the network set one. */
export const DEFAULT_RULE: LoanRule = { loanDays: 14, maxLoans: 5, maxRenewals: 2, holdDays: 7, finesFree: false };
/** `institution_id` 0 holds the network's defaults; category '*' a library's rule for every category. */
export const NETWORK = 0;
export const EVERY_CATEGORY = '*';

const days = (max: number) => z.coerce.number({ error: 'Cần một số.' }).int('Cần số nguyên.').min(0, 'Không được âm.').max(max, `Tối đa ${max}.`);
/** What a form or caller gives: the two newer fields may be left out (their defaults). */
export const ruleInput = z.object({
  loanDays: days(365).min(1, 'Ít nhất 1 ngày.'),
  maxLoans: days(1000),
  maxRenewals: days(50),
  holdDays: days(90).min(1, 'Ít nhất 1 ngày.').default(DEFAULT_RULE.holdDays),
  finesFree: z.boolean().default(false),
});
export type RuleInput = z.input<typeof ruleInput>;

/** What a wrong field says: the check's Vietnamese (its `reason`), the field's English. */
const FIELD_PROBLEM: Record<keyof RuleInput, (p: { reason: string }) => Said> = {
  loanDays: E.ruleLoanDays,
  maxLoans: E.ruleMaxLoans,
  maxRenewals: E.ruleMaxRenewals,
  holdDays: E.ruleHoldDays,
  finesFree: E.ruleFinesFree,
};
const fieldProblem = (field: string, reason: string): Said => (field in FIELD_PROBLEM ? FIELD_PROBLEM[field as keyof RuleInput]({ reason }) : E.ruleInvalid());

/** Validates a rule (422 naming each wrong field, vi and en). */
export function parseRule(input: unknown): LoanRule {
  const r = ruleInput.safeParse(input);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => ({ field: String(i.path[0] ?? ''), said: fieldProblem(String(i.path[0] ?? ''), i.message) }));
  throw new UserError(E.ruleInvalid(), 422, problems);
}

type RuleRow = { loan_days: number; max_loans: number; max_renewals: number; hold_days: number; fines_free: number };
const toRule = (r: RuleRow): LoanRule => ({
  loanDays: r.loan_days,
  maxLoans: r.max_loans,
  maxRenewals: r.max_renewals,
  holdDays: r.hold_days,
  finesFree: r.fines_free === 1,
});

/** The rule for a patron category at a library: the library's own, else the network's, else the default. */
export async function ruleFor(db: DB, institutionId: number, category: string): Promise<LoanRule> {
  const rows = await db
    .selectFrom('lib_loan_rules')
    .selectAll()
    .where('institution_id', 'in', [institutionId, NETWORK])
    .where('category', 'in', [category, EVERY_CATEGORY])
    .execute();
  const rank = (r: { institution_id: number; category: string }) => (r.institution_id === institutionId ? 0 : 2) + (r.category === category ? 0 : 1);
  const best = rows.sort((a, b) => rank(a) - rank(b))[0];
  return best ? toRule(best) : DEFAULT_RULE;
}

/**
 * The same choice inside one query (circulation's lookups): four primary-key joins `r1`…`r4` in the
 * order of precedence, then `rule(column)` picks the first present. All columns are NOT NULL, so a
 * rule is always taken whole.
 */
export function ruleJoins(institutionId: number | RawBuilder<unknown>, category: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`LEFT JOIN lib_loan_rules r1 ON r1.institution_id = ${institutionId} AND r1.category = ${category}
    LEFT JOIN lib_loan_rules r2 ON r2.institution_id = ${institutionId} AND r2.category = '*'
    LEFT JOIN lib_loan_rules r3 ON r3.institution_id = 0 AND r3.category = ${category}
    LEFT JOIN lib_loan_rules r4 ON r4.institution_id = 0 AND r4.category = '*'`;
}
const DEFAULT_COLUMN: Record<keyof RuleRow, number> = {
  loan_days: DEFAULT_RULE.loanDays,
  max_loans: DEFAULT_RULE.maxLoans,
  max_renewals: DEFAULT_RULE.maxRenewals,
  hold_days: DEFAULT_RULE.holdDays,
  fines_free: 0,
};
export const ruleColumn = (c: keyof RuleRow): RawBuilder<unknown> => sql.raw(`COALESCE(r1.${c}, r2.${c}, r3.${c}, r4.${c}, ${DEFAULT_COLUMN[c]}) AS ${c}`);

export interface EffectiveRule extends LoanRule {
  category: string;
  /** Whose rule applies: the library's own (for this category or '*'), the network's, or the built-in default. */
  source: 'library' | 'network' | 'default';
  /** The library has a rule for exactly this category (it can be removed). */
  own: boolean;
}

/** The rule in force at a library for each category, and where it comes from: one query. */
export async function effectiveRules(db: DB, institutionId: number, categories: string[]): Promise<EffectiveRule[]> {
  const rows = await db.selectFrom('lib_loan_rules').selectAll().where('institution_id', 'in', [institutionId, NETWORK]).execute();
  const find = (inst: number, cat: string) => rows.find((r) => r.institution_id === inst && r.category === cat);
  return categories.map((category) => {
    const order: [number, string][] = [
      [institutionId, category],
      [institutionId, EVERY_CATEGORY],
      [NETWORK, category],
      [NETWORK, EVERY_CATEGORY],
    ];
    const hit = order.map(([i, c]) => find(i, c)).find((r) => r !== undefined);
    const source = !hit ? 'default' : hit.institution_id === institutionId ? 'library' : 'network';
    return { category, ...(hit ? toRule(hit) : DEFAULT_RULE), source, own: find(institutionId, category) !== undefined };
  });
}

/** A library's own rules (its matrix), '*' first. */
export async function rulesOf(db: DB, institutionId: number): Promise<(LoanRule & { category: string })[]> {
  const rows = await db.selectFrom('lib_loan_rules').selectAll().where('institution_id', '=', institutionId).orderBy('category').execute();
  return rows.map((r) => ({ category: r.category, ...toRule(r) }));
}

/** Sets (creates or replaces) the rule of a library (or the network, 0) for a category ('*' every category); audited. */
export async function setRule(db: DB, institutionId: number, category: string, input: RuleInput, userId: number | null): Promise<LoanRule> {
  const rule = parseRule(input);
  await inTransaction(db, async (trx) => {
    const old = await trx
      .selectFrom('lib_loan_rules')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('category', '=', category)
      .executeTakeFirst();
    await trx.deleteFrom('lib_loan_rules').where('institution_id', '=', institutionId).where('category', '=', category).execute();
    await trx
      .insertInto('lib_loan_rules')
      .values({
        institution_id: institutionId,
        category,
        loan_days: rule.loanDays,
        max_loans: rule.maxLoans,
        max_renewals: rule.maxRenewals,
        hold_days: rule.holdDays,
        fines_free: rule.finesFree ? 1 : 0,
      })
      .execute();
    await audit(trx, {
      userId,
      action: old ? 'update' : 'create',
      entity: 'lib_loan_rule',
      key: `${institutionId}:${category}`,
      oldValue: old ? toRule(old) : undefined,
      newValue: rule,
    });
  });
  return rule;
}

/** Removes a library's rule for a category (the next rule in precedence applies again); audited. */
export async function removeRule(db: DB, institutionId: number, category: string, userId: number | null): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const old = await trx
      .selectFrom('lib_loan_rules')
      .selectAll()
      .where('institution_id', '=', institutionId)
      .where('category', '=', category)
      .executeTakeFirst();
    if (!old) return false;
    await trx.deleteFrom('lib_loan_rules').where('institution_id', '=', institutionId).where('category', '=', category).execute();
    await audit(trx, { userId, action: 'delete', entity: 'lib_loan_rule', key: `${institutionId}:${category}`, oldValue: toRule(old) });
    return true;
  });
}
