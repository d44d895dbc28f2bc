import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import type { Principal } from '../core/auth/principal.ts';
import { todayLocal } from '../core/time.ts';
import { isWithin, type Unit } from '../network/units.ts';
import { completeness, type Completeness } from './completeness.ts';
import { contactsOf, sendReminders, type ReminderTarget, type SendResult } from './reminder-mail.ts';
import type { Transporter } from 'nodemailer';
import { reportingErrors } from './messages.ts';

export interface ReminderList {
  deadline: string;
  /** The children still to send (no report, a draft, or returned and not sent again), not yet reminded today. */
  toRemind: ReminderTarget[];
  /** Those still to send but already reminded today: not reminded twice. */
  remindedToday: ReminderTarget[];
  cycleClosed: boolean;
}

/** Officials of the unit or of a unit above it (and admins) remind the unit's children, as they close its cycle. */
export async function mayRemind(db: DB, p: Principal | undefined, unit: Unit): Promise<boolean> {
  if (!p) return false;
  if (p.role === 'admin') return true;
  return p.role === 'official' && p.unitId !== null && (await isWithin(db, p.unitId, unit.id));
}

/**
 * Who a reminder from the progress page of `unit` would reach today, and who was already reminded today (`known`: the
 * completeness the page already read for the same day).
 */
export async function reminderList(db: DB, unit: Unit, year: number, today: string = todayLocal(), known?: Completeness): Promise<ReminderList> {
  const c = known ?? (await completeness(db, unit, year, today));
  const pending = c.children.filter((ch) => ch.status === 'missing' || ch.status === 'returned');
  const ids = pending.map((ch) => ch.unit.id);
  const [emails, already] = await Promise.all([
    contactsOf(db, ids),
    ids.length
      ? db.selectFrom('report_reminders').select('unit_id').where('year', '=', year).where('sent_on', '=', today).where('unit_id', 'in', ids).execute()
      : Promise.resolve([]),
  ]);
  const remindedIds = new Set(already.map((r) => r.unit_id));
  const targets = pending.map(
    (ch): ReminderTarget => ({
      unitId: ch.unit.id,
      unitCode: ch.unit.code,
      unitName: ch.unit.name,
      year,
      deadline: c.cycle.deadline,
      daysLeft: ch.daysLeft ?? 0,
      emails: emails.get(ch.unit.id) ?? [],
    }),
  );
  return {
    deadline: c.cycle.deadline,
    toRemind: targets.filter((t) => !remindedIds.has(t.unitId)),
    remindedToday: targets.filter((t) => remindedIds.has(t.unitId)),
    cycleClosed: c.cycle.closedAt !== null,
  };
}

/** The progress page's "Gửi nhắc nhở": the children still to send are reminded by the same function as the command line's. */
export async function remindChildren(
  db: DB,
  unit: Unit,
  year: number,
  p: Principal,
  o: { transport: Transporter | null; today?: string },
): Promise<SendResult> {
  if (!(await mayRemind(db, p, unit))) throw new UserError(reportingErrors.onlyReceiverReminds(), 403);
  const today = o.today ?? todayLocal();
  const list = await reminderList(db, unit, year, today);
  if (list.cycleClosed) throw new UserError(reportingErrors.remindClosedCycle({ year }), 409);
  return sendReminders(db, list.toRemind, { today, userId: p.userId, transport: o.transport });
}

/** The last reminder a unit received for the year (for its own dashboard): the local day, or undefined. */
export async function lastReminder(db: DB, unitId: number, year: number): Promise<string | undefined> {
  const r = await db
    .selectFrom('report_reminders')
    .select('sent_on')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('sent_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.sent_on;
}
