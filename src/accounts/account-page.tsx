import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { audit } from '../core/audit.ts';
import { formatDate } from '../core/i18n/index.ts';
import { cookieOptions } from '../core/web/client.ts';
import type { SignedInEnv } from '../core/web/env.ts';
import { requireLogin } from '../core/web/guards.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { accountsText } from './messages.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { API_TOKEN_DAYS, endAllSessions, listApiTokens, revokeApiTokens } from './sessions.ts';

/**
 * The signed-in person's account (`/tai-khoan`): their API tokens (name, made, last used, expiry; each revocable)
 * and "sign out everywhere", which ends every session of theirs, this one too.
 */
export const accountPage = new Hono<SignedInEnv>()
  .use('/tai-khoan', requireLogin())
  .use('/tai-khoan/*', requireLogin())
  .get('/tai-khoan', async (c) => {
    const ctx = pageContext(c);
    const a = accountsText(ctx.lang);
    const p = c.var.principal;
    const tokens = await listApiTokens(c.var.store.db, p.userId ?? 0);
    const tb = c.req.query('tb');
    const done = tb === 'thu-hoi' ? a.revoked : tb === 'mat-khau' ? a.passwordChanged : undefined;
    return c.html(
      <Layout ctx={ctx} title={a.accountTitle}>
        <h1>{a.accountTitle}</h1>
        <p>{a.signedInAs({ username: p.username })}</p>
        {done ? (
          <p class="ok" role="status">
            {done}
          </p>
        ) : null}
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
          <p>{a.tokensHelp({ days: API_TOKEN_DAYS })}</p>
          {tokens.length === 0 ? (
            <p>{a.noTokens}</p>
          ) : (
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{a.tokenName}</th>
                    <th scope="col">{a.created}</th>
                    <th scope="col">{a.lastUsed}</th>
                    <th scope="col">{a.expires}</th>
                    <th scope="col">{a.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {tokens.map((t) => (
                    <tr>
                      <th scope="row">{t.name}</th>
                      <td>{formatDate(t.createdAt)}</td>
                      <td>{t.lastUsedAt ? formatDate(t.lastUsedAt) : a.never}</td>
                      <td>
                        {formatDate(t.expiresAt)}
                        {t.expired ? ` ${a.expired}` : ''}
                      </td>
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
            </div>
          )}
        </section>
      </Layout>,
    );
  })
  .post('/tai-khoan/ma-truy-cap/thu-hoi', async (c) => {
    const p = c.var.principal;
    const body = await c.req.parseBody();
    const id = typeof body.token === 'string' ? body.token : '';
    // only the person's own tokens: another's id revokes nothing
    const n = id ? await revokeApiTokens(c.var.store.db, p.userId ?? 0, { id }) : 0;
    if (n > 0) await audit(c.var.store.db, { userId: p.userId, action: 'delete', entity: 'api_token', key: p.username });
    return c.redirect('/tai-khoan?tb=thu-hoi', 303);
  })
  .post('/tai-khoan/dang-xuat-moi-noi', async (c) => {
    const p = c.var.principal;
    const n = await endAllSessions(c.var.store.db, p.userId ?? 0);
    await audit(c.var.store.db, { userId: p.userId, action: 'logout', entity: 'user', key: p.username, newValue: { everywhere: true, sessions: n } });
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return c.redirect('/dang-nhap?tb=moi-noi', 303);
  });
