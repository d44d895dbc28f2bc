import nodemailer from 'nodemailer';
import type { DB } from '../core/db/database.ts';
import { unitById } from '../network/units.ts';
import { reminderFor, type Reminder } from './completeness.ts';
import { expectedReporters } from './expected.ts';
import type { Status } from './reports.ts';
import { formatDate } from '../core/i18n/index.ts';
import { reportingText } from './messages.ts';

export interface DueReminder {
  unitId: number;
  unitName: string;
  year: number;
  reminder: Reminder;
  emails: string[];
}

/** Every unit asked for a report (`expectedReporters`) in an open cycle that is due in exactly 14, 7 or 1 days and not yet sent. */
export async function remindersDue(db: DB, today: string): Promise<DueReminder[]> {
  const cycles = await db
    .selectFrom('report_cycles')
    .select(['id', 'unit_id', 'year', 'deadline'])
    .where('closed_at', 'is', null)
    .where('deadline', '>=', today.slice(0, 10))
    .execute();
  const out: DueReminder[] = [];
  for (const c of cycles) {
    const parent = await unitById(db, c.unit_id);
    if (!parent) continue;
    const kids = await expectedReporters(db, parent, c.year, c);
    if (kids.length === 0) continue;
    const statuses = await db
      .selectFrom('reports')
      .select(['unit_id', 'status'])
      .where('year', '=', c.year)
      .where(
        'unit_id',
        'in',
        kids.map((k) => k.id),
      )
      .execute();
    const statusOf = new Map(statuses.map((r) => [r.unit_id, r.status as Status]));
    for (const k of kids) {
      const r = reminderFor(c.deadline, today, statusOf.get(k.id) ?? 'missing');
      if (!r?.mailDay) continue;
      const emails = (await db.selectFrom('report_contacts').select('email').where('unit_id', '=', k.id).execute()).map((e) => e.email);
      out.push({ unitId: k.id, unitName: k.name, year: c.year, reminder: r, emails });
    }
  }
  return out;
}

/** Sends the reminders by e-mail when SMTP is configured (`LIFELONG_SMTP_URL`); without it sends nothing. */
export async function mailReminders(
  db: DB,
  today: string,
  smtpUrl = process.env.LIFELONG_SMTP_URL,
  from = process.env.LIFELONG_MAIL_FROM ?? 'lifelong@localhost',
): Promise<{ due: number; sent: number }> {
  const due = await remindersDue(db, today);
  if (!smtpUrl) return { due: due.length, sent: 0 };
  const transport = nodemailer.createTransport(smtpUrl);
  let sent = 0;
  const t = reportingText('vi');
  for (const d of due) {
    if (d.emails.length === 0) continue;
    const unit = await unitById(db, d.unitId);
    await transport.sendMail({
      from,
      to: d.emails,
      subject: t.reminderSubject({ year: d.year, days: d.reminder.daysLeft, due: formatDate(d.reminder.deadline) }),
      text: t.reminderBody({ unit: unit?.name ?? d.unitName, year: d.year, due: formatDate(d.reminder.deadline) }),
    });
    sent++;
  }
  return { due: due.length, sent };
}
