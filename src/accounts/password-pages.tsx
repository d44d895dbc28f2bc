import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { sha256 } from '../core/auth/tokens.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { sayIn, type Lang } from '../core/i18n/index.ts';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { requireLogin } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { accountsErrors, accountsText } from './messages.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { MIN_LENGTH } from './password-policy.ts';
import { changeOwnPassword, resetLinkAccount, resetPassword } from './password-changes.ts';

/** The password fields, each problem beside its field (after the GOV.UK error summary); nothing typed is sent back. */
function PasswordForm(props: { lang: Lang; csrf: string; action: string; current: boolean; problems: Problem[]; button: string }) {
  const a = accountsText(props.lang);
  const problem = (field: string) => {
    const p = props.problems.find((x) => x.field === field);
    return p ? sayIn(props.lang, p.said) : undefined;
  };
  const field = (id: 'current' | 'password' | 'confirm', label: string, autocomplete: string) => {
    const err = problem(id);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        {err ? (
          <span id={`${id}-err`} class="field-error">
            {err}
          </span>
        ) : null}
        <input
          id={id}
          name={id}
          type="password"
          autocomplete={autocomplete}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `${id}-err` : id === 'password' ? 'password-help' : undefined}
        />
      </div>
    );
  };
  return (
    <form method="post" action={props.action} class="rule-form">
      {props.problems.length > 0 ? (
        <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
          <h2 id="error-summary-h">{a.thereIsAProblem}</h2>
          <ul>
            {props.problems.map((p) => (
              <li>
                <a href={`#${p.field ?? 'password'}`}>{sayIn(props.lang, p.said)}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p id="password-help">{a.passwordHelp({ min: MIN_LENGTH })}</p>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.current ? field('current', a.currentPassword, 'current-password') : null}
      {field('password', a.newPassword, 'new-password')}
      {field('confirm', a.confirmPassword, 'new-password')}
      <p>
        <button class="primary" type="submit">
          {props.button}
        </button>
      </p>
    </form>
  );
}

function ownPage(c: AppContext, problems: Problem[] = [], status: 200 | 422 = 200) {
  const ctx = pageContext(c);
  const a = accountsText(ctx.lang);
  return c.html(
    <Layout ctx={ctx} title={a.passwordTitle}>
      <p class="muted flush">
        <a href="/tai-khoan">{a.accountTitle}</a>
      </p>
      <h1>{a.passwordTitle}</h1>
      <PasswordForm lang={ctx.lang} csrf={ctx.csrf} action="/tai-khoan/mat-khau" current problems={problems} button={a.changePassword} />
    </Layout>,
    status,
  );
}

async function resetPage(c: AppContext, token: string, problems: Problem[] = [], status: 200 | 404 | 422 = 200) {
  const ctx = pageContext(c);
  const a = accountsText(ctx.lang);
  const account = await resetLinkAccount(c.var.store.db, token);
  return c.html(
    <Layout ctx={ctx} title={a.resetTitle}>
      <h1>{a.resetTitle}</h1>
      {account ? (
        <>
          <p>{a.resetFor({ username: account.username })}</p>
          <PasswordForm
            lang={ctx.lang}
            csrf={ctx.csrf}
            action={`/dat-lai-mat-khau/${encodeURIComponent(token)}`}
            current={false}
            problems={problems}
            button={a.setPassword}
          />
        </>
      ) : (
        <p class="error" role="alert">
          {sayIn(ctx.lang, accountsErrors.resetInvalid())}
        </p>
      )}
    </Layout>,
    account ? status : 404,
  );
}

/** Changing one's own password (`/tai-khoan/mat-khau`) and setting one with a reset link (`/dat-lai-mat-khau/…`). */
export const passwordPages = new Hono<AppEnv>()
  .use('/tai-khoan/mat-khau', requireLogin())
  .get('/tai-khoan/mat-khau', (c) => ownPage(c))
  .post('/tai-khoan/mat-khau', async (c) => {
    const body = await c.req.parseBody();
    const sid = getCookie(c, SESSION_COOKIE);
    try {
      await changeOwnPassword(
        c.var.store.db,
        c.var.principal!,
        { current: String(body.current ?? ''), password: String(body.password ?? ''), confirm: String(body.confirm ?? '') },
        sid ? sha256(sid) : undefined,
      );
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return ownPage(c, e.problems, 422);
      throw e;
    }
    return c.redirect('/tai-khoan?tb=mat-khau', 303);
  })
  .get('/dat-lai-mat-khau/:token', (c) => resetPage(c, c.req.param('token')))
  .post('/dat-lai-mat-khau/:token', async (c) => {
    const token = c.req.param('token');
    const body = await c.req.parseBody();
    try {
      await resetPassword(c.var.store.db, token, String(body.password ?? ''), String(body.confirm ?? ''));
    } catch (e) {
      if (e instanceof UserError && (e.status === 422 || e.status === 404)) return resetPage(c, token, e.problems, e.status === 404 ? 404 : 422);
      throw e;
    }
    const ctx = pageContext(c);
    const a = accountsText(ctx.lang);
    return c.html(
      <Layout ctx={ctx} title={a.resetTitle}>
        <h1>{a.resetTitle}</h1>
        <p class="ok" role="status">
          {a.passwordSet}
        </p>
        <p>
          <a href="/dang-nhap">{a.goToLogin}</a>
        </p>
      </Layout>,
    );
  });
