import type { Context } from 'hono';
import type { Store } from '../db/database.ts';
import type { Config } from '../config.ts';
import type { Principal } from '../auth/principal.ts';
import type { Lang, Messages } from '../i18n/index.ts';

/** What every request handler can read from the context. */
export type AppEnv = {
  Variables: {
    store: Store;
    config: Config;
    principal: Principal | undefined;
    /** The CSRF token to put in forms (session-bound, or signed for anonymous visitors). */
    csrf: string;
    lang: Lang;
    t: Messages;
    /** The request's id (core/web/request-id.ts): in `X-Request-Id` and on its log lines. */
    requestId: string;
    /**
     * What a write request changed, when it knows it changed nothing but statistics values ('values'): the kept
     * public pages that show none stay as they are (portal/micro-cache.ts). Unset: anything may have changed.
     */
    changed?: 'values' | 'all';
  };
};

/** What a handler behind `requireLogin()` reads: a principal that is there. */
export type SignedInEnv = { Variables: AppEnv['Variables'] & { principal: Principal } };

/** A request's context, signed in or not: what page helpers take. */
export type AppContext = Context<AppEnv> | Context<AppEnv & SignedInEnv>;
