import type { DB } from '../core/db/database.ts';
import { formatNumber, type Lang } from '../core/i18n/index.ts';
import { dashboardFor, indicatorMatrix } from '../indicators/evaluate.ts';
import { endedNotes } from '../network/lineage.ts';
import type { Unit } from '../network/units.ts';
import { expectedReporters } from './expected.ts';
import type { Report, Status } from './reports.ts';
import { parseNarrative, type Narrative } from './narrative.ts';

export type Sector = 'libraries' | 'museums' | 'culture' | 'general';
const sectorOf = (code: string): Sector =>
  code.startsWith('LIB_') ? 'libraries' : code.startsWith('MUS_') ? 'museums' : code.startsWith('CC_') ? 'culture' : 'general';

export interface TargetLine {
  indicator: string;
  name: string;
  unitLabel: string;
  sector: Sector;
  target: number | null;
  result: number | null;
  previous: number | null;
  /** result − previous year */
  change: number | null;
  /** null when there is no target or no result */
  met: boolean | null;
  /** Said instead of the result: a growth of a unit that did not last the year ("đã sáp nhập vào …"). */
  note: string | null;
}

export interface ChildLine {
  unit: Unit;
  status: Status | 'missing';
  onTime: boolean | null;
  values: (number | null)[];
}

export interface ReportContent {
  unit: Unit;
  year: number;
  review: 'annual' | 'preliminary' | 'final';
  lines: TargetLine[];
  /** Milestone reports: every year of the period, per indicator. */
  trend: { years: number[]; lines: { indicator: string; name: string; unitLabel: string; target: number | null; values: (number | null)[] }[] } | null;
  /** The children's figures for the indicators with a target (the parent's report). */
  children: { indicators: TargetLine[]; lines: ChildLine[] };
  /** Approved children's narratives, listed for the parent to summarise. */
  childNarratives: { unit: Unit; narrative: Narrative }[];
}

/**
 * The report's numbers, all from the indicators over the reporter's subtree for the year:
 * each indicator with a target or a result (target, result, previous year, change, met or not),
 * every year of the period for a milestone report, and each child's figures and narrative.
 */
export async function buildContent(db: DB, report: Pick<Report, 'unit' | 'year' | 'cycle'>, lang: Lang = 'vi'): Promise<ReportContent> {
  const { unit, year } = report;
  const [rows, prev] = await Promise.all([dashboardFor(db, unit, year, lang), indicatorMatrix(db, year - 1, [unit.id])]);
  const before = prev.get(unit.id);
  const gone = (await endedNotes(db, [unit], year, lang)).get(unit.id) ?? null;
  const lines: TargetLine[] = rows
    .filter((r) => r.value !== null || r.target !== null)
    .map((r) => {
      const previous = before?.get(r.indicator) ?? null;
      // a growth of a unit that ended during the year compares part of a year (or none) with a whole one
      if (gone && r.comparesYears)
        return {
          indicator: r.indicator,
          name: r.name,
          unitLabel: r.unitLabel,
          sector: sectorOf(r.indicator),
          target: r.target,
          result: null,
          previous,
          change: null,
          met: null,
          note: gone,
        };
      return {
        indicator: r.indicator,
        name: r.name,
        unitLabel: r.unitLabel,
        sector: sectorOf(r.indicator),
        target: r.target,
        result: r.value,
        previous,
        change: r.value !== null && previous !== null ? r.value - previous : null,
        met: r.target === null || r.value === null ? null : r.value >= r.target,
        note: null,
      };
    });

  let trend: ReportContent['trend'] = null;
  if (report.cycle.review !== 'annual') {
    const years: number[] = [];
    for (let y = report.cycle.periodFrom; y <= year; y++) years.push(y);
    const byYear = lines.length
      ? await Promise.all(
          years.map((y) =>
            indicatorMatrix(
              db,
              y,
              [unit.id],
              lines.map((l) => l.indicator),
            ),
          ),
        )
      : [];
    trend = {
      years,
      lines: lines.map((l) => ({
        indicator: l.indicator,
        name: l.name,
        unitLabel: l.unitLabel,
        target: l.target,
        values: byYear.map((m) => m.get(unit.id)?.get(l.indicator) ?? null),
      })),
    };
  }

  const kids = await expectedReporters(db, unit, year);
  const headline = lines.filter((l) => l.target !== null);
  const matrix =
    kids.length && headline.length
      ? await indicatorMatrix(
          db,
          year,
          kids.map((k) => k.id),
          headline.map((l) => l.indicator),
        )
      : new Map<number, Map<string, number | null>>();
  const childLines: ChildLine[] = [];
  const childNarratives: ReportContent['childNarratives'] = [];
  const reports = kids.length
    ? await db
        .selectFrom('reports')
        .select(['unit_id', 'status', 'on_time', 'narrative'])
        .where('year', '=', year)
        .where(
          'unit_id',
          'in',
          kids.map((k) => k.id),
        )
        .execute()
    : [];
  const byUnit = new Map(reports.map((r) => [r.unit_id, r]));
  for (const k of kids) {
    const r = byUnit.get(k.id);
    const status: ChildLine['status'] = r && r.status !== 'draft' ? (r.status as Status) : 'missing';
    childLines.push({
      unit: k,
      status,
      onTime: r?.on_time === null || r?.on_time === undefined ? null : r.on_time === 1,
      values: headline.map((l) => matrix.get(k.id)?.get(l.indicator) ?? null),
    });
    if (r?.status === 'approved') childNarratives.push({ unit: k, narrative: parseNarrative(r.narrative) });
  }
  return { unit, year, review: report.cycle.review, lines, trend, children: { indicators: headline, lines: childLines }, childNarratives };
}

/** Numbers as a Vietnamese reader writes them: 1.234,5 */
export function fmt(v: number | null, lang: Lang = 'vi'): string {
  if (v === null || !Number.isFinite(v)) return '—';
  return formatNumber(lang, v, 2);
}
