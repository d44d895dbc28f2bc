import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, forbidden } from '../core/errors.ts';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import type { UploadLimit } from '../core/web/body-limit.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { fullReport } from './document.ts';
import { asFormat, exportReport } from './exports.ts';
import { ReportPrint } from './export-html.tsx';
import { dateTime, reportPath } from './labels.ts';
import { actionName, reportingErrors, reportingText, sectionTitle, statusName } from './messages.ts';
import { NarrativeSchema, SECTIONS, type Narrative } from './narrative.ts';
import { commentsOf, narrativeFromChildren, openReport, saveNarrative, type Report } from './reports.ts';
import { outline } from './sections.ts';
import { approveReport, returnReport, submitReport } from './workflow.ts';
import { progressPage } from './progress-page.tsx';

/** The report of a unit for a year: read by its subtree's readers, opened (as a draft) by its officials and those above. */
async function reportOf(c: AppContext): Promise<Report> {
  const { db } = c.var.store;
  const unit = await findUnit(db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError(reportingErrors.reportNotFound(), 404);
  const p = c.var.principal;
  if (!(await canReadUnit(db, p, unit.id)) || !p || p.role === 'viewer') throw forbidden();
  return openReport(db, unit, year, p.userId);
}

const num = (v: unknown, field: string): number | null => {
  const s = String(v ?? '')
    .trim()
    .replace(/\./g, '')
    .replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) {
    const said = reportingErrors.invalidAmount({ value: String(v) });
    throw new UserError(said, 422, [{ said, field }]);
  }
  return n;
};

/**
 * The narrative form: seven sections of up to 20,000 characters, Vietnamese text taking up to 9 bytes a character
 * once form-encoded (server/app.tsx bounds every body before it is read).
 */
export const reportUploads: UploadLimit[] = [{ path: /^\/bao-cao\/[^/]+\/[^/]+\/luu$/, maxBytes: 2 * 1024 * 1024 }];

