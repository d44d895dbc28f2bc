import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { formatNumber } from '../core/i18n/index.ts';
import { notFound } from '../core/errors.ts';
import { planById, targetsOfPlan } from './queries.ts';
import { editablePlan } from './review-pages.tsx';
import { compliance } from './compliance.ts';
import { listIndicators } from '../indicators/catalogue.ts';

/** A plan and its targets, as entered or reviewed (public: plans are public documents). */
export const planPages = new Hono<AppEnv>().get('/ke-hoach/:id', async (c) => {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const plan = await planById(db, Number(c.req.param('id')));
  if (!plan) throw notFound('kế hoạch', 'Plan');
  // a draft is not yet a public document: only those who may review it see it
  if (plan.status === 'draft') {
    await editablePlan(c, plan.id);
    return c.redirect(`/ke-hoach/${plan.id}/duyet`, 303);
  }
  const targets = await targetsOfPlan(db, plan.id);
  const parent = plan.parentPlanId ? await planById(db, plan.parentPlanId) : undefined;
  const checks = parent ? await compliance(db, plan.id, parent.id) : [];
  const names = new Map((await listIndicators(db)).map((i) => [i.code, lang === 'en' ? i.nameEn : i.nameVi]));
  const verdict = (v: string) => (lang === 'en' ? { missing: 'missing', weaker: 'weaker', equal: 'same', stronger: 'stronger' } : { missing: 'chưa có', weaker: 'thấp hơn', equal: 'bằng', stronger: 'cao hơn' })[v as 'missing'];
  return c.html(
    <Layout ctx={ctx} title={plan.number ?? plan.title}>
      {plan.unit ? <p><a href={`/don-vi/${encodeURIComponent(plan.unit)}`}>← {plan.unit}</a></p> : null}
      <h1>{plan.title}</h1>
      <p>
        {plan.number ? `${lang === 'en' ? 'No.' : 'Số'} ${plan.number}` : lang === 'en' ? 'No number' : 'Chưa có số'}
        {plan.date ? ` · ${plan.date}` : ''}
        {plan.issuer ? ` · ${plan.issuer}` : ''} · {plan.yearFrom}–{plan.yearTo}
        {plan.reportDay && plan.reportMonth ? ` · ${lang === 'en' ? 'annual report due' : 'báo cáo hằng năm trước ngày'} ${plan.reportDay}/${plan.reportMonth}` : ''}
      </p>
      {parent ? <p>{lang === 'en' ? 'Implements' : 'Thực hiện'}: <a href={`/ke-hoach/${parent.id}`}>{parent.number ?? parent.title}</a></p> : null}
      <table>
        <thead><tr><th scope="col">{t.indicator}</th><th scope="col">{t.year}</th><th scope="col">{t.target}</th></tr></thead>
        <tbody>
          {targets.map((x) => (
            <tr>
              <th scope="row" style="font-weight:normal">{lang === 'en' ? x.name_en : x.name_vi}</th>
              <td class="num">{x.year}</td>
              <td class="num">{x.min !== null && x.max !== null && x.min !== x.max ? `${formatNumber(lang, x.min)}–${formatNumber(lang, x.max)}` : formatNumber(lang, x.value)} {x.unit_label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`/ke-hoach/${plan.id}/nhiem-vu`}>{lang === 'en' ? 'Tasks by agency' : 'Nhiệm vụ theo cơ quan'}</a>
        {plan.unit ? <> · <a href={`/don-vi/${encodeURIComponent(plan.unit)}/lich?nam=${plan.yearFrom}`}>{lang === 'en' ? 'Activity calendar' : 'Lịch hoạt động'}</a></> : null}
      </p>
      {parent ? (
        <section aria-labelledby="compliance-h">
          <h2 id="compliance-h">{lang === 'en' ? `Against the parent plan ${parent.number ?? ''}` : `Đối chiếu với kế hoạch cấp trên ${parent.number ?? ''}`}</h2>
          <table>
            <thead><tr><th scope="col">{t.indicator}</th><th scope="col">{t.year}</th><th scope="col">{lang === 'en' ? 'Parent' : 'Cấp trên'}</th><th scope="col">{lang === 'en' ? 'This plan' : 'Kế hoạch này'}</th><th scope="col">{t.status}</th></tr></thead>
            <tbody>
              {checks.map((r) => (
                <tr>
                  <th scope="row" style="font-weight:normal">{names.get(r.indicator) ?? r.indicator}</th>
                  <td class="num">{r.year}</td>
                  <td class="num">{formatNumber(lang, r.parent)}</td>
                  <td class="num">{formatNumber(lang, r.child)}</td>
                  <td><span class={`light ${r.verdict === 'missing' || r.verdict === 'weaker' ? 'behind' : 'met'}`}>{verdict(r.verdict)}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </Layout>,
  );
});
