import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { storeDraft } from '../../plans/drafts.ts';
import { findUnit } from '../../network/units.ts';
import { findInstitution } from '../../network/institutions.ts';
import { withPlatform } from '../context.ts';
import { UserError } from '../../core/errors.ts';
import { networkErrors } from '../../network/messages.ts';
import { formatDate } from '../../core/i18n/index.ts';
import { cliErrors, cliText } from '../messages.ts';
import { toContract } from '../../plans/parse/index.ts';
import { parsePlanFile } from '../../plans/parse/read-file.ts';
import type { ParsedPlanFull } from '../../plans/parse/types.ts';

const USAGE = 'lifelong plan parse <file> [--format json|full|text] | plan import <file> --unit <code> [--institution <code>]';

/** `plan parse <file>`: read a plan (.txt, .docx, .pdf) and print what was extracted. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importPlan(rest);
  if (sub !== 'parse') throw new UserError(cliErrors.planSubcommand({ usage: USAGE }), 400);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  const file = positionals[0];
  if (!file) throw new UserError(cliErrors.missingFile({ usage: USAGE }), 400);
  const format = values.format;
  if (format !== 'json' && format !== 'full' && format !== 'text') throw new UserError(cliErrors.planFormat(), 400);
  const { plan } = await parsePlanFile(file);
  if (format === 'json') console.log(JSON.stringify(toContract(plan), null, 2));
  else if (format === 'full') console.log(JSON.stringify(plan, null, 2));
  else console.log(summary(plan));
  return 0;
}

function summary(p: ParsedPlanFull): string {
  const t = cliText('vi');
  const deadline = p.reportDeadline ? `${p.reportDeadline.day}/${p.reportDeadline.month}${p.reportDeadline.recurring ? t.everyYear : ''}` : '—';
  const kinds = { plan: t.kindPlan, decision: t.kindDecision, report: t.kindReport, news: t.kindNews, other: t.kindOther };
  const lines = [
    t.planKind({ kind: kinds[p.kind] }),
    t.planHeader({ number: p.number ?? '—', date: p.date ? formatDate(p.date) : (p.dateYear ?? '—'), place: p.place ?? '—' }),
    t.planIssuer({ issuer: p.issuer ?? '—' }),
    t.planTitle({ title: p.title ?? '—' }),
    t.planProgramme({ programme: p.programme ?? '—' }) + (p.ocr ? t.ocr : ''),
    t.planBasis({ basis: p.basis.map((b) => `${b.number} (${b.date ? formatDate(b.date) : '?'}, ${b.issuer ?? '?'})`).join('; ') || '—' }),
    '',
    t.planTargets({ n: p.targets.length }),
    ...p.targets.map((x) => {
      const value = x.value ?? `${x.min}–${x.max}`;
      return `  ${x.year ?? '—'}  ${(x.indicator ?? t.noIndicator).padEnd(26)} ${value} ${x.unit}${x.implied ? t.implied : ''}`;
    }),
    ...(p.results.length > 0
      ? ['', t.planResults({ n: p.results.length }), ...p.results.map((r) => `  ${r.year ?? '—'}  ${r.value ?? `${r.min}–${r.max}`} ${r.unit}`)]
      : []),
    '',
    t.planTasks({ n: p.tasks.length, agencies: new Set(p.tasks.map((x) => x.agency)).size }),
    t.planDeadline({ deadline }),
    t.planReviews({ reviews: p.reviews.map((r) => `${r.type === 'preliminary' ? t.preliminary : t.final} ${r.year}`).join(', ') || '—' }),
    t.planDays({ days: p.days.join(', ') || '—' }),
    t.planBudget({ sources: p.budget.map((b) => b.source).join(', ') || '—' }),
    ...p.warnings.map((w) => t.planWarning({ warning: w })),
  ];
  return lines.join('\n');
}

/** `plan import <file> --unit <code>`: store the plan as a draft for review in the web UI. */
async function importPlan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { unit: { type: 'string' }, institution: { type: 'string' } } });
  const file = positionals[0];
  if (!file || (!values.unit && !values.institution)) throw new UserError(cliErrors.usage({ usage: USAGE }), 400);
  const { text, plan } = await parsePlanFile(file);
  return withPlatform(async ({ db }) => {
    const unit = values.unit ? await findUnit(db, values.unit) : undefined;
    if (values.unit && !unit) throw new UserError(networkErrors.unknownUnitCode({ unit: values.unit }), 404);
    const inst = values.institution ? await findInstitution(db, values.institution) : undefined;
    if (values.institution && !inst) throw new UserError(networkErrors.unknownInstitutionCode({ institution: values.institution }), 404);
    const id = await storeDraft(db, { unitId: unit?.id ?? null, institutionId: inst?.id ?? null, filename: basename(file), text, parsed: plan, userId: null });
    console.log(cliText('vi').draftStored({ id, targets: plan.targets.length, tasks: plan.tasks.length }));
    console.log(JSON.stringify({ id, status: 'draft', targets: plan.targets.length, tasks: plan.tasks.length }));
    return 0;
  });
}
