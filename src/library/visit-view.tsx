import { formatDate, formatMonth, formatNumber } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { Csrf, ErrorSummary, FormField, type Refusal } from './form-bits.tsx';
import { deskText } from './desk-messages.ts';
import { visitTripText } from './visit-trip-messages.ts';
import type { Place } from './places.ts';
import { shiftMonth } from './day-typed.ts';
import type { VisitDay, VisitEntry, VisitSource } from './visits.ts';
import { StatusNote } from '../core/web/status-note.tsx';

export const visitsPath = (lib: Place, rest = '') => `/thu-vien/${encodeURIComponent(lib.code)}/luot${rest}`;

const sourceWord = (t: ReturnType<typeof visitTripText>, s: VisitSource) => t[`src_${s}`];
/** 'YYYY-MM' as mm/yyyy. */
const inline = 'display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.25rem 0';

/** One entry of a day: its count in a field to correct, and the way to remove it. */
function EntryRow(props: { ctx: PageContext; lib: Place; e: VisitEntry; r: Refusal | undefined }) {
  const { ctx, lib, e } = props;
  const t = visitTripText(ctx.lang);
  const form = `e${e.id}`;
  const id = `${form}-count`;
  const mine = props.r?.form === form ? props.r : undefined;
  const problem = mine?.fields.count;
  const words = { source: sourceWord(t, e.source), day: formatDate(e.day) };
  return (
    <li>
      <form method="post" action={visitsPath(lib, `/${e.id}`)} style={inline}>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="thang" value={e.day.slice(0, 7)} />
        <span style="display:flex;flex-direction:column">
          <label for={id}>{t.countOf(words)}</label>
          {problem ? (
            <span id={`${id}-err`} class="field-error">
              {problem}
            </span>
          ) : null}
          <input
            id={id}
            name="count"
            inputmode="numeric"
            value={mine ? (mine.typed.count ?? '') : String(e.count)}
            size={7}
            autocomplete="off"
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? `${id}-err` : undefined}
            autofocus={problem ? true : undefined}
          />
        </span>
        <button type="submit">{t.correct}</button>
        <a href={visitsPath(lib, `/${e.id}/xoa`)} aria-label={t.removeOf(words)}>
          {t.remove}
        </a>
      </form>
    </li>
  );
}

/** `/thu-vien/<code>/luot`: a day's visits recorded, a month's listed day by day, each entry corrected or removed. */
export function visitsView(p: { ctx: PageContext; lib: Place; month: string; days: VisitDay[]; today: string; notice: string | null; r?: Refusal }) {
  const { ctx, lib, r } = p;
  const t = visitTripText(ctx.lang);
  const lt = deskText(ctx.lang);
  const month = (m: string) => visitsPath(lib, `?thang=${m}`);
  const prev = shiftMonth(p.month, -1);
  const next = shiftMonth(p.month, 1);
  const total = p.days.reduce((s, d) => s + d.total, 0);
  return (
    <Layout ctx={ctx} title={`${t.visitsTitle} · ${lib.name}`}>
      <p>
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{lt.backToDesk}</a> ·{' '}
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}/luu-dong`}>{t.seeTrips}</a>
      </p>
      <h1>
        {t.visitsTitle} · {lib.name}
      </h1>
      <StatusNote said={p.notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      <section aria-labelledby="rec-h">
        <h2 id="rec-h">{t.recordVisitsH}</h2>
        <p class="muted">{t.oneFigureADay}</p>
        <form method="post" action={visitsPath(lib)}>
          <Csrf token={ctx.csrf} />
          <FormField form="vis" name="day" label={t.dayTyped} r={r} value={formatDate(p.today)} inputmode="numeric" required />
          <FormField form="vis" name="count" label={t.countFromCounter} r={r} inputmode="numeric" required />
          <button class="primary" type="submit">
            {lt.recordVisits}
          </button>
        </form>
      </section>
      <section aria-labelledby="month-h">
        <h2 id="month-h">{t.monthOf({ month: formatMonth(p.month) })}</h2>
        <p style="display:flex;flex-wrap:wrap;gap:1rem">
          <a href={month(prev)}>{t.previousMonth}</a>
          {p.month < p.today.slice(0, 7) ? <a href={month(next)}>{t.nextMonth}</a> : null}
        </p>
        {p.days.length === 0 ? <p>{t.noVisitsMonth}</p> : <p>{t.monthTotal({ n: formatNumber(ctx.lang, total, 0) })}</p>}
        {p.days.map((d) => (
          <section aria-labelledby={`d-${d.day}`} id={`ngay-${d.day}`}>
            <h3 id={`d-${d.day}`}>
              {formatDate(d.day)} — {t.dayTotal({ n: formatNumber(ctx.lang, d.total, 0) })}
            </h3>
            {d.entries.length ? (
              <ul style="list-style:none;padding:0">
                {d.entries.map((e) => (
                  <EntryRow ctx={ctx} lib={lib} e={e} r={r} />
                ))}
              </ul>
            ) : null}
            {d.atStops ? <p class="muted">{t.atStops({ n: formatNumber(ctx.lang, d.atStops, 0) })}</p> : null}
          </section>
        ))}
      </section>
    </Layout>
  );
}

/** Asked before an entry is removed (a page of its own: it works without JavaScript). */
export function removeVisitView(p: { ctx: PageContext; lib: Place; e: VisitEntry }) {
  const { ctx, lib, e } = p;
  const t = visitTripText(ctx.lang);
  const words = { count: formatNumber(ctx.lang, e.count, 0), source: sourceWord(t, e.source), day: formatDate(e.day) };
  return (
    <Layout ctx={ctx} title={`${t.removeTitle} · ${lib.name}`}>
      <h1>{t.removeTitle}</h1>
      <p>{t.removeQuestion(words)}</p>
      <form method="post" action={visitsPath(lib, `/${e.id}/xoa`)} style={inline}>
        <Csrf token={ctx.csrf} />
        <button class="primary" type="submit">
          {t.remove}
        </button>
        <a href={visitsPath(lib, `?thang=${e.day.slice(0, 7)}#ngay-${e.day}`)}>{t.keep}</a>
      </form>
    </Layout>
  );
}
