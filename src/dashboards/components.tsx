import type { Messages } from '../core/i18n/index.ts';
import { formatNumber, type Lang } from '../core/i18n/index.ts';
import type { DashboardRow, Light } from '../indicators/evaluate.ts';
import type { Unit } from '../network/units.ts';
import { dashboardsText } from './messages.ts';

export function LightBadge(props: { light: Light; t: Messages }) {
  const { t } = props;
  const label = { met: t.met, near: t.near, behind: t.behind, 'no-data': t.noData, 'no-target': t.noTarget }[props.light];
  return <span class={`light ${props.light}`}>{label}</span>;
}

export function targetText(r: Pick<DashboardRow, 'targetInfo' | 'target'>, lang: Lang): string {
  const ti = r.targetInfo;
  if (!ti) return '—';
  if (ti.min !== null && ti.max !== null && ti.min !== ti.max) return `${formatNumber(lang, ti.min)}–${formatNumber(lang, ti.max)}`;
  return formatNumber(lang, r.target);
}

/**
 * All indicators of a unit for a year: value, target, gap and a status in words and colour. `gone`: what a growth says
 * instead of a number for a unit that did not last the year ("đã sáp nhập vào …"), never −100 %.
 */
export function IndicatorTable(props: { rows: DashboardRow[]; lang: Lang; t: Messages; caption: string; gone?: string | null }) {
  const { t, lang, gone } = props;
  return (
    // on a phone the table scrolls in its own box, never the page
    <div class="scroll" role="region" tabindex={0} aria-label={props.caption}>
      {/* on a phone each indicator is a card (its cells labelled), not a column of words two wide */}
      <table class="cards">
        <caption class="muted" style="text-align:left">
          {props.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col">{t.value}</th>
            <th scope="col">{t.target}</th>
            <th scope="col">{t.gap}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => {
            const instead = gone && r.comparesYears ? gone : null;
            return (
              <tr id={`ind-${r.indicator}`} data-indicator={r.indicator}>
                <th scope="row" style="font-weight:normal">
                  {r.name} <span class="muted">({r.unitLabel})</span>
                </th>
                {instead ? (
                  <td data-value="" class="gone" data-label={t.value}>
                    {instead}
                  </td>
                ) : (
                  <td class="num" data-value={r.value ?? ''} data-label={t.value}>
                    {formatNumber(lang, r.value)}
                  </td>
                )}
                <td class="num" data-label={t.target}>
                  {targetText(r, lang)}
                  {r.targetInfo ? (
                    <span class="muted">
                      {' '}
                      ({r.targetInfo.year}, {dashboardsText(lang).targetFrom({ plan: r.targetInfo.planName })}
                      {r.targetInfo.inherited ? `, ${t.inheritedTarget}` : ''})
                    </span>
                  ) : null}
                </td>
                <td class="num" data-label={t.gap}>
                  {!instead && r.gap !== null && r.gap > 0 ? formatNumber(lang, r.gap) : '—'}
                </td>
                <td data-label={t.status}>{instead ? '—' : <LightBadge light={r.light} t={t} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function Breadcrumbs(props: { path: Unit[]; year: number; label: string }) {
  return (
    <nav aria-label={props.label}>
      <ol class="crumbs">
        {props.path.map((u, i) =>
          i === props.path.length - 1 ? (
            <li aria-current="page">{u.name}</li>
          ) : (
            <li>
              <a href={`/don-vi/${encodeURIComponent(u.code)}?nam=${props.year}`}>{u.name}</a>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