export const reportPages = new Hono<AppEnv>()
  .use('/bao-cao/*', requireLogin())
  .route('/', progressPage)
  .get('/bao-cao/:code/:year', async (c) => {
    const { db } = c.var.store;
    const report = await reportOf(c);
    const ctx = pageContext(c);
    const { lang } = ctx;
    const t = reportingText(lang);
    const p = c.var.principal;
    const f = await fullReport(db, report);
    const comments = await commentsOf(db, report.id);
    const isReporter = p.role === 'admin' || p.unitId === report.unit.id;
    const isReviewer =
      p.role === 'admin' || (p.role === 'official' && p.unitId !== null && p.unitId !== report.unit.id && (await isWithin(db, p.unitId, report.unit.id)));
    const editable = isReporter && (report.status === 'draft' || report.status === 'returned');
    const base = reportPath(report.unit.code, report.year);
    const n = report.narrative;
    const title = t.reportTitle({ year: report.year, unit: report.unit.name });
    const amount = (v: number | null) => formatNumber(lang, v, 2);
    /** The form gives back what the parser reads: a comma for decimals, no grouping. */
    const amountInput = (v: number | null) => (v === null ? '' : String(v).replace('.', ','));
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p>
          <a href={`/don-vi/${encodeURIComponent(report.unit.code)}?nam=${report.year}`}>← {report.unit.name}</a>
        </p>
        <h1>{title}</h1>
        {c.req.query('ok') ? <p role="status">{ctx.t.saved}</p> : null}
        <dl class="report-meta">
          <dt>{t.status}</dt>
          <dd data-status={report.status}>{statusName(lang, report.status)}</dd>
          <dt>{t.due}</dt>
          <dd>
            {formatDate(report.cycle.deadline)}
            {report.cycle.closedAt ? t.cycleClosedNote : ''}
          </dd>
          {report.submittedAt ? (
            <>
              <dt>{t.submittedAt}</dt>
              <dd>
                {dateTime(report.submittedAt)} · {report.onTime ? t.onTime : t.late}
              </dd>
            </>
          ) : null}
        </dl>
        <p>
          {t.download}: <a href={`${base}/tai/docx`}>DOCX</a> · <a href={`${base}/tai/xlsx`}>XLSX</a> · <a href={`${base}/in`}>{t.printView}</a> ·{' '}
          <a href={`${base}/tien-do`}>{t.progressBelow}</a>
        </p>
        {comments.length > 0 ? (
          <section aria-labelledby="history-h">
            <h2 id="history-h">{t.history}</h2>
            <ol class="history">
              {comments.map((cm) => (
                <li>
                  {dateTime(cm.at)} · {cm.who ?? t.commandLine} · {actionName(lang, cm.action)}
                  {cm.text ? (
                    <>
                      : <q>{cm.text}</q>
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/luu`} class="narrative">
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <label>
              {t.documentNumber} <input name="number" value={report.number ?? ''} placeholder="12" />
            </label>
            {SECTIONS.map((s) => (
              <label>
                {sectionTitle(lang, s)}
                <textarea name={s} rows={4}>
                  {n[s]}
                </textarea>
              </label>
            ))}
            <label>
              {t.budgetStateLabel({ year: report.year + 1 })} <input name="budgetState" inputmode="decimal" value={amountInput(n.budgetState)} />
            </label>
            <label>
              {t.budgetSocialLabel({ year: report.year + 1 })} <input name="budgetSocial" inputmode="decimal" value={amountInput(n.budgetSocial)} />
            </label>
            <button type="submit">{t.saveReport}</button>
          </form>
        ) : null}
        {!editable ? (
          <section aria-labelledby="narrative-h" class="narrative-view">
            <h2 id="narrative-h">{t.narrative}</h2>
            {SECTIONS.map((s) => (
              <div data-section={s}>
                <h3>{sectionTitle(lang, s)}</h3>
                {(n[s].trim() || t.empty).split('\n').map((line) => (
                  <p>{line}</p>
                ))}
              </div>
            ))}
            <p>{t.budgetSummary({ year: report.year + 1, state: amount(n.budgetState), social: amount(n.budgetSocial) })}</p>
          </section>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/dien-tu-cap-duoi`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <button type="submit">{t.fillFromBelow}</button>
          </form>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/gui`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <button type="submit">{t.submit}</button>
          </form>
        ) : null}
        {isReviewer && (report.status === 'submitted' || report.status === 'approved') ? (
          <section aria-labelledby="review-h">
            <h2 id="review-h">{t.review}</h2>
            {report.status === 'submitted' ? (
              <form method="post" action={`${base}/duyet`}>
                <input type="hidden" name="_csrf" value={c.var.csrf} />
                <button type="submit">{t.approve}</button>
              </form>
            ) : null}
            <form method="post" action={`${base}/tra-lai`}>
              <input type="hidden" name="_csrf" value={c.var.csrf} />
              <label>
                {t.returnComment}
                <textarea name="comment" rows={3}></textarea>
              </label>
              <button type="submit">{report.status === 'approved' ? t.reopen : t.return}</button>
            </form>
          </section>
        ) : null}
        <section aria-labelledby="content-h">
          <h2 id="content-h">{t.content}</h2>
          {outline(f.content, n)
            .filter((b) => b.type === 'table')
            .map((b) =>
              b.type === 'table' ? (
                <table>
                  <caption>{b.caption}</caption>
                  <thead>
                    <tr>
                      {b.head.map((h) => (
                        <th scope="col">{h}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r) => (
                      <tr>{r.map((cell, i) => (i === 0 ? <th scope="row">{cell}</th> : <td>{cell}</td>))}</tr>
                    ))}
                  </tbody>
                </table>
              ) : null,
            )}
        </section>
      </Layout>,
    );
  })
  .post('/bao-cao/:code/:year/luu', async (c) => {
    const report = await reportOf(c);
    const p = c.var.principal;
    if (p.role !== 'admin' && p.unitId !== report.unit.id) throw forbidden(reportingErrors.onlyReporterEdits());
    const body = await c.req.parseBody();
    const raw: Record<string, unknown> = Object.fromEntries(SECTIONS.map((s) => [s, String(body[s] ?? '')]));
    raw.budgetState = num(body.budgetState, 'budgetState');
    raw.budgetSocial = num(body.budgetSocial, 'budgetSocial');
    const parsed = NarrativeSchema.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => ({ said: reportingErrors.invalidSection(), field: i.path.join('.') }));
      throw new UserError(reportingErrors.invalidContent(), 422, problems);
    }
    await saveNarrative(c.var.store.db, report, parsed.data, String(body.number ?? '').trim() || null, p.userId);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/dien-tu-cap-duoi', async (c) => {
    const report = await reportOf(c);
    const p = c.var.principal;
    if (p.role !== 'admin' && p.unitId !== report.unit.id) throw forbidden();
    const fromKids = await narrativeFromChildren(c.var.store.db, report.unit, report.year);
    const next: Narrative = { ...report.narrative };
    for (const s of SECTIONS) if (next[s].trim() === '') next[s] = fromKids[s];
    next.budgetState ??= fromKids.budgetState;
    next.budgetSocial ??= fromKids.budgetSocial;
    await saveNarrative(c.var.store.db, report, next, report.number, p.userId);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/gui', async (c) => {
    const report = await reportOf(c);
    await submitReport(c.var.store.db, report, c.var.principal);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/duyet', async (c) => {
    const report = await reportOf(c);
    await approveReport(c.var.store.db, report, c.var.principal);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/tra-lai', async (c) => {
    const report = await reportOf(c);
    const body = await c.req.parseBody();
    await returnReport(c.var.store.db, report, c.var.principal, String(body.comment ?? ''));
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .get('/bao-cao/:code/:year/tai/:format', async (c) => {
    const report = await reportOf(c);
    const file = await exportReport(c.var.store.db, report, asFormat(c.req.param('format')));
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
    return c.body(new Uint8Array(file.bytes));
  })
  .get('/bao-cao/:code/:year/in', async (c) => {
    const report = await reportOf(c);
    const f = await fullReport(c.var.store.db, report);
    return c.html(`<!doctype html>${(<ReportPrint f={f} back={reportPath(report.unit.code, report.year)} />).toString()}`);
  });
