/** What the plan reader extracts. Every item carries the span of the original text it came from. */
export interface Span {
  start: number;
  end: number;
}

export interface BasisDoc {
  /** `1520/QĐ-TTg`, as cited (a mistyped number is corrected when the same document is cited correctly elsewhere). */
  number: string | null;
  /** ISO date. */
  date: string | null;
  issuer: string | null;
  /** Quyết định, Kế hoạch, Công văn … (folded). */
  type: string | null;
  span: Span;
}

/** percent: share of institutions or people; growth: % per year; count: things per year; per_capita: per person. */
export type TargetKind = 'percent' | 'growth' | 'count' | 'per_capita';

export interface ParsedTarget {
  /** The sentence the target was read from. */
  text: string;
  indicator: string | null;
  kind: TargetKind;
  year: number | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  /** What is measured: institution kinds (network catalogue codes), level, attribute. */
  measure: { sector: 'library' | 'museum' | 'culture' | 'population' | 'other' | null; kinds: string[]; level: string | null; attribute: string | null };
  /** The target holds for every year up to `year` ("mỗi năm", "hằng năm"). */
  perYear: boolean;
  /** The value is not written: a kind named before a list ("Thư viện huyện và 20% …") means 100%. */
  implied: boolean;
  /** The sentence (span) and the value itself (valueSpan). */
  span: Span;
  valueSpan: Span;
}

export interface ParsedTask {
  agency: string;
  text: string;
  /** Agencies the task names as partners ("phối hợp với …"). */
  collaborators: string[];
  span: Span;
  agencySpan: Span;
}

export interface Deadline {
  day: number;
  month: number;
  year: number | null;
  recurring: boolean;
  /** report: the closing report deadline; other: any other dated deadline. */
  purpose: 'report' | 'other';
  span: Span;
}

export interface Review {
  type: 'preliminary' | 'final';
  year: number;
  span: Span;
}

export interface ParsedDay {
  /** `21/4`, or the Learning Week's name. */
  code: string;
  name: string;
  day: number | null;
  month: number | null;
  span: Span;
}

export interface BudgetSource {
  source: 'state_budget' | 'socialisation' | 'integrated';
  text: string;
  span: Span;
}

export interface ParsedPlanFull {
  kind: DocKind;
  /** The years the plan runs (`giai đoạn 2023 - 2025, định hướng đến năm 2030` → 2023–2030). */
  period: { from: number; to: number } | null;
  number: string | null;
  date: string | null;
  /** The year of the document's date even when day and month are blank (`ngày tháng năm 2023`). */
  dateYear: number | null;
  issuer: string | null;
  place: string | null;
  title: string | null;
  programme: string | null;
  basis: BasisDoc[];
  targets: ParsedTarget[];
  /** Past results (a report's `đến năm 2019 … đạt 70,48%`), kept apart from the targets. */
  results: ParsedResult[];
  tasks: ParsedTask[];
  reportDeadline: { day: number; month: number; recurring: boolean; span: Span } | null;
  deadlines: Deadline[];
  reviews: Review[];
  days: string[];
  dayDetails: ParsedDay[];
  budget: BudgetSource[];
  /** Last year the plan covers (`đến năm 2030` in the title), the default year of undated targets. */
  horizon: number | null;
  /** Every year the plan sets a milestone for, ascending. */
  milestones: number[];
  ocr: boolean;
  looksLikePlan: boolean;
  /** Nothing at all was read (no header, target, task or deadline): the one case a document is refused. */
  empty: boolean;
  warnings: string[];
  spans: { number: Span | null; date: Span | null; title: Span | null; issuer: Span | null };
}

/** A value a report (or a plan's review of the past) says was reached: never a target. */
export interface ParsedResult {
  text: string;
  indicator: string | null;
  /** What kind of figure it is, as a target's (a result the review turns into a target keeps it). */
  kind: TargetKind;
  year: number | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string;
  span: Span;
  valueSpan: Span;
}

/** What the document is: a plan, a decision (often with its plan attached), a report, a news item, something else. */
export type DocKind = 'plan' | 'decision' | 'report' | 'news' | 'other';
