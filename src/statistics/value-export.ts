import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { formatNumber } from '../core/i18n/format.ts';
import { statisticsErrors as E } from './messages.ts';
import { MAX_ROWS, type ValueRow } from './value-files.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every stored value of the year whose unit for its period lies under the unit (through
 * parents and the successor links the aggregates follow), so the file holds exactly what the
 * unit's figures add up from. Sorted by institution, data element and period in code order,
 * the same on both engines (database collations differ, so the sort is done here).
 * More values than an import accepts (MAX_ROWS) is refused: the file could not come back.
 */
export async function exportValues(db: DB, unitId: number, year: number, limit = MAX_ROWS): Promise<ValueRow[]> {
  const base = db
    .selectFrom('data_values as d')
    .innerJoin('unit_closure as c', 'c.descendant_id', 'd.unit_id')
    .where('c.ancestor_id', '=', unitId)
    .where('d.year', '=', year);
  const { n } = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const count = Number(n);
  if (count > limit)
    throw new UserError(
      E.exportTooLarge({
        n: formatNumber('vi', count, 0),
        limit: formatNumber('vi', limit, 0),
        nEn: formatNumber('en', count, 0),
        limitEn: formatNumber('en', limit, 0),
      }),
      413,
    );
  const rows = await base
    .innerJoin('institutions as i', 'i.id', 'd.institution_id')
    .innerJoin('data_elements as e', 'e.id', 'd.element_id')
    .select(['i.code as institution', 'e.code as dataElement', 'd.period', 'd.value'])
    .execute();
  const out: ValueRow[] = rows.map((r) => ({ institution: r.institution, dataElement: r.dataElement, period: r.period, value: Number(r.value) }));
  return out.sort((a, b) => compare(a.institution, b.institution) || compare(a.dataElement, b.dataElement) || compare(a.period, b.period));
}
