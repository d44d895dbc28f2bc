import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, type LegacyProblem, type Problem } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { deskLibrary } from './desk-pages.tsx';
import type { Place } from './places.ts';
import { PATRON_CATEGORIES } from './patrons.ts';
import { EVERY_CATEGORY, effectiveRules, removeRule, setRule, type EffectiveRule } from './loan-rules.ts';

/**
 * `/thu-vien/<code>/quy-dinh-muon`: the library's loan rules matrix (patron category × loan period, maximum
 * loans, renewals, hold pickup period, fines-free), each row showing whether the library's own rule, the
 * network's or the built-in default applies; staff of the library and officials above it set or remove rules.
 */
const CATEGORIES: [string, { vi: string; en: string }][] = [[EVERY_CATEGORY, { vi: 'Mọi loại bạn đọc', en: 'Every category' }], ...Object.entries(PATRON_CATEGORIES)];
const FIELDS = [
  ['loanDays', 'Số ngày mượn', 'Loan period (days)'],
  ['maxLoans', 'Số bản mượn tối đa', 'Maximum loans'],
  ['maxRenewals', 'Số lần gia hạn', 'Renewals'],
  ['holdDays', 'Số ngày giữ sách đặt trước', 'Hold pickup period (days)'],
] as const;
const SOURCE = { library: ['Thư viện này', 'This library'], network: ['Mạng lưới', 'Network'], default: ['Mặc định', 'Built-in default'] } as const;

type Values = Record<string, string>;

