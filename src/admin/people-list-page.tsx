import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { roleNames } from '../accounts/messages.ts';
import { listPeople } from '../accounts/people-read.ts';
import { requireManager } from '../accounts/people-reach.ts';
import { unitById } from '../network/units.ts';
import { adminText } from './messages.ts';
import { PEOPLE, personPath } from './people-paths.ts';
import { placeLabel } from './person-form.tsx';
import { SearchForm } from '../core/web/search-form.tsx';

/** The accounts a person manages, found by name, with a link to make a new one. */
export async function listPage(c: AppContext) {
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
