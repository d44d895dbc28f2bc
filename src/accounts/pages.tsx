import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { safeNext } from '../core/web/next.ts';
import { audit } from '../core/audit.ts';
import type { DB } from '../core/db/database.ts';
import { login } from './login.ts';
import { endSession, SESSION_HOURS } from './sessions.ts';
import { accountPage } from './account-page.tsx';
import { passwordPages } from './password-pages.tsx';
import { accountsText } from './messages.ts';
import { clientAddress, cookieOptions } from '../core/web/client.ts';
import type { Lang } from '../core/i18n/index.ts';
import { SESSION_COOKIE } from './middleware.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/** Where a user lands after login: staff on their institution, officials on their unit. */
async function homeOf(db: DB, username: string): Promise<string> {
  const u = await db
    .selectFrom('users as u')
    .leftJoin('units as un', 'un.id', 'u.unit_id')
    .leftJoin('institutions as i', 'i.id', 'u.institution_id')
    .select(['un.code as unit', 'i.code as institution', 'u.role'])
    .where('u.username', '=', username)
    .executeTakeFirst();
  if (u?.role === 'citizen') return u.unit ? `/noi/${encodeURIComponent(u.unit)}` : '/cong-dan';
  if (u?.institution) return `/co-so/${encodeURIComponent(u.institution)}`;
  if (u?.unit) return `/don-vi/${encodeURIComponent(u.unit)}`;
  return '/';
}

/** The refusal of a locked login, with the minutes left (the same for a username that does not exist). */
function lockedFor(lang: Lang, until: string | undefined): string {
  const minutes = Math.max(1, Math.ceil(((until ? Date.parse(until) : Date.now()) - Date.now()) / 60_000));
  return accountsText(lang).loginLocked({ minutes });
}

/** Only paths of this site are followed after login (no open redirect); '/' means the person's home. */
const nextOf = (next: unknown) => safeNext(next, '/');

function LoginForm(props: { csrf: string; next: string; error?: string; notice?: string; username?: string; t: AppEnv['Variables']['t'] }) {
  const { t } = props;
  return (
    <form method="post" action="/dang-nhap">
      <StatusNote said={props.notice} />
      {props.error ? (
        <p class="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <input type="hidden" name="_csrf" value={props.csrf} />
      <input type="hidden" name="next" value={props.next} />
      <label for="username">{t.username}</label>
      <input id="username" name="username" autocomplete="username" required value={props.username ?? ''} />
      <label for="password">{t.password}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
      <p>
        <button class="primary" type="submit">
          {t.login}
        </button>
      </p>
    </form>
  );
}

export const accountPages = new Hono<AppEnv>()
  .get('/dang-nhap', (c) => {
    const ctx = pageContext(c);
    return c.html(
      <Layout ctx={ctx} title={ctx.t.login}>
        <h1>{ctx.t.login}</h1>
        <LoginForm
          csrf={c.var.csrf}
          next={nextOf(c.req.query('next'))}
          notice={c.req.query('tb') === 'moi-noi' ? accountsText(ctx.lang).signedOutEverywhere : undefined}
          t={ctx.t}
        />
      </Layout>,
    );
  })
  .post('/dang-nhap', async (c) => {
    const body = await c.req.parseBody();
    const username = String(body.username ?? '').trim();
    const result = await login(c.var.store.db, username, String(body.password ?? ''), clientAddress(c));
    if (!result.ok) {
      const ctx = pageContext(c);
      return c.html(
        <Layout ctx={ctx} title={ctx.t.login}>
          <h1>{ctx.t.login}</h1>
          <LoginForm
            csrf={c.var.csrf}
            next={nextOf(body.next)}
            error={result.reason === 'locked' ? lockedFor(ctx.lang, result.until) : ctx.t.loginFailed}
            username={username}
            t={ctx.t}
          />
        </Layout>,
        result.reason === 'locked' ? 429 : 401,
      );
    }
    setCookie(c, SESSION_COOKIE, result.token, cookieOptions(c, SESSION_HOURS * 3600));
    const next = nextOf(body.next);
    return c.redirect(next === '/' ? await homeOf(c.var.store.db, username) : next, 303);
  })
  .post('/dang-xuat', async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await endSession(c.var.store.db, sid);
    if (c.var.principal) await audit(c.var.store.db, { userId: c.var.principal.userId, action: 'logout', entity: 'user', key: c.var.principal.username });
    deleteCookie(c, SESSION_COOKIE, cookieOptions(c));
    return c.redirect('/', 303);
  })
  .route('/', passwordPages)
  .route('/', accountPage);
