import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, UserError } from '../core/errors.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { requireLogin } from '../core/web/guards.ts';
import { mayWriteFor } from '../network/access.ts';
import { addImage, MAX_IMAGE_BYTES } from './images.ts';
import { deleteObject, updateObject } from './object-edits.ts';
import { getObject } from './objects.ts';
import { museumErrors as E, museumText, vocabularyName } from './messages.ts';
import { listTerms, TERM_FIELD, VOCABULARIES } from './vocabularies.ts';
import { TERM_BESIDE, TermSelect, termsFromForm } from './term-select.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const FIELDS = ['identifier', 'title', 'description', 'creator', 'dateText', 'type', 'format', 'provenance', 'ethnicGroup', 'rights'] as const;
type Form = 'edit' | 'image' | 'delete';

/** A refused form of the object's page: which, what was typed, what was wrong. */
interface Again {
  form: Form;
  values: Record<string, string>;
  error: UserError;
}

async function ownObject(c: AppContext) {
  const o = await getObject(c.var.store.db, Number(c.req.param('id')));
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, o.institution_id))) throw noAccess();
  return o;
}
type Obj = Awaited<ReturnType<typeof ownObject>>;

function Input(p: { id: string; label: string; value: string; problem?: string; required?: boolean; multiline?: boolean }) {
  const described = p.problem ? `${p.id}-err` : undefined;
  return (
    <>
      <label for={p.id}>{p.label}</label>
      {p.problem ? (
        <span class="field-error" id={`${p.id}-err`}>
          {p.problem}
        </span>
      ) : null}
      {p.multiline ? (
        <textarea id={p.id} name={p.id} rows={4} aria-invalid={p.problem ? 'true' : undefined} aria-describedby={described}>
          {p.value}
        </textarea>
      ) : (
        <input id={p.id} name={p.id} value={p.value} required={p.required} aria-invalid={p.problem ? 'true' : undefined} aria-describedby={described} />
      )}
    </>
  );
}

