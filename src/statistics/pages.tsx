import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { canReadInstitution, canWriteInstitution, writableInstitutions } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { attributesOf, findInstitution, setAttribute } from '../network/institutions.ts';
import { KINDS } from '../network/catalogue.ts';
import { dataYears, yearParam } from './years.ts';
import { YearForm } from '../core/web/year-form.tsx';
import { cellName, elementsForSector, valuesOf } from './entry.ts';
import { monthsOf } from './periods.ts';
import { resolveValues, type RawValue } from './resolve.ts';
import { applyValues, removeValues } from './write.ts';
import { localDate, thisYear } from '../core/time.ts';

const MAX_UPLOAD = 50 * 1024 * 1024;

/** The institution named in the URL, if the signed-in user may write its data; else 404/403. */
async function writableInstitution(c: AppContext) {
  const inst = await findInstitution(c.var.store.db, c.req.param('code') ?? '');
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await canWriteInstitution(c.var.store.db, c.var.principal, inst.id))) throw noAccess();
  return inst;
}

export const institutionPages = new Hono<AppEnv>()
  .use('/co-so/*', requireLogin())
  .use('/nhap-lieu', requireLogin())
  .get('/co-so/:code', async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const { t, lang } = ctx;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await canReadInstitution(db, c.var.principal, inst.id))) throw noAccess();
    const canWrite = await canWriteInstitution(db, c.var.principal, inst.id);
    const { years, latest } = await dataYears(db);
    const year = yearParam(c.req.query('nam'), latest);
    const kind = KINDS.find((k) => k.code === inst.kind);
    const elements = await elementsForSector(db, kind?.sector ?? 'common');
    const values = await valuesOf(db, inst.id, year);
    const attrs = await attributesOf(db, inst.id, year);
    const monthly = elements.filter((e) => e.periodType === 'month');
    const yearly = elements.filter((e) => e.periodType === 'year');
    const months = monthsOf(year);
    const saved = c.req.query('da-luu') === '1';
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <p><a href={`/don-vi/${encodeURIComponent(inst.unit)}?nam=${year}`}>← {inst.unit}</a></p>
        <h1>{inst.name}</h1>
        <p>{t.kind}: {lang === 'en' ? kind?.en : kind?.vi} · {t.ownership}: {inst.ownership === 'public' ? t.public : t.nonPublic}{inst.address ? ` · ${t.address}: ${inst.address}` : ''}</p>
        <YearForm action={`/co-so/${encodeURIComponent(inst.code)}`} year={year} years={years} t={t} />
        {saved ? <p class="ok" role="status">{t.saved}</p> : null}
        <h2>{t.attributes} {year}</h2>
        <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/thuoc-tinh?nam=${year}`}>
          <input type="hidden" name="_csrf" value={c.var.csrf} />
          <table>
            <thead><tr><th scope="col">{t.attributes}</th><th scope="col">{t.status}</th><th scope="col">{t.evidence}</th><th scope="col">{t.setBy}</th></tr></thead>
            <tbody>
              {attrs.map((a) => (
                <tr>
                  <th scope="row" style="font-weight:normal"><label for={`a-${a.code}`}>{lang === 'en' ? a.name_en : a.name_vi}</label></th>
                  <td>
                    <select id={`a-${a.code}`} name={`a:${a.code}`} disabled={!canWrite}>
                      <option value="" selected={a.value === null}>{t.notSet}</option>
                      <option value="1" selected={a.value === 1}>{t.yes}</option>
                      <option value="0" selected={a.value === 0}>{t.no}</option>
                    </select>
                  </td>
                  <td><input name={`e:${a.code}`} value={a.evidence ?? ''} aria-label={`${t.evidence}: ${lang === 'en' ? a.name_en : a.name_vi}`} disabled={!canWrite} /></td>
                  <td class="muted">{a.set_by ?? ''} {a.set_at ? localDate(a.set_at) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canWrite ? <p><button class="primary" type="submit">{t.save}</button></p> : null}
        </form>
        <h2>{t.dataEntry} {year}</h2>
        <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/so-lieu?nam=${year}`}>
          <input type="hidden" name="_csrf" value={c.var.csrf} />
          <div class="grid">
            <table>
              <thead><tr><th scope="col">{t.indicator}</th>{months.map((m) => <th scope="col">{t.month} {Number(m.slice(5))}</th>)}</tr></thead>
              <tbody>
                {monthly.map((e) => (
                  <tr>
                    <th scope="row" style="font-weight:normal">{lang === 'en' ? e.nameEn : e.nameVi}</th>
                    {months.map((m) => (
                      <td><input name={cellName(e.code, m)} inputmode="numeric" value={values.get(e.code)?.get(m)?.toString() ?? ''} aria-label={`${lang === 'en' ? e.nameEn : e.nameVi}, ${t.month} ${Number(m.slice(5))}`} disabled={!canWrite} /></td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <table>
              <thead><tr><th scope="col">{t.indicator}</th><th scope="col">{t.yearly} {year}</th></tr></thead>
              <tbody>
                {yearly.map((e) => (
                  <tr>
                    <th scope="row" style="font-weight:normal">{lang === 'en' ? e.nameEn : e.nameVi}</th>
                    <td><input name={cellName(e.code, String(year))} inputmode="numeric" value={values.get(e.code)?.get(String(year))?.toString() ?? ''} aria-label={`${lang === 'en' ? e.nameEn : e.nameVi}, ${year}`} disabled={!canWrite} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {canWrite ? <p><button class="primary" type="submit">{t.save}</button></p> : null}
        </form>
      </Layout>,
    );
  })
  .post('/co-so/:code/so-lieu', async (c) => {
    const { db } = c.var.store;
    const inst = await writableInstitution(c);
    const year = yearParam(c.req.query('nam'), thisYear());
    const body = await c.req.parseBody();
    const existing = await valuesOf(db, inst.id, year);
    const raw: RawValue[] = [];
    const cleared: { element: string; period: string }[] = [];
    let row = 0;
    for (const [name, v] of Object.entries(body)) {
      const m = /^v:([A-Z0-9_]+):(\d{4}(?:-\d{2})?)$/.exec(name);
      if (!m || typeof v !== 'string') continue;
      row++;
      const [, element, period] = m as unknown as [string, string, string];
      if (v.trim() === '') {
        if (existing.get(element)?.has(period)) cleared.push({ element, period });
        continue;
      }
      if (existing.get(element)?.get(period) === Number(v.trim())) continue;
      raw.push({ row, institution: inst.code, dataElement: element, period, value: v });
    }
    const may = await writableInstitutions(db, c.var.principal!);
    const r = await resolveValues(db, raw, (id, unitId) => id === inst.id && may(id, unitId));
    if (r.problems.length > 0) throw new UserError('Có ô không hợp lệ; không số liệu nào được lưu.', 422, r.problems.map((p) => ({ ...p, row: undefined, field: `${raw.find((x) => x.row === p.row)?.dataElement} ${raw.find((x) => x.row === p.row)?.period}` })));
    const ids = new Map((await db.selectFrom('data_elements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
    await db.transaction().execute(async (trx) => {
      await applyValues(trx, r.values, { userId: c.var.principal?.userId ?? null, mode: 'set' });
      await removeValues(trx, cleared.map((x) => ({ institutionId: inst.id, elementId: ids.get(x.element)!, period: x.period })), c.var.principal?.userId ?? null);
    });
    return c.redirect(`/co-so/${encodeURIComponent(inst.code)}?nam=${year}&da-luu=1`, 303);
  })
  .post('/co-so/:code/thuoc-tinh', async (c) => {
    const { db } = c.var.store;
    const inst = await writableInstitution(c);
    const year = yearParam(c.req.query('nam'), thisYear());
    const body = await c.req.parseBody();
    const current = new Map((await attributesOf(db, inst.id, year)).map((a) => [a.code, a]));
    for (const [name, v] of Object.entries(body)) {
      const m = /^a:([a-z_]+)$/.exec(name);
      if (!m || typeof v !== 'string' || v === '') continue;
      const code = m[1]!;
      const evidence = typeof body[`e:${code}`] === 'string' ? (body[`e:${code}`] as string).trim() || null : null;
      const before = current.get(code);
      if (before && before.value === Number(v) && (before.evidence ?? null) === evidence) continue;
      await setAttribute(db, inst.id, { attribute: code, year, value: v === '1', evidence }, c.var.principal?.userId ?? null);
    }
    return c.redirect(`/co-so/${encodeURIComponent(inst.code)}?nam=${year}&da-luu=1`, 303);
  })
  .get('/nhap-lieu', (c) => c.html(<ImportPage ctx={pageContext(c)} />))
  .post('/nhap-lieu', async (c) => {
    const { db } = c.var.store;
    const p = c.var.principal!;
    if (Number(c.req.header('content-length') ?? 0) > MAX_UPLOAD) throw new UserError('Tệp quá lớn (tối đa 50 MB).', 413);
    const body = await c.req.parseBody();
    const file = body.file;
    if (!(file instanceof File) || file.size === 0) throw new UserError('Chưa chọn tệp, hoặc tệp rỗng.', 400, [{ field: 'file', message: 'Chọn một tệp CSV hoặc XLSX' }]);
    const dryRun = body.dryRun === '1';
    // the spreadsheet libraries load only when someone imports
    const { importValueFile } = await import('./value-import.ts');
    const result = await importValueFile(db, new Uint8Array(await file.arrayBuffer()), file.name, { dryRun, userId: p.userId, canWrite: await writableInstitutions(db, p) });
    return c.html(<ImportPage ctx={pageContext(c)} result={{ ...result, dryRun }} />, result.problems.length > 0 ? 422 : 200);
  });

function ImportPage(props: { ctx: ReturnType<typeof pageContext>; result?: { rows: number; written: number; problems: { row?: number; field?: string; message: string }[]; dryRun: boolean } }) {
  const { t } = props.ctx;
  const r = props.result;
  return (
    <Layout ctx={props.ctx} title={t.navImport}>
      <h1>{t.navImport}</h1>
      <p>{t.importHelp}</p>
      {r && r.problems.length > 0 ? (
        <div role="alert">
          <p class="error">{props.ctx.lang === 'en' ? `${r.problems.length} problem(s); nothing was saved.` : `Có ${r.problems.length} lỗi; không số liệu nào được lưu.`}</p>
          <table>
            <thead><tr><th scope="col">{t.row}</th><th scope="col">{t.column}</th><th scope="col">{t.problem}</th></tr></thead>
            <tbody>{r.problems.map((p) => <tr><td class="num">{p.row ?? ''}</td><td>{p.field ?? ''}</td><td>{p.message}</td></tr>)}</tbody>
          </table>
        </div>
      ) : r ? (
        <p class="ok" role="status">{r.dryRun ? (props.ctx.lang === 'en' ? `${r.rows} rows checked, no problems. Nothing saved yet.` : `Đã kiểm tra ${r.rows} dòng, không có lỗi. Chưa lưu.`) : props.ctx.lang === 'en' ? `${r.written} values saved.` : `Đã lưu ${r.written} số liệu.`}</p>
      ) : null}
      <form method="post" action="/nhap-lieu" enctype="multipart/form-data">
        <input type="hidden" name="_csrf" value={props.ctx.csrf} />
        <label for="file">{t.file}</label>
        <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />
        <p><input id="dryRun" name="dryRun" type="checkbox" value="1" /> <label for="dryRun" style="display:inline">{t.dryRun}</label></p>
        <p><button class="primary" type="submit">{t.upload}</button></p>
      </form>
    </Layout>
  );
}
