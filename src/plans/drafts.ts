import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso, thisYear } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { knownPhrases, restoreField, type RestoredField } from './known-phrases.ts';

export interface Span {
  start: number;
  end: number;
}

/** What the reader extracts from a plan document (the `plan parse` contract, with source spans). */
export interface ParsedPlan {
  number: string | null;
  date: string | null;
  issuer: string | null;
  place: string | null;
  title: string | null;
  programme: string | null;
  basis: { number: string | null; date: string | null; issuer: string | null; span?: Span }[];
  targets: {
    text: string;
    indicator: string | null;
    kind: string | null;
    year: number | null;
    value: number | null;
    min: number | null;
    max: number | null;
    unit: string | null;
    span?: Span;
  }[];
  tasks: { agency: string; text: string; span?: Span }[];
  reportDeadline: { day: number; month: number; recurring: boolean; span?: Span } | null;
  days: string[];
  /** The years the plan runs, as the reader found them in the document. */
  period?: { from: number; to: number } | null;
  /** What the reader took the document for (plan, decision, report, news, other). */
  kind?: string;
  /** What the reader says of the document, in words (read by OCR, tracked changes left in…). */
  warnings?: string[];
  /** Past results read apart from the targets (a report's, or a plan's review of the past). */
  results?: PastResult[];
}

export interface PastResult {
  text: string;
  year: number | null;
  value: number | null;
  unit: string;
}

export type ItemType = 'basis' | 'target' | 'task' | 'deadline' | 'day';

export interface DraftInput {
  unitId: number | null;
  institutionId: number | null;
  filename: string;
  text: string;
  parsed: ParsedPlan;
  userId: number | null;
}

/** The plan's span of years: as the reader found it, else from its date (or first target) to its last target, or "đến năm 2030" in the title. */
export function yearsOf(p: ParsedPlan, fallbackYear: number): { from: number; to: number } {
  if (p.period) return p.period;
  const years = p.targets.map((t) => t.year).filter((y): y is number => y !== null);
  const dated = p.date ? Number(p.date.slice(0, 4)) : undefined;
  const from = dated ?? (years.length ? Math.min(...years) : fallbackYear);
  const titled = /đến năm (\d{4})/i.exec(p.title ?? '')?.[1];
  const to = Math.max(from, ...years, titled ? Number(titled) : from);
  return { from, to };
}

/** What was restored in a field: the original, and each phrase (kept in the draft so the review can undo it). */
export type FieldRestorations = Record<string, Omit<RestoredField, 'text'>>;

/**
 * Stores an uploaded plan as a draft: the document as read and every extracted item, pending review.
 * Known phrases get their diacritics back in the title, issuer, tasks and agencies (a scan that
 * lost them); each field so restored keeps its original beside it.
 */
export async function storeDraft(db: DB, d: DraftInput): Promise<number> {
  const p = d.parsed;
  const { from, to } = yearsOf(p, thisYear());
  const index = await knownPhrases(db);
  const header: FieldRestorations = {};
  const restoreInto = (into: FieldRestorations, field: string, text: string): string => {
    const r = restoreField(text, index);
    if (r.original !== undefined) into[field] = { original: r.original, restorations: r.restorations };
    return r.text;
  };
  const title = p.title === null ? d.filename : restoreInto(header, 'title', p.title);
  const issuer = p.issuer === null ? null : restoreInto(header, 'issuer', p.issuer);
  const tasks = p.tasks.map((t) => {
    const restored: FieldRestorations = {};
    const agency = restoreInto(restored, 'agency', t.agency);
    const text = restoreInto(restored, 'text', t.text);
    return Object.keys(restored).length > 0 ? { ...t, agency, text, restored } : t;
  });
  return inTransaction(db, async (trx) => {
    const plan = await trx
      .insertInto('plans')
      .values({
        unit_id: d.unitId,
        institution_id: d.institutionId,
        number: p.number,
        date: p.date,
        issuer,
        title,
        restored: Object.keys(header).length > 0 ? JSON.stringify(header) : null,
        parent_plan_id: await findParent(trx, p),
        year_from: from,
        year_to: to,
        report_day: p.reportDeadline?.day ?? null,
        report_month: p.reportDeadline?.month ?? null,
        status: 'draft',
        created_by: d.userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('plan_documents')
      .values({
        plan_id: plan.id,
        filename: d.filename,
        text: d.text,
        uploaded_by: d.userId,
        uploaded_at: nowIso(),
        kind: p.kind ?? null,
        warnings: p.warnings?.length ? JSON.stringify(p.warnings) : null,
        results: p.results?.length ? JSON.stringify(p.results.map(({ text, year, value, unit }) => ({ text, year, value, unit }))) : null,
      })
      .execute();
    const items: { type: ItemType; data: unknown; span?: Span }[] = [
      ...p.basis.map((b) => ({ type: 'basis' as const, data: b, span: b.span })),
      ...p.targets.map((t) => ({ type: 'target' as const, data: t, span: t.span })),
      ...tasks.map((t) => ({ type: 'task' as const, data: t, span: t.span })),
      ...(p.reportDeadline ? [{ type: 'deadline' as const, data: p.reportDeadline, span: p.reportDeadline.span }] : []),
      ...p.days.map((day) => ({ type: 'day' as const, data: { day } })),
    ];
    if (items.length > 0) {
      await trx
        .insertInto('plan_items')
        .values(
          items.map((i) => ({
            plan_id: plan.id,
            type: i.type,
            data: JSON.stringify(i.data),
            span_start: i.span?.start ?? null,
            span_end: i.span?.end ?? null,
            status: 'pending',
            reviewed_by: null,
            reviewed_at: null,
          })),
        )
        .execute();
    }
    await audit(trx, {
      userId: d.userId,
      action: 'import',
      entity: 'plan',
      key: String(plan.id),
      newValue: { filename: d.filename, number: p.number, targets: p.targets.length, tasks: p.tasks.length },
    });
    return plan.id;
  });
}

/**
 * The plan a document implements: a cited basis document already in the system; when it cites a plan
 * (`…/KH-…`) that is not stored, none (the compliance view says so rather than comparing with the
 * programme); else the national programme it names.
 */
async function findParent(db: DB, p: ParsedPlan): Promise<number | null> {
  const stored = async (n: string) =>
    (await db.selectFrom('plans').select('id').where('number', '=', n).where('status', '=', 'active').executeTakeFirst())?.id ?? null;
  const cited = p.basis.map((b) => b.number).filter((n): n is string => !!n);
  for (const n of cited) {
    const id = await stored(n);
    if (id !== null) return id;
  }
  if (cited.some((n) => /\/KH\b/i.test(n))) return null;
  return p.programme ? stored(p.programme) : null;
}

export async function planDocument(db: DB, planId: number) {
  return db.selectFrom('plan_documents').selectAll().where('plan_id', '=', planId).orderBy('id', 'desc').executeTakeFirst();
}

export async function planItems(db: DB, planId: number) {
  const rows = await db.selectFrom('plan_items').selectAll().where('plan_id', '=', planId).orderBy('id').execute();
  return rows.map((r) => ({ ...r, data: JSON.parse(r.data) as Record<string, unknown> }));
}
