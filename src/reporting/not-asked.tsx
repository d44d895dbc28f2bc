import type { DB } from '../core/db/database.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { predecessorsOf, successorsOf } from '../network/lineage.ts';
import type { Unit } from '../network/units.ts';
import { notAsked } from './expected.ts';
import { reportPath } from './labels.ts';
import { reportingText } from './messages.ts';

/**
 * Why a unit is not asked for a year's report (ended before the deadline, or formed after it), and whose reports
 * hold its figures instead: its successors' of that year, or the reports of the units it was formed from.
 */
export async function NotAskedNote(props: { db: DB; unit: Unit; year: number; deadline: string; lang: Lang }) {
  const { db, unit, year, deadline, lang } = props;
  const t = reportingText(lang);
  const ended = unit.validTo !== null && unit.validTo < deadline;
  const links = ended ? await successorsOf(db, unit.id) : await predecessorsOf(db, unit.id);
  return (
    <div class="notice" data-not-asked="">
      <p>{sayIn(lang, notAsked(unit, year, deadline).said)}</p>
      {links.length > 0 ? (
        <p>
          {ended ? t.successorReports({ year }) : t.predecessorReports({ year })}{' '}
          {links.map((l, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={reportPath(l.unit.code, year)}>{l.unit.fullName ?? l.unit.name}</a>
            </>
          ))}
        </p>
      ) : null}
    </div>
  );
}
