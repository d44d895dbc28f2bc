import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError } from '../core/errors.ts';

export interface LoanRule {
  loanDays: number;
  maxLoans: number;
  maxRenewals: number;
}

/** The rule when neither the library nor the network set one. */
export const DEFAULT_RULE: LoanRule = { loanDays: 14, maxLoans: 5, maxRenewals: 2 };
/** `institution_id` 0 holds the network's defaults; category '*' a library's rule for every category. */
export const NETWORK = 0;

/** The rule for a patron category at a library: the library's own, else the network's, else the default. */
export async function ruleFor(db: DB, institutionId: number, category: string): Promise<LoanRule> {
  const rows = await db
    .selectFrom('lib_loan_rules')
    .selectAll()
    .where('institution_id', 'in', [institutionId, NETWORK])
    .where('category', 'in', [category, '*'])
    .execute();
  const rank = (r: { institution_id: number; category: string }) => (r.institution_id === institutionId ? 0 : 2) + (r.category === category ? 0 : 1);
  const best = rows.sort((a, b) => rank(a) - rank(b))[0];
  return best ? { loanDays: best.loan_days, maxLoans: best.max_loans, maxRenewals: best.max_renewals } : DEFAULT_RULE;
}

export async function setRule(db: DB, institutionId: number, category: string, rule: LoanRule, userId: number | null): Promise<void> {
  const bad = Object.entries(rule).filter(([, v]) => !Number.isInteger(v) || v < 0 || v > 365);
  if (bad.length || rule.loanDays < 1)
    throw new UserError('Quy định mượn không hợp lệ.', 422, bad.map(([f]) => ({ field: f, message: 'Số nguyên từ 0 đến 365 (số ngày mượn ≥ 1).' })), 'Invalid loan rule.');
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('lib_loan_rules').where('institution_id', '=', institutionId).where('category', '=', category).execute();
    await trx.insertInto('lib_loan_rules').values({ institution_id: institutionId, category, loan_days: rule.loanDays, max_loans: rule.maxLoans, max_renewals: rule.maxRenewals }).execute();
    await audit(trx, { userId, action: 'update', entity: 'lib_loan_rule', key: `${institutionId}:${category}`, newValue: rule });
  });
}
