import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_ADMIN } from '../../core/auth/principal.ts';
import { UserError, type Problem } from '../../core/errors.ts';
import { networkErrors } from '../../network/messages.ts';
import { findUnit } from '../../network/units.ts';
import { exportValues } from '../../statistics/value-export.ts';
import { writeCsv, writeXlsx } from '../../statistics/value-files.ts';
import { importValues } from '../../statistics/value-import.ts';
import { withPlatform } from '../context.ts';
import { cliErrors, cliText } from '../messages.ts';

const USAGE = [
  'lifelong values export --unit <code> --year <yyyy> [--format csv|xlsx] [--out file]   (CSV to stdout without --out)',
  'lifelong values import <file> [--dry-run]   (CSV or XLSX; all or nothing)',
].join('\n');

/** A problem as statistics still writes it (Vietnamese text, no code) until it moves to its catalogue. */
type TextProblem = { readonly message: string; readonly row?: number; readonly field?: string };

/** `dòng 4, cột value: …` — the row and column a person sees in the spreadsheet. */
export function problemLine(p: Problem | TextProblem): string {
  const t = cliText('vi');
  const where = [p.row !== undefined ? t.row({ row: p.row }) : '', p.field ? t.column({ column: p.field }) : ''].filter(Boolean).join(', ');
  const text = 'said' in p ? p.said.vi : p.message;
  return where ? `${where}: ${text}` : text;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { unit: { type: 'string' }, year: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } } });
  if (!values.unit || !values.year) throw new UserError(cliErrors.needUnitYear(), 400);
  const year = Number(values.year);
  if (!/^\d{4}$/.test(values.year)) throw new UserError(cliErrors.yearFormat({ year: values.year }), 400);
  const format = values.format ?? (values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UserError(cliErrors.valuesFormat({ format }), 400);
  if (format === 'xlsx' && !values.out) throw new UserError(cliErrors.xlsxNeedsOut(), 400);
  return withPlatform(async ({ db }) => {
    const unit = await findUnit(db, values.unit!);
    if (!unit) throw new UserError(networkErrors.unknownUnitCode({ unit: values.unit! }), 404);
    const rows = await exportValues(db, unit.id, year);
    const body = format === 'xlsx' ? await writeXlsx(rows) : writeCsv(rows);
    if (values.out) {
      await writeFile(values.out, body);
      console.error(cliText('vi').exported({ n: rows.length, unit: unit.name, year, file: values.out }));
    } else process.stdout.write(body);
    return 0;
  });
}

async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UserError(cliErrors.oneFile({ usage: USAGE }), 400);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UserError(cliErrors.cannotRead({ file }), 404);
  }
  const dryRun = values['dry-run'] === true;
  return withPlatform(async ({ db }) => {
    // the CLI runs on the server as a local administrator
    const result = await importValues(db, LOCAL_ADMIN, { bytes, name: basename(file) }, { dryRun });
    // said in both languages, Vietnamese first, as the errors are
    const [vi, en] = [cliText('vi'), cliText('en')];
    if (result.problems.length > 0) {
      for (const p of result.problems) console.error(problemLine(p));
      const counts = { n: result.problems.length, rows: result.rows };
      console.error(`${vi.nothingSaved(counts)} / ${en.nothingSaved(counts)}`);
      return 1;
    }
    if (dryRun) console.log(`${vi.dryRun({ rows: result.rows })} / ${en.dryRun({ rows: result.rows })}`);
    else console.log(`${vi.wrote({ n: result.written })} / ${en.wrote({ n: result.written })}`);
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
    const [vi, en] = [cliText('vi'), cliText('en')];
    console.error(`${vi.error({ message: err.said.vi })}${err.said.en !== err.said.vi ? `\n${en.error({ message: err.said.en })}` : ''}`);
    for (const p of err.problems) if (p.said.vi !== err.said.vi) console.error(problemLine(p));
    return 1;
  }
  console.error(USAGE);
  return 2;
}