/** The object's management page: its description edited, more images with captions, deleted with a reason. */
async function objectPage(c: AppContext, o: Obj, again?: Again) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const terms = await listTerms(c.var.store.db);
  const current: Record<string, string> = {
    typeTerm: o.type_term_id === null ? '' : String(o.type_term_id),
    materialTerm: o.material_term_id === null ? '' : String(o.material_term_id),
    periodTerm: o.period_term_id === null ? '' : String(o.period_term_id),
    ethnicTerm: o.ethnic_term_id === null ? '' : String(o.ethnic_term_id),
    identifier: o.identifier,
    title: o.title,
    description: o.description,
    creator: o.creator ?? '',
    dateText: o.date_text ?? '',
    type: o.type ?? '',
    format: o.format ?? '',
    provenance: o.provenance ?? '',
    ethnicGroup: o.ethnic_group ?? '',
    rights: o.rights ?? '',
  };
  const labels = objectFieldLabels(ctx.lang);
  const value = (form: Form, f: string) => (again?.form === form ? (again.values[f] ?? '') : form === 'edit' ? (current[f] ?? '') : '');
  const problem = (form: Form, f: string) => {
    const p = again?.form === form ? again.error.problems.find((x) => x.field === f) : undefined;
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  const summary = (form: Form) =>
    again?.form === form ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={s.thereIsAProblem} /> : null;
  const base = `/quan-ly/hien-vat/${o.id}`;
  return (
    <Layout ctx={ctx} title={`${s.editObject}: ${o.title}`}>
      <style dangerouslySetInnerHTML={{ __html: IMAGES_CSS }} />
      <h1>
        {s.editObject}: {o.title}
      </h1>
      {c.req.query('ok') ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>
        <a href={`/hien-vat/${o.id}`}>{s.publicPage}</a>
      </p>
      {summary('edit')}
      <form method="post" action={base} aria-labelledby="edit-h">
        <h2 id="edit-h">{s.description}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {FIELDS.map((f) => {
          const v = TERM_BESIDE[f];
          return (
            <>
              {v ? (
                <TermSelect
                  vocabulary={v}
                  terms={terms[v]}
                  current={o.terms[v]}
                  value={value('edit', TERM_FIELD[v])}
                  problem={problem('edit', TERM_FIELD[v])}
                  lang={ctx.lang}
                />
              ) : null}
              <Input
                id={f}
                label={labels[f]!}
                value={value('edit', f)}
                problem={problem('edit', f)}
                required={f === 'identifier' || f === 'title'}
                multiline={f === 'description'}
              />
            </>
          );
        })}
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <h2 id="images-h">{s.images}</h2>
      <ul class="items">
        {o.images.map((m) => (
          <li>
            <figure>
              <img src={`/anh/${m.id}/nho.jpg`} alt={m.alt} loading="lazy" />
              {m.caption ? <figcaption>{m.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
      {summary('image')}
      <form method="post" action={`${base}/anh`} enctype="multipart/form-data" aria-labelledby="add-image-h">
        <h3 id="add-image-h">{s.addImage}</h3>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="image">{s.image}</label>
        {problem('image', 'image') || (again?.form === 'image' && again.values.imageName) ? (
          <span class="field-error" id="image-err">
            {problem('image', 'image') ?? s.chooseImageAgain({ name: again?.values.imageName ?? '' })}
          </span>
        ) : null}
        <input id="image" name="image" type="file" accept="image/*" required />
        <Input id="alt" label={s.alt} value={value('image', 'alt')} problem={problem('image', 'alt')} />
        <Input id="caption" label={s.imageCaption} value={value('image', 'caption')} problem={problem('image', 'caption')} />
        <p>
          <button type="submit">{s.addImage}</button>
        </p>
      </form>
      {summary('delete')}
      <form method="post" action={`${base}/xoa`} aria-labelledby="delete-h">
        <h2 id="delete-h">{s.deleteObject}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Input id="reason" label={s.deleteReason} value={value('delete', 'reason')} problem={problem('delete', 'reason')} required />
        <p>
          <button type="submit">{s.deleteObject}</button>
        </p>
      </form>
    </Layout>
  );
}

/** The images in a column, never wider than the screen. */
const IMAGES_CSS = '.items{list-style:none;padding:0}.items figure{margin:0 0 1rem}.items img{max-width:100%;height:auto}';

const fixable = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** An object's image and its caption (server/app.tsx bounds the body before it is read). */
/** The words of an object's fields, for the forms that add and edit one and their error summaries. */
export function objectFieldLabels(lang: Lang): Record<string, string> {
  const s = museumText(lang);
  return {
    identifier: s.identifier,
    title: s.title,
    description: s.description,
    creator: s.creator,
    dateText: s.dateText,
    type: s.type,
    format: s.format,
    provenance: s.provenance,
    ethnicGroup: s.ethnicGroup,
    rights: s.rights,
    image: s.image,
    alt: s.alt,
    caption: s.imageCaption,
    reason: s.deleteReason,
    ...Object.fromEntries(VOCABULARIES.map((v) => [TERM_FIELD[v], s.fromList({ label: vocabularyName(lang, v) })])),
  };
}

export const objectUploadPath = /^\/quan-ly\/hien-vat\/\d+\/anh$/;

export const objectPages = new Hono<AppEnv>()
  .use('/quan-ly/hien-vat/*', requireLogin())
  .get('/quan-ly/hien-vat/:id', async (c) => c.html(await objectPage(c, await ownObject(c))))
  .post('/quan-ly/hien-vat/:id', async (c) => {
    const o = await ownObject(c);
    const b = await c.req.parseBody();
    const values: Record<string, string> = Object.fromEntries([...FIELDS, ...VOCABULARIES.map((v) => TERM_FIELD[v])].map((f) => [f, str(b[f])]));
    try {
      await updateObject(c.var.store.db, o.id, { ...Object.fromEntries(FIELDS.map((f) => [f, values[f]!])), ...termsFromForm(b) }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await objectPage(c, o, { form: 'edit', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/quan-ly/hien-vat/${o.id}?ok=1`, 303);
  })
  .post('/quan-ly/hien-vat/:id/anh', async (c) => {
    const o = await ownObject(c);
    const b = await c.req.parseBody();
    const file = b.image instanceof File && b.image.size > 0 ? b.image : null;
    const values = { alt: str(b.alt), caption: str(b.caption), imageName: file?.name ?? '' };
    try {
      if (!file) throw new UserError(E.chooseAnImage(), 422, [{ field: 'image', said: E.notEmpty() }]);
      if (file.size > MAX_IMAGE_BYTES) throw new UserError(E.imageTooLarge(), 413, [{ field: 'image', said: E.over20MB() }]);
      await addImage(
        c.var.store.db,
        o.id,
        { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name },
        values.alt,
        c.var.principal.userId,
        values.caption,
      );
    } catch (err) {
      if (fixable(err)) return c.html(await objectPage(c, o, { form: 'image', values, error: err }), err.status === 413 ? 413 : 422);
      throw err;
    }
    return c.redirect(`/quan-ly/hien-vat/${o.id}?ok=1`, 303);
  })
  .post('/quan-ly/hien-vat/:id/xoa', async (c) => {
    const o = await ownObject(c);
    const b = await c.req.parseBody();
    const values = { reason: str(b.reason) };
    try {
      await deleteObject(c.var.store.db, o.id, values.reason, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await objectPage(c, o, { form: 'delete', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    const inst = await c.var.store.db.selectFrom('institutions').select('code').where('id', '=', o.institution_id).executeTakeFirstOrThrow();
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });
