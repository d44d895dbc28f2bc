import { parseDate } from '../core/i18n/parse-date.ts';
import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, type Lang } from '../core/i18n/index.ts';
import { ErrorSummary, formProblems } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { SearchForm } from '../core/web/search-form.tsx';
import { levelCount, levelName, placeAdminText, placeErrors as P } from './messages.ts';
import { placeTree, searchPlaces, type TreeChild } from './place-admin.ts';
import { managers } from './place-access.ts';
import { Crumbs } from './place-crumbs.tsx';
import { nameOf } from './place-name.ts';
import { IMPORT_PATH, MAPS_PATH, PLACES_BASE, treeHref, unitHref } from './place-paths.ts';

/** Units one level down (or the units a unit was formed from), each with what lies below it on the day. */
function ChildTable(props: { lang: Lang; rows: TreeChild[]; day: string; labelledBy: string }) {
  const { lang } = props;
  const s = placeAdminText(lang);
  return (
    <table class="cards" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{s.colName}</th>
          <th scope="col">{s.colLevel}</th>
          <th scope="col">{s.colBelow}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((ch) => (
          <tr>
            <td data-label={s.colName}>
              <a href={unitHref(ch.unit.code)}>{nameOf(ch.unit)}</a>
            </td>
            <td data-label={s.colLevel}>{levelName(lang, ch.unit.level)}</td>
            <td data-label={s.colBelow}>
              {ch.below.length === 0 ? (
                s.nothingBelow
              ) : (
                <a href={treeHref(ch.unit.code, props.day)}>{ch.below.map((b) => levelCount(lang, b.level, b.n)).join(', ')}</a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tree at a day, or the units found by name. */
export async function treePage(c: AppContext) {
  const who = managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const { db } = c.var.store;
  const typedDay = c.req.query('ngay') ?? '';
  const parsed = typedDay.trim() === '' ? todayLocal() : parseDate(typedDay);
  const day = parsed ?? todayLocal();
  const error = parsed ? undefined : new UserError(P.dateNeeded(), 400, [{ field: 'ngay', said: P.dateNeeded() }]);
  const p = formProblems(lang, error);
  const q = (c.req.query('q') ?? '').trim();
  const tree = await placeTree(db, who, c.req.query('don-vi') || undefined, day);
  const found = q ? await searchPlaces(db, who, q, day) : undefined;
  const shownDay = formatDate(day);
  return c.html(
    <Layout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <ErrorSummary lang={lang} error={error} title={s.thereIsAProblem} labels={{ ngay: s.date }} />
      <SearchForm action={PLACES_BASE} label={s.search} hint={s.searchHint} value={q} button={s.show} primary>
        {c.req.query('don-vi') ? <input type="hidden" name="don-vi" value={tree.unit.code} /> : null}
        <div>
          <label for="ngay">{s.date}</label>
          <p.Err field="ngay" />
          <input id="ngay" name="ngay" inputmode="numeric" size={12} value={error ? typedDay : shownDay} {...p.aria('ngay', 'ngay-hint')} />
          <span id="ngay-hint" class="muted hint">
            {s.dateHint}
          </span>
        </div>
      </SearchForm>
      {found ? (
        found.places.length === 0 ? (
          <p role="status">{s.none({ q, date: shownDay })}</p>
        ) : (
          <>
            <p role="status">{found.more ? s.foundMore({ shown: found.places.length, q }) : s.found({ n: found.places.length, q, date: shownDay })}</p>
            <table class="cards">
              <caption class="vh">{s.search}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colName}</th>
                  <th scope="col">{s.colLevel}</th>
                  <th scope="col">{s.colWithin}</th>
                </tr>
              </thead>
              <tbody>
                {found.places.map((f) => (
                  <tr>
                    <td data-label={s.colName}>
                      <a href={unitHref(f.code)}>{f.fullName}</a>
                    </td>
                    <td data-label={s.colLevel}>{levelName(lang, f.level)}</td>
                    <td data-label={s.colWithin}>{f.parentName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
      <Crumbs lang={lang} path={tree.path} day={day} last={tree.path.length > 0 ? tree.unit : undefined} />
      <h2 id="children-h">{s.children({ unit: nameOf(tree.unit), date: shownDay, n: tree.children.length })}</h2>
      <p>
        <a href={unitHref(tree.unit.code)}>{s.unitPage({ unit: nameOf(tree.unit) })}</a>
      </p>
      {tree.inForce ? null : <p class="notice">{s.notInForce({ unit: nameOf(tree.unit), date: shownDay })}</p>}
      {tree.children.length === 0 ? <p>{s.noChildren}</p> : <ChildTable lang={lang} rows={tree.children} day={day} labelledBy="children-h" />}
      {tree.formedFrom.length > 0 ? (
        <>
          <h3 id="earlier-h">{s.formedThen({ unit: nameOf(tree.unit), date: shownDay })}</h3>
          <ChildTable lang={lang} rows={tree.formedFrom} day={day} labelledBy="earlier-h" />
        </>
      ) : null}
      <h2 id="tools-h">{s.tools}</h2>
      <ul aria-labelledby="tools-h">
        <li>
          <a href={IMPORT_PATH}>{s.importLink}</a>
        </li>
        {who.role === 'admin' ? (
          <li>
            <a href={MAPS_PATH}>{s.mapsLink}</a>
          </li>
        ) : null}
      </ul>
    </Layout>,
    error ? 400 : 200,
  );
}