function rulesView(p: { ctx: PageContext; lib: Place; rules: EffectiveRule[]; notice: string | null; error?: UserError; values?: Values }) {
  const { ctx, lib } = p;
  const en = ctx.lang === 'en';
  const L = (vi: string, e: string) => (en ? e : vi);
  const base = `/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon`;
  const csrf = <input type="hidden" name="_csrf" value={ctx.csrf} />;
  const problem = (f: string) => p.error?.problems.find((x) => x.field === f);
  const v = p.values ?? {};
  return (
    <Layout ctx={ctx} title={`${L('Quy định mượn', 'Loan rules')} · ${lib.name}`}>
      <h1>{L('Quy định mượn', 'Loan rules')} · {lib.name}</h1>
      <p><a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{L('Về quầy thư viện', 'Back to the desk')}</a></p>
      {p.notice ? <p class="ok" role="status">{p.notice}</p> : null}
      {p.error ? <div class="error" role="alert"><p>{en ? p.error.said.en : p.error.said.vi}</p><ul>{p.error.problems.map((x) => <li>{FIELDS.find((f) => f[0] === x.field)?.[en ? 2 : 1] ?? x.field}: {en ? x.said.en : x.said.vi}</li>)}</ul></div> : null}
      <table>
        <caption>{L('Quy định đang áp dụng theo loại bạn đọc (quy định riêng của thư viện được ưu tiên, rồi của mạng lưới, rồi mặc định)', 'Rules in force per patron category (the library\'s own first, then the network\'s, then the default)')}</caption>
        <thead><tr><th scope="col">{L('Loại bạn đọc', 'Patron category')}</th>{FIELDS.map((f) => <th scope="col">{L(f[1], f[2])}</th>)}<th scope="col">{L('Miễn phạt quá hạn', 'Fines-free')}</th><th scope="col">{L('Theo quy định của', 'Rule of')}</th><th scope="col">{L('Thao tác', 'Action')}</th></tr></thead>
        <tbody>
          {p.rules.map((r) => (
            <tr>
              <th scope="row">{L(CATEGORIES.find((c) => c[0] === r.category)?.[1].vi ?? r.category, CATEGORIES.find((c) => c[0] === r.category)?.[1].en ?? r.category)}</th>
              {FIELDS.map((f) => <td>{r[f[0]]}</td>)}
              <td>{r.finesFree ? L('Có', 'Yes') : L('Không', 'No')}</td>
              <td>{L(SOURCE[r.source][0], SOURCE[r.source][1])}</td>
              <td>{r.source === 'library' && r.own ? (
                <form method="post" action={`${base}/xoa`}>{csrf}<input type="hidden" name="category" value={r.category} /><button type="submit">{L('Bỏ quy định riêng', 'Remove own rule')}</button></form>
              ) : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="set-h">{L('Đặt quy định riêng của thư viện', 'Set this library\'s rule')}</h2>
      <form method="post" action={base} aria-labelledby="set-h">{csrf}
        <p><label for="rule-category">{L('Loại bạn đọc', 'Patron category')}</label><br />
          <select id="rule-category" name="category">{CATEGORIES.map(([k, c]) => <option value={k} selected={v.category === k}>{L(c.vi, c.en)}</option>)}</select></p>
        {FIELDS.map(([name, vi, e]) => {
          const bad = problem(name);
          return (
            <p><label for={`rule-${name}`}>{L(vi, e)}</label><br />
              <input id={`rule-${name}`} name={name} type="number" min="0" required value={v[name]} aria-invalid={bad ? 'true' : undefined} aria-describedby={bad ? `rule-${name}-err` : undefined} />
              {bad ? <span id={`rule-${name}-err`} class="field-error"> {en ? bad.said.en : bad.said.vi}</span> : null}</p>
          );
        })}
        <p><label><input type="checkbox" name="finesFree" value="1" checked={v.finesFree === '1'} /> {L('Miễn phạt quá hạn cho loại bạn đọc này', 'No overdue fines for this category')}</label></p>
        <button class="primary" type="submit">{L('Lưu quy định', 'Save the rule')}</button>
      </form>
    </Layout>
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
const categoryOf = (v: unknown): string => {
  const k = text(v);
  if (CATEGORIES.some((c) => c[0] === k)) return k;
  const problem: LegacyProblem = { field: 'category', message: 'Loại bạn đọc không hợp lệ.', messageEn: 'Unknown patron category.' };
  throw new UserError('Loại bạn đọc không hợp lệ.', 422, [problem], 'Unknown patron category.');
};

async function render(c: AppContext, lib: Place, extra: { notice?: string | null; error?: UserError; values?: Values } = {}, status: 200 | 422 = 200) {
  const rules = await effectiveRules(c.var.store.db, lib.id, CATEGORIES.map((x) => x[0]));
  return c.html(rulesView({ ctx: pageContext(c), lib, rules, notice: extra.notice ?? null, error: extra.error, values: extra.values }), status);
}

export const rulesPage = new Hono<AppEnv>()
  .use('/thu-vien/:code/quy-dinh-muon/*', requireLogin())
  .use('/thu-vien/:code/quy-dinh-muon', requireLogin())
  .get('/thu-vien/:code/quy-dinh-muon', async (c) => render(c, await deskLibrary(c), { notice: c.req.query('tb') ?? null }))
  .post('/thu-vien/:code/quy-dinh-muon', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const values: Values = { category: text(b.category), finesFree: text(b.finesFree), ...Object.fromEntries(FIELDS.map(([f]) => [f, text(b[f])])) };
    try {
      const category = categoryOf(b.category);
      const given = (f: string) => (values[f] === '' ? undefined : values[f]);
      await setRule(c.var.store.db, lib.id, category, { loanDays: given('loanDays'), maxLoans: given('maxLoans'), maxRenewals: given('maxRenewals'), holdDays: given('holdDays'), finesFree: values.finesFree === '1' }, c.var.principal!.userId);
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return render(c, lib, { error: e, values }, 422);
      throw e;
    }
    const msg = c.var.lang === 'en' ? 'Loan rule saved.' : 'Đã lưu quy định mượn.';
    return c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon?tb=${encodeURIComponent(msg)}`, 303);
  })
  .post('/thu-vien/:code/quy-dinh-muon/xoa', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const removed = await removeRule(c.var.store.db, lib.id, categoryOf(b.category), c.var.principal!.userId);
    const msg = c.var.lang === 'en' ? (removed ? 'Rule removed; the next rule applies.' : 'There was no own rule.') : removed ? 'Đã bỏ quy định riêng; quy định kế tiếp được áp dụng.' : 'Không có quy định riêng để bỏ.';
    return c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}/quy-dinh-muon?tb=${encodeURIComponent(msg)}`, 303);
  });
