import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { formatNumber, sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { EVIDENCE_MAX_BYTES } from '../network/evidence.ts';
import { yearParam } from './years.ts';
import { CheckedRefusal } from './checks.ts';
import { saveEntryAttributes, saveEntryForm } from './entry.ts';
import { entryPage } from './entry-page.tsx';
import { evidenceDownload } from './evidence-download.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { thisYear } from '../core/time.ts';

/** The statistics' static files (core/web/assets.ts): the entry grid's keys. */
export const statisticsAssets = { 'entry-grid.js': new URL('./entry-grid.js', import.meta.url) };

const MAX_UPLOAD = 50 * 1024 * 1024;
/** The most status attributes a kind of institution is asked (a library's): the files one save may carry. */
const ATTRIBUTE_FILES = 4;
/** The value file upload: the file and its form's fields (server/app.tsx bounds every body before it is read). */
export const statisticsUploads: UploadLimit[] = [
  { path: /^\/nhap-lieu$/, maxBytes: MAX_UPLOAD + FORM_LIMIT },
  // the status attributes' evidence files: a library's four at their limit; a larger body is cut while it streams
  { path: /^\/co-so\/[^/]+\/thuoc-tinh$/, maxBytes: ATTRIBUTE_FILES * EVIDENCE_MAX_BYTES + FORM_LIMIT },
];

/** A save of the entry page: done, back to the page; refused, the page again with the reason (the person stays on the form). */
async function saving(c: AppContext, year: number, form: Readonly<Record<string, unknown>>, save: () => Promise<{ institution: { code: string } }>) {
  try {
    const { institution } = await save();
    return c.redirect(`/co-so/${encodeURIComponent(institution.code)}?nam=${year}&da-luu=1`, 303);
  } catch (e) {
    if (e instanceof UserError && [403, 409, 422].includes(e.status))
      return entryPage(c, String(year), { error: e, warnings: e instanceof CheckedRefusal ? e.warnings : [], typed: form });
    throw e;
  }
}

export const institutionPages = new Hono<AppEnv>()
  .use('/co-so/*', requireLogin())
  .use('/nhap-lieu', requireLogin())
  .get('/co-so/:code', (c) => entryPage(c, c.req.query('nam')))
  .get('/co-so/:code/minh-chung/:attribute/:year', evidenceDownload)
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
