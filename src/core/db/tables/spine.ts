import type { ColumnType, Generated } from 'kysely';

/** Row types of the tables owned by network, statistics, indicators, plans, accounts and core. */
export interface UnitTable {
  id: Generated<number>;
  code: string;
  official_code: string | null;
  name: string;
  full_name: string | null;
  level: string;
  parent_id: number | null;
  valid_from: string | null;
  valid_to: string | null;
}

export interface UnitSuccessorTable {
  predecessor_id: number;
  successor_id: number;
  /** 1 when only part of the predecessor went to the successor. */
  partial: number;
  /** 1 on the one link along which the predecessor's history is aggregated. */
  aggregate: number;
  note: string | null;
}

export interface UnitClosureTable {
  ancestor_id: number;
  descendant_id: number;
}

export interface UnitPopulationTable {
  unit_id: number;
  year: number;
  total: number;
  rural: number | null;
  disadvantaged: number | null;
}

export interface InstitutionKindTable {
  code: string;
  sector: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface InstitutionTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  ownership: string;
  address: string | null;
  created_at: string;
  contact: string | null;
  opening_hours: string | null;
  latitude: number | null;
  longitude: number | null;
  /** The day it closed (its last membership ends the day before); null while open. */
  closed_on: string | null;
}

export interface InstitutionUnitTable {
  institution_id: number;
  unit_id: number;
  valid_from: string;
  valid_to: string | null;
}

export interface AttributeTable {
  code: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

export interface InstitutionAttributeTable {
  institution_id: number;
  attribute: string;
  year: number;
  value: number;
  evidence: string | null;
  set_by: number | null;
  set_at: string;
}

/** A file proving a yearly status attribute (PDF, JPEG or PNG), one per institution, attribute and year. */
export interface AttributeEvidenceTable {
  institution_id: number;
  attribute: string;
  year: number;
  file_name: string;
  mime: string;
  size: number;
  data: Buffer;
  uploaded_by: number | null;
  uploaded_at: string;
}

export interface DataElementTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string;
  sector: string;
  period_type: string;
  builtin: number;
  /** From this day no longer asked for (its values stay); null while in use. */
  retired_on: string | null;
}

export interface DataValueTable {
  institution_id: number;
  element_id: number;
  period: string;
  year: number;
  /** The unit the institution belonged to during the period (units change with the map). */
  unit_id: number;
  value: number;
  updated_by: number | null;
  updated_at: string;
}

/** An admin's comparison of two data elements: left `operator` factor × right, checked when the entry form is saved. */
export interface ValidationRuleTable {
  id: Generated<number>;
  name: string;
  left_element_id: number;
  /** '<=' | '<' | '=' | '>=' | '>' */
  operator: string;
  right_element_id: number;
  factor: number;
  /** 'high' | 'medium' | 'low' */
  importance: string;
  /** 1: a violation refuses the save; 0: a warning confirmed with a comment. */
  blocking: number;
  created_by: number | null;
  created_at: string;
}

/** A cell's comment and follow-up flag, and the warnings its comment confirmed ('outlier', 'rule'), with who and when. */
export interface ValueNoteTable {
  institution_id: number;
  element_id: number;
  period: string;
  comment: string | null;
  follow_up: number;
  confirmed: string | null;
  set_by: number | null;
  set_at: string;
}

export interface AggValueTable {
  unit_id: number;
  element_id: number;
  kind: string;
  year: number;
  value: number;
}

export interface AggCountTable {
  unit_id: number;
  year: number;
  kind: string;
  /** '' counts every institution of the kind; otherwise those with the attribute set that year. */
  attribute: string;
  n: number;
}

export interface AggCountYearTable {
  year: number;
  year_end: string;
}

export interface IndicatorTable {
  code: string;
  name_vi: string;
  name_en: string;
  /** JSON of `Formula` (indicators/formula.ts). */
  formula: string;
  unit_label: string;
  builtin: number;
  sort: number;
  /** From this day off the dashboards (its years before stay readable); null while in use. */
  retired_on: string | null;
}

