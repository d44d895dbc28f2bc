import type { AppContext } from './env.ts';
import type { PageContext } from './layout.tsx';

export function pageContext(c: AppContext): PageContext {
  const url = new URL(c.req.url);
  return { lang: c.var.lang, t: c.var.t, principal: c.var.principal, csrf: c.var.csrf, path: url.pathname + url.search };
}
