import type { DB } from '../core/db/database.ts';
import { localDate, todayLocal } from '../core/time.ts';
import type { Unit } from '../network/units.ts';
import { cycleOf, daysLeft, type Cycle } from './cycles.ts';
import { expectedReporters } from './expected.ts';
import type { Status } from './reports.ts';

export interface ChildStatus {
  unit: Unit;
  reportId: number | null;
  status: Status | 'missing';
  submittedAt: string | null;
  onTime: boolean | null;
  /**
   * Days past the deadline: when a late report was first sent; for one not sent yet, the days since the deadline
   * today. 0 when it was sent on time or is not due yet.
   */
  daysLate: number;
  /** Days until the deadline for a report still to be sent, a returned one included (negative once overdue); null once sent. */
  daysLeft: number | null;
}

export interface Completeness {
  cycle: Cycle;
  children: ChildStatus[];
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
}

/**
 * For a parent and year: which children (those asked, `expectedReporters`) submitted, on time or late, and which
 * are missing. A draft counts as missing. `today` (a local date) counts the days late of those still to send.
 */
export async function completeness(db: DB, unit: Unit, year: number, today: string = todayLocal()): Promise<Completeness> {
  const cycle = await cycleOf(db, unit.id, year);
  const kids = await expectedReporters(db, unit, year, cycle);
  const rows = kids.length
    ? await db
        .selectFrom('reports')
        .select(['id', 'unit_id', 'status', 'submitted_at', 'on_time'])
        .where('year', '=', year)
        .where(
          'unit_id',
          'in',
          kids.map((k) => k.id),
        )
        .execute()
    : [];
  const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
  const children: ChildStatus[] = kids.map((k) => {
    const r = byUnit.get(k.id);
    const sent = r && r.status !== 'draft';
    const status = sent ? (r.status as Status) : 'missing';
    const left = daysLeft(cycle.deadline, today);
    const lateBy = sent && r.submitted_at ? -daysLeft(cycle.deadline, localDate(r.submitted_at)) : 0;
    return {
      unit: k,
      reportId: r?.id ?? null,
      status,
      submittedAt: sent ? r.submitted_at : null,
      onTime: sent && r.on_time !== null ? r.on_time === 1 : null,
      daysLate: Math.max(0, status === 'missing' ? -left : lateBy),
      daysLeft: status === 'missing' || status === 'returned' ? left : null,
    };
  });
  const sent = children.filter((c) => c.status !== 'missing');
  return {
    cycle,
    children,
    submitted: sent.length,
    onTime: sent.filter((c) => c.onTime).length,
    late: sent.filter((c) => c.onTime === false).length,
    missing: children.length - sent.length,
  };
}

/** The reminder days before a deadline. */
export const REMINDER_DAYS = [14, 7, 1] as const;

export interface Reminder {
  deadline: string;
  daysLeft: number;
  /** 14, 7 or 1 on the days an e-mail goes out; null between them. */
  mailDay: (typeof REMINDER_DAYS)[number] | null;
  overdue: boolean;
}

/**
 * Whether a report still to be sent needs a reminder `today`: from 14 days before the deadline
 * (e-mail on the 14th, 7th and last day), and overdue after it. Sent reports need none.
 */
export function reminderFor(deadline: string, today: string, status: Status | 'missing'): Reminder | null {
  if (status === 'submitted' || status === 'approved') return null;
  const left = daysLeft(deadline, today);
  if (left > REMINDER_DAYS[0]) return null;
  const mailDay = REMINDER_DAYS.find((d) => d === left) ?? null;
  return { deadline, daysLeft: left, mailDay, overdue: left < 0 };
}
