import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { todayLocal } from '../core/time.ts';
import { addMember, CLUB_KINDS, createClub, recordSession } from './clubs.ts';
import { REGULAR_MONTHS, regularClubs } from './regular.ts';
import { clubKindName, cultureText } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function club(c: AppContext) {
  const r = await c.var.store.db
    .selectFrom('clubs as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .selectAll('c')
    .select(['i.name as institution', 'i.code as institutionCode'])
    .where('c.id', '=', Number(c.req.param('id')))
    .executeTakeFirst();
  if (!r) throw notFound('câu lạc bộ', 'Club');
  return r;
}

/** Clubs, talent classes and interest groups: the public page (citizens join) and the organiser's attendance sheet. */
export const culturePages = new Hono<AppEnv>()
  .get('/cau-lac-bo/:id', async (c) => {
    const ctx = pageContext(c);
    const t = cultureText(ctx.lang);
    const k = await club(c);
    const { db } = c.var.store;
    const members = await db.selectFrom('club_members').select(['id', 'name', 'user_id']).where('club_id', '=', k.id).orderBy('name').execute();
    const manager = await mayWriteFor(db, c.var.principal, k.institution_id);
    const me = c.var.principal?.userId;
    const isMember = me ? members.some((m) => m.user_id === me) : false;
    const sessions = manager
      ? await db.selectFrom('club_sessions').select(['id', 'on_date', 'note']).where('club_id', '=', k.id).orderBy('on_date', 'desc').limit(20).execute()
      : [];
    return c.html(
      <Layout ctx={ctx} title={k.name}>
        <h1>{k.name}</h1>
        {c.req.query('ok') ? (
          <p class="ok" role="status">
            {ctx.t.saved}
          </p>
        ) : null}
        <p>
          {clubKindName(ctx.lang, k.kind)} · {k.institution}
        </p>
        <p>
          {t.schedule}: {k.schedule}
        </p>
        {k.description ? <p>{k.description}</p> : null}
        <p>
          {t.members}: {members.length}
        </p>
        {c.var.principal && !isMember ? (
          <form method="post" action={`/cau-lac-bo/${k.id}/tham-gia`}>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <button class="primary" type="submit">
              {t.join}
            </button>
          </form>
        ) : isMember ? (
          <p>{t.isMember}</p>
        ) : (
          <p>
            <a href={`/dang-nhap?next=/cau-lac-bo/${k.id}`}>{t.loginToJoin}</a>
          </p>
        )}
        {manager ? (
          <form method="post" action={`/cau-lac-bo/${k.id}/buoi`}>
            <h2>{t.recordSession}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <label for="onDate">{t.day}</label>
            <input id="onDate" name="onDate" type="date" required value={todayLocal()} />
            <fieldset>
              <legend>{t.present}</legend>
              {members.map((m) => (
                <label>
                  <input type="checkbox" name="present" value={String(m.id)} /> {m.name}
                </label>
              ))}
            </fieldset>
            <p>
              <button type="submit">{ctx.t.save}</button>
            </p>
            <p>{t.recentSessions({ days: sessions.map((s) => formatDate(s.on_date)).join(', ') || t.noSessions })}</p>
          </form>
        ) : null}
      </Layout>,
    );
  })
  .post('/cau-lac-bo/:id/tham-gia', requireLogin(), async (c) => {
    const k = await club(c);
    const p = c.var.principal;
    await addMember(c.var.store.db, k.id, { userId: p.userId, name: p.displayName, joinedOn: todayLocal() }, p.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/buoi', requireLogin(), async (c) => {
    const k = await club(c);
    if (!(await mayWriteFor(c.var.store.db, c.var.principal, k.institution_id))) throw writeRefusal(k.institution);
    const b = await c.req.parseBody({ all: true });
    const present = (Array.isArray(b.present) ? b.present : b.present === undefined ? [] : [b.present]).map(Number);
    await recordSession(c.var.store.db, k.id, { onDate: str(b.onDate), present }, c.var.principal.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/quan-ly/van-hoa/:code', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const t = cultureText(ctx.lang);
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await mayWriteFor(db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const year = Number(todayLocal().slice(0, 4));
    const clubs = await db.selectFrom('clubs').select(['id', 'name', 'schedule']).where('institution_id', '=', inst.id).orderBy('name').execute();
    const regular = await regularClubs(db, inst.id, year);
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <h1>{inst.name}</h1>
        <table>
          <caption>{t.regularCaption({ year, months: REGULAR_MONTHS })}</caption>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.scheduleShort}</th>
              <th scope="col">{t.months}</th>
            </tr>
          </thead>
          <tbody>
            {clubs.map((k) => (
              <tr>
                <th scope="row">
                  <a href={`/cau-lac-bo/${k.id}`}>{k.name}</a>
                </th>
                <td>{k.schedule}</td>
                <td>{regular.find((r) => r.club === k.name)?.months ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="post" action={`/quan-ly/van-hoa/${encodeURIComponent(inst.code)}/cau-lac-bo`}>
          <h2>{t.createClub}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="kind">{ctx.t.kind}</label>
          <select id="kind" name="kind">
            {CLUB_KINDS.map((k) => (
              <option value={k}>{clubKindName(ctx.lang, k)}</option>
            ))}
          </select>
          <label for="name">{t.name}</label>
          <input id="name" name="name" required />
          <label for="schedule">{t.schedule}</label>
          <input id="schedule" name="schedule" required />
          <label for="description">{t.description}</label>
          <textarea id="description" name="description" rows={3}></textarea>
          <p>
            <button class="primary" type="submit">
              {ctx.t.save}
            </button>
          </p>
        </form>
      </Layout>,
    );
  })
  .post('/quan-ly/van-hoa/:code/cau-lac-bo', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await mayWriteFor(db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const b = await c.req.parseBody();
    const id = await createClub(
      db,
      { institutionId: inst.id, kind: str(b.kind) as 'club', name: str(b.name), schedule: str(b.schedule), description: str(b.description) },
      c.var.principal.userId,
    );
    return c.redirect(`/cau-lac-bo/${id}`, 303);
  });
