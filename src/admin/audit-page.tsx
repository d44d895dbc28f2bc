import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../core/web/env.ts';
import { requireLogin, type SignedInEnv } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { formatDateTime, parseDate, type Lang } from '../core/i18n/index.ts';
import { safeRows } from '../core/text/spreadsheet.ts';
import { unitById } from '../network/units.ts';
import { findPlaces, templatePlaces } from '../statistics/template-places.ts';
import { auditedTables, auditPeople, exportAudit, findPerson, readAudit, requireAuditReader, type AuditEntryView, type AuditFilter } from './audit-log.ts';
import { ErrorSummary, Field, problemsOf } from './form-bits.tsx';
import { actionNames, adminErrors as E, adminText, tableNames } from './messages.ts';
import { auditNames, readable, type AuditNames } from './audit-values.ts';
import { withObjects, type AuditObject } from './audit-objects.ts';

export const AUDIT = '/quan-tri/nhat-ky';

/** One stored value in words (audit-values.ts); kept here under its old name for the callers of this page. */
export { readable } from './audit-values.ts';

interface Typed {
  person: string;
  place: string;
  table: string;
  from: string;
  to: string;
}

const typedOf = (q: (k: string) => string | undefined): Typed => ({
  person: q('nguoi') ?? '',
  place: q('noi') ?? '',
  table: q('bang') ?? '',
  from: q('tu') ?? '',
  to: q('den') ?? '',
});

/** The filter a page's query asks for, the typed names resolved (problems at their fields, not thrown). */
async function filterOf(c: AppContext, typed: Typed): Promise<{ filter: AuditFilter; problems: Problem[] }> {
  const who = signedIn(c);
  const db = c.var.store.db;
  const problems: Problem[] = [];
  const filter: AuditFilter = { page: Math.max(1, Number(c.req.query('trang') ?? 1) || 1) };
  if (typed.person.trim()) {
    const p = findPerson(await auditPeople(db, who), typed.person);
    if (p) filter.user = p.username;
    else problems.push({ said: E.unknownPerson({ name: typed.person }), field: 'nguoi' });
  }
  if (typed.place.trim()) {
    const found = findPlaces(await templatePlaces(db, who, c.var.lang), typed.place);
    const p = found.exact ?? (found.matches.length === 1 ? found.matches[0] : undefined);
    if (p) filter[p.kind === 'unit' ? 'unit' : 'institution'] = p.code;
    else
      problems.push({
        said: found.matches.length === 0 ? E.unknownPlace({ name: typed.place }) : E.placeAmbiguous({ name: typed.place }),
        field: 'noi',
      });
  }
  if (typed.table) filter.table = typed.table;
  for (const [key, field] of [
    ['from', 'tu'],
    ['to', 'den'],
  ] as const) {
    const iso = parseDate(typed[key]);
    if (iso === null) problems.push({ said: E.badDate({ date: typed[key] }), field });
    else if (iso) filter[key] = iso;
  }
  return { filter, problems };
}

