import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { requireLogin } from '../core/web/guards.ts';
import { formatDate } from '../core/i18n/index.ts';
import { safeRows } from '../core/text/spreadsheet.ts';
import { todayLocal } from '../core/time.ts';
import { assessCitizen, countsIn, learningRecord } from './learning-record.ts';
import './loans-source.ts';
import { nameOf, portalText } from './messages.ts';

/** The signed-in person's learning record, the "Công dân học tập" criteria of a year, and its export (CSV, JSON). */
export const recordPages = new Hono<AppEnv>()
  .use('/ho-so-hoc-tap', requireLogin())
  .use('/ho-so-hoc-tap.*', requireLogin())
  .get('/ho-so-hoc-tap', async (c) => {
    const ctx = pageContext(c);
    const { db } = c.var.store;
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const entries = await learningRecord(db, c.var.principal.userId ?? 0);
    const assessment = await assessCitizen(db, entries, year, ctx.lang);
    const t = portalText(ctx.lang);
    return c.html(
      <Layout ctx={ctx} title={t.recordTitle}>
        <h1>{t.myRecord}</h1>
        <table>
          <caption>{t.activities}</caption>
          <thead>
            <tr>
              <th scope="col">{t.date}</th>
              <th scope="col">{ctx.t.kind}</th>
              <th scope="col">{t.activity}</th>
              <th scope="col">{t.where}</th>
              <th scope="col">{t.status}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr data-measure={e.measure}>
                <td>{formatDate(e.date)}</td>
                <td>{nameOf(ctx.lang, 'measure_', e.measure)}</td>
                <th scope="row">{e.title}</th>
                <td>{e.institution}</td>
                <td>
                  {nameOf(ctx.lang, 'status_', e.status)}
                  {e.note ? <>: {e.note}</> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t.criteriaOf({ year })}</h2>
        <ul>
          {assessment.results.map((r) => (
            <li data-criterion={r.code}>
              {r.met ? '✓' : '○'} {r.name}: {r.value}/{r.threshold} {r.met ? t.met : t.notYet}
            </li>
          ))}
        </ul>
        <p>
          <strong>{assessment.met ? t.allMet : t.notAllMet}</strong>
        </p>
        <p>
          {t.export}: <a href={`/ho-so-hoc-tap.csv`}>CSV</a> · <a href={`/ho-so-hoc-tap.json?nam=${year}`}>JSON</a>
        </p>
      </Layout>,
    );
  })
  .get('/ho-so-hoc-tap.csv', async (c) => {
    const entries = await learningRecord(c.var.store.db, c.var.principal.userId ?? 0);
    const csv = stringify(
      safeRows([
        ['date', 'measure', 'title', 'institution', 'status', 'counts'],
        ...entries.map((e) => [e.date, e.measure, e.title, e.institution, e.status, e.counts ? 1 : 0]),
      ]),
    );
    return c.body('\uFEFF' + csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="ho-so-hoc-tap.csv"' });
  })
  .get('/ho-so-hoc-tap.json', async (c) => {
    const { db } = c.var.store;
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const p = c.var.principal;
    const entries = await learningRecord(db, p.userId ?? 0);
    const assessment = await assessCitizen(db, entries, year, c.var.lang);
    c.header('content-disposition', 'attachment; filename="ho-so-hoc-tap.json"');
    // `counts`: whether the entry counts for the year asked (an activity of another year does not)
    return c.json({
      person: { username: p.username, name: p.displayName },
      year,
      entries: entries.map((e) => ({ ...e, counts: countsIn(e, year) })),
      criteria: assessment.results,
      learningCitizen: assessment.met,
    });
  });
