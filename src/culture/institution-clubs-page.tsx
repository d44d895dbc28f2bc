import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { Institution } from '../network/institutions.ts';
import { todayLocal } from '../core/time.ts';
import { CLUB_KINDS } from './clubs.ts';
import { REGULAR_MONTHS, regularClubs } from './regular.ts';
import { clubKindName, cultureText } from './messages.ts';

/** `/quan-ly/van-hoa/<code>`: an institution's clubs with their regular months this year, and a new club's form. */
export async function institutionClubsPage(c: AppContext, inst: Institution) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const { db } = c.var.store;
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
}
