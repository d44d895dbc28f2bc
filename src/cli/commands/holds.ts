import { parseArgs } from 'node:util';
import { UserError } from '../../core/errors.ts';
import { formatDate } from '../../core/i18n/index.ts';
import { expireLapsedHolds } from '../../library/hold-expiry.ts';
import { holdExpiryText, holdText } from '../../library/hold-messages.ts';
import { withPlatform } from '../context.ts';
import { cliErrors } from '../messages.ts';

const USAGE = 'lifelong holds expire [--library <mã>] [--dry-run] [--today YYYY-MM-DD]';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `holds expire [--library C] [--dry-run] [--today D]`: the holds nobody collected in their pickup period expire
 * (the server runs the same every night; this is for cron without the server, a catch-up, or a look first with
 * --dry-run). One line per hold, then the count; exit 0 whether or not there were any.
 */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'expire') throw new UserError(cliErrors.usage({ usage: USAGE }), 400);
  const { values } = parseArgs({
    args: rest,
    options: { library: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, today: { type: 'string' } },
  });
  if (values.today !== undefined && (!DAY.test(values.today) || Number.isNaN(Date.parse(values.today))))
    throw new UserError(cliErrors.usage({ usage: USAGE }), 400);
  return withPlatform(async ({ db }) => {
    const r = await expireLapsedHolds(db, { libraryCode: values.library, today: values.today, dryRun: values['dry-run'] });
    const t = holdText('vi');
    const e = holdExpiryText('vi');
    for (const x of r.expired) {
      const what = x.next
        ? t.expiredToNext({ title: x.title, barcode: x.barcode, reader: x.next, until: formatDate(x.nextUntil) })
        : t.expiredToShelf({ title: x.title, barcode: x.barcode });
      console.log(e.expiryLine({ library: `${x.library.code} ${x.library.name}`, what }));
    }
    const words = { n: r.expired.length, date: formatDate(r.today) };
    console.log(r.dryRun ? e.expiryTotalDry(words) : e.expiryTotal(words));
    if (r.gone > 0) console.log(e.expiryGone({ n: r.gone }));
    return 0;
  });
}
