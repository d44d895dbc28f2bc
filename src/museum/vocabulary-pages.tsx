import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { addTerm, listTerms, mayEditVocabularies, updateTerm, VOCABULARIES, type Vocabulary } from './vocabularies.ts';
import { museumText, vocabularyName } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const BASE = '/quan-ly/danh-muc-hien-vat';

/** A refused form: which (a vocabulary's "add", or a term's edit), what was typed, what was wrong. */
interface Again {
  form: Vocabulary | 'edit';
  values: Record<string, string>;
  error: UserError;
}

async function allowed(c: AppContext) {
  if (!(await mayEditVocabularies(c.var.store.db, c.var.principal))) throw noAccess();
}

/** The field's error beside it, and the summary's link to it (`#<prefix>-<field>`). */
function Problem(p: { again?: Again; form: Again['form']; field: string; id: string; lang: 'vi' | 'en' }) {
  const found = p.again?.form === p.form ? p.again.error.problems.find((x) => x.field === p.field) : undefined;
  return found ? (
    <span class="field-error" id={`${p.id}-err`}>
      {sayIn(p.lang, found.said)}
    </span>
  ) : null;
}

function Summary(p: { again?: Again; form: Again['form']; prefix: string; lang: 'vi' | 'en'; labels: Record<string, string>; title: string }) {
  if (p.again?.form !== p.form) return null;
  const e = p.again.error;
  return (
    <div class="error error-summary" role="alert" aria-labelledby={`${p.prefix}-sum-h`} tabindex={-1}>
      <h3 id={`${p.prefix}-sum-h`}>{p.title}</h3>
      <p>{sayIn(p.lang, e.said)}</p>
      <ul>
        {e.problems.map((x) => (
          <li>
            <a href={`#${p.prefix}-${x.field}`}>{`${p.labels[x.field ?? ''] ?? ''}: ${sayIn(p.lang, x.said)}`}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Every vocabulary: its terms (labels in both languages, retired or not, each with its edit link) and a form to add one. */
async function listPage(c: AppContext, again?: Again) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const terms = await listTerms(c.var.store.db, { withRetired: true });
  const labels = { labelVi: s.labelVi, labelEn: s.labelEn };
  const typed = (form: Vocabulary, f: string) => (again?.form === form ? (again.values[f] ?? '') : '');
  const invalid = (form: Vocabulary, f: string) => (again?.form === form && again.error.problems.some((x) => x.field === f) ? 'true' : undefined);
  return (
    <Layout ctx={ctx} title={s.vocabularies}>
      <h1>{s.vocabularies}</h1>
      {c.req.query('ok') ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>{s.vocabulariesIntro}</p>
      <ul class="inline">
        {VOCABULARIES.map((v) => (
          <li>
            <a href={`#${v}`}>{vocabularyName(ctx.lang, v)}</a>
          </li>
        ))}
      </ul>
      {VOCABULARIES.map((v) => (
        <section aria-labelledby={`${v}-h`}>
          <h2 id={v}>
            <span id={`${v}-h`}>{vocabularyName(ctx.lang, v)}</span> <small>({s.termsCount({ n: String(terms[v].length) })})</small>
          </h2>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{s.labelVi}</th>
                  <th scope="col">{s.labelEn}</th>
                  <th scope="col">{s.status}</th>
                </tr>
              </thead>
              <tbody>
                {terms[v].map((t) => (
                  <tr>
                    <th scope="row">
                      <a href={`${BASE}/${t.id}`}>{t.labelVi}</a>
                    </th>
                    <td lang="en">{t.labelEn}</td>
                    <td>{t.retired ? s.retired : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Summary again={again} form={v} prefix={v} lang={ctx.lang} labels={labels} title={s.thereIsAProblem} />
          <form method="post" action={BASE} aria-labelledby={`${v}-add-h`}>
            <h3 id={`${v}-add-h`}>
              {s.addTerm}: {vocabularyName(ctx.lang, v)}
            </h3>
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <input type="hidden" name="vocabulary" value={v} />
            <label for={`${v}-labelVi`}>{s.labelVi}</label>
            <Problem again={again} form={v} field="labelVi" id={`${v}-labelVi`} lang={ctx.lang} />
            <input
              id={`${v}-labelVi`}
              name="labelVi"
              required
              value={typed(v, 'labelVi')}
              aria-invalid={invalid(v, 'labelVi')}
              aria-describedby={invalid(v, 'labelVi') ? `${v}-labelVi-err` : undefined}
            />
            <label for={`${v}-labelEn`}>{s.labelEn}</label>
            <input id={`${v}-labelEn`} name="labelEn" lang="en" value={typed(v, 'labelEn')} />
            <p>
              <button type="submit">{s.addTerm}</button>
            </p>
          </form>
        </section>
      ))}
    </Layout>
  );
}

/** One term: its labels and whether it is still offered. */
async function termPage(c: AppContext, id: number, again?: Again) {
  const ctx = pageContext(c);
  const s = museumText(ctx.lang);
  const t = await c.var.store.db.selectFrom('museum_terms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!t) throw notFound('mục danh mục', 'Term');
  const value = (f: 'labelVi' | 'labelEn') => (again ? (again.values[f] ?? '') : f === 'labelVi' ? t.label_vi : t.label_en);
  const retired = again ? again.values.retired === '1' : t.retired === 1;
  const bad = (f: string) => (again?.error.problems.some((x) => x.field === f) ? 'true' : undefined);
  return (
    <Layout ctx={ctx} title={`${vocabularyName(ctx.lang, t.vocabulary)}: ${t.label_vi}`}>
      <h1>
        {vocabularyName(ctx.lang, t.vocabulary)}: {t.label_vi}
      </h1>
      <p>
        <a href={`${BASE}#${t.vocabulary}`}>{s.vocabularies}</a>
      </p>
      <Summary again={again} form="edit" prefix="t" lang={ctx.lang} labels={{ labelVi: s.labelVi, labelEn: s.labelEn }} title={s.thereIsAProblem} />
      <form method="post" action={`${BASE}/${t.id}`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="t-labelVi">{s.labelVi}</label>
        <Problem again={again} form="edit" field="labelVi" id="t-labelVi" lang={ctx.lang} />
        <input
          id="t-labelVi"
          name="labelVi"
          required
          value={value('labelVi')}
          aria-invalid={bad('labelVi')}
          aria-describedby={bad('labelVi') ? 't-labelVi-err' : undefined}
        />
        <label for="t-labelEn">{s.labelEn}</label>
        <Problem again={again} form="edit" field="labelEn" id="t-labelEn" lang={ctx.lang} />
        <input id="t-labelEn" name="labelEn" lang="en" value={value('labelEn')} aria-invalid={bad('labelEn')} />
        <p>
          <label>
            <input type="checkbox" name="retired" value="1" checked={retired} /> {s.retired}
          </label>
        </p>
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
    </Layout>
  );
}

const fixable = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** The museums' shared vocabularies, for administrators and museum staff. */
export const vocabularyPages = new Hono<AppEnv>()
  .use(BASE, requireLogin())
  .use(`${BASE}/*`, requireLogin())
  .get(BASE, async (c) => {
    await allowed(c);
    return c.html(await listPage(c));
  })
  .post(BASE, async (c) => {
    await allowed(c);
    const b = await c.req.parseBody();
    const vocabulary = str(b.vocabulary) as Vocabulary;
    const values = { labelVi: str(b.labelVi), labelEn: str(b.labelEn) };
    try {
      await addTerm(c.var.store.db, c.var.principal, { vocabulary, ...values });
    } catch (err) {
      if (fixable(err) && (VOCABULARIES as readonly string[]).includes(vocabulary))
        return c.html(await listPage(c, { form: vocabulary, values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`${BASE}?ok=1#${vocabulary}`, 303);
  })
  .get(`${BASE}/:id{[0-9]+}`, async (c) => {
    await allowed(c);
    return c.html(await termPage(c, Number(c.req.param('id'))));
  })
  .post(`${BASE}/:id{[0-9]+}`, async (c) => {
    await allowed(c);
    const id = Number(c.req.param('id'));
    const b = await c.req.parseBody();
    const values = { labelVi: str(b.labelVi), labelEn: str(b.labelEn), retired: str(b.retired) };
    try {
      await updateTerm(c.var.store.db, c.var.principal, id, { labelVi: values.labelVi, labelEn: values.labelEn, retired: values.retired === '1' });
    } catch (err) {
      if (fixable(err)) return c.html(await termPage(c, id, { form: 'edit', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    const t = await c.var.store.db.selectFrom('museum_terms').select('vocabulary').where('id', '=', id).executeTakeFirstOrThrow();
    return c.redirect(`${BASE}?ok=1#${t.vocabulary}`, 303);
  });
