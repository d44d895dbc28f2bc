import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { thisYear } from '../core/time.ts';
import { unitById } from '../network/units.ts';
import { heldUploads } from './held-uploads.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { findPlaces, templatePlaces, type Place } from './template-places.ts';
import type { ImportCheck } from './value-import.ts';
import type { TemplateFormat, TemplatePlace } from './value-template.ts';
import { dataYears, yearParam } from './years.ts';
import { Changes, Problems } from './import-check-view.tsx';

/**
 * The import page `/nhap-lieu`: a template to download (chosen by name), a file to upload and check — its problems
 * by row and column in words, or each cell it changes old → new — and the same upload confirmed from the check
 * without choosing the file again (value-import.ts keeps it under a token). The spreadsheet libraries load only when
 * someone checks, imports or downloads.
 */

const MAX_UPLOAD = 50 * 1024 * 1024;
/** The value file upload: the file and its form's fields (server/app.tsx bounds every body before it is read). */
export const importUploads: UploadLimit[] = [{ path: /^\/nhap-lieu$/, maxBytes: MAX_UPLOAD + FORM_LIMIT }];

/** What the template form had (kept on the page after a refusal). */
interface TemplateAsk {
  name: string;
  year: number;
  format: TemplateFormat;
}

/** What the page shows besides its forms. */
interface ImportView {
  /** A refusal in place: the file, the kept check, or the template asked for; beside its field. */
  error?: { said: UserError['said']; field: 'file' | 'ten' };
  check?: ImportCheck;
  token?: string;
  /** Cells that changed between the check and the confirmation. */
  stale?: number;
  saved?: { n: number; file: string };
  /** A name of several places: the person chooses one. */
  choose?: Place[];
  ask?: Partial<TemplateAsk>;
}

const formatOf = (v: string | undefined): TemplateFormat => (v === 'csv' ? 'csv' : 'xlsx');

/** The template's query string for a place (by code: the link the person chose by name). */
const templateHref = (place: TemplatePlace, year: number, format: TemplateFormat) => {
  const q = new URLSearchParams('institution' in place ? { 'co-so': place.institution } : { 'don-vi': place.unit });
  q.set('nam', String(year));
  q.set('dang', format);
  return `/nhap-lieu/mau?${q}`;
};

/** The links to an institution's template, for its entry page (`/co-so/<code>`). */
export function TemplateLinks(props: { lang: Lang; code: string; year: number }) {
  const s = statisticsText(props.lang);
  const place = { institution: props.code };
  return (
    <p>
      {s.templateLinksLabel({ year: props.year })}: <a href={templateHref(place, props.year, 'xlsx')}>{s.formatXlsx}</a> ·{' '}
      <a href={templateHref(place, props.year, 'csv')}>{s.formatCsv}</a> · <a href="/nhap-lieu">{s.importFromFile}</a>
    </p>
  );
}

