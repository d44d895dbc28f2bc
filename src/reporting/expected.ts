import { sql, type Expression, type SqlBool } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { childUnits, validOn, type Unit } from '../network/units.ts';
import { cycleOf, type Cycle } from './cycles.ts';
import { reportingErrors } from './messages.ts';

/**
 * THE rule of who is asked for an annual report, used by completeness, reminders, the report's cycle and the pages:
 * a unit reports for a year when it exists on the day that report is due (the deadline of the cycle it reports in,
 * its parent's). A unit that ended before (a commune merged into a new one on 01/07/2025) is asked for nothing from
 * then on: no cycle, no late status, no reminder, not missing from its parent's completeness. Its earlier reports
 * stay as they were; its successor reports for the whole year, its history included.
 */
export function reportsDue(unit: Pick<Unit, 'validFrom' | 'validTo'>, deadline: string): boolean {
  return validOn(unit, deadline);
}

/**
 * `reportsDue` as a condition on the `units` row named `alias`, for queries over many units at once (the progress
 * page's rates of every level, the reminders): the unit exists on `deadline`.
 */
export function expectedToReport(deadline: string, alias = 'u'): Expression<SqlBool> {
  const from = sql.ref(`${alias}.valid_from`);
  const to = sql.ref(`${alias}.valid_to`);
  return sql<SqlBool>`((${from} IS NULL OR ${from} <= ${deadline}) AND (${to} IS NULL OR ${to} >= ${deadline}))`;
}

const collator = new Intl.Collator('vi');

/** The children of `parent` asked for their report of `year` in its cycle (those that exist on its deadline), in Vietnamese alphabetical order. */
export async function expectedReporters(db: DB, parent: Pick<Unit, 'id'>, year: number, cycle?: Pick<Cycle, 'deadline'>): Promise<Unit[]> {
  const { deadline } = cycle ?? (await cycleOf(db, parent.id, year));
  return (await childUnits(db, parent.id))
    .filter((u) => reportsDue(u, deadline))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** Whether the unit is asked for its own report of `year`, with the cycle it would report in (its parent's; a root's own). */
export async function askedToReport(db: DB, unit: Unit, year: number): Promise<{ asked: boolean; cycle: Cycle }> {
  const cycle = await cycleOf(db, unit.parentId ?? unit.id, year);
  return { asked: reportsDue(unit, cycle.deadline), cycle };
}

/** The refusal (409) of a report a unit is not asked for: why, in words (ended on…, formed on…). */
export function notAsked(unit: Unit, year: number, deadline: string): UserError {
  const due = formatDate(deadline);
  const name = unit.fullName ?? unit.name;
  const said =
    unit.validTo !== null && unit.validTo < deadline
      ? reportingErrors.notAskedEnded({ unit: name, year, date: formatDate(unit.validTo), due })
      : reportingErrors.notAskedNotYet({ unit: name, year, date: formatDate(unit.validFrom ?? deadline), due });
  return new UserError(said, 409, [{ said, field: 'year' }]);
}

/** `expectedReporters` of a parent known by its id. */
export const reportersTo = (db: DB, parentId: number, year: number): Promise<Unit[]> => expectedReporters(db, { id: parentId }, year);
