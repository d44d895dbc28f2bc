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
  };
};
