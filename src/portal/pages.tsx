import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { safeNext } from '../core/web/next.ts';
import { notFound, UserError } from '../core/errors.ts';
import { messages, sayIn, type Lang } from '../core/i18n/index.ts';
import { findUnit } from '../network/units.ts';
import { SESSION_HOURS, startSession } from '../accounts/sessions.ts';
import { clientAddress, cookieOptions } from '../core/web/client.ts';
import { SESSION_COOKIE } from '../accounts/middleware.ts';
import { listEventDays } from '../events/catalogue.ts';
import { EventList } from '../events/components.tsx';
import { eventsText } from '../events/messages.ts';
import { signUpCitizen } from './citizens.ts';
import { portalHome } from './home.ts';
import { SearchBox } from './search-page.tsx';
import { portalErrors, portalText } from './messages.ts';
import { findPlaces, type FoundPlace } from '../network/place-finder.ts';
import { MAX_LENGTH, MIN_LENGTH } from '../accounts/password-policy.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The citizens' portal: a place's home, self-registration. (`/` stays the dashboard.) */
export const portalPages = new Hono<AppEnv>()
  .get('/noi/:code', async (c) => {
    const ctx = pageContext(c);
    const t = portalText(ctx.lang);
    const { db } = c.var.store;
    const unit = await findUnit(db, c.req.param('code'));
    if (!unit) throw notFound('đơn vị', 'Place');
    const [home, days, children] = await Promise.all([
      portalHome(db, unit.id),
      listEventDays(db),
      db.selectFrom('units').select(['code', 'name']).where('parent_id', '=', unit.id).where('valid_to', 'is', null).orderBy('name').limit(200).execute(),
    ]);
    const dayNames = new Map(days.map((d) => [d.code, sayIn(ctx.lang, { vi: d.name_vi, en: d.name_en })]));
    const s = eventsText(ctx.lang);
    const code = encodeURIComponent(unit.code);
    return c.html(
      <Layout ctx={ctx} title={unit.name}>
        <h1>{unit.fullName ?? unit.name}</h1>
        <p>
          <a href="/cong-dan?chon=1">{t.changePlace}</a>
        </p>
        <SearchBox q="" place="" lang={ctx.lang} />
        <section aria-labelledby="week-h">
          <h2 id="week-h">{home.week.length > 0 ? t.thisWeek : t.comingUp}</h2>
          <EventList events={home.week.length > 0 ? home.week : home.next} lang={ctx.lang} dayNames={dayNames} />
          <p>
            <a href={`/su-kien?noi=${code}`}>{t.allEvents}</a> · <a href={`/api/v1/events.ics?unit=${code}`}>{s.calendar}</a>
          </p>
        </section>
        {home.exhibitions.length > 0 ? (
          <section aria-labelledby="exh-h">
            <h2 id="exh-h">{t.exhibitions}</h2>
            <ul>
              {home.exhibitions.map((x) => (
                <li>
                  <a href={`/trien-lam/${x.id}`}>{x.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="inst-h">
          <h2 id="inst-h">{t.nearYou}</h2>
          <ul class="places">
            {home.institutions.map((i) => (
              <li>
                {i.kind.startsWith('museum') ? (
                  <a href={`/bao-tang/${encodeURIComponent(i.code)}`}>{i.name}</a>
                ) : (
                  <a href={`/tim-kiem?noi=${code}&q=${encodeURIComponent(i.name)}`}>{i.name}</a>
                )}{' '}
                <small>({sayIn(ctx.lang, { vi: i.name_vi, en: i.name_en })})</small>
                {i.address ? (
                  <>
                    <br />
                    {t.address}: {i.address}
                  </>
                ) : null}
                {i.opening_hours ? (
                  <>
                    <br />
                    {t.openingHours}: {i.opening_hours}
                  </>
                ) : null}
                {i.latitude !== null && i.longitude !== null ? (
                  <>
                    <br />
                    <a
                      href={`https://www.openstreetmap.org/?mlat=${i.latitude}&mlon=${i.longitude}#map=17/${i.latitude}/${i.longitude}`}
                      aria-label={t.directions({ name: i.name })}
                    >
                      {t.onTheMap}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        {home.clubs.length > 0 ? (
          <section aria-labelledby="clubs-h">
            <h2 id="clubs-h">{t.clubsHere}</h2>
            <ul class="places">
              {home.clubs.map((k) => (
                <li>
                  <a href={`/cau-lac-bo/${k.id}`}>{k.name}</a> <small>({k.institution})</small>
                  <br />
                  {k.schedule}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {children.length > 0 ? (
          <nav aria-labelledby="places-h">
            <h2 id="places-h">{t.choosePlace}</h2>
            <ul class="inline">
              {children.map((u) => (
                <li>
                  <a href={`/noi/${encodeURIComponent(u.code)}`}>{u.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <p>
          <a href={`/cam-on/${code}`}>{t.sponsors}</a>
          {ctx.principal ? (
            <>
              {' '}
              · <a href="/ho-so-hoc-tap">{t.myRecord}</a>
            </>
          ) : (
            <>
              {' '}
              · <a href="/dang-ky">{t.createCitizenAccount}</a>
            </>
          )}
        </p>
      </Layout>,
    );
  })
  .get('/dang-ky', (c) => {
    const ctx = pageContext(c);
    const t = portalText(ctx.lang);
    return c.html(
      <Layout ctx={ctx} title={t.createAccountTitle}>
        <SignUpForm lang={ctx.lang} csrf={ctx.csrf} next={safeNext(c.req.query('next'), '')} />
      </Layout>,
    );
  })
  .post('/dang-ky', async (c) => {
    const ctx = pageContext(c);
    const t = portalText(ctx.lang);
    const b = await c.req.parseBody();
    try {
      const id = await signUpCitizen(
        c.var.store.db,
        {
          username: str(b.username),
          displayName: str(b.displayName),
          password: str(b.password),
          place: str(b.place) || undefined,
        },
        clientAddress(c),
      );
      const session = await startSession(c.var.store.db, id);
      setCookie(c, SESSION_COOKIE, session.token, cookieOptions(c, SESSION_HOURS * 3600));
      return c.redirect(safeNext(b.next, '/ho-so-hoc-tap'), 303);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const message = sayIn(ctx.lang, e.said);
      // several places of that name: the form offers them to choose from
      const choices =
        e.code === portalErrors.severalPlaces({ text: '' }).code ? (await findPlaces(c.var.store.db, str(b.place), { limit: 20 })).places : undefined;
      return c.html(
        <Layout ctx={ctx} title={t.createAccountTitle}>
          <SignUpForm
            lang={ctx.lang}
            csrf={ctx.csrf}
            next={safeNext(b.next, '')}
            error={message}
            problems={Object.fromEntries(e.problems.filter((x) => x.field).map((x) => [x.field, sayIn(ctx.lang, x.said)]))}
            values={{ username: str(b.username), displayName: str(b.displayName), place: str(b.place) }}
            choices={choices}
          />
        </Layout>,
        e.status,
      );
    }
  });

type Field = 'displayName' | 'username' | 'password' | 'place';

/** One field of the sign-up form, its error (if any) beside it and tied to it for screen readers. */
function FieldRow(p: { id: Field; label: string; error?: string; hint?: string; children: (describedBy: string | undefined) => unknown }) {
  const ids = [p.hint ? `${p.id}-hint` : '', p.error ? `${p.id}-err` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <p>
      <label for={p.id}>{p.label}</label>
      {p.hint ? (
        <span id={`${p.id}-hint`} class="muted">
          {p.hint}
        </span>
      ) : null}
      {p.children(ids) as never}
      {p.error ? (
        <span id={`${p.id}-err`} class="field-error">
          {p.error}
        </span>
      ) : null}
    </p>
  );
}

function SignUpForm(p: {
  lang: Lang;
  csrf: string;
  next: string;
  error?: string;
  problems?: Partial<Record<Field, string>>;
  values?: { username: string; displayName: string; place: string };
  choices?: FoundPlace[];
}) {
  const t = portalText(p.lang);
  const bad = p.problems ?? {};
  const invalid = (f: Field) => (bad[f] ? 'true' : undefined);
  return (
    <>
      <h1>{t.createCitizenAccount}</h1>
      <p>{t.accountHelp}</p>
      <form method="post" action="/dang-ky">
        {p.error ? (
          <p class="error" role="alert">
            {p.error}
          </p>
        ) : null}
        <input type="hidden" name="_csrf" value={p.csrf} />
        <input type="hidden" name="next" value={p.next} />
        <FieldRow id="displayName" label={t.fullName} error={bad.displayName}>
          {(d) => (
            <input
              id="displayName"
              name="displayName"
              required
              autocomplete="name"
              value={p.values?.displayName ?? ''}
              aria-invalid={invalid('displayName')}
              aria-describedby={d}
            />
          )}
        </FieldRow>
        <FieldRow id="username" label={messages(p.lang).username} error={bad.username}>
          {(d) => (
            <input
              id="username"
              name="username"
              required
              autocomplete="username"
              value={p.values?.username ?? ''}
              aria-invalid={invalid('username')}
              aria-describedby={d}
            />
          )}
        </FieldRow>
        <FieldRow id="password" label={t.passwordHint} hint={t.passwordAdvice} error={bad.password}>
          {(d) => (
            <input
              id="password"
              name="password"
              type="password"
              required
              minlength={MIN_LENGTH}
              maxlength={MAX_LENGTH}
              autocomplete="new-password"
              aria-invalid={invalid('password')}
              aria-describedby={d}
            />
          )}
        </FieldRow>
        {p.choices && p.choices.length > 0 ? (
          <fieldset id="place" aria-describedby="place-err">
            <legend>{t.choosePlaceOf({ text: p.values?.place ?? '' })}</legend>
            {bad.place ? (
              <span id="place-err" class="field-error">
                {bad.place}
              </span>
            ) : null}
            {p.choices.map((c, n) => (
              <label>
                <input type="radio" name="place" value={c.code} required={n === 0} /> {c.fullName}
                {c.parentName ? ` (${t.within({ parent: c.parentName })})` : ''}
              </label>
            ))}
          </fieldset>
        ) : (
          <FieldRow id="place" label={t.communeCode} error={bad.place}>
            {(d) => (
              <input id="place" name="place" value={p.values?.place ?? ''} autocomplete="address-level3" aria-invalid={invalid('place')} aria-describedby={d} />
            )}
          </FieldRow>
        )}
        <p>
          <button class="primary" type="submit">
            {t.createAccount}
          </button>
        </p>
      </form>
    </>
  );
}
