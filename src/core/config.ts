import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Runtime settings, read once from the environment. */
export interface Config {
  /** `postgres://…` for PostgreSQL, otherwise a SQLite file path (or `:memory:`). */
  databaseUrl: string;
  port: number;
  /** Secret used to sign CSRF tokens; generated and kept in the data folder when not set. */
  secret: string;
  /** Cookies always get the Secure flag (`LIFELONG_SECURE_COOKIES=1`); otherwise they get it when the request came over HTTPS. */
  secureCookies: boolean;
  /**
   * A reverse proxy in front is trusted (`LIFELONG_TRUST_PROXY=1`): its `X-Forwarded-Proto` says whether the request
   * came over HTTPS, and the last address of its `X-Forwarded-For` is the client's. Never set without such a proxy:
   * anyone could then claim any address and HTTPS.
   */
  trustProxy?: boolean;
}

export const DEFAULT_SQLITE_FILE = 'data/lifelong.db';

function loadOrCreateSecret(dbUrl: string): string {
  if (process.env.LIFELONG_SECRET) return process.env.LIFELONG_SECRET;
  if (dbUrl.startsWith('postgres') || dbUrl === ':memory:') return randomBytes(32).toString('hex');
  const file = resolve(dirname(dbUrl), '.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL.length > 0 ? env.DATABASE_URL : DEFAULT_SQLITE_FILE;
  return {
    databaseUrl,
    port: Number(env.PORT ?? 3000),
    secret: loadOrCreateSecret(databaseUrl),
    secureCookies: env.LIFELONG_SECURE_COOKIES === '1',
    trustProxy: env.LIFELONG_TRUST_PROXY === '1',
  };
}
