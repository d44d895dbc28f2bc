import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { availability } from './items.ts';
import { loanHistory, placeHold } from './holds.ts';
import { patronsOfUser } from './patrons.ts';
import { libraryText } from './messages.ts';
import { libraryErrors as E } from './errors.ts';

/** A title's page: its description, where copies are now and how many can be borrowed, and the hold form. */
export const recordPages = new Hono<AppEnv>()
  .get('/tra-cuu/sach/:id', async (c) => {
    const ctx = pageContext(c);
    const t = libraryText(ctx.lang);
    const db = c.var.store.db;
    const id = Number(c.req.param('id'));
    const r = Number.isInteger(id) ? await db.selectFrom('lib_records').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
    if (!r) throw notFound('tên sách', 'Title');
    const where = (await availability(db, [r.id])).get(r.id) ?? [];
    const cards = ctx.principal?.userId ? await patronsOfUser(db, ctx.principal.userId) : [];
    const owners = await db
      .selectFrom('lib_items as it')
      .innerJoin('institutions as i', 'i.id', 'it.institution_id')
      .select(['i.id', 'i.name'])
      .distinct()
      .where('it.record_id', '=', r.id)
      .execute();
    const subjects = JSON.parse(r.subjects) as string[];
    return c.html(
      <Layout ctx={ctx} title={r.title}>
        <p>
          <a href="/tra-cuu">← {t.search}</a>
        </p>
        <h1>{r.title}</h1>
        {c.req.query('da-dat') === '1' ? (
          <p class="ok" role="status">
            {t.holdPlaced}
          </p>
        ) : null}
        <dl>
          {r.author ? (
            <>
              <dt>{t.by}</dt>
              <dd>{r.author}</dd>
            </>
          ) : null}
          {r.publisher || r.year ? (
            <>
              <dt>{t.publisher}</dt>
              <dd>{[r.publisher, r.year].filter(Boolean).join(', ')}</dd>
            </>
          ) : null}
          {r.isbn ? (
            <>
              <dt>ISBN</dt>
              <dd>{r.isbn}</dd>
            </>
          ) : null}
          {subjects.length ? (
            <>
              <dt>{t.f_subject}</dt>
              <dd>{subjects.join('; ')}</dd>
            </>
          ) : null}
        </dl>
        <h2>{t.holdings}</h2>
        {where.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">{t.f_library}</th>
                <th scope="col">{t.available}</th>
                <th scope="col">{t.copies}</th>
              </tr>
            </thead>
            <tbody>
              {where.map((a) => (
                <tr>
                  <th scope="row" style="font-weight:normal">
                    {a.name}
                    {a.away ? ` (${t.inRotation})` : ''}
                  </th>
                  <td>{a.available}</td>
                  <td>{a.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{t.noCopies}</p>
        )}
        <h2>{t.placeHold}</h2>
        {!ctx.principal ? (
          <p>
            <a href={`/dang-nhap?next=${encodeURIComponent(`/tra-cuu/sach/${r.id}`)}`}>{t.loginToHold}</a>
          </p>
        ) : cards.length === 0 ? (
          <p>{t.noCard}</p>
        ) : (
          <form method="post" action={`/tra-cuu/sach/${r.id}/dat-truoc`}>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <label for="hold-at">{t.holdAt}</label>{' '}
            <select id="hold-at" name="library">
              {owners.map((o) => (
                <option value={String(o.id)}>{o.name}</option>
              ))}
            </select>{' '}
            <button class="primary" type="submit">
              {t.placeHold}
            </button>
          </form>
        )}
      </Layout>,
    );
  })
  .post('/tra-cuu/sach/:id/dat-truoc', requireLogin(), async (c) => {
    const db = c.var.store.db;
    const p = c.var.principal;
    const cards = p.userId ? await patronsOfUser(db, p.userId) : [];
    if (!cards[0]) throw new UserError(E.noCard(), 409);
    const body = await c.req.parseBody();
    await placeHold(db, Number(c.req.param('id')), cards[0].id, Number(body.library), p.userId);
    return c.redirect(`/tra-cuu/sach/${Number(c.req.param('id'))}?da-dat=1`, 303);
  })
  .get('/ban-doc', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const t = libraryText(ctx.lang);
    const db = c.var.store.db;
    // a reader's history is theirs alone: only the cards linked to the signed-in account are read
    const cards = ctx.principal?.userId ? await patronsOfUser(db, ctx.principal.userId) : [];
    const histories = await Promise.all(cards.map((card) => loanHistory(db, card.id)));
    return c.html(
      <Layout ctx={ctx} title={t.myLoans}>
        <h1>{t.myLoans}</h1>
        {cards.length === 0 ? <p>{t.noCard}</p> : null}
        {cards.map((card, i) => (
          <section>
            <h2>
              {card.cardNumber} — {card.name}
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.title}</th>
                  <th scope="col">{t.borrowed}</th>
                  <th scope="col">{t.due}</th>
                  <th scope="col">{t.returnedOn}</th>
                </tr>
              </thead>
              <tbody>
                {histories[i]!.map((h) => (
                  <tr>
                    <td>{h.title}</td>
                    <td>{formatDate(h.outAt)}</td>
                    <td>{formatDate(h.dueAt)}</td>
                    <td>{formatDate(h.returnedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </Layout>,
    );
  });
