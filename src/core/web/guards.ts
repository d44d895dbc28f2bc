import { createMiddleware } from 'hono/factory';
import type { Principal } from '../auth/principal.ts';
import { coreErrors, UserError } from '../errors.ts';
import type { AppEnv, SignedInEnv } from './env.ts';

export type { SignedInEnv } from './env.ts';

/**
 * Refuses the request unless someone is signed in (the API answers 401; pages redirect to the login form and come
 * back). Handlers behind it read `c.var.principal` as a `Principal`, never undefined (Hono merges the types).
 */
export const requireLogin = () =>
  createMiddleware<SignedInEnv>(async (c, next) => {
    const principal: Principal | undefined = (c.var as AppEnv['Variables']).principal;
    if (!principal) {
      if (c.req.path.startsWith('/api/')) throw new UserError(coreErrors.loginRequired(), 401);
      return c.redirect(`/dang-nhap?next=${encodeURIComponent(c.req.path + (new URL(c.req.url).search || ''))}`, 303);
    }
    await next();
  });
