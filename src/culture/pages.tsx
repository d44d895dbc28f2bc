import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound } from '../core/errors.ts';
import { canWriteInstitution } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { todayLocal } from '../core/time.ts';
import { addMember, CLUB_KINDS, createClub, recordSession } from './clubs.ts';
import { REGULAR_MONTHS, regularClubs } from './regular.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const L = (lang: string, vi: string, en: string) => (lang === 'en' ? en : vi);

async function club(c: AppContext) {
  const r = await c.var.store.db.selectFrom('clubs as c').innerJoin('institutions as i', 'i.id', 'c.institution_id').selectAll('c').select(['i.name as institution', 'i.code as institutionCode'])
    .where('c.id', '=', Number(c.req.param('id'))).executeTakeFirst();
  if (!r) throw notFound('câu lạc bộ', 'Club');
  return r;
}

/** Clubs, talent classes and interest groups: the public page (citizens join) and the organiser's attendance sheet. */
export const culturePages = new Hono<AppEnv>()
  .get('/cau-lac-bo/:id', async (c) => {
    const ctx = pageContext(c);
    const k = await club(c);
    const { db } = c.var.store;
    const members = await db.selectFrom('club_members').select(['id', 'name', 'user_id']).where('club_id', '=', k.id).orderBy('name').execute();
    const manager = await canWriteInstitution(db, c.var.principal, k.institution_id);
    const isMember = c.var.principal?.userId ? members.some((m) => m.user_id === c.var.principal!.userId) : false;
    const sessions = manager ? await db.selectFrom('club_sessions').select(['id', 'on_date', 'note']).where('club_id', '=', k.id).orderBy('on_date', 'desc').limit(20).execute() : [];
    return c.html(
      <Layout ctx={ctx} title={k.name}>
        <h1>{k.name}</h1>
        {c.req.query('ok') ? <p class="ok" role="status">{L(ctx.lang, 'Đã lưu.', 'Saved.')}</p> : null}
        <p>{CLUB_KINDS[k.kind as keyof typeof CLUB_KINDS]?.[ctx.lang === 'en' ? 'en' : 'vi']} · {k.institution}</p>
        <p>{L(ctx.lang, 'Lịch sinh hoạt', 'Schedule')}: {k.schedule}</p>
        {k.description ? <p>{k.description}</p> : null}
        <p>{L(ctx.lang, 'Thành viên', 'Members')}: {members.length}</p>
        {c.var.principal && !isMember ? (
          <form method="post" action={`/cau-lac-bo/${k.id}/tham-gia`}><input type="hidden" name="_csrf" value={ctx.csrf} /><button class="primary" type="submit">{L(ctx.lang, 'Tham gia', 'Join')}</button></form>
        ) : isMember ? <p>{L(ctx.lang, 'Bạn là thành viên.', 'You are a member.')}</p> : <p><a href={`/dang-nhap?next=/cau-lac-bo/${k.id}`}>{L(ctx.lang, 'Đăng nhập để tham gia', 'Log in to join')}</a></p>}
        {manager ? (
          <form method="post" action={`/cau-lac-bo/${k.id}/buoi`}>
            <h2>{L(ctx.lang, 'Điểm danh buổi sinh hoạt', 'Record a session')}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <label for="onDate">{L(ctx.lang, 'Ngày', 'Day')}</label><input id="onDate" name="onDate" type="date" required value={todayLocal()} />
            <fieldset><legend>{L(ctx.lang, 'Có mặt', 'Present')}</legend>
              {members.map((m) => <label><input type="checkbox" name="present" value={String(m.id)} /> {m.name}</label>)}
            </fieldset>
            <p><button type="submit">{L(ctx.lang, 'Lưu', 'Save')}</button></p>
            <p>{L(ctx.lang, `Các buổi gần đây: ${sessions.map((s) => s.on_date).join(', ') || 'chưa có'}`, `Recent sessions: ${sessions.map((s) => s.on_date).join(', ') || 'none'}`)}</p>
          </form>
        ) : null}
      </Layout>,
    );
  })
  .post('/cau-lac-bo/:id/tham-gia', requireLogin(), async (c) => {
    const k = await club(c);
    const p = c.var.principal!;
    await addMember(c.var.store.db, k.id, { userId: p.userId, name: p.displayName, joinedOn: todayLocal() }, p.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/buoi', requireLogin(), async (c) => {
    const k = await club(c);
    if (!(await canWriteInstitution(c.var.store.db, c.var.principal, k.institution_id))) throw noAccess();
    const b = await c.req.parseBody({ all: true });
    const present = (Array.isArray(b.present) ? b.present : b.present === undefined ? [] : [b.present]).map(Number);
    await recordSession(c.var.store.db, k.id, { onDate: str(b.onDate), present }, c.var.principal!.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/quan-ly/van-hoa/:code', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await canWriteInstitution(db, c.var.principal, inst.id))) throw noAccess();
    const year = Number(todayLocal().slice(0, 4));
    const clubs = await db.selectFrom('clubs').select(['id', 'name', 'schedule']).where('institution_id', '=', inst.id).orderBy('name').execute();
    const regular = await regularClubs(db, inst.id, year);
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <h1>{inst.name}</h1>
        <table>
          <caption>{L(ctx.lang, `Câu lạc bộ, lớp năng khiếu — số tháng có sinh hoạt năm ${year} (thường xuyên: từ ${REGULAR_MONTHS} tháng)`, `Clubs — months with sessions in ${year} (regular: ${REGULAR_MONTHS}+)`)}</caption>
          <thead><tr><th scope="col">{L(ctx.lang, 'Tên', 'Name')}</th><th scope="col">{L(ctx.lang, 'Lịch', 'Schedule')}</th><th scope="col">{L(ctx.lang, 'Số tháng', 'Months')}</th></tr></thead>
          <tbody>{clubs.map((k) => <tr><th scope="row"><a href={`/cau-lac-bo/${k.id}`}>{k.name}</a></th><td>{k.schedule}</td><td>{regular.find((r) => r.club === k.name)?.months ?? 0}</td></tr>)}</tbody>
        </table>
        <form method="post" action={`/quan-ly/van-hoa/${encodeURIComponent(inst.code)}/cau-lac-bo`}>
          <h2>{L(ctx.lang, 'Thành lập câu lạc bộ, lớp, nhóm', 'Create a club, class or group')}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="kind">{L(ctx.lang, 'Loại', 'Kind')}</label>
          <select id="kind" name="kind">{Object.entries(CLUB_KINDS).map(([k, v]) => <option value={k}>{ctx.lang === 'en' ? v.en : v.vi}</option>)}</select>
          <label for="name">{L(ctx.lang, 'Tên', 'Name')}</label><input id="name" name="name" required />
          <label for="schedule">{L(ctx.lang, 'Lịch sinh hoạt', 'Schedule')}</label><input id="schedule" name="schedule" required />
          <label for="description">{L(ctx.lang, 'Mô tả', 'Description')}</label><textarea id="description" name="description" rows={3}></textarea>
          <p><button class="primary" type="submit">{L(ctx.lang, 'Lưu', 'Save')}</button></p>
        </form>
      </Layout>,
    );
  })
  .post('/quan-ly/van-hoa/:code/cau-lac-bo', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await canWriteInstitution(db, c.var.principal, inst.id))) throw noAccess();
    const b = await c.req.parseBody();
    const id = await createClub(db, { institutionId: inst.id, kind: str(b.kind) as 'club', name: str(b.name), schedule: str(b.schedule), description: str(b.description) }, c.var.principal!.userId);
    return c.redirect(`/cau-lac-bo/${id}`, 303);
  });
