import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { storeDraft } from '../../plans/drafts.ts';
import { findUnit } from '../../network/units.ts';
import { findInstitution } from '../../network/institutions.ts';
import { withPlatform } from '../context.ts';
import { UserError } from '../../core/errors.ts';
import { toContract } from '../../plans/parse/index.ts';
import { parsePlanFile } from '../../plans/parse/read-file.ts';
import type { ParsedPlanFull } from '../../plans/parse/types.ts';

const USAGE = 'lifelong plan parse <file> [--format json|full|text] | plan import <file> --unit <code> [--institution <code>]';

/** `plan parse <file>`: read a plan (.txt, .docx, .pdf) and print what was extracted. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importPlan(rest);
  if (sub !== 'parse') throw new UserError(`Lệnh con không hợp lệ. Dùng: ${USAGE}`, 400, [], `Unknown subcommand. Usage: ${USAGE}`);
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
  const file = positionals[0];
  if (!file) throw new UserError(`Thiếu tên tệp. Dùng: ${USAGE}`, 400, [], `Missing file. Usage: ${USAGE}`);
  const format = values.format;
  if (format !== 'json' && format !== 'full' && format !== 'text') throw new UserError(`--format phải là json, full hoặc text.`, 400, [], '--format must be json, full or text.');
  const { plan } = await parsePlanFile(file);
  if (format === 'json') console.log(JSON.stringify(toContract(plan), null, 2));
  else if (format === 'full') console.log(JSON.stringify(plan, null, 2));
  else console.log(summary(plan));
  return 0;
}

function summary(p: ParsedPlanFull): string {
  const lines = [
    `Số: ${p.number ?? '—'}   Ngày: ${p.date ?? p.dateYear ?? '—'}   Nơi ban hành: ${p.place ?? '—'}`,
    `Cơ quan ban hành: ${p.issuer ?? '—'}`,
    `Tiêu đề: ${p.title ?? '—'}`,
    `Chương trình: ${p.programme ?? '—'}${p.ocr ? '   (bản quét OCR, đã đọc theo dạng chịu lỗi)' : ''}`,
    `Căn cứ: ${p.basis.map((b) => `${b.number} (${b.date ?? '?'}, ${b.issuer ?? '?'})`).join('; ') || '—'}`,
    '',
    `Chỉ tiêu (${p.targets.length}):`,
    ...p.targets.map((t) => `  ${t.year ?? '—'}  ${(t.indicator ?? '(chưa gán chỉ số)').padEnd(26)} ${t.value ?? `${t.min}–${t.max}`} ${t.unit}${t.implied ? '  (ngầm định)' : ''}`),
    '',
    `Nhiệm vụ (${p.tasks.length}) theo ${new Set(p.tasks.map((t) => t.agency)).size} cơ quan`,
    `Hạn báo cáo: ${p.reportDeadline ? `${p.reportDeadline.day}/${p.reportDeadline.month}${p.reportDeadline.recurring ? ' hằng năm' : ''}` : '—'}`,
    `Sơ kết/tổng kết: ${p.reviews.map((r) => `${r.type === 'preliminary' ? 'sơ kết' : 'tổng kết'} ${r.year}`).join(', ') || '—'}`,
    `Ngày kỷ niệm: ${p.days.join(', ') || '—'}`,
    `Nguồn kinh phí: ${p.budget.map((b) => b.source).join(', ') || '—'}`,
    ...p.warnings.map((w) => `Lưu ý: ${w}`),
  ];
  return lines.join('\n');
}

/** `plan import <file> --unit <code>`: store the plan as a draft for review in the web UI. */
async function importPlan(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { unit: { type: 'string' }, institution: { type: 'string' } } });
  const file = positionals[0];
  if (!file || (!values.unit && !values.institution)) throw new UserError(`Dùng: ${USAGE}`, 400, [], `Usage: ${USAGE}`);
  const { text, plan } = await parsePlanFile(file);
  return withPlatform(async ({ db }) => {
    const unit = values.unit ? await findUnit(db, values.unit) : undefined;
    if (values.unit && !unit) throw new UserError(`Không có đơn vị mã "${values.unit}".`, 404, [], `Unknown unit "${values.unit}".`);
    const inst = values.institution ? await findInstitution(db, values.institution) : undefined;
    if (values.institution && !inst) throw new UserError(`Không có cơ sở mã "${values.institution}".`, 404, [], `Unknown institution "${values.institution}".`);
    const id = await storeDraft(db, { unitId: unit?.id ?? null, institutionId: inst?.id ?? null, filename: basename(file), text, parsed: plan, userId: null });
    console.log(`Đã lưu bản nháp kế hoạch #${id}: ${plan.targets.length} chỉ tiêu, ${plan.tasks.length} nhiệm vụ. Duyệt tại /ke-hoach/${id}/duyet`);
    console.log(JSON.stringify({ id, status: 'draft', targets: plan.targets.length, tasks: plan.tasks.length }));
    return 0;
  });
}
