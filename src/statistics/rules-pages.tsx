import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError, type Said } from '../core/errors.ts';
import { formatNumber, parseNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { listElements } from './elements.ts';
import { named } from './entry-fields.ts';
import { statisticsErrors as E, statisticsText } from './messages.ts';
import { createRule, deleteRule, IMPORTANCES, listRules, RULE_OPERATORS, type Importance, type RuleOperator, type ValidationRule } from './rules.ts';

const BASE = '/quan-tri/quy-tac-kiem-tra';

const OPERATOR_KEYS: Record<RuleOperator, 'opLe' | 'opLt' | 'opEq' | 'opGe' | 'opGt'> = { '<=': 'opLe', '<': 'opLt', '=': 'opEq', '>=': 'opGe', '>': 'opGt' };
const OPERATOR_SIGNS: Record<RuleOperator, string> = { '<=': '≤', '<': '<', '=': '=', '>=': '≥', '>': '>' };
const IMPORTANCE_KEYS: Record<Importance, 'importanceHigh' | 'importanceMedium' | 'importanceLow'> = {
  high: 'importanceHigh',
  medium: 'importanceMedium',
  low: 'importanceLow',
};

/** A rule's condition in words: "Lượt khách là học sinh, sinh viên không lớn hơn Lượt khách tham quan bảo tàng". */
export function ruleCondition(lang: Lang, r: ValidationRule): string {
  const s = statisticsText(lang);
  const times = r.factor === 1 ? '' : s.times({ factor: formatNumber(lang, r.factor, 3) });
  return `${named(lang, r.left.nameVi, r.left.nameEn)} ${s[OPERATOR_KEYS[r.operator]]} ${times}${named(lang, r.right.nameVi, r.right.nameEn)}`;
}

/** Only a system admin manages the rules (a 403 page for anyone else). */
function adminOnly(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw forbidden(E.rulesAdminsOnly());
  return who;
}

type Typed = Readonly<Record<string, string>>;

/** The rules' page: the list (each condition in words), and the form adding one; after a refused add, again with what was typed. */
async function rulesPage(c: AppContext, again?: { error: UserError; typed: Typed }) {
  adminOnly(c);
  const ctx = pageContext(c);
  const { lang, t } = ctx;
  const s = statisticsText(lang);
  const { db } = c.var.store;
  const [rules, elements] = await Promise.all([listRules(db), listElements(db)]);
  const typed = (name: string, fallback = '') => again?.typed[name] ?? fallback;
  const bad = new Map<string, Said>();
  for (const p of again?.error.problems ?? []) if (p.field && !bad.has(p.field)) bad.set(p.field, p.said);
  const labels: Record<string, string> = {
    name: s.ruleName,
    left: s.ruleLeft,
    operator: s.ruleOperatorLabel,
    factor: s.ruleFactorLabel,
    right: s.ruleRight,
    importance: s.importanceLabel,
  };
  const firstBad = bad.keys().next().value;
  const Err = (p: { field: string }) => {
    const said = bad.get(p.field);
    return said ? (
      <span id={`${p.field}-err`} class="field-error">
        {sayIn(lang, said)}
      </span>
    ) : null;
  };
  const aria = (field: string, hint?: string) => ({
    'aria-invalid': bad.has(field) ? ('true' as const) : undefined,
    'aria-describedby': [bad.has(field) ? `${field}-err` : '', hint ?? ''].filter(Boolean).join(' ') || undefined,
    autofocus: firstBad === field,
  });
  const notice = c.req.query('da-them') === '1' ? s.ruleAdded : c.req.query('da-xoa') === '1' ? s.ruleDeleted : undefined;
  return c.html(
    <Layout ctx={ctx} title={s.rulesTitle}>
      <h1>{s.rulesTitle}</h1>
      <p>{s.rulesIntro}</p>
      {notice && !again ? (
        <p class="ok" role="status">
          {notice}
        </p>
      ) : null}
      {again ? (
        <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
          <h2 id="error-summary-h">{s.thereIsAProblem}</h2>
          <p>{sayIn(lang, again.error.said)}</p>
          <ul>
            {again.error.problems.map((p) => (
              <li>
                {p.field && labels[p.field] ? (
                  <a href={`#${p.field}`}>
                    {labels[p.field]}: {sayIn(lang, p.said)}
                  </a>
                ) : (
                  sayIn(lang, p.said)
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rules.length === 0 ? (
        <p>{s.noRules}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="rules-h" tabindex={0}>
          <table>
            <caption id="rules-h" class="vh">
              {s.rulesTitle}
            </caption>
            <thead>
              <tr>
                <th scope="col">{s.ruleNameShort}</th>
                <th scope="col">{s.ruleCondition}</th>
                <th scope="col">{s.importanceLabel}</th>
                <th scope="col">{s.onBreak}</th>
                <th scope="col">
                  <span class="vh">{s.deleteRule}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((r) => (
                <tr>
                  <td>{r.name}</td>
                  <td>{ruleCondition(lang, r)}</td>
                  <td>{s[IMPORTANCE_KEYS[r.importance]]}</td>
                  <td>{r.blocking ? s.onBreakBlock : s.onBreakWarn}</td>
                  <td>
                    <a href={`${BASE}/${r.id}/xoa`} aria-label={s.deleteRuleOf({ name: r.name })}>
                      {s.deleteRule}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="add-h">{s.addRule}</h2>
      <form method="post" action={BASE} aria-labelledby="add-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <datalist id="element-names">
          {elements.map((e) => (
            <option value={named(lang, e.nameVi, e.nameEn)}>{e.periodType === 'month' ? s.monthlyElement : s.yearlyElement}</option>
          ))}
        </datalist>
        <label for="name">{s.ruleName}</label>
        <Err field="name" />
        <input id="name" name="name" value={typed('name')} maxlength={200} {...aria('name')} />
        <label for="left">{s.ruleLeft}</label>
        <p id="element-hint" class="muted">
          {s.ruleElementHint}
        </p>
        <Err field="left" />
        <input id="left" name="left" list="element-names" autocomplete="off" value={typed('left')} {...aria('left', 'element-hint')} />
        <label for="operator">{s.ruleOperatorLabel}</label>
        <Err field="operator" />
        <select id="operator" name="operator" {...aria('operator')}>
          {RULE_OPERATORS.map((o) => (
            <option value={o} selected={typed('operator', '<=') === o}>
              {OPERATOR_SIGNS[o]} {s[OPERATOR_KEYS[o]]}
            </option>
          ))}
        </select>
        <label for="factor">{s.ruleFactorLabel}</label>
        <Err field="factor" />
        <input id="factor" name="factor" inputmode="decimal" value={typed('factor', '1')} {...aria('factor', 'factor-hint')} />
        <p id="factor-hint" class="muted">
          {s.ruleFactorHint}
        </p>
        <label for="right">{s.ruleRight}</label>
        <Err field="right" />
        <input id="right" name="right" list="element-names" autocomplete="off" value={typed('right')} {...aria('right', 'element-hint')} />
        <label for="importance">{s.importanceLabel}</label>
        <Err field="importance" />
        <select id="importance" name="importance" {...aria('importance')}>
          {IMPORTANCES.map((i) => (
            <option value={i} selected={typed('importance', 'medium') === i}>
              {s[IMPORTANCE_KEYS[i]]}
            </option>
          ))}
        </select>
        <p>
          <input id="blocking" name="blocking" type="checkbox" value="1" checked={typed('blocking') === '1'} />{' '}
          <label for="blocking" style="display:inline;font-weight:normal">
            {s.ruleBlockingLabel}
          </label>
        </p>
        <p>
          <button class="primary" type="submit">
            {s.addRule}
          </button>
        </p>
      </form>
      <p>
        <a href="/">← {t.navHome}</a>
      </p>
    </Layout>,
    again?.error.status ?? 200,
  );
}

/** The confirmation of a rule's deletion: what it checks, and the one button that deletes it. */
async function deletePage(c: AppContext) {
  adminOnly(c);
  const ctx = pageContext(c);
  const s = statisticsText(ctx.lang);
  const rule = (await listRules(c.var.store.db)).find((r) => r.id === Number(c.req.param('id')));
  if (!rule) return c.redirect(BASE, 303);
  return c.html(
    <Layout ctx={ctx} title={s.deleteRuleOf({ name: rule.name })}>
      <h1>{s.deleteRuleOf({ name: rule.name })}</h1>
      <p>{ruleCondition(ctx.lang, rule)}</p>
      <p>{s.deleteRuleQuestion}</p>
      <form method="post" action={`${BASE}/${rule.id}/xoa`} class="inline">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <button class="primary" type="submit">
          {s.confirmDelete}
        </button>
        <a href={BASE}>{s.cancel}</a>
      </form>
    </Layout>,
  );
}

export const rulePages = new Hono<AppEnv>()
  .use('/quan-tri/*', requireLogin())
  .get(BASE, (c) => rulesPage(c))
  .post(BASE, async (c) => {
    const who = adminOnly(c);
    const body = await c.req.parseBody();
    const typed: Record<string, string> = {};
    for (const k of ['name', 'left', 'operator', 'factor', 'right', 'importance', 'blocking']) typed[k] = typeof body[k] === 'string' ? body[k] : '';
    // a factor that is not a number is refused with the rule's other problems (createRule)
    const factor = parseNumber(typed.factor, c.var.lang);
    try {
      await createRule(c.var.store.db, who, {
        name: typed.name ?? '',
        left: typed.left ?? '',
        operator: typed.operator ?? '',
        right: typed.right ?? '',
        factor: factor.ok ? (factor.value ?? 1) : Number.NaN,
        importance: typed.importance ?? '',
        blocking: typed.blocking === '1',
      });
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return rulesPage(c, { error: e, typed });
      throw e;
    }
    return c.redirect(`${BASE}?da-them=1`, 303);
  })
  .get(`${BASE}/:id/xoa`, deletePage)
  .post(`${BASE}/:id/xoa`, async (c) => {
    await deleteRule(c.var.store.db, adminOnly(c), Number(c.req.param('id')));
    return c.redirect(`${BASE}?da-xoa=1`, 303);
  });