export interface PlanTable {
  id: Generated<number>;
  unit_id: number | null;
  institution_id: number | null;
  number: string | null;
  date: string | null;
  issuer: string | null;
  title: string;
  parent_plan_id: number | null;
  year_from: number;
  year_to: number;
  report_day: number | null;
  report_month: number | null;
  status: string;
  created_by: number | null;
  created_at: string;
  /** Known phrases restored in a scan's header: the fields as read, JSON `{ title?, issuer? }` (migration 039). */
  restored?: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A scanned plan being read in the background (migration 044). */
export interface PlanReadingTable {
  id: Generated<number>;
  user_id: number;
  /** The form's place and institution fields as typed, to put them back when the reading is refused. */
  unit_typed: string;
  institution_typed: string;
  filename: string;
  pages_done: Generated<number>;
  pages_total: number | null;
  /** The draft plan once read; or the refusal, JSON of the message (`Said`). */
  plan_id: number | null;
  error: string | null;
  started_at: string;
  updated_at: string;
}

export interface PlanTargetTable {
  id: Generated<number>;
  plan_id: number;
  indicator: string;
  year: number;
  value: number | null;
  min: number | null;
  max: number | null;
  text: string | null;
}

export interface PlanDocumentTable {
  id: Generated<number>;
  plan_id: number;
  filename: string;
  /** The text as read from the file (NFC), never altered: spans point into it. */
  text: string;
  uploaded_by: number | null;
  uploaded_at: string;
  /** What the reader took the document for: plan, decision, report, news, other (null before migration 049). */
  kind: string | null;
  /** The reader's warnings in words, a JSON array of strings. */
  warnings: string | null;
  /** The past results the reader read apart from the targets, a JSON array of `{ text, year, value, unit }`. */
  results: string | null;
}

export interface PlanItemTable {
  id: Generated<number>;
  plan_id: number;
  /** 'header' | 'basis' | 'target' | 'task' | 'deadline' | 'day' | 'budget' */
  type: string;
  /** JSON of the item as extracted, then as corrected by the reviewer. */
  data: string;
  span_start: number | null;
  span_end: number | null;
  /** 'pending' | 'accepted' | 'dropped' */
  status: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  agency: string;
  text: string;
  due: string | null;
  /** 'todo' | 'doing' | 'done' */
  status: string;
  evidence: string | null;
  updated_by: number | null;
  updated_at: string;
}

export interface PlanDayTable {
  plan_id: number;
  day: number;
  month: number;
  label: string;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  unit_id: number | null;
  institution_id: number | null;
  created_at: string;
  /** From this moment the account opens nothing (migration 027); null: in use. */
  disabled_at: string | null;
  /** Where a password reset link is mailed (migration 034); null: none known, the link is handed over. */
  email: string | null;
}

/** A one-time password reset link (migration 027): only its token's hash is kept. */
export interface PasswordResetTable {
  token_hash: string;
  user_id: number;
  made_by: number | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  token_hash: string;
  user_id: number;
  name: string;
  created_at: string;
  /** Past this moment the token opens nothing (null: expired). */
  expires_at: string | null;
  last_used_at: string | null;
}

/** One failed login or one sign-up, counted over time windows by accounts/throttle.ts (migration 021). */
export interface AuthFailureTable {
  id: Generated<number>;
  /** 'login' | 'signup' */
  kind: string;
  /** The username tried, lower-cased (null for a sign-up). */
  account: string | null;
  /** The client's address (an IPv6 address by its /64). */
  address: string;
  at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  action: string;
  entity: string;
  entity_key: string;
  old_value: string | null;
  new_value: string | null;
}

// maintained totals over institution kinds (migration 006)
export interface AggTotalTable {
  unit_id: number;
  year: number;
  element_id: number;
  value: number;
}
