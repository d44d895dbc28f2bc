import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, forbidden, notFound } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit, isWithin } from '../network/units.ts';
import { fullReport } from './document.ts';
import { asFormat, exportReport } from './exports.ts';
import { ReportPrint } from './export-html.tsx';
import { actionLabel, L, reportPath, statusLabel } from './labels.ts';
import { NarrativeSchema, SECTION_TITLES, SECTIONS, type Narrative } from './narrative.ts';
import { commentsOf, narrativeFromChildren, openReport, saveNarrative, type Report } from './reports.ts';
import { outline } from './sections.ts';
import { approveReport, returnReport, submitReport, viDate } from './workflow.ts';
import { progressPage } from './progress-page.tsx';
import { localDateTime } from '../core/time.ts';

/** The report of a unit for a year: read by its subtree's readers, opened (as a draft) by its officials and those above. */
async function reportOf(c: AppContext): Promise<Report> {
  const { db } = c.var.store;
  const unit = await findUnit(db, c.req.param('code') ?? '');
  const year = Number(c.req.param('year'));
  if (!unit || !Number.isInteger(year) || year < 2000 || year > 2100) throw notFound('báo cáo', 'Report');
  const p = c.var.principal;
  if (!(await canReadUnit(db, p, unit.id)) || !p || p.role === 'viewer') throw forbidden();
  return openReport(db, unit, year, p.userId);
}

const num = (v: unknown, field: string): number | null => {
  const s = String(v ?? '').trim().replace(/\./g, '').replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0) throw new UserError(`"${String(v)}" không phải số tiền hợp lệ (triệu đồng).`, 422, [{ field, message: String(v) }], `"${String(v)}" is not a valid amount (million VND).`);
  return n;
};

