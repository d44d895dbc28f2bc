import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { UserError } from '../core/errors.ts';
import { reportingErrors, stateName } from './messages.ts';
import { unitById, type Unit } from '../network/units.ts';
import { ensureCycle, cycleById, type Cycle } from './cycles.ts';
import { askedToReport, expectedReporters, notAsked } from './expected.ts';
import { childSummary, emptyNarrative, parseNarrative, SECTIONS, SIGNER, type Narrative } from './narrative.ts';

export const STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type Status = (typeof STATUSES)[number];

export interface Report {
  id: number;
  unit: Unit;
  year: number;
  cycle: Cycle;
  status: Status;
  narrative: Narrative;
  number: string | null;
  submittedAt: string | null;
  onTime: boolean | null;
  approvedAt: string | null;
  approvedBy: number | null;
}

const cols = ['id', 'cycle_id', 'unit_id', 'year', 'status', 'narrative', 'number', 'submitted_at', 'on_time', 'approved_at', 'approved_by'] as const;
type Row = {
  id: number;
  cycle_id: number;
  unit_id: number;
  year: number;
  status: string;
  narrative: string;
  number: string | null;
  submitted_at: string | null;
  on_time: number | null;
  approved_at: string | null;
  approved_by: number | null;
};

async function hydrate(db: DB, r: Row): Promise<Report> {
  const [unit, cycle] = await Promise.all([unitById(db, r.unit_id), cycleById(db, r.cycle_id)]);
  return {
    id: r.id,
    unit: unit!,
    year: r.year,
    cycle: cycle!,
    status: r.status as Status,
    narrative: parseNarrative(r.narrative),
    number: r.number,
    submittedAt: r.submitted_at,
    onTime: r.on_time === null ? null : r.on_time === 1,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
  };
}

export async function reportById(db: DB, id: number): Promise<Report | undefined> {
  const r = await db.selectFrom('reports').select(cols).where('id', '=', id).executeTakeFirst();
  return r ? hydrate(db, r) : undefined;
}

export async function findReport(db: DB, unitId: number, year: number): Promise<Report | undefined> {
  const r = await db.selectFrom('reports').select(cols).where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
  return r ? hydrate(db, r) : undefined;
}

/**
 * The unit's report for the year, created as a draft on first use in the cycle of its parent
 * (a root unit reports in its own cycle), when the unit is asked for that year (`askedToReport`; else 409). A new draft is pre-filled from the approved children:
 * each child's narrative listed under its name, for the reporter to summarise.
 */
export async function openReport(db: DB, unit: Unit, year: number, userId: number | null): Promise<Report> {
  const existing = await findReport(db, unit.id, year);
  if (existing) return existing;
  // a unit not in force on the deadline (ended before it, formed after it) is asked for nothing: no draft, no cycle
  const { asked, cycle: due } = await askedToReport(db, unit, year);
  if (!asked) throw notAsked(unit, year, due.deadline);
  const cycle = await ensureCycle(db, unit.parentId ?? unit.id, year);
  const narrative = await narrativeFromChildren(db, unit, year);
  // the signer stays from one year to the next until someone changes it
  const before = await db
    .selectFrom('reports')
    .select('narrative')
    .where('unit_id', '=', unit.id)
    .where('year', '<', year)
    .orderBy('year', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (before) for (const k of SIGNER) narrative[k] = parseNarrative(before.narrative)[k];
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('reports')
      .values({ cycle_id: cycle.id, unit_id: unit.id, year, status: 'draft', narrative: JSON.stringify(narrative), updated_by: userId, updated_at: nowIso() })
      .onConflict((oc) => oc.columns(['unit_id', 'year']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) await audit(trx, { userId, action: 'create', entity: 'report', key: `${unit.code}:${year}`, newValue: { status: 'draft' } });
  });
  return (await findReport(db, unit.id, year))!;
}

/** The approved reports of the unit's children for the year, by child. */
export async function approvedChildren(db: DB, unit: Unit, year: number): Promise<{ unit: Unit; report: Report }[]> {
  const children = await expectedReporters(db, unit, year);
  const out: { unit: Unit; report: Report }[] = [];
  for (const ch of children) {
    const r = await findReport(db, ch.id, year);
    if (r?.status === 'approved') out.push({ unit: ch, report: r });
  }
  return out;
}

/** Each child's text per section, listed under the child's name; budgets summed. */
export async function narrativeFromChildren(db: DB, unit: Unit, year: number): Promise<Narrative> {
  const n = emptyNarrative();
  const children = await approvedChildren(db, unit, year);
  for (const s of SECTIONS) {
    n[s] = children.flatMap((c) => childSummary(c.unit.name, c.report.narrative[s])).join('\n');
  }
  const sum = (k: 'budgetState' | 'budgetSocial') =>
    children.some((c) => c.report.narrative[k] !== null) ? children.reduce((a, c) => a + (c.report.narrative[k] ?? 0), 0) : null;
  n.budgetState = sum('budgetState');
  n.budgetSocial = sum('budgetSocial');
  return n;
}

/** Saves the reporter's narrative and number: only while the report is a draft or returned. */
export async function saveNarrative(db: DB, report: Report, narrative: Narrative, number: string | null, userId: number | null): Promise<void> {
  if (report.status !== 'draft' && report.status !== 'returned')
    throw new UserError(reportingErrors.reportLocked(), 409, [
      { said: reportingErrors.currentStatus({ statusVi: stateName('vi', report.status), statusEn: stateName('en', report.status) }), field: 'status' },
    ]);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('reports')
      .set({ narrative: JSON.stringify(narrative), number, updated_by: userId, updated_at: nowIso() })
      .where('id', '=', report.id)
      .execute();
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'report',
      key: `${report.unit.code}:${report.year}`,
      oldValue: { narrative: report.narrative, number: report.number },
      newValue: { narrative, number },
    });
  });
}

export async function commentsOf(db: DB, reportId: number) {
  return db
    .selectFrom('report_comments as c')
    .leftJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.at', 'c.action', 'c.text', 'u.display_name as who'])
    .where('c.report_id', '=', reportId)
    .orderBy('c.id')
    .execute();
}
