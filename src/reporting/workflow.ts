import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { localDate, nowIso } from '../core/time.ts';
import { UserError } from '../core/errors.ts';
import type { Principal } from '../core/auth/principal.ts';
import { isWithin } from '../network/units.ts';
import type { Report, Status } from './reports.ts';

const refuse = (status: 403 | 409 | 422, vi: string, en: string, field?: string) => new UserError(vi, status, field ? [{ field, message: vi, messageEn: en }] : [], en);

/** Only the reporting unit's own officials (or an admin) submit its report. */
async function mustBeReporter(p: Principal, report: Report): Promise<void> {
  if (p.role === 'admin') return;
  if (p.role !== 'official' || p.unitId !== report.unit.id)
    throw refuse(403, `Chỉ cán bộ của ${report.unit.name} mới gửi được báo cáo này.`, `Only officials of ${report.unit.name} can submit this report.`);
}

/** A reviewer is an official of a unit above the reporter: never the reporter itself, never outside their subtree. */
async function mustBeReviewer(db: DB, p: Principal, report: Report): Promise<void> {
  if (p.role === 'admin') return;
  if (p.role !== 'official' || p.unitId === null) throw refuse(403, 'Chỉ cán bộ quản lý cấp trên mới phê duyệt hoặc trả lại báo cáo.', 'Only officials of a unit above can approve or return a report.');
  if (p.unitId === report.unit.id) throw refuse(403, 'Không thể tự phê duyệt hoặc trả lại báo cáo của chính đơn vị mình.', 'You cannot approve or return your own unit’s report.');
  if (!(await isWithin(db, p.unitId, report.unit.id)))
    throw refuse(403, `${report.unit.name} không thuộc địa bàn quản lý của bạn: không thể phê duyệt hoặc trả lại báo cáo này.`, `${report.unit.name} is outside your area: you cannot approve or return its report.`);
}

function mustBe(report: Report, allowed: Status[], vi: string, en: string): void {
  if (!allowed.includes(report.status)) throw refuse(409, `${vi} (trạng thái hiện tại: ${STATUS_VI[report.status]}).`, `${en} (current status: ${report.status}).`, 'status');
}

export const STATUS_VI: Record<Status, string> = { draft: 'dự thảo', submitted: 'đã gửi', returned: 'bị trả lại', approved: 'đã phê duyệt' };

async function transition(db: DB, report: Report, p: Principal, action: string, set: Record<string, unknown>, text: string | null, then?: (trx: DB) => Promise<void>) {
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('reports').set({ ...set, updated_by: p.userId, updated_at: at }).where('id', '=', report.id).execute();
    await trx.insertInto('report_comments').values({ report_id: report.id, at, user_id: p.userId, action, text }).execute();
    await audit(trx, { userId: p.userId, action: 'update', entity: 'report', key: `${report.unit.code}:${report.year}`, oldValue: { status: report.status }, newValue: { action, ...set, comment: text ?? undefined } });
    if (then) await then(trx);
  });
}

/** draft | returned → submitted; refused once the parent has closed the cycle. `now` is for tests. */
export async function submitReport(db: DB, report: Report, p: Principal, now: string = nowIso()): Promise<void> {
  await mustBeReporter(p, report);
  mustBe(report, ['draft', 'returned'], 'Chỉ gửi được báo cáo dự thảo hoặc bị trả lại', 'Only a draft or returned report can be submitted');
  if (report.cycle.closedAt !== null)
    throw refuse(409, `Cấp trên đã khóa kỳ báo cáo năm ${report.year} (hạn ${viDate(report.cycle.deadline)}); không thể gửi báo cáo. Hãy liên hệ cấp trên để mở lại kỳ báo cáo.`, `The parent has closed the ${report.year} reporting cycle (due ${report.cycle.deadline}); the report can no longer be submitted.`, 'cycle');
  // timeliness counts the first submission; a resubmission after a return keeps it
  const onTime = report.onTime ?? localDate(now) <= report.cycle.deadline;
  await transition(db, report, p, 'submit', { status: 'submitted', submitted_at: now, submitted_by: p.userId, on_time: onTime ? 1 : 0 }, null);
}

/** submitted → approved; locks the reporter's data for the year. */
export async function approveReport(db: DB, report: Report, p: Principal): Promise<void> {
  await mustBeReviewer(db, p, report);
  mustBe(report, ['submitted'], 'Chỉ phê duyệt được báo cáo đã gửi', 'Only a submitted report can be approved');
  const at = nowIso();
  await transition(db, report, p, 'approve', { status: 'approved', approved_at: at, approved_by: p.userId }, null, async (trx) => {
    await trx.insertInto('data_locks').values({ unit_id: report.unit.id, year: report.year, report_id: report.id, locked_by: p.userId, locked_at: at }).onConflict((oc) => oc.columns(['unit_id', 'year']).doNothing()).execute();
    await audit(trx, { userId: p.userId, action: 'create', entity: 'data_lock', key: `${report.unit.code}:${report.year}` });
  });
}

/** submitted → returned with a comment; an approved report returned is reopened (its data unlocked). */
export async function returnReport(db: DB, report: Report, p: Principal, comment: string): Promise<void> {
  await mustBeReviewer(db, p, report);
  const text = comment.trim();
  if (text === '') throw refuse(422, 'Khi trả lại báo cáo phải ghi ý kiến: nêu rõ cần sửa, bổ sung gì.', 'A returned report needs a comment saying what to correct or add.', 'comment');
  mustBe(report, ['submitted', 'approved'], 'Chỉ trả lại được báo cáo đã gửi hoặc đã phê duyệt', 'Only a submitted or approved report can be returned');
  const reopening = report.status === 'approved';
  await transition(db, report, p, reopening ? 'reopen' : 'return', { status: 'returned', approved_at: null, approved_by: null }, text, async (trx) => {
    if (!reopening) return;
    await trx.deleteFrom('data_locks').where('unit_id', '=', report.unit.id).where('year', '=', report.year).execute();
    await audit(trx, { userId: p.userId, action: 'delete', entity: 'data_lock', key: `${report.unit.code}:${report.year}` });
  });
}

/** The receiving unit closes (or reopens) its cycle: no more submissions while closed. */
export async function setCycleClosed(db: DB, cycleId: number, unitId: number, p: Principal, closed: boolean): Promise<void> {
  if (p.role !== 'admin' && (p.role !== 'official' || p.unitId === null || !(await isWithin(db, p.unitId, unitId))))
    throw refuse(403, 'Chỉ cán bộ của đơn vị nhận báo cáo mới khóa hoặc mở kỳ báo cáo.', 'Only officials of the receiving unit can close or reopen the cycle.');
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('report_cycles').set({ closed_at: closed ? nowIso() : null, closed_by: closed ? p.userId : null }).where('id', '=', cycleId).execute();
    await audit(trx, { userId: p.userId, action: 'update', entity: 'report_cycle', key: String(cycleId), newValue: { closed } });
  });
}

export const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
