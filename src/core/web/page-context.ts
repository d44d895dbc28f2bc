import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import type { PageContext } from './layout.tsx';

export function pageContext(c: Context<AppEnv>): PageContext {
  const url = new URL(c.req.url);
  return { lang: c.var.lang, t: c.var.t, principal: c.var.principal, csrf: c.var.csrf, path: url.pathname + url.search };
}
