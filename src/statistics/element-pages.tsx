import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate, parseDate, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { DatedActionForm, ErrorSummary, formProblems, SelectField, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { changeElement, createElement, retireElement, SECTORS } from './element-admin.ts';
import { listElements, type DataElement, type PeriodType } from './elements.ts';
import { elementAdminText, statisticsErrors as E } from './messages.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * `/quan-tri/du-lieu`: the data elements (issue 19). The list, the form adding one, each element's page changing it
 * and retiring it from a day. System admins only; refused forms come back with what was typed and the reasons
 * beside their fields.
 */
export const ELEMENTS_BASE = '/quan-tri/du-lieu';

type Typed = Readonly<Record<string, string>>;
type Form = 'details' | 'retire';

const SECTOR_KEYS = {
  library: 'sectorLibrary',
  museum: 'sectorMuseum',
  culture: 'sectorCulture',
  service_point: 'sectorServicePoint',
  common: 'sectorCommon',
} as const;

const sectorName = (lang: Lang, sector: string) => {
  const key = SECTOR_KEYS[sector as keyof typeof SECTOR_KEYS];
  return key ? elementAdminText(lang)[key] : sector;
};

function adminOnly(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  return who;
}

function Fields(props: { lang: Lang; typed: (f: string, d?: string) => string; p: ReturnType<typeof formProblems> }) {
  const { lang, typed, p } = props;
  const s = elementAdminText(lang);
  return (
    <>
      <TextField problems={p} name="nameVi" label={s.nameVi} value={typed('nameVi')} maxlength={300} />
      <TextField problems={p} name="nameEn" label={s.nameEn} value={typed('nameEn')} maxlength={300} />
      <SelectField
        problems={p}
        name="sector"
        label={s.sector}
        value={typed('sector', 'library')}
        options={SECTORS.map((x) => ({ value: x, label: sectorName(lang, x) }))}
      />
      <SelectField
        problems={p}
        name="periodType"
        label={s.periodType}
        value={typed('periodType', 'month')}
        options={[
          { value: 'month', label: s.month },
          { value: 'year', label: s.year },
        ]}
      />
    </>
  );
}

const labelsOf = (lang: Lang) => {
  const s = elementAdminText(lang);
  return { code: s.code, nameVi: s.nameVi, nameEn: s.nameEn, sector: s.sector, periodType: s.periodType, retiredOn: s.retireOn };
};

async function listPage(c: AppContext, again?: { error: UserError; typed: Typed }) {
  adminOnly(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = elementAdminText(lang);
  const elements = await listElements(c.var.store.db);
  const typed = (f: string, d = '') => again?.typed[f] ?? d;
  const p = formProblems(lang, again?.error);
  return c.html(
    <Layout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      {!again && c.req.query('xong') === 'them' ? (
        <p class="ok" role="status">
          {s.added}
        </p>
      ) : null}
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
      <table class="cards">
        <caption class="vh">{s.title}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colName}</th>
            <th scope="col">{s.colSector}</th>
            <th scope="col">{s.colPeriod}</th>
            <th scope="col">{s.colState}</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((e) => (
            <tr>
              <td data-label={s.colName}>
                <a href={`${ELEMENTS_BASE}/${e.code}`}>{sayIn(lang, { vi: e.nameVi, en: e.nameEn })}</a>
              </td>
              <td data-label={s.colSector}>{sectorName(lang, e.sector)}</td>
              <td data-label={s.colPeriod}>{e.periodType === 'month' ? s.month : s.year}</td>
              <td data-label={s.colState}>{e.retiredOn ? s.retiredFrom({ date: formatDate(e.retiredOn) }) : s.inUse}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="add-h">{s.add}</h2>
      <form method="post" action={ELEMENTS_BASE} class="rule-form" aria-labelledby="add-h">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <TextField problems={p} name="code" label={s.code} value={typed('code')} maxlength={41} autocomplete="off" hint={s.codeHint} />
        <Fields lang={lang} typed={typed} p={p} />
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

async function elementOf(c: AppContext): Promise<DataElement> {
  const e = (await listElements(c.var.store.db)).find((x) => x.code === c.req.param('code'));
  if (!e) throw notFound('chỉ tiêu', 'Data element');
  return e;
}

async function elementPage(c: AppContext, again?: { error: UserError; typed: Typed; form: Form }) {
  adminOnly(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = elementAdminText(lang);
  const e = await elementOf(c);
  const base: Record<string, string> = { nameVi: e.nameVi, nameEn: e.nameEn, sector: e.sector, periodType: e.periodType };
  const typedIn =
    (form: Form) =>
    (f: string, d = '') =>
      again?.form === form ? (again.typed[f] ?? d) : (base[f] ?? d);
  const pd = formProblems(lang, again?.form === 'details' ? again.error : undefined);
  const pr = formProblems(lang, again?.form === 'retire' ? again.error : undefined);
  const done = c.req.query('xong');
  const notice = again ? undefined : done === 'sua' ? s.saved : done === 'ngung' ? s.retired : undefined;
  const name = sayIn(lang, { vi: e.nameVi, en: e.nameEn });
  return c.html(
    <Layout ctx={ctx} title={s.editOf({ name })}>
      <p>
        <a href={ELEMENTS_BASE}>← {s.back}</a>
      </p>
      <h1>{s.editOf({ name })}</h1>
      <p class="muted">
        {s.code}: {e.code}
        {e.retiredOn ? ` · ${s.retiredFrom({ date: formatDate(e.retiredOn) })}` : ''}
      </p>
      <StatusNote said={notice} />
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
      <form method="post" action={`${ELEMENTS_BASE}/${e.code}`} class="rule-form" aria-label={s.editOf({ name })}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Fields lang={lang} typed={typedIn('details')} p={pd} />
        <p>
          <button class="primary" type="submit">
            {s.save}
          </button>
        </p>
      </form>
      {e.retiredOn ? null : (
        <>
          <h2 id="retire-h">{s.retire}</h2>
          <DatedActionForm
            action={`${ELEMENTS_BASE}/${e.code}/ngung`}
            csrf={ctx.csrf}
            labelledBy="retire-h"
            field="retiredOn"
            label={s.retireOn}
            value={typedIn('retire')('retiredOn', formatDate(todayLocal()))}
            hint={s.dateHint}
            button={s.retireButton}
            problems={pr}
          />
        </>
      )}
    </Layout>,
    again?.error.status ?? 200,
  );
}

async function body(c: AppContext): Promise<Record<string, string>> {
  const b = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(b)) if (typeof v === 'string') out[k] = v;
  return out;
}

const fieldsOf = (t: Typed) => ({
  nameVi: t.nameVi ?? '',
  nameEn: t.nameEn ?? '',
  sector: t.sector ?? '',
  periodType: (t.periodType ?? '') as PeriodType,
});

/** Runs a change; a refusal (422) comes back as the page with what was typed. */
async function orAgain(run: () => Promise<void>, again: (e: UserError) => Promise<Response>, done: () => Response): Promise<Response> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return again(e);
    throw e;
  }
  return done();
}

export const elementPages = new Hono<AppEnv>()
  .use(ELEMENTS_BASE, requireLogin())
  .use(`${ELEMENTS_BASE}/*`, requireLogin())
  .get(ELEMENTS_BASE, (c) => listPage(c))
  .post(ELEMENTS_BASE, async (c) => {
    const who = adminOnly(c);
    const typed = await body(c);
    return orAgain(
      () => createElement(c.var.store.db, who, { code: (typed.code ?? '').trim(), ...fieldsOf(typed) }),
      (error) => listPage(c, { error, typed }),
      () => c.redirect(`${ELEMENTS_BASE}?xong=them`, 303),
    );
  })
  .get(`${ELEMENTS_BASE}/:code`, (c) => elementPage(c))
  .post(`${ELEMENTS_BASE}/:code`, async (c) => {
    const who = adminOnly(c);
    const typed = await body(c);
    return orAgain(
      () => changeElement(c.var.store.db, who, c.req.param('code'), fieldsOf(typed)),
      (error) => elementPage(c, { error, typed, form: 'details' }),
      () => c.redirect(`${ELEMENTS_BASE}/${c.req.param('code')}?xong=sua`, 303),
    );
  })
  .post(`${ELEMENTS_BASE}/:code/ngung`, async (c) => {
    const who = adminOnly(c);
    const typed = await body(c);
    return orAgain(
      async () => {
        const on = parseDate(typed.retiredOn);
        if (!on) throw new UserError(E.elementInvalid(), 422, [{ field: 'retiredOn', said: E.elementRetireDate() }]);
        await retireElement(c.var.store.db, who, c.req.param('code'), on);
      },
      (error) => elementPage(c, { error, typed, form: 'retire' }),
      () => c.redirect(`${ELEMENTS_BASE}/${c.req.param('code')}?xong=ngung`, 303),
    );
  });
