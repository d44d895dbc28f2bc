import { Hono } from 'hono';
import type { AppContext } from '../core/web/env.ts';
import { requireLogin, type SignedInEnv } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { formatDateTime } from '../core/i18n/index.ts';
import { MIN_LENGTH } from '../accounts/password-policy.ts';
import { accountsErrors, roleNames } from '../accounts/messages.ts';
import { createPerson, grantableRoles, listPeople, personFor, RESET_HOURS, requireManager, updatePerson, type Person } from '../accounts/people.ts';
import { issueResetLink } from '../accounts/reset-mail.ts';
import { mailTransport } from '../core/mail.ts';
import { unitById } from '../network/units.ts';
import { findPlaces, templatePlaces, type Place } from '../statistics/template-places.ts';
import { ErrorSummary, Field, problemsOf, type FieldProblems } from './form-bits.tsx';
import { adminText } from './messages.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { SearchForm } from '../core/web/search-form.tsx';

export const PEOPLE = '/quan-tri/nguoi-dung';
const personPath = (username: string) => `${PEOPLE}/${encodeURIComponent(username)}`;

/** What the form holds: as typed, kept when refused (never the password). */
interface Typed {
  name: string;
  username: string;
  email: string;
  role: string;
  place: string;
}

/** The place a form names: one chosen from a list ("unit:CODE"), or a name typed (matched without diacritics). */
async function placeOf(body: Record<string, unknown>, places: Place[]): Promise<{ unit?: string; institution?: string; problem?: Problem; choose?: Place[] }> {
  const chosen = typeof body['noi-ma'] === 'string' ? body['noi-ma'] : '';
  const pick = /^(unit|institution):(.+)$/.exec(chosen);
  if (pick) return pick[1] === 'unit' ? { unit: pick[2] } : { institution: pick[2] };
  const typed = String(body.noi ?? '').trim();
  if (typed === '') return {};
  // a staff member belongs to an institution, everyone else to a unit: those are matched first (then any place,
  // so that the refusal says the role needs the other kind)
  const kind = body.role === 'staff' ? 'institution' : 'unit';
  const ofKind = findPlaces(
    places.filter((p) => p.kind === kind),
    typed,
  );
  const found = ofKind.matches.length > 0 ? ofKind : findPlaces(places, typed);
  const p = found.exact;
  if (p) return p.kind === 'unit' ? { unit: p.code } : { institution: p.code };
  if (found.matches.length === 0) return { problem: { said: accountsErrors.noSuchPlace({ name: typed }), field: 'place' } };
  return { problem: { said: accountsErrors.placeAmbiguous({ name: typed }), field: 'place' }, choose: found.matches };
}

const placeLabel = (p: Person) => (p.institution ? p.institution.name : p.unit ? p.unit.name : '');

