import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../core/web/env.ts';

/** The cookie that remembers the last place a visitor opened (`/noi/<code>`); `/cong-dan` opens there next time. */
export const PLACE_COOKIE = 'noi';
const YEAR_S = 365 * 86400;

/**
 * Remembers the place of a `/noi/<code>` page that was answered: a cookie with its code (a year, the whole site, Lax,
 * readable by no script). Runs outside the kept-pages cache (portal/micro-cache.ts), so a page served from it is
 * remembered too. The page stays publicly cacheable: the cookie's value is the page's own code, nothing of the
 * visitor's, so a shared cache replaying it to another visitor of the same page tells them only what they chose.
 * A code already remembered sets nothing.
 */
export const rememberPlace: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== 'GET' || c.res.status !== 200) return;
  const m = /^\/noi\/([^/]+)$/.exec(c.req.path);
  if (!m) return;
  const code = decodeURIComponent(m[1]!);
  if (getCookie(c, PLACE_COOKIE) === code) return;
  // a response from the cache may have immutable headers: copied before changing
  c.res = new Response(c.res.body, c.res);
  setCookie(c, PLACE_COOKIE, code, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: YEAR_S });
};
