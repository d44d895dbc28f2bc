import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { randomToken, safeEqual, sign } from '../core/auth/tokens.ts';
import { coreErrors, UserError } from '../core/errors.ts';
import type { AppEnv } from '../core/web/env.ts';
import { cookieOptions } from '../core/web/client.ts';
import { principalForApiToken, sessionFor } from './sessions.ts';

export const SESSION_COOKIE = 'sid';
const ANON_COOKIE = 'anon';

/**
 * Identifies the caller (session cookie or `Authorization: Bearer` API token) and checks the
 * CSRF token on every unsafe request made with a cookie: the form field `_csrf` or the header
 * `X-CSRF-Token` must equal the session's token (or, before login, a token signed for the
 * visitor's anonymous cookie). API-token requests carry no cookie and need no CSRF token.
 */
export function identify(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const { db } = c.var.store;
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      c.set('principal', await principalForApiToken(db, bearer));
      c.set('csrf', '');
      if (!c.var.principal) throw new UserError(coreErrors.invalidApiToken(), 401);
      return next();
    }
    const sid = getCookie(c, SESSION_COOKIE);
    const session = sid ? await sessionFor(db, sid) : undefined;
    c.set('principal', session?.principal);
    let expected: string;
    if (session) expected = session.csrfToken;
    else {
      let anon = getCookie(c, ANON_COOKIE);
      if (!anon) {
        anon = randomToken(16);
        setCookie(c, ANON_COOKIE, anon, cookieOptions(c));
      }
      expected = sign(c.var.config.secret, anon);
    }
    c.set('csrf', expected);
    // an API call without a session carries no one's cookies: nothing to forge; the route answers it (401)
    if (!session && c.req.path.startsWith('/api/')) return next();
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      let given = c.req.header('x-csrf-token');
      const type = c.req.header('content-type') ?? '';
      if (!given && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
        const body = await c.req.parseBody();
        given = typeof body._csrf === 'string' ? body._csrf : undefined;
      }
      if (!given || !safeEqual(given, expected)) throw new UserError(coreErrors.csrf(), 403);
    }
    return next();
  };
}
