import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { audit } from '../core/audit.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { addDays, todayLocal } from '../core/time.ts';
import { cookieOptions } from '../core/web/client.ts';
import type { AppContext, SignedInEnv } from '../core/web/env.ts';
import { ErrorSummary, formProblems } from '../core/web/problems.tsx';
import { requireLogin } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { accountsText } from './messages.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { makeOwnTokenUntil, MAX_TOKEN_DAYS, revokeOwnToken } from './own-tokens.ts';
import { API_TOKEN_DAYS, endAllSessions, listApiTokens } from './sessions.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/** What the page shows beside the list after a POST: the form refused (typed back, reasons), or the new token once. */
type TokenState = { refused: UserError; typed: { name: string; expires: string } } | { made: { token: string; expiresAt: string; name: string } };

async function accountView(c: AppContext, state?: TokenState, status: 200 | 201 | 422 = 200) {
  const ctx = pageContext(c);
  const a = accountsText(ctx.lang);
  const p = c.var.principal!;
  const tokens = await listApiTokens(c.var.store.db, p.userId ?? 0);
  const tb = c.req.query('tb');
  const done = tb === 'thu-hoi' ? a.revoked : tb === 'mat-khau' ? a.passwordChanged : undefined;
  const refused = state && 'refused' in state ? state : undefined;
  const made = state && 'made' in state ? state.made : undefined;
  const fp = formProblems(ctx.lang, refused?.refused);
  const typed = refused?.typed ?? { name: '', expires: formatDate(addDays(todayLocal(), API_TOKEN_DAYS)) };
  if (made) c.header('Cache-Control', 'no-store');
  return c.html(
    <Layout ctx={ctx} title={a.accountTitle}>
      <h1>{a.accountTitle}</h1>
      <p>{a.signedInAs({ username: p.username })}</p>
      <StatusNote said={done} />
      <p>
        <a href="/tai-khoan/mat-khau">{a.passwordLink}</a>
      </p>
      <section aria-labelledby="sessions-h">
        <h2 id="sessions-h">{a.sessionsTitle}</h2>
        <p>{a.sessionsHelp}</p>
        <form method="post" action="/tai-khoan/dang-xuat-moi-noi">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button class="primary" type="submit">
            {a.signOutEverywhere}
          </button>
        </form>
      </section>
      <section aria-labelledby="tokens-h">
        <h2 id="tokens-h">{a.tokensTitle}</h2>
        <p>{a.tokensHelp}</p>
        {made ? (
          <div class="ok" role="status">
            <p>{a.tokenMade({ name: made.name, date: formatDate(made.expiresAt) })}</p>
            <p>{a.tokenOnce}</p>
            <label for="new-token">{a.theToken}</label>
            <input id="new-token" style="width:100%" readonly value={made.token} autocomplete="off" spellcheck={false} />
          </div>
        ) : null}
        {tokens.length === 0 ? (
          <p>{a.noTokens}</p>
        ) : (
          <table class="cards">
            <thead>
              <tr>
                <th scope="col">{a.tokenName}</th>
                <th scope="col">{a.created}</th>
                <th scope="col">{a.expires}</th>
                <th scope="col">{a.lastUsed}</th>
                <th scope="col">{a.actions}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((t) => (
                <tr>
                  <th scope="row">{t.name}</th>
                  <td data-label={a.created}>{formatDate(t.createdAt)}</td>
                  <td data-label={a.expires}>
                    {formatDate(t.expiresAt)}
                    {t.expired ? ` ${a.expired}` : ''}
                  </td>
                  <td data-label={a.lastUsed}>{t.lastUsedAt ? formatDate(t.lastUsedAt) : a.never}</td>
                  <td>
                    <form method="post" action="/tai-khoan/ma-truy-cap/thu-hoi">
                      <input type="hidden" name="_csrf" value={ctx.csrf} />
                      <input type="hidden" name="token" value={t.id} />
                      <button type="submit" aria-label={a.revokeNamed({ name: t.name })}>
                        {a.revoke}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 id="new-token-h">{a.newTokenTitle}</h3>
        {refused ? (
          <ErrorSummary lang={ctx.lang} error={refused.refused} title={a.thereIsAProblem} labels={{ name: a.tokenName, expires: a.tokenExpiry }} />
        ) : null}
        <form method="post" action="/tai-khoan/ma-truy-cap" aria-labelledby="new-token-h" class="rule-form">
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="name">{a.tokenName}</label>
          <p id="name-hint" class="muted">
            {a.tokenNameHint}
          </p>
          <fp.Err field="name" />
          <input id="name" name="name" value={typed.name} maxlength={100} {...fp.aria('name', 'name-hint')} />
          <label for="expires">{a.tokenExpiry}</label>
          <p id="expires-hint" class="muted">
            {a.tokenExpiryHint({ max: MAX_TOKEN_DAYS, days: API_TOKEN_DAYS })}
          </p>
          <fp.Err field="expires" />
          <input id="expires" name="expires" inputmode="numeric" value={typed.expires} {...fp.aria('expires', 'expires-hint')} />
          <p>
            <button class="primary" type="submit">
              {a.makeToken}
            </button>
          </p>
        </form>
      </section>
    </Layout>,
    status,
  );
}

/**
 * The signed-in person's account (`/tai-khoan`): their API tokens (name, made, last used, expiry; each revocable;
 * a new one made with a name and an expiry date, shown once) and "sign out everywhere", which ends every session of
 * theirs, this one too.
 */
export const accountPage = new Hono<SignedInEnv>()
  .use('/tai-khoan', requireLogin())
  .use('/tai-khoan/*', requireLogin())
  .get('/tai-khoan', (c) => accountView(c))
  .post('/tai-khoan/ma-truy-cap', async (c) => {
    const body = await c.req.parseBody();
    const typed = { name: String(body.name ?? ''), expires: String(body.expires ?? '') };
    try {
      return await accountView(c, { made: await makeOwnTokenUntil(c.var.store.db, c.var.principal, typed) }, 201);
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return accountView(c, { refused: e, typed }, 422);
      throw e;
    }
  })
  .post('/tai-khoan/ma-truy-cap/thu-hoi', async (c) => {
    const body = await c.req.parseBody();
    // only the person's own tokens: another's id revokes nothing
    await revokeOwnToken(c.var.store.db, c.var.principal, typeof body.token === 'string' ? body.token : '');
    return c.redirect('/tai-khoan?tb=thu-hoi', 303);
  })
  .post('/tai-khoan/dang-xuat-moi-noi', async (c) => {
    const p = c.var.principal;
    const n = await endAllSessions(c.var.store.db, p.userId ?? 0);
    await audit(c.var.store.db, { userId: p.userId, action: 'logout', entity: 'user', key: p.username, newValue: { everywhere: true, sessions: n } });
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return c.redirect('/dang-nhap?tb=moi-noi', 303);
  });
