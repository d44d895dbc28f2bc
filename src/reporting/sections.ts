import { fmt, type ReportContent, type Sector } from './content.ts';
import { documentText, reportingText } from './messages.ts';
import { textItems, type Narrative } from './narrative.ts';

/**
 * The report's outline, shared by the DOCX and HTML renderings: headings, paragraphs and
 * tables (header row + body rows of text), in the order of the usual annual report.
 */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'para'; text: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][]; widths: number[] };

/** The decree's form is Vietnamese, whoever prints it. */
const D = documentText('vi');
const R = reportingText('vi');
const STATUS_TEXT = {
  submitted: R.statusSubmitted,
  returned: R.statusReturned,
  approved: R.statusApproved,
  missing: R.statusMissing,
  draft: R.statusMissing,
} as const;
const SECTOR: Record<Sector, string> = { libraries: D.sectorLibraries, museums: D.sectorMuseums, culture: D.sectorCulture, general: D.sectorGeneral };
/** The section's lines as paragraphs; an empty section prints nothing (an official document has no placeholder). */
const paras = (text: string): Block[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t) => ({ type: 'para', text: t }));
const metText = (m: boolean | null) => (m === null ? '—' : m ? D.met : D.notMet);

export function outline(c: ReportContent, n: Narrative): Block[] {
  const y = c.year;
  const out: Block[] = [{ type: 'heading', text: D.results }];
  out.push({
    type: 'table',
    caption: D.targetsCaption({ year: y }),
    head: [D.no, D.target, D.unitOfMeasure, D.planTarget, D.resultOfYear({ year: y }), D.year({ year: y - 1 }), D.change, D.assessment],
    rows: c.lines.map((l, i) => [String(i + 1), l.name, l.unitLabel, fmt(l.target), l.note ?? fmt(l.result), fmt(l.previous), fmt(l.change), metText(l.met)]),
    widths: [7, 33, 10, 10, 10, 10, 10, 10],
  });
  const sectors: [Sector, keyof Narrative][] = [
    ['libraries', 'libraries'],
    ['museums', 'museums'],
    ['culture', 'culture'],
  ];
  sectors.forEach(([s, key], i) => {
    out.push({ type: 'heading', text: D.sectorResults({ n: i + 2, sector: SECTOR[s].toLocaleLowerCase('vi') }) });
    out.push(...paras(String(n[key] ?? '')));
  });
  out.push({ type: 'heading', text: D.daysHeading }, ...paras(n.days));
  if (c.trend) {
    out.push({
      type: 'table',
      caption: D.trendCaption({ from: c.trend.years[0] ?? y, to: y, review: c.review === 'final' ? D.reviewFinal : D.reviewPreliminary }),
      head: [D.target, ...c.trend.years.map(String), D.planTarget],
      rows: c.trend.lines.map((l) => [l.name, ...l.values.map((v) => fmt(v)), fmt(l.target)]),
      widths: [40, ...c.trend.years.map(() => 50 / c.trend!.years.length), 10],
    });
  }
  if (c.children.lines.length > 0) {
    const shown = c.children.indicators.slice(0, 5);
    out.push({
      type: 'table',
      caption: D.childrenCaption({ n: c.trend ? 7 : 6 }),
      head: [D.unit, D.reportColumn, D.onTime, ...shown.map((l) => `${l.name} (${l.unitLabel})`)],
      rows: c.children.lines.map((ch) => [
        ch.unit.name,
        STATUS_TEXT[ch.status],
        ch.onTime === null ? '—' : ch.onTime ? D.onTime : D.late,
        ...ch.values.slice(0, shown.length).map((v) => fmt(v)),
      ]),
      widths: [22, 13, 11, ...shown.map(() => 54 / Math.max(shown.length, 1))],
    });
  }
  out.push({ type: 'heading', text: D.difficulties }, ...paras(n.difficulties));
  out.push({ type: 'heading', text: D.proposals({ year: y + 1 }) }, ...paras(n.proposals));
  out.push({ type: 'heading', text: D.budget({ year: y + 1 }) });
  const total = n.budgetState === null && n.budgetSocial === null ? null : (n.budgetState ?? 0) + (n.budgetSocial ?? 0);
  const budget = [
    [D.stateBudget, fmt(n.budgetState)],
    [D.socialSources, fmt(n.budgetSocial)],
    [D.total, fmt(total)],
  ];
  out.push({ type: 'table', caption: D.millionVnd, head: [D.source, D.estimate], rows: budget, widths: [60, 40] });
  if (n.budgetNote.trim()) out.push(...paras(n.budgetNote));
  if (c.childNarratives.length > 0) {
    out.push({ type: 'heading', text: D.appendix });
    for (const ch of c.childNarratives) {
      out.push({ type: 'para', text: `${ch.unit.name}:` });
      for (const key of ['libraries', 'museums', 'culture', 'days', 'difficulties', 'proposals'] as const)
        for (const item of textItems(ch.narrative[key])) out.push({ type: 'para', text: `- ${item}` });
    }
  }
  out.push({ type: 'para', text: D.closing({ year: y }) });
  return out;
}
