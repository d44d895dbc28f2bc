import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, forbidden } from '../core/errors.ts';
import { formatNumber, sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import type { UploadLimit } from '../core/web/body-limit.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit, isWithin, type Unit } from '../network/units.ts';
import { fullReport } from './document.ts';
import { asFormat, exportReport } from './exports.ts';
import { ReportPrint } from './export-html.tsx';
import { buildContent } from './content.ts';
import { ReportView, type Done, type ReportForm } from './report-view.tsx';
import { reportPath } from './labels.ts';
import { reportingErrors, reportingText } from './messages.ts';
import { SECTIONS, type Narrative } from './narrative.ts';
import { hasFormFields, readForm } from './report-form.ts';
import { commentsOf, findReport, narrativeFromChildren, openReport, reportById, saveNarrative, type Report } from './reports.ts';
import { askedToReport, reportsDue } from './expected.ts';
import { NotAskedNote } from './not-asked.tsx';
import { confirmed, confirmPage } from './confirm.tsx';
import { approveReport, returnReport, submitReport } from './workflow.ts';
import { changesSinceSubmission } from './changes.ts';
import { ChangesTable, ReturnInstead } from './changes-view.tsx';
import { progressPage } from './progress-page.tsx';

/** The unit and year a report address names, when the person may see its report. */
async function unitYearOf(c: AppContext): Promise<{ unit: Unit; year: number }> {
  const { db } = c.var.store;
  const unit = await findUnit(db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year) || year < 2000 || year > 2100) throw new UserError(reportingErrors.reportNotFound(), 404);
  const p = c.var.principal;
  if (!(await canReadUnit(db, p, unit.id)) || !p || p.role === 'viewer') throw forbidden();
  return { unit, year };
}

/** The report of a unit for a year: read by its subtree's readers, opened (as a draft) by its officials and those above. */
async function reportOf(c: AppContext): Promise<Report> {
  const { unit, year } = await unitYearOf(c);
  return openReport(c.var.store.db, unit, year, c.var.principal!.userId);
}

