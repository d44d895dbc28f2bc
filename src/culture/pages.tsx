import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { todayLocal } from '../core/time.ts';
import { CLUB_KINDS, createClub } from './clubs.ts';
import { addMember, linkMember, membersOf, removeMember, updateMember } from './members.ts';
import { correctSession, recordSession, sessionsOf } from './sessions.ts';
import { REGULAR_MONTHS, regularClubs } from './regular.ts';
import { clubKindName, cultureText } from './messages.ts';
import { MemberFields, PresentBoxes, TextField, type Again } from './forms.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const yearOf = (v: unknown) => (str(v).trim() === '' ? null : Number(str(v).trim()));
const ids = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(Number);

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
type Club = Awaited<ReturnType<typeof club>>;

/** The club, for its staff only (403 to anyone else). */
async function managedClub(c: AppContext) {
  const k = await club(c);
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, k.institution_id))) throw writeRefusal(k.institution);
  return k;
}

/** A refusal the person can fix is shown on their form again; others (no access, not found) are the error page's. */
const fixable = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** The club's page: what it is for everyone; a citizen joins; its staff keep the members and the sessions. */
async function clubPage(c: AppContext, k: Club, again?: Again) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const { db } = c.var.store;
  const members = await membersOf(db, k.id);
  const manager = await mayWriteFor(db, c.var.principal, k.institution_id);
  const me = c.var.principal?.userId;
  const isMember = me ? members.some((m) => m.user_id === me) : false;
  const sessions = manager ? await sessionsOf(db, k.id) : [];
  const labels = { name: t.memberName, birthYear: t.birthYear, contact: t.contact, onDate: t.day, present: t.present };
  const base = `/cau-lac-bo/${k.id}`;
  return (
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
      {manager ? null : c.var.principal && !isMember ? (
        <form method="post" action={`${base}/tham-gia`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button class="primary" type="submit">
            {t.join}
          </button>
        </form>
      ) : isMember ? (
        <p>{t.isMember}</p>
      ) : (
        <p>
          <a href={`/dang-nhap?next=${base}`}>{t.loginToJoin}</a>
        </p>
      )}
      {manager ? (
        <>
          <div class="scroll">
            <table>
              <caption>{t.memberList}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.memberName}</th>
                  <th scope="col">{t.birthYear}</th>
                  <th scope="col">{t.contact}</th>
                  <th scope="col">{t.account}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/thanh-vien/${m.id}`}>{m.name}</a>
                    </th>
                    <td>{m.birth_year ?? ''}</td>
                    <td>{m.contact ?? ''}</td>
                    <td>{m.username ?? t.noAccount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 id="add-member">{t.addMember}</h2>
          {again?.form === 'member' && again.error ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} /> : null}
          <form method="post" action={`${base}/thanh-vien`} aria-labelledby="add-member">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <MemberFields lang={ctx.lang} again={again?.form === 'member' ? again : undefined} />
            <p>
              <button type="submit">{t.addMember}</button>
            </p>
          </form>
          <h2 id="record-session">{t.recordSession}</h2>
          {again?.form === 'session' && again.error ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} /> : null}
          <form method="post" action={`${base}/buoi`} aria-labelledby="record-session">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <TextField
              id="onDate"
              label={t.day}
              type="date"
              required
              max={todayLocal()}
              value={again?.form === 'session' ? again.values.onDate : todayLocal()}
              lang={ctx.lang}
              again={again?.form === 'session' ? again : undefined}
            />
            <PresentBoxes lang={ctx.lang} members={members} checked={again?.form === 'session' ? (again.present ?? []) : []} />
            <TextField id="note" label={t.note} lang={ctx.lang} value={again?.form === 'session' ? again.values.note : ''} />
            <p>
              <button type="submit">{ctx.t.save}</button>
            </p>
          </form>
          <div class="scroll">
            <table>
              <caption>{t.sessions}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.day}</th>
                  <th scope="col">{t.presentCount}</th>
                  <th scope="col">{t.noteHeader}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/buoi/${s.id}`} aria-label={t.correctSessionOf({ date: formatDate(s.on_date) })}>
                        {formatDate(s.on_date)}
                      </a>
                    </th>
                    <td>{s.present}</td>
                    <td>{s.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sessions.length === 0 ? <p>{t.noSessionsYet}</p> : null}
        </>
      ) : null}
    </Layout>
  );
}

/** One member, for the club's staff: correct, link to a citizen's account, or remove. */
async function memberPage(c: AppContext, k: Club, again?: Again) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const m = (await membersOf(c.var.store.db, k.id)).find((x) => x.id === Number(c.req.param('mid')));
  if (!m) throw notFound('thành viên', 'Member');
  const base = `/cau-lac-bo/${k.id}/thanh-vien/${m.id}`;
  const labels = { name: t.memberName, birthYear: t.birthYear, contact: t.contact, username: t.username };
  const values = again?.values ?? { name: m.name, birthYear: m.birth_year === null ? '' : String(m.birth_year), contact: m.contact ?? '' };
  return (
    <Layout ctx={ctx} title={`${m.name} — ${k.name}`}>
      <h1>{m.name}</h1>
      <p>
        <a href={`/cau-lac-bo/${k.id}`}>{k.name}</a> · {t.joined} {formatDate(m.joined_on)}
      </p>
      {again?.error ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} /> : null}
      <form method="post" action={base} aria-labelledby="edit-member">
        <h2 id="edit-member">{t.editMember}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <MemberFields lang={ctx.lang} again={{ form: 'member', values, error: again?.form === 'member' ? again.error : undefined }} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      {m.user_id === null ? (
        <form method="post" action={`${base}/tai-khoan`} aria-labelledby="link-member">
          <h2 id="link-member">{t.linkAccount}</h2>
          <TextField id="username" label={t.username} lang={ctx.lang} required again={again?.form === 'link' ? again : undefined} />
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <p>
            <button type="submit">{t.link}</button>
          </p>
        </form>
      ) : (
        <p>
          {t.account}: {m.username}
        </p>
      )}
      <form method="post" action={`${base}/xoa`} aria-labelledby="remove-member">
        <h2 id="remove-member">{t.removeMember}</h2>
        <p>{t.removeExplained}</p>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <p>
          <button type="submit">{t.removeMember}</button>
        </p>
      </form>
    </Layout>
  );
}