function PersonForm(props: {
  c: AppContext;
  action: string;
  typed: Typed;
  problems: FieldProblems;
  places: Place[];
  choose?: Place[];
  roles: string[];
  isNew: boolean;
}) {
  const { c, typed, problems } = props;
  const ctx = pageContext(c);
  const lang = ctx.lang;
  const a = adminText(lang);
  const input = (id: keyof Typed | 'password') => ({ id, 'aria-invalid': problems.has(id) ? ('true' as const) : undefined });
  return (
    <form method="post" action={props.action} class="rule-form" novalidate>
      <input type="hidden" name="_csrf" value={ctx.csrf} />
      <Field id="name" label={a.fieldName} problem={problems.get('name')}>
        {(d) => <input {...input('name')} name="name" value={typed.name} autocomplete="off" aria-describedby={d} />}
      </Field>
      {props.isNew ? (
        <>
          <Field id="username" label={a.fieldUsername} hint={a.usernameHint} problem={problems.get('username')}>
            {(d) => <input {...input('username')} name="username" value={typed.username} autocomplete="off" autocapitalize="none" aria-describedby={d} />}
          </Field>
          <Field id="password" label={a.fieldPassword({ min: MIN_LENGTH })} hint={a.passwordHint} problem={problems.get('password')}>
            {(d) => <input {...input('password')} name="password" type="password" autocomplete="new-password" aria-describedby={d} />}
          </Field>
        </>
      ) : null}
      <Field id="email" label={a.fieldEmail} hint={a.emailHint} problem={problems.get('email')}>
        {(d) => <input {...input('email')} name="email" type="email" value={typed.email} autocomplete="off" autocapitalize="none" aria-describedby={d} />}
      </Field>
      <Field id="role" label={a.fieldRole} problem={problems.get('role')}>
        {(d) => (
          <select {...input('role')} name="role" aria-describedby={d}>
            {props.roles.map((r) => (
              <option value={r} selected={r === typed.role}>
                {roleNames(lang, r)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="place" label={a.fieldPlace} hint={a.placeHint} problem={problems.get('place')}>
        {(d) => (
          <>
            <input
              {...input('place')}
              name="noi"
              value={typed.place}
              list={props.places.length <= 1000 ? 'places' : undefined}
              autocomplete="off"
              aria-describedby={d}
            />
            {props.places.length <= 1000 ? (
              <datalist id="places">
                {props.places.map((p) => (
                  <option value={p.label} />
                ))}
              </datalist>
            ) : null}
          </>
        )}
      </Field>
      {props.choose && props.choose.length > 0 ? (
        <fieldset class="choices">
          <legend>{a.choosePlace}</legend>
          {props.choose.map((p, i) => (
            <label>
              <input type="radio" name="noi-ma" value={`${p.kind}:${p.code}`} checked={i === 0} /> {p.label}
              {p.within ? <span class="muted"> ({a.withinUnit({ unit: p.within })})</span> : null}
            </label>
          ))}
        </fieldset>
      ) : null}
      <p>
        <button class="primary" type="submit">
          {props.isNew ? a.create : a.save}
        </button>
      </p>
    </form>
  );
}

/** The places of the person's reach, to pick by name: their subtree's units and institutions (an admin's: all). */
async function placesFor(c: AppContext): Promise<Place[]> {
  const who = signedIn(c);
  return templatePlaces(c.var.store.db, who, c.var.lang);
}

async function listPage(c: AppContext) {
  const ctx = pageContext(c);
  const a = adminText(ctx.lang);
  const who = signedIn(c);
  requireManager(who);
  const db = c.var.store.db;
  const q = c.req.query('q') ?? '';
  const { people, total } = await listPeople(db, who, { q });
  const own = who.role === 'admin' || who.unitId === null ? undefined : await unitById(db, who.unitId);
  return c.html(
    <Layout ctx={ctx} title={a.peopleTitle}>
      <p class="muted flush">
        <a href="/quan-tri">{a.homeTitle}</a>
      </p>
      <h1>{a.peopleTitle}</h1>
      <p>{own ? a.peopleIntroOfficial({ unit: own.fullName ?? own.name }) : a.peopleIntroAdmin}</p>
      <p>
        <a href={`${PEOPLE}/moi`}>{a.newPerson}</a>
      </p>
      <SearchForm action={PEOPLE} label={a.search} hint={a.searchHint} value={q} button={a.searchButton} hintFirst />
      {people.length === 0 ? (
        <p>{a.nobody}</p>
      ) : (
        <>
          <p class="muted">{a.shownOf({ shown: people.length, total })}</p>
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">{a.colName}</th>
                <th scope="col">{a.colUsername}</th>
                <th scope="col">{a.colRole}</th>
                <th scope="col">{a.colScope}</th>
                <th scope="col">{a.colState}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <th scope="row">
                    <a href={personPath(p.username)} aria-label={a.editNamed({ name: p.name })}>
                      {p.name}
                    </a>
                  </th>
                  <td data-label={a.colUsername}>{p.username}</td>
                  <td data-label={a.colRole}>{roleNames(ctx.lang, p.role)}</td>
                  <td data-label={a.colScope}>{placeLabel(p)}</td>
                  <td data-label={a.colState}>{p.disabled ? a.disabled : a.active}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Layout>,
  );
}

async function newPage(c: AppContext, typed?: Typed, problems: FieldProblems = new Map(), choose?: Place[], status: 200 | 403 | 404 | 422 = 200) {
  const ctx = pageContext(c);
  const a = adminText(ctx.lang);
  const who = signedIn(c);
  requireManager(who);
  const roles = grantableRoles(who);
  const form = typed ?? { name: '', username: '', email: '', role: who.role === 'admin' ? 'official' : 'staff', place: '' };
  return c.html(
    <Layout ctx={ctx} title={a.createTitle}>
      <p class="muted flush">
        <a href={PEOPLE}>{a.back}</a>
      </p>
      <h1>{a.createTitle}</h1>
      <ErrorSummary lang={ctx.lang} problems={problems} />
      <PersonForm c={c} action={`${PEOPLE}/moi`} typed={form} problems={problems} places={await placesFor(c)} choose={choose} roles={roles} isNew />
    </Layout>,
    status,
  );
}

async function editPage(
  c: AppContext,
  username: string,
  view: {
    typed?: Typed;
    problems?: FieldProblems;
    choose?: Place[];
    notice?: string;
    reset?: { link: string | null; until: string; mailedTo: string | null; failed: boolean };
  } = {},
  status: 200 | 403 | 404 | 422 = 200,
) {
  const ctx = pageContext(c);
  const a = adminText(ctx.lang);
  const who = signedIn(c);
  const person = await personFor(c.var.store.db, who, username);
  const problems = view.problems ?? new Map();
  const places = await placesFor(c);
  // the place as the picker names it (with its dates: two units may share a name across the 2025 map)
  const picked = places.find((p) =>
    person.institution ? p.kind === 'institution' && p.code === person.institution.code : p.kind === 'unit' && p.code === person.unit?.code,
  );
  const typed = view.typed ?? {
    name: person.name,
    username: person.username,
    email: person.email ?? '',
    role: person.role,
    place: picked?.label ?? placeLabel(person),
  };
  const roles = grantableRoles(who);
  const roleChoices = roles.includes(person.role) ? roles : [person.role, ...roles];
  const path = personPath(person.username);
  return c.html(
    <Layout ctx={ctx} title={a.editTitle({ name: person.name })}>
      <p class="muted flush">
        <a href={PEOPLE}>{a.back}</a>
      </p>
      <h1>{a.editTitle({ name: person.name })}</h1>
      <p>
        {a.colUsername}: <strong>{person.username}</strong> · {person.disabled ? a.disabled : a.active}
      </p>
      <StatusNote said={view.notice} />
      {view.reset?.mailedTo ? (
        <p class="ok" role="status">
          {a.resetMailed({ email: view.reset.mailedTo, until: view.reset.until })}
        </p>
      ) : view.reset?.link ? (
        <div class="notice" role="status">
          {view.reset.failed ? <p>{a.resetMailFailed}</p> : null}
          <p>{a.resetMade({ until: view.reset.until })}</p>
          <p>
            <code style="overflow-wrap:anywhere">{view.reset.link}</code>
          </p>
        </div>
      ) : null}
      <ErrorSummary lang={ctx.lang} problems={problems} />
      <PersonForm c={c} action={path} typed={typed} problems={problems} places={places} choose={view.choose} roles={roleChoices} isNew={false} />
      <section aria-labelledby="reset-h">
        <h2 id="reset-h">{a.resetTitle}</h2>
        <p>{a.resetHelp({ hours: RESET_HOURS })}</p>
        <form method="post" action={`${path}/dat-lai-mat-khau`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button type="submit">{a.resetButton}</button>
        </form>
      </section>
      <section aria-labelledby="disable-h">
        <h2 id="disable-h">{a.disableTitle}</h2>
        <p>{a.disableHelp}</p>
        <form method="post" action={`${path}/${person.disabled ? 'mo-khoa' : 'khoa'}`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button type="submit">{person.disabled ? a.enableButton : a.disableButton}</button>
        </form>
      </section>
    </Layout>,
    status,
  );
}

const typedOf = (body: Record<string, unknown>): Typed => ({
  name: String(body.name ?? ''),
  username: String(body.username ?? ''),
  email: String(body.email ?? ''),
  role: String(body.role ?? ''),
  place: String(body.noi ?? ''),
});

/** The service's fields as the form's: the unit or institution is the place picker. */
const RENAME = { unit: 'place', institution: 'place' };

/** `/quan-tri/nguoi-dung`: the accounts a person manages; create, edit, disable, reset links. */
export const peoplePages = new Hono<SignedInEnv>()
  .use(`${PEOPLE}`, requireLogin())
  .use(`${PEOPLE}/*`, requireLogin())
  .get(PEOPLE, (c) => listPage(c))
  .get(`${PEOPLE}/moi`, (c) => newPage(c))
  .post(`${PEOPLE}/moi`, async (c) => {
    const who = signedIn(c);
    requireManager(who);
    const body = await c.req.parseBody();
    const typed = typedOf(body);
    const place = await placeOf(body, await placesFor(c));
    try {
      if (place.problem) throw new UserError(accountsErrors.notSaved(), 422, [place.problem]);
      const made = await createPerson(c.var.store.db, who, {
        username: typed.username,
        password: String(body.password ?? ''),
        name: typed.name,
        email: typed.email,
        role: typed.role,
        unit: place.unit ?? null,
        institution: place.institution ?? null,
      });
      return c.redirect(`${personPath(made.username)}?tb=tao`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      return newPage(c, typed, problemsOf(c.var.lang, e.problems, RENAME), place.choose, 422);
    }
  })
  .get(`${PEOPLE}/:username`, (c) => {
    const a = adminText(c.var.lang);
    const tb = c.req.query('tb');
    const username = c.req.param('username');
    const notice =
      tb === 'tao' ? a.created({ username }) : tb === 'luu' ? a.saved : tb === 'khoa' ? a.disabledNow : tb === 'mo-khoa' ? a.enabledNow : undefined;
    return editPage(c, username, { notice });
  })
  .post(`${PEOPLE}/:username`, async (c) => {
    const who = signedIn(c);
    const username = c.req.param('username');
    const body = await c.req.parseBody();
    const typed = typedOf(body);
    const place = await placeOf(body, await placesFor(c));
    try {
      if (place.problem) throw new UserError(accountsErrors.notSaved(), 422, [place.problem]);
      const scopeTyped = typed.place.trim() !== '' || place.unit !== undefined || place.institution !== undefined;
      await updatePerson(c.var.store.db, who, username, {
        name: typed.name,
        email: typed.email,
        role: typed.role,
        unit: scopeTyped ? (place.unit ?? null) : null,
        institution: scopeTyped ? (place.institution ?? null) : null,
      });
      return c.redirect(`${personPath(username)}?tb=luu`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      return editPage(c, username, { typed, problems: problemsOf(c.var.lang, e.problems, RENAME), choose: place.choose }, 422);
    }
  })
  .post(`${PEOPLE}/:username/khoa`, async (c) => {
    const username = c.req.param('username');
    await updatePerson(c.var.store.db, signedIn(c), username, { disabled: true });
    return c.redirect(`${personPath(username)}?tb=khoa`, 303);
  })
  .post(`${PEOPLE}/:username/mo-khoa`, async (c) => {
    const username = c.req.param('username');
    await updatePerson(c.var.store.db, signedIn(c), username, { disabled: false });
    return c.redirect(`${personPath(username)}?tb=mo-khoa`, 303);
  })
  .post(`${PEOPLE}/:username/dat-lai-mat-khau`, async (c) => {
    const username = c.req.param('username');
    const made = await issueResetLink(c.var.store.db, signedIn(c), username, c.req.url, mailTransport());
    // mailed to the account's owner; else shown once, on this answer (never in an address the browser keeps)
    c.header('Cache-Control', 'no-store');
    return editPage(c, username, {
      reset: { link: made.mailedTo ? null : made.link, until: formatDateTime(made.expiresAt), mailedTo: made.mailedTo, failed: made.mailFailed },
    });
  });
