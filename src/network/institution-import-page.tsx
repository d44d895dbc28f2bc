import { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { UserError, type Problem } from '../core/errors.ts';
import { formatBytes, formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { requireLogin } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { KINDS } from './catalogue.ts';
import {
  COLUMN_HEADINGS,
  fieldWord,
  IMPORT_COLUMNS,
  importInstitutions,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  planImport,
  type FieldChange,
  type ImportPlan,
} from './institution-import.ts';
import { templateCsv, templateXlsx } from './institution-template.ts';
import { importErrors as E, importText } from './import-messages.ts';
import { institutionAdminText } from './messages.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * `/quan-tri/co-so/nhap`: institutions imported from a file, without JavaScript. The file is first tried (nothing
 * saved): the page lists what would be added and changed and every problem by row and column in words. When the trial
 * found nothing wrong, its page carries the file checked (base64, in the form) to the button that imports it, so the
 * person does not choose it again; the import plans it again (the registry may have changed since) and writes all or
 * nothing.
 */
export const IMPORT_PATH = '/quan-tri/co-so/nhap';
export const XLSX_MEDIA = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file, or the file carried back as base64 by the trial's page (a third larger). */
export const institutionImportUploads: UploadLimit[] = [
  { path: /^\/quan-tri\/co-so\/nhap$/, maxBytes: 2 * MAX_IMPORT_BYTES + FORM_LIMIT },
  { path: /^\/api\/v1\/institutions\/import$/, maxBytes: MAX_IMPORT_BYTES },
];

/** How many rows of each list a trial's page shows (the counts say the rest). */
const SHOWN = 200;

const say = (lang: Lang, v: string | number | null, t: ReturnType<typeof importText>) =>
  v === null || v === ''
    ? t.empty
    : typeof v === 'number'
      ? formatNumber(lang, v, 6)
          .replace(/(,\d*?)0+$/, '$1')
          .replace(/,$/, '')
      : v;

function kindWord(lang: Lang, code: string): string {
  const k = KINDS.find((x) => x.code === code);
  return k ? sayIn(lang, { vi: k.vi, en: k.en }) : code;
}

function changeWords(lang: Lang, c: FieldChange): string {
  const t = importText(lang);
  const s = institutionAdminText(lang);
  const value = (v: string | number | null) =>
    c.field === 'kind' && typeof v === 'string'
      ? kindWord(lang, v)
      : c.field === 'ownership'
        ? v === 'public'
          ? s.ownershipPublic
          : s.ownershipNonPublic
        : say(lang, v, t);
  return t.change({ field: fieldWord(lang, c.field), from: value(c.from), to: value(c.to) });
}

/** Where a problem is, in words: "Dòng 5, cột C (Loại cơ sở)". */
export function placeOfProblem(lang: Lang, p: Problem, headings: Record<string, string>): string {
  const t = importText(lang);
  if (p.row === undefined) return '';
  return p.field ? t.rowColumn({ row: p.row, column: p.field, name: headings[p.field] ?? '' }) : t.rowOnly({ row: p.row });
}

function Problems(props: { lang: Lang; problems: Problem[]; headings: Record<string, string> }) {
  const t = importText(props.lang);
  return (
    <div class="error error-summary" role="alert" aria-labelledby="problems-h" tabindex={-1}>
      <h2 id="problems-h">{t.problemsTitle({ n: props.problems.length })}</h2>
      <p>{sayIn(props.lang, E.refused({ n: props.problems.length }))}</p>
      <ul>
        {props.problems.slice(0, SHOWN).map((p) => {
          const where = placeOfProblem(props.lang, p, props.headings);
          return (
            <li>
              {where ? <strong>{where}: </strong> : null}
              {sayIn(props.lang, p.said)}
            </li>
          );
        })}
      </ul>
      {props.problems.length > SHOWN ? <p>{t.shownOf({ shown: SHOWN, n: props.problems.length })}</p> : null}
    </div>
  );
}

/**
 * One list of the trial's rows (those it would add, or change): its row, code and name, then the columns `more`
 * names, the first SHOWN rows and how many there are beyond.
 */
function PlanTable<R extends { row: number; code: string; name: string }>(props: {
  lang: Lang;
  id: string;
  title: string;
  rows: R[];
  more: { head: string; cell: (r: R) => Child }[];
}) {
  const { id, rows, more } = props;
  const t = importText(props.lang);
  if (rows.length === 0) return null;
  return (
    <>
      <h2 id={id}>{props.title}</h2>
      <table class="cards" aria-labelledby={id}>
        <thead>
          <tr>
            <th scope="col">{t.colRow}</th>
            <th scope="col">{t.colCode}</th>
            <th scope="col">{t.colName}</th>
            {more.map((m) => (
              <th scope="col">{m.head}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((r) => (
            <tr>
              <td data-label={t.colRow}>{r.row}</td>
              <td data-label={t.colCode}>{r.code}</td>
              <th scope="row" data-label={t.colName}>
                {r.name}
              </th>
              {more.map((m) => (
                <td data-label={m.head}>{m.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN ? <p class="muted">{t.shownOf({ shown: SHOWN, n: rows.length })}</p> : null}
    </>
  );
}

function PlanTables(props: { lang: Lang; plan: ImportPlan }) {
  const { lang, plan } = props;
  const t = importText(lang);
  return (
    <>
      <PlanTable
        lang={lang}
        id="creates-h"
        title={t.createsTitle({ n: plan.creates.length })}
        rows={plan.creates}
        more={[
          { head: t.colKind, cell: (r) => kindWord(lang, r.kind) },
          { head: t.colUnit, cell: (r) => r.unitLabel },
        ]}
      />
      <PlanTable
        lang={lang}
        id="updates-h"
        title={t.updatesTitle({ n: plan.updates.length })}
        rows={plan.updates}
        more={[
          {
            head: t.colChanges,
            cell: (r) => (
              <ul class="flush">
                {r.changes.map((c) => (
                  <li>{changeWords(lang, c)}</li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </>
  );
}

interface Shown {
  plan?: ImportPlan;
  /** The file tried without problems, carried to the import button. */
  held?: { name: string; base64: string };
  error?: UserError;
}

function page(c: AppContext, shown: Shown = {}, status: 200 | 400 | 413 | 422 = 200) {
  const ctx = pageContext(c);
  const { lang } = ctx;
  const t = importText(lang);
  const s = institutionAdminText(lang);
  const { plan, held, error } = shown;
  const changes = plan ? plan.creates.length + plan.updates.length : 0;
  const them = Number(c.req.query('them') ?? NaN);
  const sua = Number(c.req.query('sua') ?? NaN);
  const done =
    !plan && !error && Number.isInteger(them) && Number.isInteger(sua) ? t.imported({ file: c.req.query('tep') ?? '', creates: them, updates: sua }) : null;
  return c.html(
    <Layout ctx={ctx} title={t.title}>
      <p class="muted flush">
        <a href="/quan-tri/co-so">{t.back}</a>
      </p>
      <h1>{t.title}</h1>
      <StatusNote said={done} />
      {error ? (
        <div class="error error-summary" role="alert" aria-labelledby="error-h" tabindex={-1}>
          <h2 id="error-h">{t.thereIsAProblem}</h2>
          <p>{sayIn(lang, error.said)}</p>
          {error.problems.length > 0 ? (
            <ul>
              {error.problems.map((p) => (
                <li>{sayIn(lang, p.said)}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {plan && plan.problems.length > 0 ? <Problems lang={lang} problems={plan.problems} headings={plan.headings} /> : null}
      {plan && plan.problems.length === 0 ? (
        <p class={changes > 0 ? 'notice' : 'ok'} role="status">
          {changes > 0 ? t.checked({ file: plan.file, creates: plan.creates.length, updates: plan.updates.length, same: plan.unchanged }) : t.nothingToDo}
        </p>
      ) : null}
      {plan && held && plan.problems.length === 0 && changes > 0 ? (
        <form method="post" action={IMPORT_PATH} enctype="multipart/form-data">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <input type="hidden" name="buoc" value="nhap" />
          <input type="hidden" name="ten-tep" value={held.name} />
          <input type="hidden" name="tep-da-thu" value={held.base64} />
          <p>
            <button class="primary" type="submit">
              {t.importNow({ n: changes })}
            </button>
          </p>
        </form>
      ) : null}
      {plan ? <PlanTables lang={lang} plan={plan} /> : null}
      {plan ? null : <p>{t.intro}</p>}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="rule-form" aria-labelledby="upload-h">
        <h2 id="upload-h">{plan ? t.fileAgain : t.dryRun}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <input type="hidden" name="buoc" value="thu" />
        <label for="tep">{t.file}</label>
        <p id="tep-hint" class="muted">
          {t.fileHint({ max: formatNumber(lang, MAX_IMPORT_ROWS, 0), size: formatBytes(lang, MAX_IMPORT_BYTES) })}
        </p>
        <input id="tep" name="tep" type="file" accept=".csv,.xlsx,text/csv" aria-describedby="tep-hint" />
        <p>
          <button class={plan ? undefined : 'primary'} type="submit">
            {t.dryRun}
          </button>
        </p>
      </form>
      <h2 id="template-h">{t.template}</h2>
      <ul aria-labelledby="template-h">
        <li>
          <a href={`${IMPORT_PATH}/mau.xlsx`} download>
            {t.templateXlsx}
          </a>
        </li>
        <li>
          <a href={`${IMPORT_PATH}/mau.csv`} download>
            {t.templateCsv}
          </a>
        </li>
      </ul>
      <details>
        <summary>{t.columnsTitle}</summary>
        <ul>
          {IMPORT_COLUMNS.map((col) => (
            <li>
              <strong>{COLUMN_HEADINGS[col].vi}</strong> ({COLUMN_HEADINGS[col].en}): {columnHelp(lang, col, s)}
            </li>
          ))}
        </ul>
      </details>
    </Layout>,
    status,
  );
}

function columnHelp(lang: Lang, col: (typeof IMPORT_COLUMNS)[number], s: ReturnType<typeof institutionAdminText>): string {
  const t = importText(lang);
  return col === 'ownership' ? t.help_ownership({ pub: s.ownershipPublic, non: s.ownershipNonPublic }) : t[`help_${col}`];
}

/** The file sent: chosen now, or carried back from the trial's page. */
async function fileOf(c: AppContext): Promise<{ step: string; name: string; bytes: Uint8Array } | undefined> {
  const body = await c.req.parseBody();
  const step = String(body.buoc ?? 'thu');
  const file = body.tep;
  if (file instanceof File && file.size > 0) return { step, name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  const carried = typeof body['tep-da-thu'] === 'string' ? body['tep-da-thu'] : '';
  if (carried) return { step, name: String(body['ten-tep'] ?? 'tep'), bytes: new Uint8Array(Buffer.from(carried, 'base64')) };
  return undefined;
}

export const institutionImportPages = new Hono<AppEnv>()
  .use(IMPORT_PATH, requireLogin())
  .use(`${IMPORT_PATH}/*`, requireLogin())
  .get(IMPORT_PATH, (c) => {
    const who = signedIn(c);
    if (who.role !== 'admin' && who.role !== 'official') throw new UserError(E.notAllowed(), 403);
    return page(c);
  })
  .get(`${IMPORT_PATH}/mau.csv`, (c) =>
    c.body(templateCsv(), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="co-so-mau.csv"' }),
  )
  .get(`${IMPORT_PATH}/mau.xlsx`, async (c) =>
    c.body(new Uint8Array(await templateXlsx(c.var.store.db)), 200, {
      'Content-Type': XLSX_MEDIA,
      'Content-Disposition': 'attachment; filename="co-so-mau.xlsx"',
    }),
  )
  .post(IMPORT_PATH, async (c) => {
    const who = signedIn(c);
    const db = c.var.store.db;
    const sent = await fileOf(c);
    if (!sent) return page(c, { error: new UserError(E.noFile(), 400) }, 400);
    if (sent.bytes.length > MAX_IMPORT_BYTES) return page(c, { error: new UserError(E.noFile(), 413) }, 413);
    let plan: ImportPlan;
    try {
      plan = await planImport(db, who, sent.bytes, sent.name, c.var.lang);
    } catch (e) {
      // a file that cannot be read at all (not UTF-8, an old .xls, too many rows…): said on the form
      if (e instanceof UserError && (e.status === 400 || e.status === 413 || e.status === 422)) return page(c, { error: e }, e.status);
      throw e;
    }
    if (sent.step !== 'nhap' || plan.problems.length > 0) {
      const held = plan.problems.length === 0 ? { name: sent.name, base64: Buffer.from(sent.bytes).toString('base64') } : undefined;
      return page(c, { plan, held }, plan.problems.length > 0 ? 422 : 200);
    }
    const done = await importInstitutions(db, who, plan);
    const q = new URLSearchParams({ them: String(done.created), sua: String(done.updated), tep: sent.name });
    return c.redirect(`${IMPORT_PATH}?${q}`, 303);
  });
