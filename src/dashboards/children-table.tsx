import { formatNumber, type Lang, type Messages } from '../core/i18n/index.ts';
import { levelName } from '../network/messages.ts';
import { LightBadge } from './components.tsx';
import { dashboardsText } from './messages.ts';
import type { ChildSort, LevelGroup } from './queries.ts';

interface Column {
  code: string;
  name: string;
}

/** A column heading that sorts the drill-down by itself (a link: works without JavaScript), saying how it is sorted now. */
function SortHeading(props: { label: string; by: string; sort: ChildSort; href: (by: string, desc: boolean) => string; lang: Lang }) {
  const dt = dashboardsText(props.lang);
  const active = props.sort.by === props.by;
  // numbers read best largest first; names A to Z
  const nextDesc = active ? !props.sort.desc : props.by !== 'name';
  return (
    <th scope="col" aria-sort={active ? (props.sort.desc ? 'descending' : 'ascending') : undefined}>
      <a href={props.href(props.by, nextDesc)} title={dt.sortBy({ column: props.label })}>
        {props.label}
      </a>
      {active ? <span class="muted"> ({props.sort.desc ? dt.sortedDesc : dt.sortedAsc})</span> : null}
    </th>
  );
}

/**
 * The units below, one table per level ("Cấp huyện (7)", "Cấp xã (12)"), each value with the status of its target in
 * colour and words; sortable by any column. `gone`: what a growth says for a unit that did not last the year;
 * `partial`: what it says in a year not over.
 */
export function ChildrenTables(props: {
  groups: LevelGroup[];
  columns: Column[];
  growth: Set<string>;
  gone: Map<number, string>;
  partial: string | null;
  sort: ChildSort;
  href: (by: string, desc: boolean) => string;
  unitHref: (code: string) => string;
  lang: Lang;
  t: Messages;
}) {
  const { t, lang } = props;
  const dt = dashboardsText(lang);
  return (
    <>
      <p class="muted">{dt.sortHint}</p>
      {props.groups.map((g) => {
        const caption = dt.levelGroup({ level: levelName(lang, g.level), n: g.rows.length });
        return (
          <div class="scroll" role="region" tabindex={0} aria-label={caption} data-level={g.level}>
            <table class="drill">
              <caption class="drill-caption">{caption}</caption>
              <thead>
                <tr>
                  <SortHeading label={t.unit} by="name" sort={props.sort} href={props.href} lang={lang} />
                  {props.columns.map((col) => (
                    <SortHeading label={col.name} by={col.code} sort={props.sort} href={props.href} lang={lang} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {g.rows.map((r) => (
                  <tr data-unit={r.unit.code}>
                    <th scope="row">
                      <a href={props.unitHref(r.unit.code)}>{r.unit.name}</a>
                    </th>
                    {props.columns.map((col) => {
                      const cell = r.cells.get(col.code)!;
                      const instead = props.growth.has(col.code) ? (props.gone.get(r.unit.id) ?? props.partial) : null;
                      if (instead) return <td class="gone">{instead}</td>;
                      return (
                        <td class="num" data-value={cell.value ?? ''}>
                          {formatNumber(lang, cell.value)}
                          {cell.target !== null ? (
                            <span class="below-line">
                              <LightBadge light={cell.light} t={t} />
                              <span class="vh"> {dt.targetOf({ value: formatNumber(lang, cell.target) })}</span>
                            </span>
                          ) : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
