import { writeFileSync } from 'node:fs';
import { formatNumber } from '../../core/i18n/index.ts';
import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { findUnit } from '../../network/units.ts';
import { asFormat, exportReport } from '../../reporting/exports.ts';
import { mailReminders } from '../../reporting/reminder-mail.ts';
import { stateName } from '../../reporting/messages.ts';
import { openReport } from '../../reporting/reports.ts';
import { networkErrors } from '../../network/messages.ts';
import { withPlatform } from '../context.ts';
import { todayLocal } from '../../core/time.ts';
import { cliErrors, cliText } from '../messages.ts';

/** `report build --unit C --year Y --format docx|xlsx|html --out F` · `report remind [--today YYYY-MM-DD]` */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      unit: { type: 'string' },
      year: { type: 'string' },
      format: { type: 'string', default: 'docx' },
      out: { type: 'string' },
      today: { type: 'string' },
    },
  });
  if (sub === 'remind') {
    return withPlatform(async ({ db }) => {
      const r = await mailReminders(db, values.today ?? todayLocal());
      console.log(cliText('vi').remindersSent(r, Boolean(process.env.LIFELONG_SMTP_URL)));
      return 0;
    });
  }
  if (sub !== 'build') throw new UserError(cliErrors.reportUsage(), 400);
  if (!values.unit || !values.year || !values.out) throw new UserError(cliErrors.reportNeeds(), 400);
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError(cliErrors.invalidYear({ year: values.year }), 400);
  const format = asFormat(values.format);
  return withPlatform(async ({ db }) => {
    const unit = await findUnit(db, values.unit!);
    if (!unit) throw new UserError(networkErrors.unknownUnitCode({ unit: values.unit! }), 404);
    const report = await openReport(db, unit, year, null);
    const file = await exportReport(db, report, format);
    writeFileSync(values.out!, file.bytes);
    const bytes = formatNumber('vi', file.bytes.length, 0);
    console.log(cliText('vi').reportBuilt({ file: values.out!, unit: report.unit.name, year, format, bytes, status: stateName('vi', report.status) }));
    return 0;
  });
}
