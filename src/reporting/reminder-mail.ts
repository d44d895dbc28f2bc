import { mailFrom, mailTransport, type MailTransport as Transporter } from '../core/mail.ts';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { addDays, nowIso } from '../core/time.ts';
import { formatDate } from '../core/i18n/index.ts';
import { reminderFor, type Reminder } from './completeness.ts';
import { expectedToReport } from './expected.ts';
import { reportingText } from './messages.ts';

/** A unit to remind of its report for a year: who, the deadline, how many days are left (negative: overdue), where to mail. */
export interface ReminderTarget {
  unitId: number;
  unitCode: string;
  unitName: string;
  year: number;
  deadline: string;
  daysLeft: number;
  emails: string[];
}

export interface DueReminder extends ReminderTarget {
  reminder: Reminder;
}

/** The reporting contacts' addresses of the units, by unit id (one query). */
export async function contactsOf(db: DB, unitIds: number[]): Promise<Map<number, string[]>> {
  const out = new Map<number, string[]>();
  if (unitIds.length === 0) return out;
  const rows = await db.selectFrom('report_contacts').select(['unit_id', 'email']).where('unit_id', 'in', unitIds).orderBy('email').execute();
  for (const r of rows) out.set(r.unit_id, [...(out.get(r.unit_id) ?? []), r.email]);
  return out;
}

/** Every unit expected to report whose report for an open cycle is due in exactly 14, 7 or 1 days and not yet sent. */
export async function remindersDue(db: DB, today: string): Promise<DueReminder[]> {
  const day = today.slice(0, 10);
  const cycles = await db
    .selectFrom('report_cycles')
    .select(['id', 'unit_id', 'year', 'deadline'])
    .where('closed_at', 'is', null)
    .where(
      'deadline',
      'in',
      [14, 7, 1].map((n) => addDays(day, n)),
    )
    .execute();
  const out: DueReminder[] = [];
  for (const c of cycles) {
    const kids = await db
      .selectFrom('units as u')
      .leftJoin('reports as r', (j) => j.onRef('r.unit_id', '=', 'u.id').on('r.year', '=', c.year))
      .select(['u.id', 'u.code', 'u.name', 'r.status'])
      .where('u.parent_id', '=', c.unit_id)
      .where(expectedToReport(c.deadline, 'u'))
      .execute();
    const due = kids
      .map((k) => ({ k, reminder: reminderFor(c.deadline, day, (k.status as 'draft' | null) ?? 'missing') }))
      .filter((x): x is { k: (typeof kids)[number]; reminder: Reminder } => x.reminder?.mailDay != null);
    const emails = await contactsOf(
      db,
      due.map((d) => d.k.id),
    );
    for (const { k, reminder } of due)
      out.push({
        unitId: k.id,
        unitCode: k.code,
        unitName: k.name,
        year: c.year,
        deadline: c.deadline,
        daysLeft: reminder.daysLeft,
        reminder,
        emails: emails.get(k.id) ?? [],
      });
  }
  return out;
}

/** The mail transport (core/mail.ts, shared with the library's overdue notices); null without SMTP (reminders are then shown on the units' pages only). */
export { mailTransport };

export interface SendOptions {
  /** The local day (YYYY-MM-DD): a unit gets at most one reminder a day. */
  today: string;
  /** The official sending from the progress page; null from the command line. */
  userId: number | null;
  transport: Transporter | null;
  from?: string;
}

export interface SendResult {
  /** The units reminded now. */
  sent: ReminderTarget[];
  /** The units already reminded today (by the CLI or a page), not reminded again. */
  skipped: ReminderTarget[];
  /** E-mails sent (one per unit with addresses, when SMTP is configured). */
  mails: number;
}

/** The e-mail of a reminder: days left, due today, or overdue. */
export function reminderMail(t: ReminderTarget): { subject: string; text: string } {
  const w = reportingText('vi');
  const due = formatDate(t.deadline);
  const subject =
    t.daysLeft > 0
      ? w.reminderSubject({ year: t.year, days: t.daysLeft, due })
      : t.daysLeft === 0
        ? w.reminderSubjectToday({ year: t.year, due })
        : w.reminderSubjectOverdue({ year: t.year, days: -t.daysLeft, due });
  return { subject, text: w.reminderBody({ unit: t.unitName, year: t.year, due }) };
}

/**
 * Reminds each unit once a day, from the command line and from the progress page alike: the send is recorded first
 * (the unique unit, year and day refuses a second one, even from two places at once), audited, and mailed to the
 * unit's contacts when SMTP is configured. A mail that fails takes its record back, so it can be sent again.
 */
export async function sendReminders(db: DB, targets: ReminderTarget[], o: SendOptions): Promise<SendResult> {
  const result: SendResult = { sent: [], skipped: [], mails: 0 };
  const from = o.from ?? mailFrom();
  for (const t of targets) {
    const mailing = o.transport !== null && t.emails.length > 0;
    const claimed = await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('report_reminders')
        .values({
          unit_id: t.unitId,
          year: t.year,
          sent_on: o.today,
          sent_at: nowIso(),
          sent_by: o.userId,
          days_left: t.daysLeft,
          emails: mailing ? t.emails.length : 0,
        })
        .onConflict((oc) => oc.columns(['unit_id', 'year', 'sent_on']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row)
        await audit(trx, {
          userId: o.userId,
          action: 'create',
          entity: 'report_reminder',
          key: `${t.unitCode}:${t.year}:${o.today}`,
          newValue: { daysLeft: t.daysLeft, emails: mailing ? t.emails : [], from: o.userId === null ? 'cli' : 'page' },
        });
      return row?.id;
    });
    if (claimed === undefined) {
      result.skipped.push(t);
      continue;
    }
    if (mailing) {
      try {
        await o.transport!.sendMail({ from, to: t.emails, ...reminderMail(t) });
        result.mails++;
      } catch (e) {
        await db.transaction().execute(async (trx) => {
          await trx.deleteFrom('report_reminders').where('id', '=', claimed).execute();
          await audit(trx, { userId: o.userId, action: 'delete', entity: 'report_reminder', key: `${t.unitCode}:${t.year}:${o.today}` });
        });
        throw e;
      }
    }
    result.sent.push(t);
  }
  return result;
}

/** The command line's daily run: the reminders due today (14, 7, 1 days before), each unit once a day. */
export async function mailReminders(
  db: DB,
  today: string,
  smtpUrl = process.env.LIFELONG_SMTP_URL,
  from = mailFrom(),
): Promise<{ due: number; reminded: number; skipped: number; sent: number }> {
  const due = await remindersDue(db, today);
  const r = await sendReminders(db, due, { today: today.slice(0, 10), userId: null, transport: mailTransport(smtpUrl), from });
  return { due: due.length, reminded: r.sent.length, skipped: r.skipped.length, sent: r.mails };
}
