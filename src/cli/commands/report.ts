import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { findUnit } from '../../network/units.ts';
import { asFormat, exportReport } from '../../reporting/exports.ts';
import { mailReminders } from '../../reporting/reminder-mail.ts';
import { openReport } from '../../reporting/reports.ts';
import { withPlatform } from '../context.ts';
import { todayLocal } from '../../core/time.ts';

/** `report build --unit C --year Y --format docx|xlsx|html --out F` · `report remind [--today YYYY-MM-DD]` */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { unit: { type: 'string' }, year: { type: 'string' }, format: { type: 'string', default: 'docx' }, out: { type: 'string' }, today: { type: 'string' } } });
  if (sub === 'remind') {
    return withPlatform(async ({ db }) => {
      const r = await mailReminders(db, values.today ?? todayLocal());
      console.log(`${r.due} reminders due, ${r.sent} e-mails sent${process.env.LIFELONG_SMTP_URL ? '' : ' (LIFELONG_SMTP_URL not set: nothing sent)'}.`);
      return 0;
    });
  }
  if (sub !== 'build') throw new UserError('Dùng: report build --unit <mã> --year <năm> --format docx|xlsx|html --out <tệp> · report remind', 400, [], 'Usage: report build --unit <code> --year <yyyy> --format docx|xlsx|html --out <file> · report remind');
  if (!values.unit || !values.year || !values.out) throw new UserError('Cần --unit <mã>, --year <năm> và --out <tệp>.', 400, [], 'Need --unit <code>, --year <yyyy> and --out <file>.');
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError(`Năm "${values.year}" không hợp lệ.`, 400, [{ field: 'year', message: values.year }], `Invalid year "${values.year}".`);
  const format = asFormat(values.format);
  return withPlatform(async ({ db }) => {
    const unit = await findUnit(db, values.unit!);
    if (!unit) throw new UserError(`Không có đơn vị mã "${values.unit}".`, 404, [], `Unknown unit "${values.unit}".`);
    const report = await openReport(db, unit, year, null);
    const file = await exportReport(db, report, format);
    writeFileSync(values.out!, file.bytes);
    console.log(`${values.out}: ${report.unit.name} ${year}, ${format}, ${file.bytes.length} bytes, report ${report.status}.`);
    return 0;
  });
}