/** One session, for the club's staff to correct its day, note and who was present. */
async function sessionPage(c: AppContext, k: Club, again?: Again) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const { db } = c.var.store;
  const s = await db
    .selectFrom('club_sessions')
    .selectAll()
    .where('id', '=', Number(c.req.param('sid')))
    .where('club_id', '=', k.id)
    .executeTakeFirst();
  if (!s) throw notFound('buổi sinh hoạt', 'Session');
  const present =
    again?.present ?? (await db.selectFrom('club_attendance').select('member_id').where('session_id', '=', s.id).execute()).map((r) => r.member_id);
  const members = (await membersOf(db, k.id, { withLeft: true })).filter((m) => m.left_on === null || present.includes(m.id));
  const labels = { onDate: t.day, present: t.present, note: t.note };
  return (
    <Layout ctx={ctx} title={`${t.correctSession}: ${k.name}`}>
      <h1>{t.correctSessionOf({ date: formatDate(s.on_date) })}</h1>
      <p>
        <a href={`/cau-lac-bo/${k.id}`}>{k.name}</a>
      </p>
      {again?.error ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} /> : null}
      <form method="post" action={`/cau-lac-bo/${k.id}/buoi/${s.id}`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <TextField id="onDate" label={t.day} type="date" required max={todayLocal()} value={again?.values.onDate ?? s.on_date} lang={ctx.lang} again={again} />
        <PresentBoxes lang={ctx.lang} members={members} checked={present} />
        <TextField id="note" label={t.note} lang={ctx.lang} value={again?.values.note ?? s.note} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** Clubs, talent classes and interest groups: the public page (citizens join) and the staff's members and sessions. */
export const culturePages = new Hono<AppEnv>()
  .get('/cau-lac-bo/:id', async (c) => c.html(await clubPage(c, await club(c))))
  .post('/cau-lac-bo/:id/tham-gia', requireLogin(), async (c) => {
    const k = await club(c);
    const p = c.var.principal;
    await addMember(c.var.store.db, k.id, { userId: p.userId, name: p.displayName }, p.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    const values = { name: str(b.name), birthYear: str(b.birthYear), contact: str(b.contact) };
    try {
      await addMember(c.var.store.db, k.id, { name: values.name, birthYear: yearOf(b.birthYear), contact: values.contact }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await clubPage(c, k, { form: 'member', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1#add-member`, 303);
  })
  .post('/cau-lac-bo/:id/buoi', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody({ all: true });
    const present = ids(b.present);
    const values = { onDate: str(b.onDate), note: str(b.note) };
    try {
      await recordSession(c.var.store.db, k.id, { ...values, present }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await clubPage(c, k, { form: 'session', values, present, error: err }), 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/cau-lac-bo/:id/thanh-vien/:mid', requireLogin(), async (c) => c.html(await memberPage(c, await managedClub(c))))
  .post('/cau-lac-bo/:id/thanh-vien/:mid', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    const values = { name: str(b.name), birthYear: str(b.birthYear), contact: str(b.contact) };
    try {
      await updateMember(
        c.var.store.db,
        k.id,
        Number(c.req.param('mid')),
        { name: values.name, birthYear: yearOf(b.birthYear), contact: values.contact },
        c.var.principal.userId,
      );
    } catch (err) {
      if (fixable(err)) return c.html(await memberPage(c, k, { form: 'member', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien/:mid/tai-khoan', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    try {
      await linkMember(c.var.store.db, k.id, Number(c.req.param('mid')), str(b.username), c.var.principal.userId);
    } catch (err) {
      if (fixable(err))
        return c.html(await memberPage(c, k, { form: 'link', values: { username: str(b.username) }, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}/thanh-vien/${c.req.param('mid')}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien/:mid/xoa', requireLogin(), async (c) => {
    const k = await managedClub(c);
    await removeMember(c.var.store.db, k.id, Number(c.req.param('mid')), c.var.principal.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/cau-lac-bo/:id/buoi/:sid', requireLogin(), async (c) => c.html(await sessionPage(c, await managedClub(c))))
  .post('/cau-lac-bo/:id/buoi/:sid', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody({ all: true });
    const present = ids(b.present);
    const values = { onDate: str(b.onDate), note: str(b.note) };
    try {
      await correctSession(c.var.store.db, k.id, Number(c.req.param('sid')), { ...values, present }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await sessionPage(c, k, { form: 'session', values, present, error: err }), 422);
      throw err;
    }
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
