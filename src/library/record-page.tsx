import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { availability } from './items.ts';
import { patronsOfUser } from './patrons.ts';
import { catalogueText, itemStatusText } from './catalogue-messages.ts';
import { patronText } from './patron-messages.ts';
import { searchText } from './search-messages.ts';
import { formatDate } from '../core/i18n/index.ts';
import { Csrf, ErrorSummary, FormField, refusal, type Refusal } from './form-bits.tsx';
import { holdStateWords } from './patron-view.tsx';
import { placeReaderHold, readerHolds } from './reader-account.ts';

/** A title's page: its description, where copies are now and how many can be borrowed, and the hold form (a refusal kept on it). */
async function titlePage(c: AppContext, r?: Refusal, status: 200 | 404 | 409 | 422 = 200) {
  const ctx = pageContext(c);
  const t = searchText(ctx.lang);
  const ct = catalogueText(ctx.lang);
  const pt = patronText(ctx.lang);
  const db = c.var.store.db;
  const id = Number(c.req.param('id'));
  const rec = Number.isInteger(id) ? await db.selectFrom('lib_records').selectAll().where('id', '=', id).executeTakeFirst() : undefined;
  if (!rec) throw notFound('tên sách', 'Title');
  const where = (await availability(db, [rec.id])).get(rec.id) ?? [];
  const cards = ctx.principal?.userId ? await patronsOfUser(db, ctx.principal.userId) : [];
  const mine = (
    await readerHolds(
      db,
      cards.map((x) => x.id),
    )
  ).filter((h) => h.recordId === rec.id);
  const owners = await db
    .selectFrom('lib_items as it')
    .innerJoin('institutions as i', 'i.id', 'it.institution_id')
    .select(['i.id', 'i.name'])
    .distinct()
    .where('it.record_id', '=', rec.id)
    .orderBy('i.name')
    .execute();
  const subjects = JSON.parse(rec.subjects) as string[];
  // each copy on the shelf with its call number and shelf, where it is now, and when it is due back
  const copies = await db
    .selectFrom('lib_items as it')
    .innerJoin('institutions as i', 'i.id', 'it.at_institution_id')
    .leftJoin('lib_loans as l', (j) => j.onRef('l.item_id', '=', 'it.id').on('l.returned_at', 'is', null))
    .select(['it.id', 'it.call_number', 'it.location', 'it.status', 'i.name', 'l.due_at'])
    .where('it.record_id', '=', rec.id)
    .where('it.status', 'not in', ['withdrawn', 'lost'])
    .orderBy('i.name')
    .orderBy('it.call_number')
    .orderBy('it.id')
    .limit(200)
    .execute();
  const statusWords = itemStatusText(ctx.lang);
  const owner =
    rec.institution_id !== null && (ctx.principal?.role === 'admin' || (ctx.principal?.role === 'staff' && ctx.principal.institutionId === rec.institution_id))
      ? await db.selectFrom('institutions').select('code').where('id', '=', rec.institution_id).executeTakeFirst()
      : undefined;
  const placed = c.req.query('da-dat') !== undefined ? mine.find((h) => String(h.holdId) === c.req.query('da-dat')) : undefined;
  const chosenLibrary = r?.typed.library ?? (owners.length === 1 ? String(owners[0]!.id) : '');
  const chosenCard = r?.typed.card ?? '';
  const problem = (field: string) => (r?.form === 'hold' ? r.fields[field] : undefined);
  return c.html(
    <Layout ctx={ctx} title={rec.title}>
      <p>
        <a href="/tra-cuu">← {t.search}</a>
      </p>
      <h1>{rec.title}</h1>
      {placed ? (
        <p class="ok" role="status">
          {placed.status === 'waiting'
            ? t.holdPlacedAt({ library: placed.library, n: placed.position ?? 1 })
            : t.yourHoldHere({ state: holdStateWords(pt, placed), library: placed.library })}{' '}
          <a href="/ban-doc">{t.myHoldsLink}</a>
        </p>
      ) : null}
      <ErrorSummary lang={ctx.lang} r={r} />
      <dl>
        {rec.author ? (
          <>
            <dt>{t.by}</dt>
            <dd>{rec.author}</dd>
          </>
        ) : null}
        {rec.publisher || rec.year ? (
          <>
            <dt>{t.publisher}</dt>
            <dd>{[rec.publisher, rec.year].filter(Boolean).join(', ')}</dd>
          </>
        ) : null}
        {rec.isbn ? (
          <>
            <dt>ISBN</dt>
            <dd>{rec.isbn}</dd>
          </>
        ) : null}
        {subjects.length ? (
          <>
            <dt>{t.f_subject}</dt>
            <dd>{subjects.join('; ')}</dd>
          </>
        ) : null}
      </dl>
      {owner ? (
        <p>
          <a href={`/thu-vien/${encodeURIComponent(owner.code)}/sach/${rec.id}`}>{t.editRecordLink}</a>
        </p>
      ) : null}
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
      {copies.length ? (
        <>
          <h2 id="copies-h">{t.copiesH}</h2>
          <div class="scroll">
            <table aria-labelledby="copies-h">
              <thead>
                <tr>
                  <th scope="col">{t.f_library}</th>
                  <th scope="col">{ct.callNumber}</th>
                  <th scope="col">{ct.shelf}</th>
                  <th scope="col">{ct.itemStatus}</th>
                </tr>
              </thead>
              <tbody>
                {copies.map((x) => (
                  <tr>
                    <td>{x.name}</td>
                    <td>{x.call_number ?? '—'}</td>
                    <td>{x.location ?? '—'}</td>
                    <td>{x.due_at ? t.onLoanUntil({ date: formatDate(x.due_at) }) : (statusWords[x.status as keyof typeof statusWords] ?? x.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      <h2 id="hold-h">{t.placeHold}</h2>
      {mine.length && !placed ? (
        <p>
          {mine.map((h) => t.yourHoldHere({ state: holdStateWords(pt, h), library: h.library })).join(' ')} <a href="/ban-doc">{t.myHoldsLink}</a>
        </p>
      ) : null}
      {!ctx.principal ? (
        <p>
          <a href={`/dang-nhap?next=${encodeURIComponent(`/tra-cuu/sach/${rec.id}`)}`}>{t.loginToHold}</a>
        </p>
      ) : cards.length === 0 ? (
        <p>{t.noCard}</p>
      ) : owners.length === 0 || (mine.length > 0 && !r) ? null : (
        <form method="post" action={`/tra-cuu/sach/${rec.id}/dat-truoc`} aria-labelledby="hold-h">
          <Csrf token={ctx.csrf} />
          {cards.length > 1 ? (
            <FormField form="hold" name="card" label={t.holdWithCard} r={r}>
              <select id="hold-card" name="card" style="display:block;max-width:100%" aria-invalid={problem('card') ? 'true' : undefined}>
                <option value="">{t.chooseCardOption}</option>
                {cards.map((x) => (
                  <option value={String(x.id)} selected={String(x.id) === chosenCard}>
                    {`${x.cardNumber} — ${x.name}`}
                  </option>
                ))}
              </select>
            </FormField>
          ) : null}
          <FormField form="hold" name="library" label={t.holdAt} r={r}>
            <select
              id="hold-library"
              name="library"
              style="display:block;max-width:100%"
              aria-invalid={problem('library') ? 'true' : undefined}
              aria-describedby={problem('library') ? 'hold-library-err' : undefined}
            >
              {owners.length > 1 ? <option value="">{t.chooseLibraryOption}</option> : null}
              {owners.map((o) => (
                <option value={String(o.id)} selected={String(o.id) === chosenLibrary}>
                  {o.name}
                </option>
              ))}
            </select>
          </FormField>
          <button class="primary" type="submit">
            {t.placeHold}
          </button>
        </form>
      )}
    </Layout>,
    status,
  );
}

export const recordPages = new Hono<AppEnv>()
  .get('/tra-cuu/sach/:id', (c) => titlePage(c))
  .post('/tra-cuu/sach/:id/dat-truoc', requireLogin(), async (c) => {
    const p = c.var.principal;
    const body = await c.req.parseBody();
    const typed = { library: typeof body.library === 'string' ? body.library : '', card: typeof body.card === 'string' ? body.card : '' };
    const recordId = Number(c.req.param('id'));
    try {
      const { holdId } = await placeReaderHold(c.var.store.db, p.userId ?? 0, recordId, {
        cardId: typed.card ? Number(typed.card) : undefined,
        libraryId: typed.library ? Number(typed.library) : null,
      });
      return c.redirect(`/tra-cuu/sach/${recordId}?da-dat=${holdId}#hold-h`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || ![409, 422].includes(e.status)) throw e;
      const r = refusal(c.var.lang, 'hold', e, typed);
      if (!e.problems.length) r.fields.library = r.said;
      return titlePage(c, r, e.status as 409 | 422);
    }
  });
