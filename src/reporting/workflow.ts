import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { localDate, nowIso } from '../core/time.ts';
import { UserError, type Said } from '../core/errors.ts';
import { formatDate, formatDateTime } from '../core/i18n/index.ts';
import { changesSinceSubmission } from './changes.ts';
import type { Principal } from '../core/auth/principal.ts';
import { isWithin } from '../network/units.ts';
import type { Report, Status } from './reports.ts';
import { reportingErrors, stateName } from './messages.ts';
import { notAsked, reportsDue } from './expected.ts';

const refuse = (status: 403 | 409 | 422, said: Said, field?: string) => new UserError(said, status, field ? [{ said, field }] : []);

/** Only the reporting unit's own officials (or an admin) submit its report. */
async function mustBeReporter(p: Principal, report: Report): Promise<void> {
  if (p.role === 'admin') return;
  if (p.role !== 'official' || p.unitId !== report.unit.id) throw refuse(403, reportingErrors.onlyReporterSubmits({ unit: report.unit.name }));
}

/** A reviewer is an official of a unit above the reporter: never the reporter itself, never outside their subtree. */
async function mustBeReviewer(db: DB, p: Principal, report: Report): Promise<void> {
  if (p.role === 'admin') return;
  if (p.role !== 'official' || p.unitId === null) throw refuse(403, reportingErrors.onlyAboveReviews());
  if (p.unitId === report.unit.id) throw refuse(403, reportingErrors.notOwnReport());
  if (!(await isWithin(db, p.unitId, report.unit.id))) throw refuse(403, reportingErrors.outsideArea({ unit: report.unit.name }));
}

type WrongStatus = (params: { statusVi: string; statusEn: string }) => Said;
function mustBe(report: Report, allowed: Status[], refusal: WrongStatus): void {
  if (allowed.includes(report.status)) return;
  throw refuse(409, refusal({ statusVi: stateName('vi', report.status), statusEn: stateName('en', report.status) }), 'status');
}

async function transition(
  db: DB,
  report: Report,
  p: Principal,
  action: string,
  set: Record<string, unknown>,
  text: string | null,
  noted: Record<string, unknown> = {},
  then?: (trx: DB) => Promise<void>,
) {
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('reports')
      .set({ ...set, updated_by: p.userId, updated_at: at })
      .where('id', '=', report.id)
      .execute();
    await trx.insertInto('report_comments').values({ report_id: report.id, at, user_id: p.userId, action, text }).execute();
    await audit(trx, {
      userId: p.userId,
      action: 'update',
      entity: 'report',
      key: `${report.unit.code}:${report.year}`,
      oldValue: { status: report.status },
      newValue: { action, ...set, ...noted, comment: text ?? undefined },
    });
    if (then) await then(trx);
  });
}

/** draft | returned → submitted; refused once the parent has closed the cycle. `now` is for tests. */
export async function submitReport(db: DB, report: Report, p: Principal, now: string = nowIso()): Promise<void> {
  await mustBeReporter(p, report);
  mustBe(report, ['draft', 'returned'], reportingErrors.submitWhen);
  // a draft left from before the unit ended (or the rule) goes nowhere: its unit is not asked for the year
  if (!reportsDue(report.unit, report.cycle.deadline)) throw notAsked(report.unit, report.year, report.cycle.deadline);
  if (report.cycle.closedAt !== null) throw refuse(409, reportingErrors.cycleClosed({ year: report.year, due: formatDate(report.cycle.deadline) }), 'cycle');
  // timeliness counts the first submission; a resubmission after a return keeps it
  const onTime = report.onTime ?? localDate(now) <= report.cycle.deadline;
  await transition(db, report, p, 'submit', { status: 'submitted', submitted_at: now, submitted_by: p.userId, on_time: onTime ? 1 : 0 }, null);
}

export interface ApproveOptions {
  /**
   * The data changes since the submission the reviewer saw and accepts: the token of `changesSinceSubmission` (a change
   * made after it was drawn asks again), or 'all' (the API's explicit `acceptChanges`).
   */
  changesSeen?: string;
}

/**
 * submitted → approved; locks the reporter's data for the year. When values of the year changed after the report was
 * sent, its figures are no longer those the unit sent: refused until the reviewer has seen the changes and accepts them.
 */
export async function approveReport(db: DB, report: Report, p: Principal, o: ApproveOptions = {}): Promise<void> {
  await mustBeReviewer(db, p, report);
  mustBe(report, ['submitted'], reportingErrors.approveWhen);
  const changes = await changesSinceSubmission(db, report, 0);
  if (changes && changes.count > 0 && o.changesSeen !== 'all' && o.changesSeen !== changes.token) {
    const said = reportingErrors.changedSinceSubmission({
      year: report.year,
      unit: report.unit.name,
      count: changes.count,
      since: formatDateTime(changes.since),
    });
    throw new UserError(said, 409, [{ said, field: 'changes' }]);
  }
  const accepted = changes && changes.count > 0 ? { changesAccepted: changes.count } : {};
  const at = nowIso();
  await transition(db, report, p, 'approve', { status: 'approved', approved_at: at, approved_by: p.userId }, null, accepted, async (trx) => {
    await trx
      .insertInto('data_locks')
      .values({ unit_id: report.unit.id, year: report.year, report_id: report.id, locked_by: p.userId, locked_at: at })
      .onConflict((oc) => oc.columns(['unit_id', 'year']).doNothing())
      .execute();
    await audit(trx, { userId: p.userId, action: 'create', entity: 'data_lock', key: `${report.unit.code}:${report.year}` });
  });
}

/** submitted → returned with a comment; an approved report returned is reopened (its data unlocked). */
export async function returnReport(db: DB, report: Report, p: Principal, comment: string): Promise<void> {
  await mustBeReviewer(db, p, report);
  const text = comment.trim();
  if (text === '') throw refuse(422, reportingErrors.returnNeedsComment(), 'comment');
  mustBe(report, ['submitted', 'approved'], reportingErrors.returnWhen);
  const reopening = report.status === 'approved';
  await transition(db, report, p, reopening ? 'reopen' : 'return', { status: 'returned', approved_at: null, approved_by: null }, text, {}, async (trx) => {
    if (!reopening) return;
    await trx.deleteFrom('data_locks').where('unit_id', '=', report.unit.id).where('year', '=', report.year).execute();
    await audit(trx, { userId: p.userId, action: 'delete', entity: 'data_lock', key: `${report.unit.code}:${report.year}` });
  });
}

/** The receiving unit closes (or reopens) its cycle: no more submissions while closed. */
export async function setCycleClosed(db: DB, cycleId: number, unitId: number, p: Principal, closed: boolean): Promise<void> {
  if (p.role !== 'admin' && (p.role !== 'official' || p.unitId === null || !(await isWithin(db, p.unitId, unitId))))
    throw refuse(403, reportingErrors.onlyReceiverCloses());
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('report_cycles')
      .set({ closed_at: closed ? nowIso() : null, closed_by: closed ? p.userId : null })
      .where('id', '=', cycleId)
      .execute();
    await audit(trx, { userId: p.userId, action: 'update', entity: 'report_cycle', key: String(cycleId), newValue: { closed } });
  });
}
