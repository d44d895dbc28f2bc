import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { RESET_HOURS } from '../accounts/password-changes.ts';
import { personFor } from '../accounts/people-read.ts';
import { grantableRoles } from '../accounts/people-reach.ts';
import type { Place } from '../statistics/template-places.ts';
import { ErrorSummary, type FieldProblems } from './form-bits.tsx';
import { adminText } from './messages.ts';
import { PEOPLE, personPath } from './people-paths.ts';
import { PersonForm, placeLabel } from './person-form.tsx';
import { placesFor, type Typed } from './person-form-values.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/** An account's page: its form, a reset link (mailed or shown once), disabling; `view` carries a refusal or a notice. */
export async function editPage(
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
