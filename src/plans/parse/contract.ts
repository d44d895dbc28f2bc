/** The CLI contract of `lifelong plan parse --format json`: exactly its fields. */
import type { DocKind, ParsedPlanFull } from './types.ts';

export interface ContractPlan {
  number: string | null;
  date: string | null;
  issuer: string | null;
  place: string | null;
  title: string | null;
  programme: string | null;
  basis: { number: string | null; date: string | null; issuer: string | null }[];
  targets: {
    text: string;
    indicator: string | null;
    kind: string;
    year: number | null;
    value: number | null;
    min: number | null;
    max: number | null;
    unit: string;
  }[];
  tasks: { agency: string; text: string }[];
  reportDeadline: { day: number; month: number; recurring: boolean } | null;
  days: string[];
  /** Added by issue 22: what the document is, the results it reports (never targets), what the reader could not vouch for. */
  kind: DocKind;
  results: { text: string; indicator: string | null; year: number | null; value: number | null; min: number | null; max: number | null; unit: string }[];
  warnings: string[];
}

/** Exactly the fields of `lifelong plan parse --format json`. */
export function toContract(p: ParsedPlanFull): ContractPlan {
  return {
    number: p.number,
    date: p.date,
    issuer: p.issuer,
    place: p.place,
    title: p.title,
    programme: p.programme,
    basis: p.basis.map((b) => ({ number: b.number, date: b.date, issuer: b.issuer })),
    targets: p.targets.map((t) => ({ text: t.text, indicator: t.indicator, kind: t.kind, year: t.year, value: t.value, min: t.min, max: t.max, unit: t.unit })),
    tasks: p.tasks.map((t) => ({ agency: t.agency, text: t.text })),
    reportDeadline: p.reportDeadline ? { day: p.reportDeadline.day, month: p.reportDeadline.month, recurring: p.reportDeadline.recurring } : null,
    days: p.days,
    kind: p.kind,
    results: p.results.map((r) => ({ text: r.text, indicator: r.indicator, year: r.year, value: r.value, min: r.min, max: r.max, unit: r.unit })),
    warnings: p.warnings,
  };
}
