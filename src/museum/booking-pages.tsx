import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { typedDay } from '../core/web/typed-days.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { bookProgramme } from './education.ts';
import { listExhibitions } from './exhibitions.ts';
import { exhibitionKindName, museumErrors as E, museumText } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** A refused booking: the programme, what was typed, what was wrong. */
interface BookingAgain {
  programmeId: number;
  values: Record<string, string>;
  error: UserError;
}

/** The id of a booking form's field, one form per programme. */
const FIELD_ID: Record<string, string> = { school: 'school', className: 'class', students: 'students', onDate: 'date' };

/** A museum's public page: its published exhibitions and its programmes for schools, bookable by class. */
export const museumBookingPages = new Hono<AppEnv>()
  .get('/bao-tang/:code', (c) => museumPage(c))
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
    const values = { school: str(b.school), className: str(b.className), students: str(b.students), onDate: str(b.onDate) };
    try {
      const onDate = typedDay('onDate', values.onDate);
      await bookProgramme(db, p.id, { ...values, students: Number(values.students || NaN), onDate }, c.var.principal.userId);
    } catch (err) {
      if (err instanceof UserError && (err.status === 422 || err.status === 409)) return museumPage(c, { programmeId: p.id, values, error: err });
      throw err;
    }
    return c.redirect(`/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });

/** The museum's public page; `again` is a refused booking, shown in its programme's form with what was typed. */
async function museumPage(c: AppContext, again?: BookingAgain) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const at = (field: string | undefined) => (field && FIELD_ID[field] && again ? `${FIELD_ID[field]}-${again.programmeId}` : field);
  const labels: Record<string, string> = again
    ? { [`${at('school')}`]: s.school, [`${at('className')}`]: s.className, [`${at('students')}`]: s.studentsN, [`${at('onDate')}`]: s.day }
    : {};
  // the summary links each problem to its field in this programme's form
  const refused = (id: number) =>
    again?.programmeId === id
      ? new UserError(
          again.error.said,
          again.error.status,
          again.error.problems.map((x) => ({ ...x, field: at(x.field) })),
        )
      : undefined;
  const typed = (id: number, field: string) => (again?.programmeId === id ? again.values[field] : undefined);
  // a problem at `onDate` sits beside the field `date-<programme>`
  const said = (id: string) => {
    const p = again?.error.problems.find((x) => at(x.field) === id);
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  const Err = (p: { id: string }) =>
    said(p.id) ? (
      <span class="field-error" id={`${p.id}-err`}>
        {said(p.id)}
      </span>
    ) : null;
  const { db } = c.var.store;
  const inst = await findInstitution(db, c.req.param('code') ?? '');
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
              {refused(p.id) ? <ErrorSummary focus lang={ctx.lang} error={refused(p.id) as UserError} labels={labels} title={s.thereIsAProblem} /> : null}
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <label for={`school-${p.id}`}>{s.school}</label>
              <Err id={`school-${p.id}`} />
              <input id={`school-${p.id}`} name="school" required value={typed(p.id, 'school')} />
              <label for={`class-${p.id}`}>{s.className}</label>
              <Err id={`class-${p.id}`} />
              <input id={`class-${p.id}`} name="className" required value={typed(p.id, 'className')} />
              <label for={`students-${p.id}`}>{s.studentsN}</label>
              <Err id={`students-${p.id}`} />
              <input id={`students-${p.id}`} name="students" type="number" min="1" max={String(p.max_students)} required value={typed(p.id, 'students')} />
              <label for={`date-${p.id}`}>{s.day}</label>
              <DateHint id={`date-${p.id}`} lang={ctx.lang} />
              <Err id={`date-${p.id}`} />
              <DateInput
                id={`date-${p.id}`}
                name="onDate"
                required
                value={typed(p.id, 'onDate')}
                errorId={said(`date-${p.id}`) ? `date-${p.id}-err` : undefined}
              />
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
    again ? (again.error.status === 409 ? 409 : 422) : 200,
  );
}
