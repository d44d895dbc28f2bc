import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { parseDate, sayIn } from '../core/i18n/index.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { dayProblem } from '../core/web/typed-days.ts';
import { resolvePlace } from '../network/place-finder.ts';
import { todayLocal } from '../core/time.ts';
import { EVENT_KINDS, listEventDays } from './catalogue.ts';
import { EventList } from './components.tsx';
import { listEvents } from './events.ts';
import { eventsErrors as E, eventsText, kindName } from './messages.ts';

/** `/su-kien`: the public list of events, filtered by day, kind, place (by name) and dates. */
export async function eventListPage(c: AppContext) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const s = eventsText(ctx.lang);
  const q = {
    day: c.req.query('ngay') ?? '',
    place: c.req.query('noi') ?? '',
    kind: c.req.query('loai') ?? '',
    from: c.req.query('tu') ?? todayLocal(),
    to: c.req.query('den') ?? '',
  };
  // the dates typed dd/mm/yyyy (or yyyy-mm-dd, as old links have them); a wrong one is shown beside its field, nothing listed
  const bad = { tu: dayProblem('tu', q.from), den: dayProblem('den', q.to) };
  const refused = bad.tu !== undefined || bad.den !== undefined;
  const from = parseDate(q.from) ?? undefined;
  const to = parseDate(q.to) ?? undefined;
  const DayField = (p: { id: 'tu' | 'den'; label: string; value: string }) => {
    const problem = bad[p.id];
    return (
      <>
        <label for={p.id}>{p.label}</label>
        <DateHint id={p.id} lang={ctx.lang} />
        {problem ? (
          <span class="field-error" id={`${p.id}-err`}>
            {sayIn(ctx.lang, problem.said)}
          </span>
        ) : null}
        <DateInput id={p.id} value={p.value} errorId={problem ? `${p.id}-err` : undefined} autofocus={problem !== undefined && (p.id === 'tu' || !bad.tu)} />
      </>
    );
  };
  // the place by name, with or without diacritics (or its code); several of one name are offered as links
  const choice = q.place ? await resolvePlace(db, q.place) : undefined;
  if (choice && 'none' in choice) throw new UserError(E.noPlaceNamed({ text: q.place }), 404, [{ field: 'noi', said: E.notFoundHere() }]);
  const several = choice && 'several' in choice ? choice.several : [];
  const one = choice && 'one' in choice ? choice.one : undefined;
  const unit = one ? await db.selectFrom('units').select('id').where('code', '=', one.code).executeTakeFirst() : undefined;
  const days = await listEventDays(db);
  const events =
    several.length > 0 || refused
      ? []
      : await listEvents(db, {
          unitId: unit?.id,
          day: q.day || undefined,
          kind: q.kind || undefined,
          from,
          to,
          limit: 100,
        });
  const dayNames = new Map(days.map((d) => [d.code, sayIn(ctx.lang, { vi: d.name_vi, en: d.name_en })]));
  return c.html(
    <Layout ctx={ctx} title={s.events}>
      <h1>{s.events}</h1>
      <form method="get" action="/su-kien" class="filters">
        <label for="ngay">{s.day}</label>
        <select id="ngay" name="ngay">
          <option value="">{s.allDays}</option>
          {days.map((d) => (
            <option value={d.code} selected={d.code === q.day}>{`${d.code === 'tuan-le-hoc-tap' ? '1–7/10' : d.code} ${dayNames.get(d.code) ?? ''}`}</option>
          ))}
        </select>
        <label for="loai">{ctx.t.kind}</label>
        <select id="loai" name="loai">
          <option value="">{s.allKinds}</option>
          {EVENT_KINDS.map((k) => (
            <option value={k.code} selected={k.code === q.kind}>
              {kindName(k.code, ctx.lang)}
            </option>
          ))}
        </select>
        <label for="noi">{s.place}</label>
        <input id="noi" name="noi" value={one ? one.fullName : q.place} autocomplete="address-level3" />
        <DayField id="tu" label={s.from} value={from ?? q.from} />
        <DayField id="den" label={s.to} value={to ?? q.to} />
        <button type="submit">{s.filter}</button>
      </form>
      {refused ? null : several.length > 0 ? (
        <section aria-labelledby="choose-h">
          <h2 id="choose-h">{s.choosePlace({ text: q.place })}</h2>
          <ul class="places">
            {several.map((u) => (
              <li>
                <a href={`/su-kien?noi=${encodeURIComponent(u.code)}`}>{u.fullName}</a>
                {u.parentName ? <small> ({s.within({ parent: u.parentName })})</small> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p>
            <a href={`/api/v1/events.ics${one ? `?unit=${encodeURIComponent(one.code)}` : ''}`}>{s.calendar}</a>
          </p>
          <EventList events={events} lang={ctx.lang} dayNames={dayNames} level={2} />
        </>
      )}
    </Layout>,
    refused ? 422 : 200,
  );
}