async function importPage(c: AppContext, view: ImportView = {}, status: 200 | 400 | 403 | 404 | 409 | 413 | 422 = 200) {
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const s = statisticsText(lang);
  const who = signedIn(c);
  const db = c.var.store.db;
  // an admin's scope is the country: found by name when asked (the search), not listed on every view
  const [places, { years }] = await Promise.all([who.role === 'admin' ? [] : templatePlaces(db, who, lang), dataYears(db)]);
  const own = who.unitId === null ? undefined : await unitById(db, who.unitId);
  const ask: TemplateAsk = {
    name: view.ask?.name ?? own?.fullName ?? own?.name ?? '',
    // an official of a unit that ended writes its last years: the template of its last one
    year: view.ask?.year ?? (own?.validTo ? Number(own.validTo.slice(0, 4)) : thisYear()),
    format: view.ask?.format ?? 'xlsx',
  };
  const error = view.error;
  const only = places.length === 1 ? places[0] : undefined;
  const fieldError = (field: 'file' | 'ten') =>
    error?.field === field ? (
      <span id={`${field}-err`} class="field-error">
        {sayIn(lang, error.said)}
      </span>
    ) : null;
  const check = view.check;
  return c.html(
    <Layout ctx={ctx} title={t.navImport}>
      <h1>{t.navImport}</h1>
      <p>{s.importIntro}</p>
      {error ? (
        <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
          <h2 id="error-summary-h">{s.thereIsAProblem}</h2>
          <ul>
            <li>
              <a href={`#${error.field}`}>{sayIn(lang, error.said)}</a>
            </li>
          </ul>
        </div>
      ) : null}
      {view.saved ? (
        <p class="ok" role="status">
          {s.importSavedFrom({ n: formatNumber(lang, view.saved.n, 0), file: view.saved.file })}
        </p>
      ) : null}
      {view.stale !== undefined && view.stale > 0 ? (
        <p class="error" role="alert">
          {sayIn(lang, E.dataChanged({ n: formatNumber(lang, view.stale, 0) }))}
        </p>
      ) : null}
      {check && check.problems.length > 0 ? <Problems lang={lang} t={t} check={check} /> : null}
      {check && check.problems.length === 0 ? <Changes lang={lang} csrf={ctx.csrf} check={check} token={view.token} /> : null}

      <section aria-labelledby="tpl-h">
        <h2 id="tpl-h">{s.stepTemplate}</h2>
        {view.choose && view.choose.length > 0 ? (
          <>
            <p id="choose-h">{s.choosePlace({ name: ask.name })}</p>
            <ul aria-labelledby="choose-h">
              {view.choose.map((p) => (
                <li>
                  <a href={templateHref(p.kind === 'institution' ? { institution: p.code } : { unit: p.code }, ask.year, ask.format)}>{p.label}</a>
                  {p.within ? <span class="muted"> — {p.within}</span> : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <form method="get" action="/nhap-lieu/mau" class="inline">
          {only ? (
            <>
              <input type="hidden" name={only.kind === 'institution' ? 'co-so' : 'don-vi'} value={only.code} />
              <p class="flush">{s.templateOf({ place: only.label, year: ask.year })}</p>
            </>
          ) : (
            <div class="grow">
              <label for="ten">{s.placeLabel}</label>
              <span id="ten-hint" class="muted hint">
                {s.placeHint}
              </span>
              {fieldError('ten')}
              <input
                id="ten"
                name="ten"
                value={ask.name}
                list={places.length <= 1000 ? 'places' : undefined}
                autocomplete="off"
                aria-describedby={error?.field === 'ten' ? 'ten-hint ten-err' : 'ten-hint'}
                aria-invalid={error?.field === 'ten' ? 'true' : undefined}
              />
              {places.length <= 1000 ? (
                <datalist id="places">
                  {places.map((p) => (
                    <option value={p.label} />
                  ))}
                </datalist>
              ) : null}
            </div>
          )}
          <div>
            <label for="tpl-nam">{t.year}</label>
            <select id="tpl-nam" name="nam">
              {years
                .filter((y) => y <= thisYear())
                .map((y) => (
                  <option value={String(y)} selected={y === ask.year}>
                    {y}
                  </option>
                ))}
            </select>
          </div>
          <fieldset class="formats">
            <legend>{s.formatLabel}</legend>
            <label>
              <input type="radio" name="dang" value="xlsx" checked={ask.format === 'xlsx'} /> {s.formatXlsx}
            </label>
            <label>
              <input type="radio" name="dang" value="csv" checked={ask.format === 'csv'} /> {s.formatCsv}
            </label>
          </fieldset>
          <button type="submit">{s.downloadTemplate}</button>
        </form>
      </section>

      <section aria-labelledby="up-h">
        <h2 id="up-h">{s.stepUpload}</h2>
        <p class="muted">{s.importRules}</p>
        <form method="post" action="/nhap-lieu" enctype="multipart/form-data">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="file">{t.file}</label>
          {fieldError('file')}
          <input
            id="file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-invalid={error?.field === 'file' ? 'true' : undefined}
            aria-describedby={error?.field === 'file' ? 'file-err' : undefined}
          />
          <p class="actions">
            <button class="primary" type="submit" name="buoc" value="kiem-tra">
              {s.checkFile}
            </button>
            <button type="submit" name="buoc" value="luu">
              {s.saveNow}
            </button>
          </p>
        </form>
      </section>
    </Layout>,
    status,
  );
}

type PageStatus = Parameters<typeof importPage>[2];

/** A refusal the page answers in place (a file, a token, a template): its status, else a fault to raise. */
function inPlace(e: unknown): PageStatus {
  if (e instanceof UserError && [400, 403, 404, 409, 413, 422].includes(e.status)) return e.status as PageStatus;
  throw e;
}

export const importPages = new Hono<AppEnv>()
  .use('/nhap-lieu', requireLogin())
  .use('/nhap-lieu/*', requireLogin())
  .get('/nhap-lieu', (c) => {
    const n = Number(c.req.query('da-luu'));
    return importPage(c, Number.isInteger(n) && n >= 0 && c.req.query('da-luu') ? { saved: { n, file: c.req.query('tep') ?? '' } } : {});
  })
  .post('/nhap-lieu', async (c) => {
    if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD) throw new UserError(E.fileTooLarge(), 413);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) return importPage(c, { error: { said: E.noFile(), field: 'file' } }, 400);
    const upload = { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
    const who = signedIn(c);
    const db = c.var.store.db;
    // the spreadsheet libraries load only when someone imports
    const { checkUpload, importValues } = await import('./value-import.ts');
    try {
      if (body.buoc === 'kiem-tra' || body.dryRun === '1') {
        const r = await checkUpload(db, who, upload, { held: heldUploads() });
        return importPage(c, r, r.check.problems.length > 0 ? 422 : 200);
      }
      const r = await importValues(db, who, upload);
      if (r.rows === 0) throw new UserError(E.headerOnly(), 422);
      if (r.problems.length > 0) {
        const check: ImportCheck = { name: upload.name, rows: r.rows, blank: 0, problems: r.problems, changes: [], changed: 0, unchanged: 0 };
        return importPage(c, { check }, 422);
      }
      return c.redirect(`/nhap-lieu?da-luu=${r.written}&tep=${encodeURIComponent(upload.name)}`, 303);
    } catch (e) {
      const status = inPlace(e);
      return importPage(c, { error: { said: (e as UserError).said, field: 'file' } }, status);
    }
  })
  .post('/nhap-lieu/xac-nhan', async (c) => {
    const body = await c.req.parseBody();
    const token = typeof body.token === 'string' ? body.token : '';
    const { confirmUpload } = await import('./value-import.ts');
    try {
      const r = await confirmUpload(c.var.store.db, signedIn(c), token, { held: heldUploads() });
      if (r.saved) return c.redirect(`/nhap-lieu?da-luu=${r.written}&tep=${encodeURIComponent(r.name)}`, 303);
      return importPage(c, { ...r.again, stale: r.cellsChanged }, r.cellsChanged > 0 ? 409 : 422);
    } catch (e) {
      const status = inPlace(e);
      return importPage(c, { error: { said: (e as UserError).said, field: 'file' } }, status);
    }
  })
  .get('/nhap-lieu/mau', async (c) => {
    const who = signedIn(c);
    const db = c.var.store.db;
    const ask: TemplateAsk = {
      name: (c.req.query('ten') ?? '').trim(),
      year: yearParam(c.req.query('nam'), thisYear()),
      format: formatOf(c.req.query('dang')),
    };
    let place: TemplatePlace | undefined;
    const [institution, unit] = [c.req.query('co-so'), c.req.query('don-vi')];
    if (institution) place = { institution };
    else if (unit) place = { unit };
    else {
      if (ask.name === '') return importPage(c, { error: { said: E.placeMissing(), field: 'ten' }, ask }, 422);
      const found = findPlaces(await templatePlaces(db, who, c.var.lang), ask.name);
      if (found.exact) place = found.exact.kind === 'institution' ? { institution: found.exact.code } : { unit: found.exact.code };
      else if (found.matches.length > 0) return importPage(c, { choose: found.matches, ask });
      else return importPage(c, { error: { said: E.noSuchPlace({ name: ask.name }), field: 'ten' }, ask }, 404);
    }
    const { valueTemplate } = await import('./value-template.ts');
    try {
      const file = await valueTemplate(db, who, place, ask.year, ask.format);
      return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Content-Disposition': `attachment; filename="${file.filename}"` });
    } catch (e) {
      const status = inPlace(e);
      return importPage(c, { error: { said: (e as UserError).said, field: 'ten' }, ask }, status);
    }
  });
