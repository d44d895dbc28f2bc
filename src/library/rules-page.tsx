import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { deskLibrary } from './desk-pages.tsx';
import type { Place } from './places.ts';
import { PATRON_CATEGORIES } from './patrons.ts';
import { EVERY_CATEGORY, effectiveRules, removeRule, setRule, type EffectiveRule } from './loan-rules.ts';
import { patronCategoryName } from './patron-messages.ts';
import { deskText } from './desk-messages.ts';
import { ruleText, ruleWord } from './rule-messages.ts';
import { libraryErrors as E } from './errors.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * `/thu-vien/<code>/quy-dinh-muon`: the library's loan rules matrix (patron category × loan period, maximum
 * loans, renewals, hold pickup period, fines-free), each row showing whether the library's own rule, the
 * network's or the built-in default applies; staff of the library and officials above it set or remove rules.
 */
const CATEGORIES: string[] = [EVERY_CATEGORY, ...PATRON_CATEGORIES];
const categoryName = (lang: Lang, k: string): string => (k === EVERY_CATEGORY ? ruleText(lang).everyCategory : patronCategoryName(lang, k));
const FIELDS = ['loanDays', 'maxLoans', 'maxRenewals', 'holdDays'] as const;

type Values = Record<string, string>;

function rulesView(p: { ctx: PageContext; lib: Place; rules: EffectiveRule[]; notice: string | null; error?: UserError; values?: Values }) {
  const { ctx, lib } = p;
  const t = ruleText(ctx.lang);
  const d = deskText(ctx.lang);
  const say = (s: Parameters<typeof sayIn>[1]) => sayIn(ctx.lang, s);
  const base = `/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon`;
  const csrf = <input type="hidden" name="_csrf" value={ctx.csrf} />;
  const problem = (f: string) => p.error?.problems.find((x) => x.field === f);
  const v = p.values ?? {};
  return (
    <Layout ctx={ctx} title={`${d.loanRules} · ${lib.name}`}>
      <h1>
        {d.loanRules} · {lib.name}
      </h1>
      <p>
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{d.backToDesk}</a>
      </p>
      <StatusNote said={p.notice} />
      {p.error ? (
        <div class="error" role="alert">
          <p>{say(p.error.said)}</p>
          <ul>
            {p.error.problems.map((x) => (
              <li>
                {x.field ? ruleWord(ctx.lang, 'field_', x.field) : ''}: {say(x.said)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {/* seven columns: on a phone the table scrolls in its own box, the page does not */}
      <div class="scroll">
        <table>
          <caption>{t.rulesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.rulePatronCategory}</th>
              {FIELDS.map((f) => (
                <th scope="col">{ruleWord(ctx.lang, 'field_', f)}</th>
              ))}
              <th scope="col">{t.finesFree}</th>
              <th scope="col">{t.ruleOf}</th>
              <th scope="col">{d.action}</th>
            </tr>
          </thead>
          <tbody>
            {p.rules.map((r) => (
              <tr>
                <th scope="row">{categoryName(ctx.lang, r.category)}</th>
                {FIELDS.map((f) => (
                  <td>{r[f]}</td>
                ))}
                <td>{r.finesFree ? ctx.t.yes : ctx.t.no}</td>
                <td>{ruleWord(ctx.lang, 'source_', r.source)}</td>
                <td>
                  {r.source === 'library' && r.own ? (
                    <form method="post" action={`${base}/xoa`}>
                      {csrf}
                      <input type="hidden" name="category" value={r.category} />
                      <button type="submit">{t.removeOwnRule}</button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="set-h">{t.setOwnRule}</h2>
      <form method="post" action={base} aria-labelledby="set-h">
        {csrf}
        <p>
          <label for="rule-category">{t.rulePatronCategory}</label>
          <br />
          <select id="rule-category" name="category">
            {CATEGORIES.map((k) => (
              <option value={k} selected={v.category === k}>
                {categoryName(ctx.lang, k)}
              </option>
            ))}
          </select>
        </p>
        {FIELDS.map((name) => {
          const bad = problem(name);
          return (
            <p>
              <label for={`rule-${name}`}>{ruleWord(ctx.lang, 'field_', name)}</label>
              <br />
              <input
                id={`rule-${name}`}
                name={name}
                type="number"
                min="0"
                required
                value={v[name]}
                aria-invalid={bad ? 'true' : undefined}
                aria-describedby={bad ? `rule-${name}-err` : undefined}
              />
              {bad ? (
                <span id={`rule-${name}-err`} class="field-error">
                  {' '}
                  {say(bad.said)}
                </span>
              ) : null}
            </p>
          );
        })}
        <p>
          <label>
            <input type="checkbox" name="finesFree" value="1" checked={v.finesFree === '1'} /> {t.finesFreeFor}
          </label>
        </p>
        <button class="primary" type="submit">
          {t.saveRule}
        </button>
      </form>
    </Layout>
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const categoryOf = (v: unknown): string => {
  const k = text(v);
  if (CATEGORIES.includes(k)) return k;
  const problem: Problem = { field: 'category', said: E.unknownCategory() };
  throw new UserError(E.unknownCategory(), 422, [problem]);
};

async function render(c: AppContext, lib: Place, extra: { notice?: string | null; error?: UserError; values?: Values } = {}, status: 200 | 422 = 200) {
  const rules = await effectiveRules(c.var.store.db, lib.id, CATEGORIES);
  return c.html(rulesView({ ctx: pageContext(c), lib, rules, notice: extra.notice ?? null, error: extra.error, values: extra.values }), status);
}

export const rulesPage = new Hono<AppEnv>()
  .use('/thu-vien/:code/quy-dinh-muon/*', requireLogin())
  .use('/thu-vien/:code/quy-dinh-muon', requireLogin())
  .get('/thu-vien/:code/quy-dinh-muon', async (c) => render(c, await deskLibrary(c), { notice: c.req.query('tb') ?? null }))
  .post('/thu-vien/:code/quy-dinh-muon', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const values: Values = { category: text(b.category), finesFree: text(b.finesFree), ...Object.fromEntries(FIELDS.map((f) => [f, text(b[f])])) };
    try {
      const category = categoryOf(b.category);
      const given = (f: string) => (values[f] === '' ? undefined : values[f]);
      await setRule(
        c.var.store.db,
        lib.id,
        category,
        {
          loanDays: given('loanDays'),
          maxLoans: given('maxLoans'),
          maxRenewals: given('maxRenewals'),
          holdDays: given('holdDays'),
          finesFree: values.finesFree === '1',
        },
        c.var.principal.userId,
      );
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return render(c, lib, { error: e, values }, 422);
      throw e;
    }
    const msg = ruleText(c.var.lang).ruleSaved;
    return c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon?tb=${encodeURIComponent(msg)}`, 303);
  })
  .post('/thu-vien/:code/quy-dinh-muon/xoa', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const removed = await removeRule(c.var.store.db, lib.id, categoryOf(b.category), c.var.principal.userId);
    const t = ruleText(c.var.lang);
    const msg = removed ? t.ruleRemoved : t.noOwnRule;
    return c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon?tb=${encodeURIComponent(msg)}`, 303);
  });
