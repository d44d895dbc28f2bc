import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { bookProgramme } from './education.ts';
import { listExhibitions } from './exhibitions.ts';
import { exhibitionKindName, museumErrors as E, museumText } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A museum's public page: its published exhibitions and its programmes for schools, bookable by class. */
export const museumBookingPages = new Hono<AppEnv>()
  .get('/bao-tang/:code', async (c) => {
    const ctx = pageContext(c);
    const s = museumText(ctx.lang);
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    if (!inst) throw notFound('bảo tàng', 'Museum');
    const [exhibitions, programmes] = await Promise.all([
      listExhibitions(db, { institutionId: inst.id, publishedOnly: true }),
      db.selectFrom('edu_programmes').selectAll().where('institution_id', '=', inst.id).orderBy('title').execute(),
    ]);
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <h1>{inst.name}</h1>
        {c.req.query('ok') ? (
          <p class="ok" role="status">
            {s.booked}
          </p>
        ) : null}
        <h2>{s.exhibitions}</h2>
        <ul>
          {exhibitions.map((x) => (
            <li>
              <a href={`/trien-lam/${x.id}`}>{x.title}</a> — {exhibitionKindName(ctx.lang, x.kind)}
            </li>
          ))}
        </ul>
        <h2>{s.programmes}</h2>
        {programmes.map((p) => (
          <section aria-labelledby={`prog-${p.id}`}>
            <h3 id={`prog-${p.id}`}>{p.title}</h3>
            {p.description ? <p>{p.description}</p> : null}
            <p>
              {s.maxStudents}: {p.max_students}
            </p>
            {ctx.principal ? (
              <form method="post" action={`/bao-tang/${encodeURIComponent(inst.code)}/chuong-trinh/${p.id}`}>
                <input type="hidden" name="_csrf" value={ctx.csrf} />
                <label for={`school-${p.id}`}>{s.school}</label>
                <input id={`school-${p.id}`} name="school" required />
                <label for={`class-${p.id}`}>{s.className}</label>
                <input id={`class-${p.id}`} name="className" required />
                <label for={`students-${p.id}`}>{s.studentsN}</label>
                <input id={`students-${p.id}`} name="students" type="number" min="1" max={String(p.max_students)} required />
                <label for={`date-${p.id}`}>{s.day}</label>
                <input id={`date-${p.id}`} name="onDate" type="date" required />
                <p>
                  <button type="submit">{s.book}</button>
                </p>
              </form>
            ) : (
              <p>
                <a href={`/dang-nhap?next=/bao-tang/${encodeURIComponent(inst.code)}`}>{s.loginToBook}</a>
              </p>
            )}
          </section>
        ))}
      </Layout>,
    );
  })
  .post('/bao-tang/:code/chuong-trinh/:id', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const inst = await findInstitution(db, c.req.param('code'));
    const p = inst
      ? await db
          .selectFrom('edu_programmes')
          .select('id')
          .where('id', '=', Number(c.req.param('id')))
          .where('institution_id', '=', inst.id)
          .executeTakeFirst()
      : undefined;
    if (!inst || !p) throw new UserError(E.programmeNotFound(), 404);
    const b = await c.req.parseBody();
    await bookProgramme(
      db,
      p.id,
      { school: str(b.school), className: str(b.className), students: Number(str(b.students) || NaN), onDate: str(b.onDate) },
      c.var.principal.userId,
    );
    return c.redirect(`/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });
