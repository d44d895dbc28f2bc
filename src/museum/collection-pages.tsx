import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { formatNumber } from '../core/i18n/index.ts';
import { ErrorSummary, formProblems } from '../core/web/problems.tsx';
import { requireLogin } from '../core/web/guards.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { findInstitution, type Institution } from '../network/institutions.ts';
import { addCollection, deleteCollection, getCollection, listCollections, updateCollection, type CollectionRow } from './collections.ts';
import { museumText } from './messages.ts';

/** The collections of a museum, kept by its staff: listed with their objects counted, added, renamed, deleted with a reason. */
const str = (v: unknown) => (typeof v === 'string' ? v : '');

async function museumOf(c: AppContext, code: string): Promise<Institution> {
  const inst = await findInstitution(c.var.store.db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
  return inst;
}

async function ownCollection(c: AppContext): Promise<CollectionRow> {
  const col = await getCollection(c.var.store.db, Number(c.req.param('id')));
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, col.institution_id))) throw noAccess();
  return col;
}

interface Again {
  values: Record<string, string>;
  error: UserError;
}

async function listPage(c: AppContext, museum: Institution, again?: Again, done?: string) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const rows = await listCollections(c.var.store.db, museum.id);
  const p = formProblems(ctx.lang, again?.error);
  const labels = { name: s.collectionName, description: s.collectionDescription };
  return (
    <Layout ctx={ctx} title={s.collectionsOf({ museum: museum.name })}>
      <p>
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(museum.code)}`}>{s.backToMuseum}</a>
      </p>
      <h1>{s.collectionsOf({ museum: museum.name })}</h1>
      {done ? (
        <p class="notice" role="status">
          {done}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p>{s.noCollections}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{s.collectionName}</th>
              <th scope="col" class="num">
                {s.collectionObjects}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-ly/suu-tap/${r.id}`}>{r.name}</a>
                </td>
                <td class="num">{formatNumber(ctx.lang, r.objects, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{s.newCollection}</h2>
      <ErrorSummary focus lang={ctx.lang} error={again?.error} title={s.collectionRefused} labels={labels} />
      <form method="post" action={`/quan-ly/bao-tang/${encodeURIComponent(museum.code)}/suu-tap`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="name">{s.collectionName}</label>
        <p.Err field="name" />
        <input id="name" name="name" required value={again?.values.name ?? ''} {...p.aria('name')} />
        <label for="description">{s.collectionDescription}</label>
        <p.Err field="description" />
        <textarea id="description" name="description" rows={3} {...p.aria('description')}>
          {again?.values.description ?? ''}
        </textarea>
        <button type="submit">{s.addCollection}</button>
      </form>
    </Layout>
  );
}

async function editPage(c: AppContext, col: CollectionRow, again?: Again & { form: 'edit' | 'delete' }, done?: string) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const museum = await c.var.store.db.selectFrom('institutions').select(['code', 'name']).where('id', '=', col.institution_id).executeTakeFirstOrThrow();
  const edit = formProblems(ctx.lang, again?.form === 'edit' ? again.error : undefined);
  const del = formProblems(ctx.lang, again?.form === 'delete' ? again.error : undefined);
  const v = again?.form === 'edit' ? again.values : { name: col.name, description: col.description };
  return (
    <Layout ctx={ctx} title={col.name}>
      <p>
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(museum.code)}/suu-tap`}>{s.backToCollections}</a>
      </p>
      <h1>{col.name}</h1>
      <p>
        {s.collectionObjects}: {formatNumber(ctx.lang, col.objects, 0)}
      </p>
      {done ? (
        <p class="notice" role="status">
          {done}
        </p>
      ) : null}
      <ErrorSummary
        focus
        lang={ctx.lang}
        error={again?.error}
        title={s.collectionRefused}
        labels={{ name: s.collectionName, description: s.collectionDescription, reason: s.deleteReason }}
      />
      <form method="post" action={`/quan-ly/suu-tap/${col.id}`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="name">{s.collectionName}</label>
        <edit.Err field="name" />
        <input id="name" name="name" required value={v.name ?? ''} {...edit.aria('name')} />
        <label for="description">{s.collectionDescription}</label>
        <edit.Err field="description" />
        <textarea id="description" name="description" rows={4} {...edit.aria('description')}>
          {v.description ?? ''}
        </textarea>
        <button type="submit">{s.saveCollection}</button>
      </form>
      <h2>{s.deleteCollection}</h2>
      <form method="post" action={`/quan-ly/suu-tap/${col.id}/xoa`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <p class="hint" id="reason-hint">
          {s.deleteCollectionHint}
        </p>
        <label for="reason">{s.deleteReason}</label>
        <del.Err field="reason" />
        <input id="reason" name="reason" value={again?.form === 'delete' ? (again.values.reason ?? '') : ''} {...del.aria('reason', 'reason-hint')} />
        <button type="submit" class="danger">
          {s.deleteCollection}
        </button>
      </form>
    </Layout>
  );
}

const refused = (err: unknown) => {
  if (err instanceof UserError && err.status < 500 && err.status !== 403 && err.status !== 404) return err;
  throw err;
};

export const collectionPages = new Hono<AppEnv>()
  .use('/quan-ly/bao-tang/:code/suu-tap', requireLogin())
  .use('/quan-ly/suu-tap/*', requireLogin())
  .get('/quan-ly/bao-tang/:code/suu-tap', async (c) => c.html(await listPage(c, await museumOf(c, c.req.param('code')))))
  .post('/quan-ly/bao-tang/:code/suu-tap', async (c) => {
    const museum = await museumOf(c, c.req.param('code'));
    const f = await c.req.parseBody();
    const values = { name: str(f.name), description: str(f.description) };
    try {
      const id = await addCollection(c.var.store.db, museum.id, values, c.var.principal?.userId ?? null);
      return c.redirect(`/quan-ly/suu-tap/${id}?da-luu=1`, 303);
    } catch (err) {
      const error = refused(err);
      return c.html(await listPage(c, museum, { values, error }), error.status as 422);
    }
  })
  .get('/quan-ly/suu-tap/:id', async (c) => {
    const col = await ownCollection(c);
    return c.html(await editPage(c, col, undefined, c.req.query('da-luu') ? museumText(pageContext(c).lang).collectionSaved : undefined));
  })
  .post('/quan-ly/suu-tap/:id', async (c) => {
    const col = await ownCollection(c);
    const f = await c.req.parseBody();
    const values = { name: str(f.name), description: str(f.description) };
    try {
      await updateCollection(c.var.store.db, col.id, values, c.var.principal?.userId ?? null);
      return c.redirect(`/quan-ly/suu-tap/${col.id}?da-luu=1`, 303);
    } catch (err) {
      const error = refused(err);
      return c.html(await editPage(c, col, { form: 'edit', values, error }), error.status as 422);
    }
  })
  .post('/quan-ly/suu-tap/:id/xoa', async (c) => {
    const col = await ownCollection(c);
    const f = await c.req.parseBody();
    const values = { reason: str(f.reason) };
    try {
      await deleteCollection(c.var.store.db, col.id, values.reason, c.var.principal?.userId ?? null);
      const museum = await c.var.store.db.selectFrom('institutions').select(['code', 'name']).where('id', '=', col.institution_id).executeTakeFirstOrThrow();
      const inst = await findInstitution(c.var.store.db, museum.code);
      return c.html(await listPage(c, inst!, undefined, museumText(pageContext(c).lang).collectionDeleted({ name: col.name })));
    } catch (err) {
      const error = refused(err);
      return c.html(await editPage(c, col, { form: 'delete', values, error }), error.status as 422);
    }
  });