export const reportPages = new Hono<AppEnv>()
  .use('/bao-cao/*', requireLogin())
  .route('/', progressPage)
  .get('/bao-cao/:code/:year', async (c) => {
    const { db } = c.var.store;
    const report = await reportOf(c);
    const ctx = pageContext(c);
    const { lang } = ctx;
    const p = c.var.principal!;
    const f = await fullReport(db, report);
    const comments = await commentsOf(db, report.id);
    const isReporter = p.role === 'admin' || p.unitId === report.unit.id;
    const isReviewer = p.role === 'admin' || (p.role === 'official' && p.unitId !== null && p.unitId !== report.unit.id && (await isWithin(db, p.unitId, report.unit.id)));
    const editable = isReporter && (report.status === 'draft' || report.status === 'returned');
    const base = reportPath(report.unit.code, report.year);
    const n = report.narrative;
    const title = L(lang, `Báo cáo năm ${report.year} — ${report.unit.name}`, `Annual report ${report.year} — ${report.unit.name}`);
    return c.html(
      <Layout ctx={ctx} title={title}>
        <p><a href={`/don-vi/${encodeURIComponent(report.unit.code)}?nam=${report.year}`}>← {report.unit.name}</a></p>
        <h1>{title}</h1>
        {c.req.query('ok') ? <p role="status">{L(lang, 'Đã lưu.', 'Saved.')}</p> : null}
        <dl class="report-meta">
          <dt>{L(lang, 'Trạng thái', 'Status')}</dt><dd data-status={report.status}>{statusLabel(report.status, lang)}</dd>
          <dt>{L(lang, 'Hạn nộp', 'Due')}</dt><dd>{viDate(report.cycle.deadline)}{report.cycle.closedAt ? L(lang, ' (kỳ báo cáo đã khóa)', ' (cycle closed)') : ''}</dd>
          {report.submittedAt ? <><dt>{L(lang, 'Đã gửi lúc', 'Submitted')}</dt><dd>{localDateTime(report.submittedAt).replace('T', ' ')} · {report.onTime ? L(lang, 'đúng hạn', 'on time') : L(lang, 'trễ hạn', 'late')}</dd></> : null}
        </dl>
        <p>
          {L(lang, 'Tải về', 'Download')}: <a href={`${base}/tai/docx`}>DOCX</a> · <a href={`${base}/tai/xlsx`}>XLSX</a> · <a href={`${base}/in`}>{L(lang, 'Bản in', 'Print view')}</a>
          {' '}· <a href={`${base}/tien-do`}>{L(lang, 'Tiến độ đơn vị trực thuộc', 'Progress of the units below')}</a>
        </p>
        {comments.length > 0 ? (
          <section aria-labelledby="history-h">
            <h2 id="history-h">{L(lang, 'Lịch sử xử lý', 'History')}</h2>
            <ol class="history">{comments.map((cm) => <li>{localDateTime(cm.at).replace('T', ' ')} · {cm.who ?? 'CLI'} · {actionLabel(cm.action, lang)}{cm.text ? <>: <q>{cm.text}</q></> : null}</li>)}</ol>
          </section>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/luu`} class="narrative">
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <label>{L(lang, 'Số văn bản', 'Document number')} <input name="number" value={report.number ?? ''} placeholder="12" /></label>
            {SECTIONS.map((s) => (
              <label>{SECTION_TITLES[s][lang]}<textarea name={s} rows={4}>{n[s]}</textarea></label>
            ))}
            <label>{L(lang, `Dự toán năm ${report.year + 1}: ngân sách nhà nước (triệu đồng)`, `Estimate ${report.year + 1}: state budget (million VND)`)} <input name="budgetState" inputmode="decimal" value={n.budgetState ?? ''} /></label>
            <label>{L(lang, `Dự toán năm ${report.year + 1}: nguồn xã hội hóa (triệu đồng)`, `Estimate ${report.year + 1}: social sources (million VND)`)} <input name="budgetSocial" inputmode="decimal" value={n.budgetSocial ?? ''} /></label>
            <button type="submit">{L(lang, 'Lưu báo cáo', 'Save report')}</button>
          </form>
        ) : null}
        {!editable ? (
          <section aria-labelledby="narrative-h" class="narrative-view">
            <h2 id="narrative-h">{L(lang, 'Phần thuyết minh', 'Narrative')}</h2>
            {SECTIONS.map((s) => (
              <div data-section={s}><h3>{SECTION_TITLES[s][lang]}</h3>{(n[s].trim() || L(lang, '(Chưa có nội dung.)', '(Empty.)')).split('\n').map((t) => <p>{t}</p>)}</div>
            ))}
            <p>{L(lang, `Dự toán năm ${report.year + 1} (triệu đồng): ngân sách nhà nước ${n.budgetState ?? '—'}, xã hội hóa ${n.budgetSocial ?? '—'}.`, `Estimate ${report.year + 1} (million VND): state budget ${n.budgetState ?? '—'}, social sources ${n.budgetSocial ?? '—'}.`)}</p>
          </section>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/dien-tu-cap-duoi`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <button type="submit">{L(lang, 'Điền phần còn trống từ báo cáo cấp dưới đã duyệt', 'Fill empty sections from approved reports below')}</button>
          </form>
        ) : null}
        {editable ? (
          <form method="post" action={`${base}/gui`}>
            <input type="hidden" name="_csrf" value={c.var.csrf} />
            <button type="submit">{L(lang, 'Gửi báo cáo lên cấp trên', 'Submit the report')}</button>
          </form>
        ) : null}
        {isReviewer && (report.status === 'submitted' || report.status === 'approved') ? (
          <section aria-labelledby="review-h">
            <h2 id="review-h">{L(lang, 'Xem xét báo cáo', 'Review')}</h2>
            {report.status === 'submitted' ? (
              <form method="post" action={`${base}/duyet`}>
                <input type="hidden" name="_csrf" value={c.var.csrf} />
                <button type="submit">{L(lang, 'Phê duyệt', 'Approve')}</button>
              </form>
            ) : null}
            <form method="post" action={`${base}/tra-lai`}>
              <input type="hidden" name="_csrf" value={c.var.csrf} />
              <label>{L(lang, 'Ý kiến khi trả lại', 'Comment for the return')}<textarea name="comment" rows={3}></textarea></label>
              <button type="submit">{report.status === 'approved' ? L(lang, 'Mở lại báo cáo', 'Reopen the report') : L(lang, 'Trả lại', 'Return')}</button>
            </form>
          </section>
        ) : null}
        <section aria-labelledby="content-h">
          <h2 id="content-h">{L(lang, 'Nội dung báo cáo', 'Report content')}</h2>
          {outline(f.content, n).filter((b) => b.type === 'table').map((b) =>
            b.type === 'table' ? (
              <table>
                <caption>{b.caption}</caption>
                <thead><tr>{b.head.map((h) => <th scope="col">{h}</th>)}</tr></thead>
                <tbody>{b.rows.map((r) => <tr>{r.map((t, i) => (i === 0 ? <th scope="row">{t}</th> : <td>{t}</td>))}</tr>)}</tbody>
              </table>
            ) : null,
          )}
        </section>
      </Layout>,
    );
  })
  .post('/bao-cao/:code/:year/luu', async (c) => {
    const report = await reportOf(c);
    const p = c.var.principal!;
    if (p.role !== 'admin' && p.unitId !== report.unit.id) throw forbidden({ code: 'E4501', params: {}, vi: 'Chỉ cán bộ của đơn vị báo cáo mới sửa được báo cáo.', en: 'Only officials of the reporting unit can edit the report.' });
    const body = await c.req.parseBody();
    const raw: Record<string, unknown> = Object.fromEntries(SECTIONS.map((s) => [s, String(body[s] ?? '')]));
    raw.budgetState = num(body.budgetState, 'budgetState');
    raw.budgetSocial = num(body.budgetSocial, 'budgetSocial');
    const parsed = NarrativeSchema.safeParse(raw);
    if (!parsed.success) throw new UserError('Nội dung báo cáo không hợp lệ.', 422, parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })), 'Invalid report content.');
    await saveNarrative(c.var.store.db, report, parsed.data, String(body.number ?? '').trim() || null, p.userId);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/dien-tu-cap-duoi', async (c) => {
    const report = await reportOf(c);
    const p = c.var.principal!;
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
    await submitReport(c.var.store.db, report, c.var.principal!);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/duyet', async (c) => {
    const report = await reportOf(c);
    await approveReport(c.var.store.db, report, c.var.principal!);
    return c.redirect(`${reportPath(report.unit.code, report.year)}?ok=1`, 303);
  })
  .post('/bao-cao/:code/:year/tra-lai', async (c) => {
    const report = await reportOf(c);
    const body = await c.req.parseBody();
    await returnReport(c.var.store.db, report, c.var.principal!, String(body.comment ?? ''));
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
