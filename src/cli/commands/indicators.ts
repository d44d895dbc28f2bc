import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { dashboardFor, toResult } from '../../indicators/evaluate.ts';
import { findUnit } from '../../network/units.ts';
import { networkErrors } from '../../network/messages.ts';
import { withPlatform } from '../context.ts';
import { cliErrors } from '../messages.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { unit: { type: 'string' }, year: { type: 'string' }, format: { type: 'string', default: 'json' } } });
  if (!values.unit || !values.year) throw new UserError(cliErrors.needUnitYear(), 400);
  const year = Number(values.year);
  if (!Number.isInteger(year)) throw new UserError(cliErrors.invalidYear({ year: values.year }));
  return withPlatform(async ({ db }) => {
    const unit = await findUnit(db, values.unit!);
    if (!unit) throw new UserError(networkErrors.unknownUnitCode({ unit: values.unit! }), 404);
    const rows = await dashboardFor(db, unit, year);
    if (values.format === 'json') console.log(JSON.stringify(rows.map(toResult), null, 2));
    else console.table(rows.map((r) => ({ indicator: r.indicator, value: r.value, target: r.target, light: r.light })));
    return 0;
  });
}
