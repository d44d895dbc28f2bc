import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, type UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { ErrorSummary, formProblems, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { SearchForm } from '../core/web/search-form.tsx';
import { LISTED, searchInstitutions } from './institution-admin.ts';
import { institutionAdminText } from './messages.ts';
import { IMPORT_PATH } from './institution-import-page.tsx';
import { importText } from './import-messages.ts';
import { unitChoices } from './unit-picker.ts';
import { DetailFields, kindName, labelsOf } from './institution-fields.tsx';
import type { Typed } from './institution-form-values.ts';
import { INSTITUTIONS_BASE } from './institution-paths.ts';
import { UnitList } from './unit-list.tsx';

/** The list: a search by name, the institutions found, and the form adding one (again with what was typed after a refusal). */
export async function listPage(c: AppContext, again?: { error: UserError; typed: Typed }) {
  const who = signedIn(c);
  if (who.role !== 'admin' && who.role !== 'official') throw notFound('trang', 'Page');
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = institutionAdminText(lang);
  const { db } = c.var.store;
  const q = c.req.query('q') ?? '';
  const [found, choices] = await Promise.all([searchInstitutions(db, who, q), unitChoices(db, who, lang)]);
  const typed = (f: string, d = '') => again?.typed[f] ?? d;
  const p = formProblems(lang, again?.error);
  const notice = !again && c.req.query('da-them') === '1' ? s.added : undefined;
  return c.html(
    <Layout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <p>
        <a href={IMPORT_PATH}>{importText(lang).link}</a>
      </p>
      <StatusNote said={notice} />
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
      <SearchForm action={INSTITUTIONS_BASE} label={s.search} hint={s.searchHint} value={q} button={s.searchButton} primary />
      {found.rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          <p role="status">{found.total > LISTED ? s.foundMore({ shown: LISTED, n: found.total }) : s.found({ n: found.total })}</p>
          <table class="cards">
            <caption class="vh">{s.title}</caption>
            <thead>
              <tr>
                <th scope="col">{s.colName}</th>
                <th scope="col">{s.colKind}</th>
                <th scope="col">{s.colUnit}</th>
                <th scope="col">{s.colState}</th>
              </tr>
            </thead>
            <tbody>
              {found.rows.map((r) => (
                <tr>
                  <td data-label={s.colName}>
                    <a href={`${INSTITUTIONS_BASE}/${encodeURIComponent(r.code)}`}>{r.name}</a>
                  </td>
                  <td data-label={s.colKind}>{kindName(lang, r.kind)}</td>
                  <td data-label={s.colUnit}>{r.unitName ?? '—'}</td>
                  <td data-label={s.colState}>{r.closedOn ? s.closedOn({ date: formatDate(r.closedOn) }) : s.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2 id="add-h">{s.add}</h2>
      <form method="post" action={INSTITUTIONS_BASE} aria-labelledby="add-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <UnitList choices={choices} typed={typed('unit')} />
        <TextField problems={p} name="code" label={s.code} value={typed('code')} maxlength={60} autocomplete="off" hint={s.codeHint} />
        <DetailFields lang={lang} typed={typed} p={p} />
        <TextField problems={p} name="unit" label={s.unit} value={typed('unit')} list="unit-names" autocomplete="off" hint={s.unitHint} hintFirst />
        <TextField problems={p} name="since" label={s.since} value={typed('since', formatDate(todayLocal()))} inputmode="numeric" hint={s.dateHint} />
        <p>
          <button class="primary" type="submit">
            {s.add}
          </button>
        </p>
      </form>
    </Layout>,
    again?.error.status ?? 200,
  );
}
