import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { formatDate, formatNumber, sayIn } from '../core/i18n/index.ts';
import { UserError } from '../core/errors.ts';
import { planById, targetsOfPlan } from './queries.ts';
import { editablePlan } from './editable-plan.ts';
import { compliance } from './compliance.ts';
import { listIndicators } from '../indicators/catalogue.ts';
import { indicatorName } from '../indicators/messages.ts';
import { plansErrors, plansText, verdictName } from './messages.ts';

/** A plan and its targets, as entered or reviewed (public: plans are public documents). */
export const planPages = new Hono<AppEnv>().get('/ke-hoach/:id', async (c) => {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const pt = plansText(lang);
  const plan = await planById(db, Number(c.req.param('id')));
  if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
  // a draft is not yet a public document: only those who may review it see it
  if (plan.status === 'draft') {
    await editablePlan(c, plan.id);
    return c.redirect(`/ke-hoach/${plan.id}/duyet`, 303);
  }
  const targets = await targetsOfPlan(db, plan.id);
  const parent = plan.parentPlanId ? await planById(db, plan.parentPlanId) : undefined;
  const checks = parent ? await compliance(db, plan.id, parent.id) : [];
  // no parent plan stored: say which one the plan implements instead of comparing it with another
  const missingParent = parent ? null : await citedParent(db, plan.id);
  const names = new Map((await listIndicators(db)).map((i) => [i.code, indicatorName(lang, i)]));
  return c.html(
    <Layout ctx={ctx} title={plan.number ?? plan.title}>
      {plan.unit ? (
        <p>
          <a href={`/don-vi/${encodeURIComponent(plan.unit)}`}>← {plan.unit}</a>
        </p>
      ) : null}
      <h1>{plan.title}</h1>
      <p>
        {plan.number ? pt.numbered({ number: plan.number }) : pt.noNumber}
        {plan.date ? ` · ${formatDate(plan.date)}` : ''}
        {plan.issuer ? ` · ${plan.issuer}` : ''} · {plan.yearFrom}–{plan.yearTo}
        {plan.reportDay && plan.reportMonth ? ` · ${pt.annualReportDue({ day: plan.reportDay, month: plan.reportMonth })}` : ''}
      </p>
      {parent ? (
        <p>
          {pt.implements}: <a href={`/ke-hoach/${parent.id}`}>{parent.number ?? parent.title}</a>
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col">{t.year}</th>
            <th scope="col">{t.target}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((x) => (
            <tr>
              <th scope="row" style="font-weight:normal">
                {sayIn(lang, { vi: x.name_vi, en: x.name_en })}
              </th>
              <td class="num">{x.year}</td>
              <td class="num">
                {x.min !== null && x.max !== null && x.min !== x.max
                  ? `${formatNumber(lang, x.min)}–${formatNumber(lang, x.max)}`
                  : formatNumber(lang, x.value)}{' '}
                {x.unit_label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`/ke-hoach/${plan.id}/nhiem-vu`}>{pt.tasksByAgency}</a>
        {plan.unit ? (
          <>
            {' '}
            · <a href={`/don-vi/${encodeURIComponent(plan.unit)}/lich?nam=${plan.yearFrom}`}>{pt.activityCalendar}</a>
          </>
        ) : null}
      </p>
      {parent ? (
        <section aria-labelledby="compliance-h">
          <h2 id="compliance-h">{pt.againstParent({ number: parent.number ?? '' })}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <th scope="col">{t.year}</th>
                <th scope="col">{pt.parent}</th>
                <th scope="col">{pt.thisPlan}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((r) => (
                <tr>
                  <th scope="row" style="font-weight:normal">
                    {names.get(r.indicator) ?? r.indicator}
                  </th>
                  <td class="num">{r.year}</td>
                  <td class="num">{formatNumber(lang, r.parent)}</td>
                  <td class="num">{formatNumber(lang, r.child)}</td>
                  <td>
                    <span class={`light ${r.verdict === 'missing' || r.verdict === 'weaker' ? 'behind' : 'met'}`}>{verdictName(lang, r.verdict)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : (
        <section aria-labelledby="compliance-h">
          <h2 id="compliance-h">{pt.parentPlan}</h2>
          <p role="status" class="reminder">
            {missingParent ? pt.parentMissing({ number: missingParent }) : pt.parentUnknown}
          </p>
        </section>
      )}
    </Layout>,
  );
});

/** The plan a plan says it implements (its first cited plan, else its first basis document), from its reviewed items. */
async function citedParent(db: import('../core/db/database.ts').DB, planId: number): Promise<string | null> {
  const rows = await db
    .selectFrom('plan_items')
    .select('data')
    .where('plan_id', '=', planId)
    .where('type', '=', 'basis')
    .where('status', '=', 'accepted')
    .orderBy('id')
    .execute();
  const numbers = rows.map((r) => (JSON.parse(r.data) as { number?: string | null }).number).filter((n): n is string => !!n);
  return numbers.find((n) => /\/KH\b/i.test(n)) ?? numbers[0] ?? null;
}
