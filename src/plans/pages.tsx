import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { formatNumber } from '../core/i18n/index.ts';
import { notFound } from '../core/errors.ts';
import { planById, targetsOfPlan } from './queries.ts';
import { editablePlan } from './review-pages.tsx';

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
    </Layout>,
  );
});
