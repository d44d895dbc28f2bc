import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { formatDate, type Lang } from '../core/i18n/index.ts';
import { todayLocal } from '../core/time.ts';
import { endedBefore, predecessorsOf, successorsOf, type LineageLink } from '../network/lineage.ts';
import type { Unit } from '../network/units.ts';
import { dashboardsText } from './messages.ts';

/** The year to open a unit's dashboard at from another's: the year asked, unless the unit did not last it (its last full year) or began after it. */
function yearFor(unit: Unit, year: number): number {
  if (unit.validTo !== null && unit.validTo < `${year}-12-31`) {
    const last = Number(unit.validTo.slice(0, 4));
    return unit.validTo.endsWith('-12-31') ? last : last - 1;
  }
  if (unit.validFrom !== null && unit.validFrom > `${year}-12-31`) return Number(unit.validFrom.slice(0, 4));
  return year;
}

function Links(props: { links: LineageLink[]; year: number; lang: Lang }) {
  const part = dashboardsText(props.lang).part;
  return (
    <>
      {props.links.map((l, i) => (
        <>
          {i > 0 ? ', ' : ' '}
          <a href={`/don-vi/${encodeURIComponent(l.unit.code)}?nam=${yearFor(l.unit, props.year)}`}>{l.unit.fullName ?? l.unit.name}</a>
          {l.partial ? ` ${part}` : ''}
        </>
      ))}
    </>
  );
}

/**
 * A unit's place in the 2025 reform, under its title: an ended unit says when it ended and links the units it merged
 * into; a new one names the units it was formed from, and since when. The person whose account still belongs to the
 * ended unit is told the administrator moves it (`/quan-tri/ban-giao`), and where to go meanwhile.
 */
export async function Lineage(props: { db: DB; unit: Unit; year: number; principal: Principal | undefined; lang: Lang; today?: string }) {
  const { db, unit, year, lang } = props;
  const dt = dashboardsText(lang);
  const today = props.today ?? todayLocal();
  const ended = endedBefore(unit, today);
  const [after, before] = await Promise.all([ended ? successorsOf(db, unit.id) : [], predecessorsOf(db, unit.id)]);
  const mine = ended && props.principal?.unitId === unit.id;
  return (
    <>
      {ended ? (
        <div class="notice" data-lineage="ended">
          <p>
            {after.length > 0 ? (
              <>
                {dt.endedMergedInto({ date: formatDate(unit.validTo) })}
                <Links links={after} year={year} lang={lang} />.
              </>
            ) : (
              dt.endedNoSuccessor({ date: formatDate(unit.validTo) })
            )}
          </p>
          {mine ? <p data-your-unit="">{dt.yourUnitEnded({ date: formatDate(unit.validTo) })}</p> : null}
        </div>
      ) : unit.validTo ? (
        <p class="muted">{dt.existedUntil({ date: formatDate(unit.validTo) })}</p>
      ) : null}
      {before.length > 0 ? (
        <p data-lineage="formed">
          {unit.validFrom ? dt.formedFrom({ date: formatDate(unit.validFrom) }) : dt.formedFromUndated}
          <Links links={before} year={year} lang={lang} />.
        </p>
      ) : null}
    </>
  );
}
