import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Config } from '../../src/core/config.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { IndicatorResult } from '../../src/indicators/evaluate.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { createApp } from '../../src/server/app.tsx';
import { freshStore, type EngineName } from './engines.ts';

export { DEMO_PASSWORD } from '../../src/seed/demo.ts';

export interface TestServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  store: Store;
  close: () => Promise<void>;
}

/** A fixed secret keeps CSRF signatures reproducible between runs. */
export const TEST_SECRET = 'lifelong-e2e-secret-0123456789abcdef';

/**
 * The real app (createApp + @hono/node-server) over a fresh store on `engine`, seeded with the
 * demo network, listening on a free loopback port.
 */
export async function startServer(
  engine: EngineName = 'sqlite',
  opts: { config?: Partial<Config> /** '::' listens on IPv4 and IPv6 loopback alike */; hostname?: string } = {},
): Promise<TestServer & { port: number }> {
  const store = await freshStore(engine);
  await seedDemo(store);
  const config: Config = { databaseUrl: store.url, port: 0, secret: TEST_SECRET, secureCookies: false, ...opts.config };
  const app = createApp(store, config);
  let server: ReturnType<typeof serve> | undefined;
  const port = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: opts.hostname ?? '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
    server.once('error', reject);
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (!server) return done();
      // idle keep-alive sockets (the browser's) must not hold the server open
      if ('closeAllConnections' in server) server.closeAllConnections();
      server.close(() => done());
    });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    store,
    close: async () => {
      await stop();
      await store.close();
    },
  };
}

/** The first `_csrf` hidden field of an HTML page. */
export function csrfFrom(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('No _csrf field in the page');
  return m[1];
}

/**
 * A tiny HTTP client with a cookie jar, as a browser would be: follows no redirects by itself
 * (tests look at the 303s), sends back every cookie it was given.
 */
export class Client {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0\b/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { headers });
  }

  /** A form post with the fields given (nothing added: the caller chooses the `_csrf`). */
  async postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.fetch(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
  }

  async postJson(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  }

  /** The CSRF token the server expects from this client now (read from a page's form). */
  async csrf(path = '/dang-nhap'): Promise<string> {
    const res = await this.get(path);
    return csrfFrom(await res.text());
  }

  /** Logs in through the form, with the anonymous CSRF token from the login page. */
  async login(username: string, password: string): Promise<Response> {
    const token = await this.csrf('/dang-nhap');
    return this.postForm('/dang-nhap', { _csrf: token, username, password, next: '/' });
  }
}

/** The stored value of one data element of one institution for one period, if any. */
export async function storedValue(store: Store, institution: string, element: string, period: string): Promise<number | undefined> {
  const r = await store.db
    .selectFrom('data_values as v')
    .innerJoin('institutions as i', 'i.id', 'v.institution_id')
    .innerJoin('data_elements as e', 'e.id', 'v.element_id')
    .select('v.value')
    .where('i.code', '=', institution)
    .where('e.code', '=', element)
    .where('v.period', '=', period)
    .executeTakeFirst();
  return r === undefined ? undefined : Number(r.value);
}

/** One row of `GET /api/v1/indicators`. */
export type IndicatorJson = IndicatorResult;

/** `GET /api/v1/indicators?unit=&year=` as a map by indicator code. */
export async function indicatorsOf(base: string, unit: string, year: number): Promise<Map<string, IndicatorJson>> {
  const res = await fetch(`${base}/api/v1/indicators?unit=${encodeURIComponent(unit)}&year=${year}`);
  if (res.status !== 200) throw new Error(`GET /api/v1/indicators ${unit} ${year}: ${res.status}`);
  const rows = (await res.json()) as IndicatorJson[];
  return new Map(rows.map((r) => [r.indicator, r]));
}
