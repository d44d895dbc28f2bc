import { getConnInfo } from '@hono/node-server/conninfo';
import type { CookieOptions } from 'hono/utils/cookie';
import type { AppContext } from './env.ts';

/**
 * What the server knows of the client: its address and whether it came over HTTPS. A proxy's headers are believed
 * only when the configuration says one is in front (`trustProxy`, core/config.ts).
 */
export function clientAddress(c: AppContext): string {
  if (c.var.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    // the proxy appends the address it saw: the last one is the only one it vouches for
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export function isHttps(c: AppContext): boolean {
  if (c.var.config.trustProxy) {
    const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto) return proto === 'https';
  }
  return c.req.url.startsWith('https:'); // the request's absolute URL: its scheme first, no parse needed
}

/** A year of HTTPS only, for this host and the ones below it (OWASP ASVS V14.4.5); sent on HTTPS answers only. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** The options of the platform's cookies: not for scripts, not sent by other sites' forms, Secure over HTTPS. */
export function cookieOptions(c: AppContext, maxAge?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'Lax', path: '/', secure: c.var.config.secureCookies || isHttps(c), ...(maxAge === undefined ? {} : { maxAge }) };
}
