import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, type Problem, type Said } from '../core/errors.ts';
import { formatDate, formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { ASSET_PATH } from '../core/web/assets.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { yearParam } from './years.ts';
import { YearForm } from '../core/web/year-form.tsx';
import { cellName, entrySheet, saveEntryAttributes, saveEntryForm } from './entry.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { thisYear } from '../core/time.ts';

/** The statistics' static files (core/web/assets.ts): the entry grid's keys. */
export const statisticsAssets = { 'entry-grid.js': new URL('./entry-grid.js', import.meta.url) };

const MAX_UPLOAD = 50 * 1024 * 1024;
/** The value file upload: the file and its form's fields (server/app.tsx bounds every body before it is read). */
export const statisticsUploads: UploadLimit[] = [{ path: /^\/nhap-lieu$/, maxBytes: MAX_UPLOAD + FORM_LIMIT }];

/** A name kept in both languages (elements, kinds, attributes), in the reader's. */
const named = (lang: Lang, vi: string | undefined, en: string | undefined) => sayIn(lang, { vi: vi ?? '', en: en ?? '' });

/** A cell's element id (`c-LIB_LOANS-2025-03`) from its input name (`v:LIB_LOANS:2025-03`): element codes are [A-Z0-9_]. */
const cellId = (name: string) => `c-${name.slice(2).replace(':', '-')}`;

/**
 * A refused save's summary at the top of the page (the GOV.UK error summary): the reason, then each problem in words,
 * a cell's linking to that cell (its element's name and month, never its code); a problem of no cell says only itself.
 */
function ErrorSummary(props: { lang: Lang; error: UserError; labels: ReadonlyMap<string, string>; first: string | undefined }) {
  const { lang, error, labels } = props;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{statisticsText(lang).thereIsAProblem}</h2>
      <p>{sayIn(lang, error.said)}</p>
      {error.problems.length > 0 ? (
        <ul>
          {error.problems.map((p) => {
            const label = p.field ? labels.get(p.field) : undefined;
            return (
              <li>
                {label && p.field ? (
                  <a href={`#${cellId(p.field)}`}>
                    {label}: {sayIn(lang, p.said)}
                  </a>
                ) : (
                  sayIn(lang, p.said)
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Where the institution's staff do their daily work, from the page they land on: a library's circulation desk and its
 * other desk work, a museum's or a cultural centre's management page (addresses only: those modules draw them).
 */
function WorkLinks(props: { lang: Lang; code: string; sector: string | undefined }) {
  const s = statisticsText(props.lang);
  const code = encodeURIComponent(props.code);
  const links: [string, string][] =
    props.sector === 'library' || props.sector === 'service_point'
      ? [
          [`/thu-vien/${code}/quay`, s.circulationDesk],
          [`/thu-vien/${code}`, s.libraryWork],
        ]
      : props.sector === 'museum'
        ? [[`/quan-ly/bao-tang/${code}`, s.museumWork]]
        : props.sector === 'culture'
          ? [[`/quan-ly/van-hoa/${code}`, s.cultureWork]]
          : [];
  if (links.length === 0) return null;
  return (
    <nav aria-label={s.workPages}>
      <p>
        {links.map(([href, label], i) => (
          <>
            {i > 0 ? ' · ' : ''}
            <a href={href}>{label}</a>
          </>
        ))}
      </p>
    </nav>
  );
}

/** A refused save: the refusal, and what was typed (shown again in the form). */
interface Again {
  error: UserError;
  typed: Readonly<Record<string, unknown>>;
}

/** The entry page of an institution for a year; after a refused save, again with the reason and what was typed. */
async function entryPage(c: AppContext, asked: string | undefined, again?: Again) {
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const sheet = await entrySheet(c.var.store.db, signedIn(c), c.req.param('code') ?? '', asked);
  const { institution: inst, kind, canWrite, year, years, months, monthly, yearly, values, attributes: attrs } = sheet;
  const saved = !again && c.req.query('da-luu') === '1';
  // after a refused save: what the person typed, in place of what is stored
  const typed = (name: string, stored: string) => {
    const v = again?.typed[name];
    return typeof v === 'string' ? v : stored;
  };
  // each cell's words (element's name, the month or the year), for its label and its error
  const labels = new Map<string, string>();
  for (const e of monthly) for (const m of months) labels.set(cellName(e.code, m), `${named(lang, e.nameVi, e.nameEn)}, ${t.month} ${Number(m.slice(5))}`);
  for (const e of yearly) labels.set(cellName(e.code, String(year)), `${named(lang, e.nameVi, e.nameEn)}, ${t.yearly} ${year}`);
  // after a refused save: the first problem of each cell, shown beside it; the first bad cell has the focus
  const bad = new Map<string, Said>();
  for (const p of again?.error.problems ?? []) if (p.field && labels.has(p.field) && !bad.has(p.field)) bad.set(p.field, p.said);
  const firstBad = bad.keys().next().value;
  /** A stored value as the page writes numbers ("5.846", "25,5"), read back the same way on save. */
  const shown = (v: number | undefined) => (v === undefined ? '' : formatNumber(lang, v, 3));
  const Cell = (props: { element: string; period: string; stored: string }) => {
    const name = cellName(props.element, props.period);
    const id = cellId(name);
    const said = bad.get(name);
    return (
      <td>
        <input
          id={id}
          name={name}
          inputmode="decimal"
          value={typed(name, props.stored)}
          aria-label={labels.get(name)}
          aria-invalid={said ? 'true' : undefined}
          aria-describedby={said ? `${id}-err` : undefined}
          autofocus={name === firstBad}
          disabled={!canWrite}
        />
        {said ? (
          <span id={`${id}-err`} class="field-error">
            {sayIn(lang, said)}
          </span>
        ) : null}
      </td>
    );
  };
  const saveButton = canWrite ? (
    <p>
      <button class="primary" type="submit">
        {t.save}
      </button>
    </p>
  ) : null;
  return c.html(
    <Layout ctx={ctx} title={inst.name}>
      <p>
        <a href={`/don-vi/${encodeURIComponent(inst.unit)}?nam=${year}`}>← {inst.unitName}</a>
      </p>
      <h1>{inst.name}</h1>
      <p>
        {t.kind}: {named(lang, kind?.vi, kind?.en)} · {t.ownership}: {inst.ownership === 'public' ? t.public : t.nonPublic}
        {inst.address ? ` · ${t.address}: ${inst.address}` : ''}
      </p>
      {canWrite ? <WorkLinks lang={lang} code={inst.code} sector={kind?.sector} /> : null}
      <YearForm action={`/co-so/${encodeURIComponent(inst.code)}`} year={year} years={years} t={t} />
      {again ? <ErrorSummary lang={lang} error={again.error} labels={labels} first={firstBad} /> : null}
      {saved ? (
        <p class="ok" role="status">
          {t.saved}
        </p>
      ) : null}
      <h2 id="attr-h">
        {t.attributes} {year}
      </h2>
      <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/thuoc-tinh?nam=${year}`}>
        <input type="hidden" name="_csrf" value={c.var.csrf} />
        {/* only this box scrolls sideways on a phone, never the page */}
        <div class="scroll" role="region" aria-labelledby="attr-h" tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.attributes}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.evidence}</th>
                <th scope="col">{t.setBy}</th>
              </tr>
            </thead>
            <tbody>
              {attrs.map((a) => (
                <tr>
                  <th scope="row" style="font-weight:normal">
                    <label for={`a-${a.code}`}>{named(lang, a.name_vi, a.name_en)}</label>
                  </th>
                  <td>
                    <select id={`a-${a.code}`} name={`a:${a.code}`} disabled={!canWrite}>
                      <option value="" selected={typed(`a:${a.code}`, String(a.value ?? '')) === ''}>
                        {t.notSet}
                      </option>
                      <option value="1" selected={typed(`a:${a.code}`, String(a.value ?? '')) === '1'}>
                        {t.yes}
                      </option>
                      <option value="0" selected={typed(`a:${a.code}`, String(a.value ?? '')) === '0'}>
                        {t.no}
                      </option>
                    </select>
                  </td>
                  <td>
                    <input
                      name={`e:${a.code}`}
                      value={typed(`e:${a.code}`, a.evidence ?? '')}
                      aria-label={`${t.evidence}: ${named(lang, a.name_vi, a.name_en)}`}
                      disabled={!canWrite}
                    />
                  </td>
                  <td class="muted">
                    {a.set_by ?? ''} {a.set_at ? formatDate(a.set_at) : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {saveButton}
      </form>
      <h2 id="entry-h">
        {t.dataEntry} {year}
      </h2>
      <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/so-lieu?nam=${year}`}>
        <input type="hidden" name="_csrf" value={c.var.csrf} />
        {/* the months scroll inside their box, the row labels stay (sticky); entry-grid.js adds the keys */}
        <div class="scroll grid" role="region" aria-labelledby="entry-h" tabindex={0}>
          <table data-grid>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                {months.map((m) => (
                  <th scope="col">
                    {t.month} {Number(m.slice(5))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthly.map((e) => (
                <tr>
                  <th scope="row" style="font-weight:normal">
                    {named(lang, e.nameVi, e.nameEn)}
                  </th>
                  {months.map((m) => (
                    <Cell element={e.code} period={m} stored={shown(values.get(e.code)?.get(m))} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="scroll grid">
          <table data-grid>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <th scope="col">
                  {t.yearly} {year}
                </th>
              </tr>
            </thead>
            <tbody>
              {yearly.map((e) => (
                <tr>
                  <th scope="row" style="font-weight:normal">
                    {named(lang, e.nameVi, e.nameEn)}
                  </th>
                  <Cell element={e.code} period={String(year)} stored={shown(values.get(e.code)?.get(String(year)))} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {saveButton}
      </form>
      {canWrite ? <script src={`${ASSET_PATH}/entry-grid.js`} defer /> : null}
    </Layout>,
    again?.error.status ?? 200,
  );
}

/** A save of the entry page: done, back to the page; refused, the page again with the reason (the person stays on the form). */
async function saving(c: AppContext, year: number, form: Readonly<Record<string, unknown>>, save: () => Promise<{ institution: { code: string } }>) {
  try {
    const { institution } = await save();
    return c.redirect(`/co-so/${encodeURIComponent(institution.code)}?nam=${year}&da-luu=1`, 303);
  } catch (e) {
    if (e instanceof UserError && [403, 409, 422].includes(e.status)) return entryPage(c, String(year), { error: e, typed: form });
    throw e;
  }
}

export const institutionPages = new Hono<AppEnv>()
  .use('/co-so/*', requireLogin())
  .use('/nhap-lieu', requireLogin())
  .get('/co-so/:code', (c) => entryPage(c, c.req.query('nam')))
  .post('/co-so/:code/so-lieu', async (c) => {
    const year = yearParam(c.req.query('nam'), thisYear());
    const form = await c.req.parseBody();
    return saving(c, year, form, () => saveEntryForm(c.var.store.db, c.var.principal, c.req.param('code'), year, form, c.var.lang));
  })
  .post('/co-so/:code/thuoc-tinh', async (c) => {
    const year = yearParam(c.req.query('nam'), thisYear());
    const form = await c.req.parseBody();
    return saving(c, year, form, () => saveEntryAttributes(c.var.store.db, c.var.principal, c.req.param('code'), year, form));
  })
  .get('/nhap-lieu', (c) => c.html(<ImportPage ctx={pageContext(c)} />))
  .post('/nhap-lieu', async (c) => {
    if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD) throw new UserError(E.fileTooLarge(), 413);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) throw new UserError(E.noFile(), 400, [{ field: 'file', said: E.chooseFile() }]);
    const dryRun = body.dryRun === '1';
    // the spreadsheet libraries load only when someone imports
    const { importValues } = await import('./value-import.ts');
    const result = await importValues(c.var.store.db, c.var.principal, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }, { dryRun });
    return c.html(<ImportPage ctx={pageContext(c)} result={{ ...result, dryRun }} />, result.problems.length > 0 ? 422 : 200);
  });

/** Problems listed on the page: a file wrong on every one of a million rows makes a page a person can still read. */
const PROBLEMS_SHOWN = 1000;

function ImportPage(props: { ctx: ReturnType<typeof pageContext>; result?: { rows: number; written: number; problems: Problem[]; dryRun: boolean } }) {
  const { t, lang } = props.ctx;
  const s = statisticsText(lang);
  const n = (x: number) => formatNumber(lang, x, 0);
  const r = props.result;
  return (
    <Layout ctx={props.ctx} title={t.navImport}>
      <h1>{t.navImport}</h1>
      <p>{t.importHelp}</p>
      {r && r.problems.length > 0 ? (
        <div role="alert">
          <p class="error">{s.importProblems({ n: n(r.problems.length) })}</p>
          {r.problems.length > PROBLEMS_SHOWN ? <p>{s.importProblemsShown({ shown: n(PROBLEMS_SHOWN) })}</p> : null}
          <table>
            <thead>
              <tr>
                <th scope="col">{t.row}</th>
                <th scope="col">{t.column}</th>
                <th scope="col">{t.problem}</th>
              </tr>
            </thead>
            <tbody>
              {r.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                <tr>
                  <td class="num">{p.row ?? ''}</td>
                  <td>{p.field ?? ''}</td>
                  <td>{sayIn(lang, p.said)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : r ? (
        <p class="ok" role="status">
          {r.dryRun ? s.importChecked({ rows: n(r.rows) }) : s.importSaved({ n: n(r.written) })}
        </p>
      ) : null}
      <form method="post" action="/nhap-lieu" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={props.ctx.csrf} />
        <label for="file">{t.file}</label>
        <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <p>
          <input id="dryRun" name="dryRun" type="checkbox" value="1" />{' '}
          <label for="dryRun" style="display:inline">
            {t.dryRun}
          </label>
        </p>
        <p>
          <button class="primary" type="submit">
            {t.upload}
          </button>
        </p>
      </form>
    </Layout>
  );
}
