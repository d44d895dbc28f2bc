import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_ADMIN } from '../../core/auth/principal.ts';
import { UserError, type LegacyProblem, type Problem } from '../../core/errors.ts';
import { findUnit } from '../../network/units.ts';
import { exportValues } from '../../statistics/value-export.ts';
import { writeCsv, writeXlsx } from '../../statistics/value-files.ts';
import { importValues } from '../../statistics/value-import.ts';
import { withPlatform } from '../context.ts';

const USAGE = [
  'lifelong values export --unit <code> --year <yyyy> [--format csv|xlsx] [--out file]   (CSV to stdout without --out)',
  'lifelong values import <file> [--dry-run]   (CSV or XLSX; all or nothing)',
].join('\n');

/** `dòng 4, cột value: …` — the row and column a person sees in the spreadsheet. */
export function problemLine(p: Problem | LegacyProblem): string {
  const where = [p.row !== undefined ? `dòng ${p.row}` : '', p.field ? `cột ${p.field}` : ''].filter(Boolean).join(', ');
  const text = 'said' in p ? p.said.vi : p.message;
  return where ? `${where}: ${text}` : text;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { unit: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  if (!values.unit || !values.year) throw new UserError('Cần --unit <mã> và --year <năm>.', 400, [], 'Need --unit <code> and --year <yyyy>.');
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year)) throw new UserError(`Năm "${values.year}" không hợp lệ: dùng YYYY.`, 400, [], `Year "${values.year}" must be YYYY.`);
  const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UserError(`Định dạng "${format}" không hỗ trợ: dùng csv hoặc xlsx.`, 400, [], `Format "${format}" is not supported: use csv or xlsx.`);
  if (format === 'xlsx' && !values.out) throw new UserError('Xuất XLSX cần --out <tệp>.', 400, [], 'XLSX export needs --out <file>.');
  return withPlatform(async ({ db }) => {
    const unit = await findUnit(db, values.unit!);
    if (!unit) throw new UserError(`Không có đơn vị mã "${values.unit}".`, 404, [], `Unknown unit "${values.unit}".`);
    const rows = await exportValues(db, unit.id, year);
    const body = format === 'xlsx' ? await writeXlsx(rows) : writeCsv(rows);
    if (values.out) {
      await writeFile(values.out, body);
      console.error(`Đã xuất ${rows.length} giá trị của ${unit.name} năm ${year} vào ${values.out}.`);
    } else process.stdout.write(body);
    return 0;
  });
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UserError(`Cần đúng một tệp.\n${USAGE}`, 400, [], 'Give exactly one file.');
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(`Không đọc được tệp "${file}".`, 404, [], `Cannot read "${file}".`);
  }
  const dryRun = values['dry-run'] === true;
  return withPlatform(async ({ db }) => {
    // the CLI runs on the server as a local administrator
    const result = await importValues(db, LOCAL_ADMIN, { bytes, name: basename(file) }, { dryRun });
    if (result.problems.length > 0) {
      for (const p of result.problems) console.error(problemLine(p));
      console.error(`Không lưu gì: ${result.problems.length} lỗi trong ${result.rows} dòng. / Nothing saved: ${result.problems.length} problem(s).`);
      return 1;
    }
    if (dryRun) console.log(`Kiểm tra xong: ${result.rows} dòng hợp lệ, chưa ghi gì (--dry-run). / Dry run: ${result.rows} valid rows, nothing written.`);
    else console.log(`Đã ghi ${result.written} giá trị. / Wrote ${result.written} values.`);
    return 0;
  });
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === 'export') return await exportCommand(rest);
    if (sub === 'import') return await importCommand(rest);
  } catch (err) {
    if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (!(err instanceof UserError)) throw err;
    console.error(`Lỗi: ${err.message}${err.messageEn ? `\nError: ${err.messageEn}` : ''}`);
    for (const p of err.problems) if (p.said.vi !== err.message) console.error(problemLine(p));
    return 1;
  }
  console.error(USAGE);
  return 2;
}
