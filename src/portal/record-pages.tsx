import { Hono } from 'hono';
import { stringify } from 'csv-stringify/sync';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { requireLogin } from '../core/web/guards.ts';
import { todayLocal } from '../core/time.ts';
import { assessCitizen, learningRecord } from './learning-record.ts';
import './loans-source.ts';

const MEASURES: Record<string, [string, string]> = {
  events_attended: ['Sự kiện', 'Event'], clubs: ['Câu lạc bộ', 'Club'], museum_bookings: ['Chương trình bảo tàng', 'Museum programme'], loans: ['Mượn sách', 'Loan'],
};
const STATUS: Record<string, [string, string]> = {
  attended: ['đã tham gia', 'attended'], registered: ['đã đăng ký', 'registered'], waiting: ['danh sách chờ', 'waiting list'], member: ['thành viên', 'member'], booked: ['đã đặt lịch', 'booked'], held: ['đã tham gia', 'held'], returned: ['đã trả', 'returned'], on_loan: ['đang mượn', 'on loan'], event_cancelled: ['sự kiện đã bị hủy', 'event cancelled'],
};
const pick = (t: Record<string, [string, string]>, k: string, lang: string) => t[k]?.[lang === 'en' ? 1 : 0] ?? k;

/** The signed-in person's learning record, the "Công dân học tập" criteria of a year, and its export (CSV, JSON). */
export const recordPages = new Hono<AppEnv>()
  .use('/ho-so-hoc-tap', requireLogin())
  .use('/ho-so-hoc-tap.*', requireLogin())
  .get('/ho-so-hoc-tap', async (c) => {
    const ctx = pageContext(c);
    const { db } = c.var.store;
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const entries = await learningRecord(db, c.var.principal!.userId ?? 0);
    const assessment = await assessCitizen(db, entries, year, ctx.lang);
    const en = ctx.lang === 'en';
    return c.html(
      <Layout ctx={ctx} title={en ? 'My learning record' : 'Hồ sơ học tập'}>
        <h1>{en ? 'My learning record' : 'Hồ sơ học tập của tôi'}</h1>
        <table>
          <caption>{en ? 'Activities' : 'Hoạt động học tập'}</caption>
          <thead><tr><th scope="col">{en ? 'Date' : 'Ngày'}</th><th scope="col">{en ? 'Kind' : 'Loại'}</th><th scope="col">{en ? 'Activity' : 'Hoạt động'}</th><th scope="col">{en ? 'Where' : 'Nơi tổ chức'}</th><th scope="col">{en ? 'Status' : 'Trạng thái'}</th></tr></thead>
          <tbody>{entries.map((e) => <tr data-measure={e.measure}><td>{e.date}</td><td>{pick(MEASURES, e.measure, ctx.lang)}</td><th scope="row">{e.title}</th><td>{e.institution}</td><td>{pick(STATUS, e.status, ctx.lang)}{e.note ? <>: {e.note}</> : null}</td></tr>)}</tbody>
        </table>
        <h2>{en ? `"Learning citizen" criteria, ${year}` : `Tiêu chí "Công dân học tập" năm ${year}`}</h2>
        <ul>{assessment.results.map((r) => <li data-criterion={r.code}>{r.met ? '✓' : '○'} {r.name}: {r.value}/{r.threshold} {r.met ? (en ? '(met)' : '(đạt)') : (en ? '(not yet)' : '(chưa đạt)')}</li>)}</ul>
        <p><strong>{assessment.met ? (en ? 'You meet every criterion this year.' : 'Bạn đạt mọi tiêu chí của năm.') : (en ? 'Not every criterion is met yet.' : 'Chưa đạt đủ các tiêu chí.')}</strong></p>
        <p>{en ? 'Export' : 'Tải về'}: <a href={`/ho-so-hoc-tap.csv`}>CSV</a> · <a href={`/ho-so-hoc-tap.json?nam=${year}`}>JSON</a></p>
      </Layout>,
    );
  })
  .get('/ho-so-hoc-tap.csv', async (c) => {
    const entries = await learningRecord(c.var.store.db, c.var.principal!.userId ?? 0);
    const csv = stringify([['date', 'measure', 'title', 'institution', 'status', 'counts'], ...entries.map((e) => [e.date, e.measure, e.title, e.institution, e.status, e.counts ? 1 : 0])]);
    return c.body('\uFEFF' + csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="ho-so-hoc-tap.csv"' });
  })
  .get('/ho-so-hoc-tap.json', async (c) => {
    const { db } = c.var.store;
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const p = c.var.principal!;
    const entries = await learningRecord(db, p.userId ?? 0);
    const assessment = await assessCitizen(db, entries, year, c.var.lang);
    c.header('content-disposition', 'attachment; filename="ho-so-hoc-tap.json"');
    return c.json({ person: { username: p.username, name: p.displayName }, year, entries, criteria: assessment.results, learningCitizen: assessment.met });
  });
