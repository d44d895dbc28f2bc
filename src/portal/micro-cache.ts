import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../core/web/env.ts';

/**
 * A short-lived in-process cache of the public pages as anonymous visitors see them (the portal
 * home, events, search): the same HTML for everyone, so a burst of visitors costs one rendering.
 * Only anonymous GETs answered 200 without a form token are kept; any write through the culture
 * modules empties it (`publicPagesChanged`), and an entry lives at most TTL_MS.
 */
const TTL_MS = 60_000;
const MAX_ENTRIES = 5_000;
type Entry = { at: number; body: string; type: string };
/** One cache per open store (tests and tools run several apps in one process). */
const caches = new Map<object, Map<string, Entry>>();

export function publicPagesChanged(): void {
  caches.clear();
}

/** The pages kept: a place's portal home, the events list, the search. */
const CACHED = /^\/(noi\/[^/]+|su-kien|tim-kiem)$/;

/**
 * Mounted before the session middleware, so a hit costs no session lookup: a request is anonymous when it
 * carries no session cookie and no API token (a signed-in visitor's pages are never cached).
 */
export function microCache(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method !== 'GET' || !CACHED.test(c.req.path)) return next();
    if (c.req.header('authorization') || /(?:^|;\s*)sid=/.test(c.req.header('cookie') ?? '')) return next();
    const key = `${c.var.lang}|${c.req.path}?${new URL(c.req.url).search}`;
    let entries = caches.get(c.var.store);
    if (!entries) caches.set(c.var.store, (entries = new Map()));
    const hit = entries.get(key);
    if (hit && Date.now() - hit.at < TTL_MS) {
      entries.delete(key);
      entries.set(key, hit); // most recently used last
      return c.body(hit.body, 200, { 'content-type': hit.type, 'x-cache': 'hit' });
    }
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (c.res.status !== 200 || !type.startsWith('text/html')) return;
    const body = await c.res.clone().text();
    if (body.includes('name="_csrf"')) return;
    const own = caches.get(c.var.store) ?? new Map<string, Entry>();
    caches.set(c.var.store, own);
    if (own.size >= MAX_ENTRIES) own.delete(own.keys().next().value!);
    own.set(key, { at: Date.now(), body, type });
  };
}
