import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { sayIn } from '../core/i18n/index.ts';
import { mayWriteFor } from '../network/access.ts';
import { nowLocal } from '../core/time.ts';
import { listEventDays } from './catalogue.ts';
import { when } from './components.tsx';
import { getEvent } from './events.ts';
import { eventsText, kindName, registrationStatusName } from './messages.ts';
import { tasksByIds } from './tasks.ts';
import { showCode } from './checkin.ts';
import { checkinBarcodeSvg } from './checkin-barcode.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/** `/su-kien/<id>`: an event's public page, with the signed-in person's registration and check-in code. */
export async function eventPage(c: AppContext, id: number) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const s = eventsText(ctx.lang);
  const e = await getEvent(db, id);
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
          {e.capacity === null ? `${e.registered} / ${s.unlimited}` : `${e.registered} / ${e.capacity}${e.waiting > 0 ? ` (+${e.waiting} ${s.waiting})` : ''}`}
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
}