const queryOf = (typed: Typed, page?: number) => {
  const q = new URLSearchParams();
  if (typed.person) q.set('nguoi', typed.person);
  if (typed.place) q.set('noi', typed.place);
  if (typed.table) q.set('bang', typed.table);
  if (typed.from) q.set('tu', typed.from);
  if (typed.to) q.set('den', typed.to);
  if (page && page > 1) q.set('trang', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
};

function EntryRow(props: { lang: Lang; e: AuditEntryView & { object: AuditObject }; known: AuditNames }) {
  const { lang, e, known } = props;
  const a = adminText(lang);
  return (
    <tr>
      <th scope="row">{formatDateTime(e.at)}</th>
      <td data-label={a.colWho}>{e.user ? `${e.user.name} (${e.user.username})` : a.system}</td>
      <td data-label={a.colAction}>{actionNames(lang, e.action)}</td>
      <td data-label={a.colTable}>{tableNames(lang, e.table)}</td>
      <td data-label={a.colKey}>{e.object.href ? <a href={e.object.href}>{e.object.name}</a> : e.object.name}</td>
      <td data-label={a.colOld}>{e.oldValue === null ? '' : readable(lang, e.oldValue, undefined, known)}</td>
      <td data-label={a.colNew}>{e.newValue === null ? '' : readable(lang, e.newValue, undefined, known)}</td>
    </tr>
  );
}

async function auditPage(c: AppContext) {
  const ctx = pageContext(c);
  const { lang } = ctx;
  const a = adminText(lang);
  const who = signedIn(c);
  requireAuditReader(who);
  const db = c.var.store.db;
  const typed = typedOf((k) => c.req.query(k));
  const { filter, problems } = await filterOf(c, typed);
  let result: Awaited<ReturnType<typeof readAudit>> | undefined;
  if (problems.length === 0) {
    try {
      result = await readAudit(db, who, filter);
    } catch (e) {
      if (!(e instanceof UserError) || e.status === 403) throw e;
      problems.push(...(e.problems.length > 0 ? e.problems.map((p) => ({ ...p, field: p.field === 'from' ? 'tu' : p.field })) : [{ said: e.said }]));
    }
  }
  const shown = problemsOf(lang, problems);
  const [known, tables, people, own, entries] = await Promise.all([
    auditNames(
      db,
      (result?.entries ?? []).flatMap((e) => [e.oldValue, e.newValue]),
    ),
    auditedTables(db),
    auditPeople(db, who),
    who.role === 'admin' || who.unitId === null ? undefined : unitById(db, who.unitId),
    withObjects(db, lang, result?.entries ?? []),
  ]);
  const invalid = (f: string) => (shown.has(f) ? ('true' as const) : undefined);
  return c.html(
    <Layout ctx={ctx} title={a.auditTitle}>
      <p class="muted flush">
        <a href="/quan-tri">{a.homeTitle}</a>
      </p>
      <h1>{a.auditTitle}</h1>
      <p>{own ? a.auditIntroOfficial({ unit: own.fullName ?? own.name }) : a.auditIntroAdmin}</p>
      <ErrorSummary lang={lang} problems={shown} />
      <form method="get" action={AUDIT} class="inline">
        <div class="grow">
          <Field id="nguoi" label={a.filterPerson} hint={a.filterPersonHint} problem={shown.get('nguoi')}>
            {(d) => (
              <>
                <input id="nguoi" name="nguoi" value={typed.person} list="people" autocomplete="off" aria-describedby={d} aria-invalid={invalid('nguoi')} />
                <datalist id="people">
                  {people.slice(0, 1000).map((p) => (
                    <option value={p.username}>{p.name}</option>
                  ))}
                </datalist>
              </>
            )}
          </Field>
        </div>
        <div class="grow">
          <Field id="noi" label={a.filterPlace} hint={a.placeHint} problem={shown.get('noi')}>
            {(d) => <input id="noi" name="noi" value={typed.place} autocomplete="off" aria-describedby={d} aria-invalid={invalid('noi')} />}
          </Field>
        </div>
        <div>
          <label for="bang">{a.filterTable}</label>
          <select id="bang" name="bang">
            <option value="">{a.anyTable}</option>
            {tables
              .map((t) => ({ t, name: tableNames(lang, t) }))
              .sort((x, y) => x.name.localeCompare(y.name, 'vi'))
              .map(({ t, name }) => (
                <option value={t} selected={t === typed.table}>
                  {name}
                </option>
              ))}
          </select>
        </div>
        <div>
          <Field id="tu" label={a.filterFrom} hint={a.dateHint} problem={shown.get('tu')}>
            {(d) => <input id="tu" name="tu" value={typed.from} size={10} inputmode="numeric" aria-describedby={d} aria-invalid={invalid('tu')} />}
          </Field>
        </div>
        <div>
          <Field id="den" label={a.filterTo} hint={a.dateHint} problem={shown.get('den')}>
            {(d) => <input id="den" name="den" value={typed.to} size={10} inputmode="numeric" aria-describedby={d} aria-invalid={invalid('den')} />}
          </Field>
        </div>
        <div>
          <button class="primary" type="submit">
            {a.filter}
          </button>{' '}
          <a href={AUDIT}>{a.clear}</a>
        </div>
      </form>
      {result ? (
        <>
          <p>
            <a href={`${AUDIT}.csv${queryOf(typed)}`}>{a.exportCsv}</a>
          </p>
          {result.entries.length === 0 ? (
            <p>{a.nothingLogged}</p>
          ) : (
            <>
              <p class="muted">{a.pageOf({ page: result.page, pages: result.pages, total: result.total })}</p>
              <table class="cards">
                <thead>
                  <tr>
                    <th scope="col">{a.colAt}</th>
                    <th scope="col">{a.colWho}</th>
                    <th scope="col">{a.colAction}</th>
                    <th scope="col">{a.colTable}</th>
                    <th scope="col">{a.colKey}</th>
                    <th scope="col">{a.colOld}</th>
                    <th scope="col">{a.colNew}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <EntryRow lang={lang} e={e} known={known} />
                  ))}
                </tbody>
              </table>
              {result.pages > 1 ? (
                <nav aria-label={a.pages}>
                  <p class="actions">
                    {result.page > 1 ? <a href={`${AUDIT}${queryOf(typed, result.page - 1)}`}>{a.previous}</a> : null}
                    {result.page < result.pages ? <a href={`${AUDIT}${queryOf(typed, result.page + 1)}`}>{a.next}</a> : null}
                  </p>
                </nav>
              ) : null}
            </>
          )}
        </>
      ) : null}
    </Layout>,
    problems.length > 0 ? 422 : 200,
  );
}

/** The audit as CSV: the same filter, every entry (bounded), cells safe from formula injection. */
async function auditCsv(c: AppContext) {
  const lang = c.var.lang;
  const a = adminText(lang);
  const who = signedIn(c);
  const typed = typedOf((k) => c.req.query(k));
  const { filter, problems } = await filterOf(c, typed);
  if (problems.length > 0) throw new UserError(problems[0]!.said, 422, problems);
  const list = await withObjects(c.var.store.db, lang, await exportAudit(c.var.store.db, who, filter));
  const known = await auditNames(
    c.var.store.db,
    list.flatMap((e) => [e.oldValue, e.newValue]),
  );
  const rows = [
    [a.colAt, a.colWho, a.colAction, a.colTable, a.colKey, a.colOld, a.colNew],
    ...list.map((e) => [
      formatDateTime(e.at),
      e.user ? `${e.user.name} (${e.user.username})` : a.system,
      actionNames(lang, e.action),
      tableNames(lang, e.table),
      e.object.name,
      e.oldValue === null ? '' : readable(lang, e.oldValue, undefined, known),
      e.newValue === null ? '' : readable(lang, e.newValue, undefined, known),
    ]),
  ];
  c.header('Content-Type', 'text/csv; charset=utf-8');
  c.header('Content-Disposition', 'attachment; filename="nhat-ky.csv"');
  return c.body(`\uFEFF${stringify(safeRows(rows))}`);
}

/** `/quan-tri/nhat-ky`: the audit trail, filtered, paged, exported. */
export const auditPages = new Hono<SignedInEnv>()
  .use(AUDIT, requireLogin())
  .use(`${AUDIT}.csv`, requireLogin())
  .get(AUDIT, (c) => auditPage(c))
  .get(`${AUDIT}.csv`, (c) => auditCsv(c));
