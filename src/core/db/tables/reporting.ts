import type { Generated } from 'kysely';

/** Row types of the tables owned by reporting/. */
// reporting (the annual reporting cycle)
export interface ReportCycleTable {
  id: Generated<number>;
  /** The receiving unit: its children report to it for the year. */
  unit_id: number;
  year: number;
  plan_id: number | null;
  /** ISO date the children's reports are due. */
  deadline: string;
  /** 'annual' | 'preliminary' (sơ kết) | 'final' (tổng kết) */
  review: string;
  /** First year a milestone report compares (the plan's start). */
  period_from: number;
  closed_at: string | null;
  closed_by: number | null;
  created_at: string;
}

export interface ReportTable {
  id: Generated<number>;
  cycle_id: number;
  /** The reporting unit. */
  unit_id: number;
  year: number;
  /** 'draft' | 'submitted' | 'returned' | 'approved' */
  status: string;
  /** JSON of the narrative sections (reporting/narrative.ts). */
  narrative: string;
  number: string | null;
  submitted_at: string | null;
  submitted_by: number | null;
  on_time: number | null;
  approved_at: string | null;
  approved_by: number | null;
  updated_by: number | null;
  updated_at: string;
}

export interface ReportCommentTable {
  id: Generated<number>;
  report_id: number;
  at: string;
  user_id: number | null;
  /** 'submit' | 'return' | 'approve' | 'reopen' | 'comment' */
  action: string;
  text: string | null;
}

export interface DataLockTable {
  /** The locked subtree's root: values of any unit below it in `year` are refused. */
  unit_id: number;
  year: number;
  report_id: number | null;
  locked_by: number | null;
  locked_at: string;
}

/** Where reminders go by e-mail for a reporting unit (when SMTP is configured). */
export interface ReportContactTable {
  unit_id: number;
  email: string;
}

/** A reminder sent to a reporting unit (migration 025): at most one a unit, year and local day. */
export interface ReportReminderTable {
  id: Generated<number>;
  /** The reminded unit. */
  unit_id: number;
  year: number;
  /** The local day (YYYY-MM-DD) it was sent. */
  sent_on: string;
  sent_at: string;
  /** The official who sent it from the progress page; null from the command line. */
  sent_by: number | null;
  /** Days until the deadline when it was sent (negative: overdue). */
  days_left: number;
  /** Addresses it was mailed to (0: shown on the unit's dashboard only). */
  emails: number;
}
