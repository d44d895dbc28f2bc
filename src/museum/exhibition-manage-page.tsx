import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { exhibitionKindName, museumText } from './messages.ts';
import { listObjects } from './objects.ts';
import { managedExhibition } from './manage-access.ts';
import { Field } from './form-field.tsx';

/** A refused form of an exhibition's page: which, what was typed, what was wrong. */
export interface ExhibitionAgain {
  form: 'edit' | 'unpublish' | 'delete' | 'stop';
  values: Record<string, string>;
  error: UserError;
}

/** An exhibition's management page; `again` is a refused form (edit, unpublish, delete) shown with what was typed. */
export async function exhibitionPage(c: AppContext, again?: ExhibitionAgain) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const x = await managedExhibition(c);
  const objects = await listObjects(c.var.store.db, x.institution_id);
  const base = `/quan-ly/trien-lam/${x.id}`;
  const value = (form: ExhibitionAgain['form'], f: string, current = '') => (again?.form === form ? (again.values[f] ?? '') : current);
  const problem = (form: ExhibitionAgain['form'], f: string) => {
    const p = again?.form === form ? again.error.problems.find((e) => e.field === f) : undefined;
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  const summary = (form: ExhibitionAgain['form']) =>
    again?.form === form ? (
      <ErrorSummary
        focus
        lang={ctx.lang}
        error={again.error}
        labels={{
          title: s.exhibitionTitle,
          intro: s.intro,
          opensOn: s.opens,
          closesOn: s.closes,
          place: s.stopPlace,
          startsOn: s.from,
          endsOn: s.to,
          reason: form === 'delete' ? s.deleteReason : s.unpublishReason,
        }}
        title={s.thereIsAProblem}
      />
    ) : null;
  return c.html(
    <Layout ctx={ctx} title={x.title}>
      <h1>{x.title}</h1>
      {c.req.query('ok') === 'unpublished' || c.req.query('ok') === 'saved' ? (
        <p class="ok" role="status">
          {c.req.query('ok') === 'saved' ? ctx.t.saved : s.unpublished}
        </p>
      ) : null}
      <p>
        {x.published ? s.published : s.draft} · <a href={`/trien-lam/${x.id}`}>{`/trien-lam/${x.id}`}</a> ·{' '}
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(x.institutionCode)}`}>{s.manage}</a>
      </p>
      <ol class="items-order">
        {x.items.map((i, n) => (
          <li>
            {i.title}
            {i.caption ? ` — ${i.caption}` : ''}{' '}
            <span class="item-actions">
              {n > 0 ? (
                <form method="post" action={`${base}/hien-vat/${i.id}/len`} class="inline">
                  <input type="hidden" name="_csrf" value={ctx.csrf} />
                  <button type="submit" aria-label={s.moveUpOf({ title: i.title })}>
                    {s.moveUp}
                  </button>
                </form>
              ) : null}
              {n < x.items.length - 1 ? (
                <form method="post" action={`${base}/hien-vat/${i.id}/xuong`} class="inline">
                  <input type="hidden" name="_csrf" value={ctx.csrf} />
                  <button type="submit" aria-label={s.moveDownOf({ title: i.title })}>
                    {s.moveDown}
                  </button>
                </form>
              ) : null}
              <form method="post" action={`${base}/hien-vat/${i.id}/bo`} class="inline">
                <input type="hidden" name="_csrf" value={ctx.csrf} />
                <button type="submit" aria-label={s.removeItemOf({ title: i.title })}>
                  {s.removeItem}
                </button>
              </form>
            </span>
          </li>
        ))}
      </ol>
      <h2 id="add-item">{s.addItem}</h2>
      <form method="post" action={`${base}/hien-vat`} aria-labelledby="add-item">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="objectId">{s.objects}</label>
        <select id="objectId" name="objectId">
          {objects.map((o) => (
            <option value={String(o.id)}>{`${o.identifier} — ${o.title}`}</option>
          ))}
        </select>
        <label for="caption">{s.caption}</label>
        <textarea id="caption" name="caption" rows={3}></textarea>
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      {x.kind === 'travelling' ? (
        <form method="post" action={`${base}/diem-dung`}>
          <h2>{s.addStop}</h2>
          {summary('stop')}
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <Field id="place" label={s.stopPlace} required value={value('stop', 'place')} problem={problem('stop', 'place')} />
          <Field id="startsOn" label={s.from} date={ctx.lang} required value={value('stop', 'startsOn')} problem={problem('stop', 'startsOn')} />
          <Field id="endsOn" label={s.to} date={ctx.lang} required value={value('stop', 'endsOn')} problem={problem('stop', 'endsOn')} />
          <p>
            <button type="submit">{ctx.t.save}</button>
          </p>
        </form>
      ) : null}
      {!x.published ? (
        <form method="post" action={`${base}/cong-bo`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button class="primary" type="submit">
            {s.publish}
          </button>
        </form>
      ) : (
        <>
          {summary('unpublish')}
          <form method="post" action={`${base}/ngung-cong-bo`} aria-labelledby="unpublish-h">
            <h2 id="unpublish-h">{s.unpublish}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <Field id="reason" label={s.unpublishReason} required value={value('unpublish', 'reason')} problem={problem('unpublish', 'reason')} />
            <p>
              <button type="submit">{s.unpublish}</button>
            </p>
          </form>
        </>
      )}
      {summary('edit')}
      <form method="post" action={`${base}/sua`} aria-labelledby="edit-x-h">
        <h2 id="edit-x-h">{s.editExhibition}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <p>
          {ctx.t.kind}: {exhibitionKindName(ctx.lang, x.kind)}
        </p>
        <Field id="title" label={s.exhibitionTitle} required value={value('edit', 'title', x.title)} problem={problem('edit', 'title')} />
        <label for="intro">{s.intro}</label>
        <textarea id="intro" name="intro" rows={4}>
          {value('edit', 'intro', x.intro)}
        </textarea>
        <Field id="opensOn" label={s.opens} date={ctx.lang} required value={value('edit', 'opensOn', x.opens_on)} problem={problem('edit', 'opensOn')} />
        <Field id="closesOn" label={s.closes} date={ctx.lang} value={value('edit', 'closesOn', x.closes_on ?? '')} problem={problem('edit', 'closesOn')} />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      {!x.published ? (
        <>
          {summary('delete')}
          <form method="post" action={`${base}/xoa`} aria-labelledby="delete-x-h">
            <h2 id="delete-x-h">{s.deleteExhibition}</h2>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <Field id="reason" label={s.deleteReason} required value={value('delete', 'reason')} problem={problem('delete', 'reason')} />
            <p>
              <button type="submit">{s.deleteExhibition}</button>
            </p>
          </form>
        </>
      ) : null}
    </Layout>,
    again ? (again.error.status === 409 ? 409 : 422) : 200,
  );
}
