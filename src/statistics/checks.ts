import type { DB } from '../core/db/database.ts';
import { UserError, type Problem, type Said, type Status } from '../core/errors.ts';
import { formatNumber } from '../core/i18n/index.ts';
import type { DataElement } from './elements.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { boundsOf, HISTORY_MONTHS, monthsBefore, outside } from './outliers.ts';
import { holds, listRules, type RuleOperator, type ValidationRule } from './rules.ts';

/**
 * The entry form's checks of the cells a save changes (DHIS2's data entry validation): min–max outliers learned
 * from the institution's own history (outliers.ts) and the admins' validation rules (rules.ts). Each finding is a
 * warning at one cell, which the person confirms with a comment, or — a blocking rule — a refusal. Only changed
 * cells are checked: a figure confirmed once is not questioned again at the next save.
 */

export interface CellWarning {
  element: string;
  period: string;
  kind: 'outlier' | 'rule';
  /** A blocking rule's violation: the save is refused until the figures are corrected. */
  blocking: boolean;
  said: Said;
}

/** The year's cells after the save: element code → period → value. */
export type Cells = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface CheckInput {
  institutionId: number;
  /** The elements the institution reports (its sector's and the common ones). */
  elements: readonly DataElement[];
  after: Cells;
  /** The cells the save changes to a value (cleared ones have nothing to check). */
  changed: readonly { element: string; period: string }[];
}

/** A number for a message, in each language's own format. */
const both = <N extends string>(name: N, v: number) =>
  ({ [name]: formatNumber('vi', v, 3), [`${name}En`]: formatNumber('en', v, 3) }) as Record<N | `${N}En`, string>;

/** The warnings of a save's changed cells: outliers first, then broken rules, each at its cell. */
export async function checkChanges(db: DB, input: CheckInput): Promise<CellWarning[]> {
  if (input.changed.length === 0) return [];
  const [outliers, rules] = await Promise.all([outlierWarnings(db, input), ruleWarnings(db, input)]);
  return [...outliers, ...rules];
}

async function outlierWarnings(db: DB, input: CheckInput): Promise<CellWarning[]> {
  const monthly = new Map(input.elements.filter((e) => e.periodType === 'month').map((e) => [e.code, e]));
  const cells = input.changed.filter((c) => monthly.has(c.element));
  if (cells.length === 0) return [];
  const periods = cells.map((c) => c.period).sort();
  const from = monthsBefore(periods[0]!, HISTORY_MONTHS);
  const to = periods[periods.length - 1]!;
  const ids = [...new Set(cells.map((c) => monthly.get(c.element)!.id))];
  const rows = await db
    .selectFrom('data_values')
    .select(['element_id', 'period', 'value'])
    .where('institution_id', '=', input.institutionId)
    .where('element_id', 'in', ids)
    .where('period', '>=', from)
    .where('period', '<', to)
    .where('year', '>=', Number(from.slice(0, 4))) // the years' partitions only (PostgreSQL)
    .where('year', '<=', Number(to.slice(0, 4)))
    .execute();
  const out: CellWarning[] = [];
  for (const c of cells) {
    const value = input.after.get(c.element)?.get(c.period);
    if (value === undefined) continue;
    const id = monthly.get(c.element)!.id;
    const start = monthsBefore(c.period, HISTORY_MONTHS);
    const history = rows.filter((r) => r.element_id === id && r.period >= start && r.period < c.period).map((r) => Number(r.value));
    const bounds = boundsOf(history);
    const side = bounds && outside(value, bounds);
    if (!bounds || !side) continue;
    const params = { ...both('value', value), ...both('low', bounds.low), ...both('high', bounds.high), points: bounds.points };
    out.push({ element: c.element, period: c.period, kind: 'outlier', blocking: false, said: side === 'high' ? E.outlierHigh(params) : E.outlierLow(params) });
  }
  return out;
}

const OPERATOR_WORDS: Record<RuleOperator, 'opLe' | 'opLt' | 'opEq' | 'opGe' | 'opGt'> = { '<=': 'opLe', '<': 'opLt', '=': 'opEq', '>=': 'opGe', '>': 'opGt' };

/** A rule's comparison in words, in both languages: the parameters of its message. */
function ruleParams(rule: ValidationRule, lv: number, rv: number) {
  const [vi, en] = [statisticsText('vi'), statisticsText('en')];
  const op = OPERATOR_WORDS[rule.operator];
  return {
    rule: rule.name,
    left: rule.left.nameVi,
    leftEn: rule.left.nameEn,
    right: rule.right.nameVi,
    rightEn: rule.right.nameEn,
    op: vi[op],
    opEn: en[op],
    times: rule.factor === 1 ? '' : vi.times({ factor: formatNumber('vi', rule.factor, 3) }),
    timesEn: rule.factor === 1 ? '' : en.times({ factor: formatNumber('en', rule.factor, 3) }),
    ...both('lv', lv),
    ...both('rv', rv),
  };
}

/**
 * The rules broken in the periods of the changed cells, whose two elements the institution reports and both have
 * a value (a missing side is not compared: DHIS2's "skip if any value is missing"). The warning sits at the left
 * side's cell when the save changed it, else at the right side's.
 */
async function ruleWarnings(db: DB, input: CheckInput): Promise<CellWarning[]> {
  const offered = new Set(input.elements.map((e) => e.code));
  const rules = (await listRules(db)).filter((r) => offered.has(r.left.code) && offered.has(r.right.code));
  const changed = new Set(input.changed.map((c) => `${c.element}:${c.period}`));
  const out: CellWarning[] = [];
  for (const rule of rules) {
    const periods = new Set(input.changed.filter((c) => c.element === rule.left.code || c.element === rule.right.code).map((c) => c.period));
    for (const period of [...periods].sort()) {
      const lv = input.after.get(rule.left.code)?.get(period);
      const rv = input.after.get(rule.right.code)?.get(period);
      if (lv === undefined || rv === undefined || holds(lv, rule.operator, rule.factor, rv)) continue;
      const element = changed.has(`${rule.left.code}:${period}`) ? rule.left.code : rule.right.code;
      const params = ruleParams(rule, lv, rv);
      out.push({ element, period, kind: 'rule', blocking: rule.blocking, said: rule.blocking ? E.ruleBlocks(params) : E.ruleBroken(params) });
    }
  }
  return out;
}

/**
 * A save the checks held back: the problems (bad cells, blocking rules, warnings dismissed without a comment)
 * and every warning to confirm, for the page to show each beside its cell with a comment box. Nothing was stored.
 */
export class CheckedRefusal extends UserError {
  constructor(
    said: Said,
    status: Status,
    problems: Problem[],
    readonly warnings: CellWarning[],
  ) {
    super(said, status, problems);
  }
}