/** A year the unit is not asked to report (ended before the deadline): why, and whose reports hold its figures. */
async function renderNotAsked(c: AppContext, unit: Unit, year: number, deadline: string) {
  const ctx = pageContext(c);
  const title = reportingText(ctx.lang).reportTitle({ year, unit: unit.name });
  return c.html(
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/don-vi/${encodeURIComponent(unit.code)}?nam=${year}`}>← {unit.name}</a>
      </p>
      <h1>{title}</h1>
      {await NotAskedNote({ db: c.var.store.db, unit, year, deadline, lang: ctx.lang })}
    </Layout>,
  );
}

/** What the page says after a step (`?ok=`). */
const DONE = { '1': 'saved', gui: 'submitted', duyet: 'approvedDone', 'tra-lai': 'returnedDone' } as const satisfies Record<string, Done>;

/**
 * The narrative form: seven sections of up to 20,000 characters, Vietnamese text taking up to 9 bytes a character
 * once form-encoded (server/app.tsx bounds every body before it is read).
 */
export const reportUploads: UploadLimit[] = [{ path: /^\/bao-cao\/[^/]+\/[^/]+\/luu$/, maxBytes: 2 * 1024 * 1024 }];

/** The report page; after a refused form, with what was typed and the problems beside their fields. */
async function renderReport(c: AppContext, report: Report, form?: ReportForm, status: 200 | 409 | 422 = 200) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const p = c.var.principal!;
  const comments = await commentsOf(db, report.id);
  const isReviewer =
    p.role === 'admin' || (p.role === 'official' && p.unitId !== null && p.unitId !== report.unit.id && (await isWithin(db, p.unitId, report.unit.id)));
  // a draft left from before its unit ended stays readable, never editable: the unit is asked for nothing that year
  const asked = reportsDue(report.unit, report.cycle.deadline);
  const ok = c.req.query('ok');
  return c.html(
    <ReportView
      ctx={ctx}
      csrf={c.var.csrf}
      report={report}
      content={await buildContent(db, report)}
      comments={comments}
      form={form}
      done={ok && Object.hasOwn(DONE, ok) ? DONE[ok as keyof typeof DONE] : undefined}
      isReporter={p.role === 'admin' || p.unitId === report.unit.id}
      isReviewer={isReviewer}
      notAsked={asked ? null : await NotAskedNote({ db, unit: report.unit, year: report.year, deadline: report.cycle.deadline, lang: ctx.lang })}
    />,
    status,
  );
}

/** Saves what the report form sent; a refused form is shown again with what was typed (the answer to send back). */
async function saveForm(c: AppContext, report: Report, body: Record<string, unknown>): Promise<Response | undefined> {
  const p = c.var.principal!;
  if (p.role !== 'admin' && p.unitId !== report.unit.id) throw forbidden(reportingErrors.onlyReporterEdits());
  const lang = pageContext(c).lang;
  const read = readForm(body, report, lang);
  if (!read.ok) return renderReport(c, report, { values: read.values, problems: read.problems, alert: reportingText(lang).fixBelow }, 422);
  await saveNarrative(c.var.store.db, report, read.narrative, read.number, p.userId);
  return undefined;
}

/** The code of the refusal to approve a report whose data changed after it was sent (asked again in place). */
const CHANGED_SINCE_SUBMISSION = reportingErrors.changedSinceSubmission({ year: 0, unit: '', count: 0, since: '' }).code;

const done = (report: Report, what: keyof typeof DONE) => `${reportPath(report.unit.code, report.year)}?ok=${what}`;

export const reportPages = new Hono<AppEnv>()
  .use('/bao-cao/*', requireLogin())
  .route('/', progressPage)
  .get('/bao-cao/:code/:year', async (c) => {
    const { unit, year } = await unitYearOf(c);
    const { db } = c.var.store;
    const { asked, cycle } = await askedToReport(db, unit, year);
    if (!asked && !(await findReport(db, unit.id, year))) return renderNotAsked(c, unit, year, cycle.deadline);
    return renderReport(c, await openReport(db, unit, year, c.var.principal.userId));
  })
  .post('/bao-cao/:code/:year/luu', async (c) => {
    const report = await reportOf(c);
    const body = await c.req.parseBody();
    const refused = await saveForm(c, report, body);
    return refused ?? c.redirect(done(report, '1'), 303);
  })
  .post('/bao-cao/:code/:year/dien-tu-cap-duoi', async (c) => {
    let report = await reportOf(c);
    const p = c.var.principal;
    if (p.role !== 'admin' && p.unitId !== report.unit.id) throw forbidden();
    const body = await c.req.parseBody();
    // what was typed is saved first: only the sections still empty are filled
    if (hasFormFields(body)) {
      const refused = await saveForm(c, report, body);
      if (refused) return refused;
      report = (await reportById(c.var.store.db, report.id))!;
    }
    const fromKids = await narrativeFromChildren(c.var.store.db, report.unit, report.year);
    const next: Narrative = { ...report.narrative };
    for (const s of SECTIONS) if (next[s].trim() === '') next[s] = fromKids[s];
    next.budgetState ??= fromKids.budgetState;
    next.budgetSocial ??= fromKids.budgetSocial;
    await saveNarrative(c.var.store.db, report, next, report.number, p.userId);
    return c.redirect(done(report, '1'), 303);
  })
  .post('/bao-cao/:code/:year/gui', async (c) => {
    let report = await reportOf(c);
    const body = await c.req.parseBody();
    // the submit button is in the report form: what was typed is saved, then the saved report goes up
    const withForm = hasFormFields(body) && (report.status === 'draft' || report.status === 'returned');
    if (withForm) {
      const refused = await saveForm(c, report, body);
      if (refused) return refused;
      report = (await reportById(c.var.store.db, report.id))!;
    }
    try {
      await submitReport(c.var.store.db, report, c.var.principal);
    } catch (e) {
      // saved but not sent (a closed cycle, say): the page says both, beside what was saved
      if (!(withForm && e instanceof UserError)) throw e;
      const lang = pageContext(c).lang;
      return renderReport(c, report, { alert: reportingText(lang).savedNotSubmitted({ reason: sayIn(lang, e.said) }) }, e.status === 409 ? 409 : 422);
    }
    return c.redirect(done(report, 'gui'), 303);
  })
  .get('/bao-cao/:code/:year/duyet', async (c) => confirmApprove(c, await reportOf(c)))
  .post('/bao-cao/:code/:year/duyet', async (c) => {
    const report = await reportOf(c);
    const body = await c.req.parseBody();
    if (!confirmed(body)) return confirmApprove(c, report);
    try {
      await approveReport(c.var.store.db, report, c.var.principal, { changesSeen: typeof body.changes === 'string' ? body.changes : undefined });
    } catch (e) {
      // the data changed (again) since the confirmation was drawn: asked again, in place, with the changes as they are now
      if (e instanceof UserError && e.code === CHANGED_SINCE_SUBMISSION) return confirmApprove(c, report, sayIn(pageContext(c).lang, e.said));
      throw e;
    }
    return c.redirect(done(report, 'duyet'), 303);
  })
  .post('/bao-cao/:code/:year/tra-lai', async (c) => {
    const report = await reportOf(c);
    const body = await c.req.parseBody();
    const comment = String(body.comment ?? '');
    if (!confirmed(body)) {
      if (comment.trim() === '') {
        // in place: the report page again, the error beside the comment box
        const said = reportingErrors.returnNeedsComment();
        return renderReport(c, report, { values: { comment }, problems: [{ said, field: 'comment' }], alert: sayIn(pageContext(c).lang, said) }, 422);
      }
      const t = reportingText(pageContext(c).lang);
      const reopening = report.status === 'approved';
      const params = { year: report.year, unit: report.unit.name };
      return confirmPage(c, {
        action: `${reportPath(report.unit.code, report.year)}/tra-lai`,
        verb: reopening ? t.doReopen : t.doReturn,
        effect: reopening ? t.reopenEffect(params) : t.returnEffect(params),
        fields: { comment },
        quote: comment.trim(),
        back: reportPath(report.unit.code, report.year),
      });
    }
    await returnReport(c.var.store.db, report, c.var.principal, comment);
    return c.redirect(done(report, 'tra-lai'), 303);
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

/**
 * "Bạn có chắc…?" before an approval: it locks the unit's data for the year. When the year's values changed after the
 * report was sent, the page says so first, lists the changes, and offers to return the report instead: the approval
 * then carries the token of the changes seen, and a later change asks again.
 */
async function confirmApprove(c: AppContext, report: Report, alert?: string) {
  const { lang } = pageContext(c);
  const t = reportingText(lang);
  const base = reportPath(report.unit.code, report.year);
  const params = { year: report.year, unit: report.unit.name };
  const changes = report.status === 'submitted' ? await changesSinceSubmission(c.var.store.db, report) : null;
  if (!changes || changes.count === 0)
    return confirmPage(c, { action: `${base}/duyet`, verb: t.doApprove, effect: t.approveEffect(params), fields: {}, back: base, alert });
  return confirmPage(c, {
    action: `${base}/duyet`,
    verb: t.doApproveChanged,
    effect: t.approveChangedEffect({ ...params, count: formatNumber(lang, changes.count, 0) }),
    fields: { changes: changes.token },
    back: base,
    alert,
    status: alert ? 409 : 200,
    details: <ChangesTable lang={lang} report={report} changes={changes} />,
    alternative: <ReturnInstead lang={lang} report={report} changes={changes} action={`${base}/tra-lai`} csrf={c.var.csrf} />,
  });
}
