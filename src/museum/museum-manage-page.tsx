import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError } from '../core/errors.ts';
import { formatDate, sayIn } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import type { Institution } from '../network/institutions.ts';
import { EXHIBITION_KINDS, listExhibitions } from './exhibitions.ts';
import { bookingStatusName, exhibitionKindName, museumText } from './messages.ts';
import { listObjects } from './objects.ts';
import { listTerms, TERM_FIELD } from './vocabularies.ts';
import { TERM_BESIDE, TermSelect } from './term-select.tsx';
import { listBookings } from './school-bookings.ts';
import { Field } from './form-field.tsx';
import { objectFieldLabels } from './object-pages.tsx';

/** The object form's fields, in its order (their names are the form's and the service's). */
export const OBJECT_FIELDS = [
  'identifier',
  'title',
  'description',
  'creator',
  'dateText',
  'type',
  'format',
  'provenance',
  'ethnicGroup',
  'image',
  'alt',
] as const;

/** A refused form of the page (the object form unless `form` says): what was typed and what was wrong, shown again. */
export interface ObjectAgain {
  form?: 'object' | 'exhibition' | 'visits';
  values: Record<string, string>;
  error: UserError;
}

/** The museum's management page; `again` is a refused object form shown with what was typed and what was wrong. */
export async function managePage(c: AppContext, inst: Institution, again?: ObjectAgain) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const { db } = c.var.store;
  const [objects, exhibitions, bookings, terms] = await Promise.all([
    listObjects(db, inst.id),
    listExhibitions(db, { institutionId: inst.id }),
    listBookings(db, inst.id),
    listTerms(db),
  ]);
  const base = `/quan-ly/bao-tang/${encodeURIComponent(inst.code)}`;
  const objectAgain = again && (again.form ?? 'object') === 'object' ? again : undefined;
  const v = (field: string) => objectAgain?.values[field];
  const problem = (field: string) => {
    const p = objectAgain?.error.problems.find((x) => x.field === field);
    return p ? sayIn(ctx.lang, p.said) : undefined;
  };
  /** What a refused exhibition or visits form had typed, and its problems beside the fields. */
  const other = (form: 'exhibition' | 'visits') => {
    const a = again?.form === form ? again : undefined;
    return {
      a,
      v: (field: string) => a?.values[field],
      problem: (field: string) => {
        const p = a?.error.problems.find((x) => x.field === field);
        return p ? sayIn(ctx.lang, p.said) : undefined;
      },
    };
  };
  const ex = other('exhibition');
  const vis = other('visits');
  const labels = objectFieldLabels(ctx.lang);
  const termSelect = (field: string) => {
    const voc = TERM_BESIDE[field];
    return voc ? <TermSelect vocabulary={voc} terms={terms[voc]} value={v(TERM_FIELD[voc]) ?? ''} problem={problem(TERM_FIELD[voc])} lang={ctx.lang} /> : null;
  };
  return (
    <Layout ctx={ctx} title={`${s.manage}: ${inst.name}`}>
      <h1>
        {s.manage}: {inst.name}
      </h1>
      {c.req.query('ok') ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>
        <a href={`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}/suu-tap`}>{s.collections}</a> · <a href="/quan-ly/danh-muc-hien-vat">{s.vocabularies}</a>
      </p>
      <h2>{s.exhibitions}</h2>
      <ul>
        {exhibitions.map((x) => (
          <li>
            <a href={`/quan-ly/trien-lam/${x.id}`}>{x.title}</a> ({x.published ? s.published : s.draft}) · {s.opens}{' '}
            <time datetime={x.opens_on}>{formatDate(x.opens_on)}</time>
          </li>
        ))}
      </ul>
      <h2 id="new-exhibition">{s.newExhibition}</h2>
      {ex.a ? (
        <ErrorSummary
          focus
          lang={ctx.lang}
          error={ex.a.error}
          labels={{ title: s.exhibitionTitle, opensOn: s.opens, closesOn: s.closes }}
          title={s.thereIsAProblem}
        />
      ) : null}
      <form method="post" action={`${base}/trien-lam`} aria-labelledby="new-exhibition">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="x-kind">{ctx.t.kind}</label>
        <select id="x-kind" name="kind">
          {EXHIBITION_KINDS.map((k) => (
            <option value={k}>{exhibitionKindName(ctx.lang, k)}</option>
          ))}
        </select>
        <label for="x-title">{s.exhibitionTitle}</label>
        <input id="x-title" name="title" required value={ex.v('title')} />
        <label for="x-intro">{s.intro}</label>
        <textarea id="x-intro" name="intro" rows={3}>
          {ex.v('intro')}
        </textarea>
        <Field id="opensOn" label={s.opens} date={ctx.lang} required value={ex.v('opensOn')} problem={ex.problem('opensOn')} />
        <Field id="closesOn" label={s.closes} date={ctx.lang} value={ex.v('closesOn')} problem={ex.problem('closesOn')} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <h2>
        {s.objects} ({objects.length})
      </h2>
      <ul>
        {objects.map((o) => (
          <li>
            <a href={`/hien-vat/${o.id}`}>
              {o.identifier} — {o.title}
            </a>{' '}
            ·{' '}
            <a href={`/quan-ly/hien-vat/${o.id}`} aria-label={`${s.edit}: ${o.title}`}>
              {s.edit}
            </a>
          </li>
        ))}
      </ul>
      <h2 id="new-object">{s.newObject}</h2>
      {objectAgain ? <ErrorSummary focus lang={ctx.lang} error={objectAgain.error} labels={labels} title={s.thereIsAProblem} /> : null}
      <form method="post" action={`${base}/hien-vat`} enctype="multipart/form-data" aria-labelledby="new-object">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="identifier" label={s.identifier} required value={v('identifier')} problem={problem('identifier')} />
        <Field id="title" label={s.title} required value={v('title')} problem={problem('title')} />
        <label for="description">{s.description}</label>
        <textarea id="description" name="description" rows={3}>
          {v('description')}
        </textarea>
        <Field id="creator" label={s.creator} value={v('creator')} problem={problem('creator')} />
        {termSelect('dateText')}
        <Field id="dateText" label={s.dateText} value={v('dateText')} problem={problem('dateText')} />
        {termSelect('type')}
        <Field id="type" label={s.type} value={v('type')} problem={problem('type')} />
        {termSelect('format')}
        <Field id="format" label={s.format} value={v('format')} problem={problem('format')} />
        <Field id="provenance" label={s.provenance} value={v('provenance')} problem={problem('provenance')} />
        {termSelect('ethnicGroup')}
        <Field id="ethnicGroup" label={s.ethnicGroup} value={v('ethnicGroup')} problem={problem('ethnicGroup')} />
        <label for="image">{s.image}</label>
        {problem('image') || (again && v('imageName')) ? (
          <span class="field-error" id="image-err">
            {problem('image') ?? s.chooseImageAgain({ name: v('imageName') ?? '' })}
          </span>
        ) : null}
        <input id="image" name="image" type="file" accept="image/*" aria-describedby={again && v('imageName') ? 'image-err' : undefined} />
        <Field id="alt" label={s.alt} value={v('alt')} problem={problem('alt')} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <h2 id="visits">{s.visits}</h2>
      {vis.a ? (
        <ErrorSummary
          focus
          lang={ctx.lang}
          error={vis.a.error}
          labels={{ day: s.day, visitors: s.visitors, students: s.students, study: s.study }}
          title={s.thereIsAProblem}
        />
      ) : null}
      <form method="post" action={`${base}/luot-khach`} aria-labelledby="visits">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="day" label={s.day} date={ctx.lang} required value={vis.v('day')} problem={vis.problem('day')} />
        <Field id="visitors" label={s.visitors} type="number" required value={vis.v('visitors')} problem={vis.problem('visitors')} />
        <Field id="students" label={s.students} type="number" value={vis.v('students') ?? '0'} problem={vis.problem('students')} />
        <Field id="study" label={s.study} type="number" value={vis.v('study') ?? '0'} problem={vis.problem('study')} />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
      <h2 id="programmes">{s.programmes}</h2>
      <ul>
        {bookings.map((b) => (
          <li>
            <time datetime={b.on_date}>{formatDate(b.on_date)}</time>: {b.title} — {b.class_name}, {b.school} ({b.students}) ·{' '}
            {bookingStatusName(ctx.lang, b.status)}
            {b.status === 'booked' ? (
              <form method="post" action={`${base}/dat-lich/${b.id}/da-to-chuc`} class="inline">
                <input type="hidden" name="_csrf" value={ctx.csrf} />
                <button type="submit">{s.markHeld}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      <form method="post" action={`${base}/chuong-trinh`} aria-labelledby="programmes">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <Field id="p-title" label={s.programmeTitle} required />
        <Field id="p-max" label={s.maxStudents} type="number" required />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
    </Layout>
  );
}
