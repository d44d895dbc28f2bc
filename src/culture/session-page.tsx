import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { membersOf } from './members.ts';
import { cultureText } from './messages.ts';
import { PresentBoxes, TextField, type Again } from './forms.tsx';
import type { Club } from './club-access.ts';

/** One session, for the club's staff to correct its day, note and who was present. */
export async function sessionPage(c: AppContext, k: Club, again?: Again) {
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
        <TextField id="onDate" label={t.day} date required value={again?.values.onDate ?? s.on_date} lang={ctx.lang} again={again} />
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
