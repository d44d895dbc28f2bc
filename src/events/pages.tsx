import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitutionAnyCase } from '../network/institutions.ts';
import { organiserInstitutions, PICKER_LIMIT } from './organisers.ts';
import { resolvePlace } from '../network/place-finder.ts';
import { EVENT_KINDS, listEventDays } from './catalogue.ts';
import { nowLocal, todayLocal } from '../core/time.ts';
import { EventList, when } from './components.tsx';
import { createEvent, getEvent, listEvents } from './events.ts';
import { cancelEvent } from './cancel.ts';
import { cancelRegistration, recordAttendance, register, registrationsOf } from './registration.ts';
import { eventsErrors as E, eventsText, kindName, registrationStatusName, statusName } from './messages.ts';
import { tasksByIds, tasksFor } from './tasks.ts';
import { showCode } from './checkin.ts';
import { checkinBarcodeSvg } from './checkin-barcode.ts';
import { StatusNote } from '../core/web/status-note.tsx';

const eventId = (raw: string) => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UserError(E.invalidId(), 404);
  return id;
};
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Public list and page of events; registration for citizens; publishing and attendance for organisers. */
export const eventPages = new Hono<AppEnv>()
  .get('/su-kien', async (c) => {
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
    // the place by name, with or without diacritics (or its code); several of one name are offered as links
    const choice = q.place ? await resolvePlace(db, q.place) : undefined;
    if (choice && 'none' in choice) throw new UserError(E.noPlaceNamed({ text: q.place }), 404, [{ field: 'noi', said: E.notFoundHere() }]);
    const several = choice && 'several' in choice ? choice.several : [];
    const one = choice && 'one' in choice ? choice.one : undefined;
    const unit = one ? await db.selectFrom('units').select('id').where('code', '=', one.code).executeTakeFirst() : undefined;
    const days = await listEventDays(db);
    const events =
      several.length > 0
        ? []
        : await listEvents(db, {
            unitId: unit?.id,
            day: q.day || undefined,
            kind: q.kind || undefined,
            from: q.from || undefined,
            to: q.to || undefined,
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
          <label for="tu">{s.from}</label>
          <input id="tu" name="tu" type="date" value={q.from} />
          <label for="den">{s.to}</label>
          <input id="den" name="den" type="date" value={q.to} />
          <button type="submit">{s.filter}</button>
        </form>
        {several.length > 0 ? (
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
    );
  })
  .get('/su-kien/:id', async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const s = eventsText(ctx.lang);
    const e = await getEvent(db, eventId(c.req.param('id')));
    const p = c.var.principal;
    const mine = p?.userId
      ? await db
          .selectFrom('event_registrations')
          .select(['status', 'attended', 'checkin_code'])
          .where('event_id', '=', e.id)
          .where('user_id', '=', p.userId)
          .executeTakeFirst()
      : undefined;
    const canManage = await mayWriteFor(db, p, e.institutionId);
    const days = await listEventDays(db);
    const tasks = await tasksByIds(db, e.taskIds);
    const ok = c.req.query('ok');
    const message =
      ok === 'registered'
        ? s.registered
        : ok === 'waiting'
          ? s.onWaitingList
          : ok === 'cancelled'
            ? s.cancelled
            : ok === 'saved'
              ? ctx.t.saved
              : ok === 'event-cancelled'
                ? s.eventCancelledOk
                : null;
    const active = mine && mine.status !== 'cancelled';
    // registration closes when the event begins (registration.ts refuses it then): no button after
    const open = e.status === 'published' && e.startsAt > nowLocal();
    return c.html(
      <Layout ctx={ctx} title={e.title}>
        <h1>{e.title}</h1>
        <StatusNote said={message} />
        {e.status === 'cancelled' ? (
          <p class="error" data-cancelled>
            {s.eventCancelled}
            {e.cancelNote ? `: ${e.cancelNote}` : ''}
          </p>
        ) : null}
        <dl>
          <dt>{ctx.t.kind}</dt>
          <dd>{kindName(e.kind, ctx.lang)}</dd>
          <dt>{s.when}</dt>
          <dd>
            <time datetime={e.startsAt}>{when(e.startsAt)}</time> – <time datetime={e.endsAt}>{when(e.endsAt)}</time>
          </dd>
          <dt>{s.where}</dt>
          <dd>{e.place}</dd>
          <dt>{s.organiser}</dt>
          <dd>{e.institution}</dd>
          {e.days.length > 0 ? (
            <>
              <dt>{s.day}</dt>
              <dd>
                {e.days
                  .map((d) => days.find((x) => x.code === d))
                  .map((d) => (d ? sayIn(ctx.lang, { vi: d.name_vi, en: d.name_en }) : ''))
                  .join(', ')}
              </dd>
            </>
          ) : null}
          {tasks.length > 0 ? (
            <>
              <dt>{s.tasks}</dt>
              <dd>
                <ul>
                  {tasks.map((t) => (
                    <li>
                      {t.text} ({t.number ?? t.title})
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{s.places}</dt>
          <dd>
            {e.capacity === null
              ? `${e.registered} / ${s.unlimited}`
              : `${e.registered} / ${e.capacity}${e.waiting > 0 ? ` (+${e.waiting} ${s.waiting})` : ''}`}
          </dd>
          {active ? (
            <>
              <dt>{s.yourStatus}</dt>
              <dd data-registration={mine.status}>{registrationStatusName(ctx.lang, mine.attended ? 'attended' : mine.status)}</dd>
            </>
          ) : null}
        </dl>
        {active && mine.status === 'registered' && mine.checkin_code && e.status !== 'cancelled' ? (
          <section class="entry-code" aria-labelledby="code-h">
            <style
              dangerouslySetInnerHTML={{
                __html:
                  '.entry-code .code{font:bold 1.6rem/1.3 monospace;letter-spacing:.08em}.entry-code .barcode svg{max-width:100%;height:auto;width:20rem;background:#fff}',
              }}
            />
            <h2 id="code-h">{s.yourCode}</h2>
            <p class="code" data-checkin-code>
              {showCode(mine.checkin_code)}
            </p>
            <div
              class="barcode"
              role="img"
              aria-label={s.barcodeOf({ code: showCode(mine.checkin_code) })}
              dangerouslySetInnerHTML={{ __html: checkinBarcodeSvg(mine.checkin_code) }}
            />
            <p>{s.yourCodeHint}</p>
          </section>
        ) : null}
        {e.description ? <p class="description">{e.description}</p> : null}
        {e.status === 'published' && !open ? <p data-closed>{s.registrationClosed}</p> : null}
        {open ? (
          p ? (
            <form method="post" action={`/su-kien/${e.id}/${active ? 'huy' : 'dang-ky'}`}>
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <button type="submit" class={active ? '' : 'primary'}>
                {active ? s.cancel : s.register}
              </button>
            </form>
          ) : (
            <p>
              <a href={`/dang-nhap?next=/su-kien/${e.id}`}>{s.loginToRegister}</a> · <a href="/dang-ky">{s.createAccount}</a>
            </p>
          )
        ) : null}
        {canManage ? (
          <p>
            <a href={`/su-kien/${e.id}/quan-ly`}>{s.attendance}</a>
          </p>
        ) : null}
      </Layout>,
    );
  })
  .post('/su-kien/:id/dang-ky', requireLogin(), async (c) => {
    const id = eventId(c.req.param('id'));
    const outcome = await register(c.var.store.db, id, c.var.principal.userId ?? 0);
    return c.redirect(`/su-kien/${id}?ok=${outcome}`, 303);
  })
  .post('/su-kien/:id/huy', requireLogin(), async (c) => {
    const id = eventId(c.req.param('id'));
    await cancelRegistration(c.var.store.db, id, c.var.principal.userId ?? 0);
    return c.redirect(`/su-kien/${id}?ok=cancelled`, 303);
  })
  .get('/su-kien/:id/quan-ly', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const s = eventsText(ctx.lang);
    const e = await getEvent(db, eventId(c.req.param('id')));
    if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
    const regs = await registrationsOf(db, e.id);
    return c.html(
      <Layout ctx={ctx} title={`${s.attendance}: ${e.title}`}>
        <h1>
          {s.attendance}: {e.title}
        </h1>
        <p>
          <time datetime={e.startsAt}>{when(e.startsAt)}</time> · {e.place} · {s.status}: {statusName(ctx.lang, e.status)}
        </p>
        {e.status !== 'cancelled' ? (
          <p>
            <a href={`/su-kien/${e.id}/diem-danh`}>{s.checkIn}</a>
          </p>
        ) : null}
        <form method="post" action={`/su-kien/${e.id}/tham-gia`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <table>
            <caption>{s.participants}</caption>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{s.status}</th>
                <th scope="col">{s.attendedQ}</th>
              </tr>
            </thead>
            <tbody>
              {regs.map((r) => (
                <tr>
                  <th scope="row">{r.name}</th>
                  <td>{registrationStatusName(ctx.lang, r.attended === 1 ? 'attended' : r.status)}</td>
                  <td>
                    <input
                      type="checkbox"
                      name="attended"
                      value={String(r.id)}
                      id={`att-${r.id}`}
                      checked={r.attended === 1}
                      aria-label={`${s.attendedQ}: ${r.name}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <label for="walkIns">{s.walkIns}</label>
          <input id="walkIns" name="walkIns" type="number" min="0" value="0" />
          <p>
            <button class="primary" type="submit">
              {s.saveAttendance}
            </button>
          </p>
        </form>
        {e.status !== 'cancelled' ? (
          <form method="post" action={`/su-kien/${e.id}/huy-su-kien`} aria-labelledby="cancel-h">
            <h2 id="cancel-h">{s.cancelEvent}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <label for="note">{s.cancelNote}</label>
            <textarea id="note" name="note" required maxlength={1000}></textarea>
            <p>
              <button type="submit">{s.cancelEvent}</button>
            </p>
          </form>
        ) : (
          <p class="error">
            {s.eventCancelled}
            {e.cancelNote ? `: ${e.cancelNote}` : ''}
          </p>
        )}
      </Layout>,
    );
  })
  .post('/su-kien/:id/huy-su-kien', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const e = await getEvent(db, eventId(c.req.param('id')));
    if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
    const body = await c.req.parseBody();
    await cancelEvent(db, e.id, { note: str(body.note) }, c.var.principal.userId);
    return c.redirect(`/su-kien/${e.id}?ok=event-cancelled`, 303);
  })
  .post('/su-kien/:id/tham-gia', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const e = await getEvent(db, eventId(c.req.param('id')));
    if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
    const body = await c.req.parseBody({ all: true });
    const att = body.attended;
    const attended = (Array.isArray(att) ? att : att === undefined ? [] : [att]).map((v) => Number(v));
    await recordAttendance(db, e.id, { attended, walkIns: Number(str(body.walkIns) || '0') }, c.var.principal.userId);
    return c.redirect(`/su-kien/${e.id}?ok=saved`, 303);
  })
  .get('/quan-ly/su-kien/moi', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const s = eventsText(ctx.lang);
    const days = await listEventDays(c.var.store.db);
    const mine = await organiserInstitutions(c.var.store.db, c.var.principal);
    const asked = c.req.query('co-so') ?? (mine.length === 1 ? mine[0]!.code : '');
    const found = asked ? await findInstitutionAnyCase(c.var.store.db, asked) : undefined;
    const inst = found?.code ?? asked;
    const tasks = found ? await tasksFor(c.var.store.db, found.id) : [];
    const picker = mine.length > 0 && mine.length <= PICKER_LIMIT;
    return c.html(
      <Layout ctx={ctx} title={s.newEvent}>
        <h1>{s.newEvent}</h1>
        <form method="post" action="/quan-ly/su-kien">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          {picker ? (
            <>
              <label for="institution">{s.institution}</label>
              <select id="institution" name="institution" required>
                {mine.length > 1 ? <option value="">{s.chooseInstitution}</option> : null}
                {mine.map((i) => (
                  <option value={i.code} selected={i.code === inst}>{`${i.name} — ${i.unitName}`}</option>
                ))}
              </select>
            </>
          ) : (
            <>
              <label for="institution">{s.institutionCode}</label>
              <input id="institution" name="institution" required value={inst} />
            </>
          )}
          <label for="kind">{ctx.t.kind}</label>
          <select id="kind" name="kind">
            {EVENT_KINDS.map((k) => (
              <option value={k.code}>{kindName(k.code, ctx.lang)}</option>
            ))}
          </select>
          <label for="title">{s.title}</label>
          <input id="title" name="title" required maxlength={300} />
          <label for="description">{s.description}</label>
          <textarea id="description" name="description" rows={4}></textarea>
          <label for="place">{s.where}</label>
          <input id="place" name="place" required />
          <label for="startsAt">{s.starts}</label>
          <input id="startsAt" name="startsAt" type="datetime-local" required />
          <label for="endsAt">{s.ends}</label>
          <input id="endsAt" name="endsAt" type="datetime-local" required />
          <label for="capacity">{s.capacity}</label>
          <input id="capacity" name="capacity" type="number" min="1" />
          <fieldset>
            <legend>{s.day}</legend>
            {days.map((d) => (
              <label>
                <input type="checkbox" name="days" value={d.code} /> {sayIn(ctx.lang, { vi: d.name_vi, en: d.name_en })}
              </label>
            ))}
          </fieldset>
          {tasks.length > 0 ? (
            <fieldset>
              <legend>{s.tasks}</legend>
              {tasks.map((t) => (
                <label>
                  <input type="checkbox" name="tasks" value={String(t.id)} /> {t.text} <small>({t.number ?? t.title})</small>
                </label>
              ))}
            </fieldset>
          ) : null}
          <p>
            <button class="primary" type="submit">
              {s.publish}
            </button>
          </p>
        </form>
      </Layout>,
    );
  })
  .post('/quan-ly/su-kien', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const body = await c.req.parseBody({ all: true });
    const typed = str(body.institution).trim();
    if (!typed) throw new UserError(E.chooseInstitution(), 422, [{ field: 'institution', said: E.chooseInstitution() }]);
    const inst = await findInstitutionAnyCase(db, typed);
    if (!inst) throw new UserError(E.unknownInstitution(), 422, [{ field: 'institution', said: E.notFoundHere() }]);
    if (!(await mayWriteFor(db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const list = (v: unknown) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String));
    const days = list(body.days);
    const taskIds = list(body.tasks).map(Number);
    const id = await createEvent(
      db,
      {
        institutionId: inst.id,
        kind: str(body.kind),
        title: str(body.title),
        description: str(body.description),
        place: str(body.place),
        startsAt: str(body.startsAt).slice(0, 16),
        endsAt: str(body.endsAt).slice(0, 16),
        capacity: str(body.capacity) ? Number(body.capacity) : null,
        days,
        taskIds,
      },
      c.var.principal.userId,
    );
    return c.redirect(`/su-kien/${id}?ok=saved`, 303);
  });
