import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { onPublicDocsChanged } from '../search/public-docs.ts';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../core/web/env.ts';
import { pickLang } from '../core/i18n/index.ts';
import { todayLocal } from '../core/time.ts';
import { HTML_CSP, SECURITY_HEADERS } from '../core/web/security-headers.ts';
import { carriesRequestId } from '../core/web/request-id.ts';

/**
 * A short-lived in-process cache of the public pages as anonymous visitors see them (the dashboards of the
 * nation and every unit, the places furthest behind, the portal home, events, the searches): the same HTML
 * for everyone, so a burst of visitors costs one rendering. Only anonymous GETs answered 200 without a form
 * token are kept. Every write makes every entry stale (`publicPagesChanged`): a write request the app
 * answered without an error, and any change to what the search holds; an entry lives at most MICRO_CACHE_TTL_MS
 * (which bounds how late a write made by another process — the command line, another worker — shows). A write of
 * statistics values alone (a request that says so, `c.set('changed', 'values')`; another process's change of the
 * values' tables) makes stale only the pages that show values: the searches and the events list stay kept.
 *
 * Single flight: while a page is being rendered, other anonymous requests for the same key wait for that
 * rendering instead of starting their own (200 visitors arriving on a cold page cost one rendering, not 200).
 * When an entry has expired or is stale, the first request renders it again and the others meanwhile get the
 * page as it was (stale while revalidate, as RFC 5861): under heavy load a render takes seconds, and 3,000 places
 * expiring in the middle of a burst — or 50 writers moving the figures every few milliseconds — must not send
 * every visitor to wait behind them. So a page is never older than one rendering in flight after the write; a
 * visitor who comes after the write and finds no rendering in flight gets the page rendered afresh. Past TTL +
 * STALE_MS an entry is not served.
 * `LIFELONG_MICRO_CACHE=off` turns the cache off (every page rendered afresh: the bench's p1u/p2u).
 */
/**
 * Five minutes: what these pages show changes by writes (every culture write empties the cache) or by the day
 * (part of the key); the lifetime only bounds how late other modules' writes show (a new institution, a renamed
 * unit). At one minute, 3,355 places under a burst were each rendered again mid-burst (bench p1, load 11–18).
 */
export const MICRO_CACHE_TTL_MS = 5 * 60_000;
export const MICRO_CACHE_STALE_MS = 10 * 60_000;
const MAX_ENTRIES = 5_000;
/**
 * Rendering kept pages afresh (after a change or at expiry) may take at most this share of the process's time,
 * counted over a window of RENDER_WINDOW_MS; past it, a page that has a kept version is served as it was until
 * the share allows again. A first rendering is never refused. 50 writers make every page stale many times a
 * second: without the bound, a national dashboard rendered again and again took the whole event loop from them.
 * 15 % since the dashboards' renderings got cheaper (their chart) and a write of values stopped making the searches
 * stale: under m1 a dashboard is rendered afresh as often as at 25 % before, and the rest of the time answers
 * readers and writers (docs/decisions.md).
 */
export const RENDER_SHARE = 0.15;
const RENDER_WINDOW_MS = 4_000;
/**
 * At most this many kept pages are rendered afresh at once (a first rendering is never held back): the budget above is
 * spent when a rendering ends, so after a write every stale page's first visitor started its rendering at once —
 * 45 dashboards side by side held SQLite's event loop for seconds (each rendering runs through without a turn) and
 * took PostgreSQL's whole pool, where a value write then waited ~300 ms for a connection to resolve its codes.
 */
const REFRESHING_AT_ONCE = 1;
const encoder = new TextEncoder();
type Bytes = Uint8Array<ArrayBuffer>;
/**
 * The body is kept encoded (UTF-8 bytes): a hit writes them as they are, no string encoding per response; and
 * compressed, once, the first time a visitor's browser accepts it (a dashboard's 38 KB are 5 KB in Brotli).
 */
type Entry = {
  at: number;
  body: Bytes;
  type: string;
  /** the `generation` it was rendered in */
  gen: number;
  /** A weak validator of the body (the same page in any compression): a browser or proxy that has it gets 304. */
  etag: string;
  br?: Bytes;
  gzip?: Bytes;
};

/**
 * What browsers and proxies in front may do with a kept page: keep it, but ask again each time (`no-cache`), a
 * cheap question — the validator answers 304 without a body. Not kept fresh for seconds: the language is the
 * visitor's cookie, so a page kept by the browser would answer a switch of language with the old one (`Vary: Cookie`
 * keeps the copies apart).
 */
export const PUBLIC_CACHE_CONTROL = 'public, no-cache';

const validatorOf = (body: Bytes) => `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;

/** Whether an `If-None-Match` header names this validator (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesValidator(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || bare(t) === bare(etag));
}
/** What a rendering in flight ends with: the entry, or nothing when the answer was not cacheable. */
type Flight = Promise<Entry | undefined>;
interface Cache {
  entries: Map<string, Entry>;
  flights: Map<string, Flight>;
}
/** One cache per open store (tests and tools run several apps in one process). */
const caches = new Map<object, Cache>();
/**
 * What a change may have changed: the statistics' values and the totals kept from them, nothing else (`values`), or
 * anything (`all`, whenever it is not known).
 */
export type PageChange = 'values' | 'all';
/** Moves on every change: a page that shows values, rendered in an earlier generation, is stale. */
let generation = 0;
/** Moves on every change but a change of values alone: a page that shows none, rendered in an earlier one, is stale. */
let otherGeneration = 0;
/** The kept pages that show no statistic (the searches, the events list): a change of values alone leaves them as they are. */
const SHOWS_NO_VALUES = /^\/(tim-kiem|tra-cuu|su-kien)$/;
/** The tables that hold the values and the totals kept from them (another process's change of them: `publicTableChanged`). */
const VALUE_TABLES = new Set(['data_values', 'agg_values', 'agg_totals']);
/** How requests were answered since the process started (the bench prints them: misses are what costs). */
const stats = { hits: 0, stale: 0, shared: 0, renders: 0, kept: 0, held: 0 };
export const microCacheStats = (): Readonly<typeof stats> => ({ ...stats });

/** The time that renderings afresh may still take (a bucket refilled at RENDER_SHARE of the monotonic clock, holding a window's worth). */
function renderBudget() {
  const full = RENDER_SHARE * RENDER_WINDOW_MS;
  const b = { ms: full, at: performance.now() };
  return {
    allowed(): boolean {
      const now = performance.now();
      b.ms = Math.min(full, b.ms + Math.max(0, now - b.at) * RENDER_SHARE);
      b.at = now;
      return b.ms > 0;
    },
    spend(ms: number): void {
      b.ms -= ms;
    },
  };
}

onPublicDocsChanged(() => publicPagesChanged());

export function publicPagesChanged(what: PageChange = 'all'): void {
  generation++;
  if (what === 'all') otherGeneration++;
}

/** A change committed by any process to a table (PostgreSQL's notices, core/db/change-notices.ts; `*`: anything). */
export function publicTableChanged(table: string): void {
  publicPagesChanged(VALUE_TABLES.has(table) ? 'values' : 'all');
}

/** The pages kept: a unit's dashboard (the nation's too), the places furthest behind, a place's portal home, the events list, the searches. */
const CACHED = /^\/(don-vi\/[^/]+|tong-quan|noi\/[^/]+|su-kien|tim-kiem|tra-cuu)$/;

/** Methods that change nothing. */
const READING = new Set(['GET', 'HEAD', 'OPTIONS']);

export const microCacheEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  !['off', '0', 'false'].includes((env.LIFELONG_MICRO_CACHE ?? '').toLowerCase());

/** The compression a browser accepts, Brotli first (`Accept-Encoding`, a coding refused with `q=0` left out). */
export function acceptedCoding(header: string | undefined): 'br' | 'gzip' | undefined {
  if (!header) return undefined;
  let br = false;
  let gzip = false;
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (q !== undefined && !(Number(q.slice(2)) > 0)) continue;
    const coding = name.trim().toLowerCase();
    if (coding === 'br') br = true;
    else if (coding === 'gzip' || coding === 'x-gzip') gzip = true;
  }
  return br ? 'br' : gzip ? 'gzip' : undefined;
}

/** Brotli at quality 5: about as fast as gzip's default, and smaller (docs/decisions.md). */
const BROTLI = { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } };

function compressed(e: Entry, coding: 'br' | 'gzip'): Bytes {
  if (coding === 'br') return (e.br ??= new Uint8Array(brotliCompressSync(e.body, BROTLI)));
  return (e.gzip ??= new Uint8Array(gzipSync(e.body)));
}

/**
 * A kept page as a plain Response (the node server writes its bytes and headers as they are), compressed when the
 * browser accepts it, its request's id among the headers (`carriesRequestId`: nothing is added to it afterwards).
 */
const answer = (
  e: Entry,
  how: 'hit' | 'stale' | 'shared',
  acceptEncoding: string | undefined,
  ifNoneMatch: string | undefined,
  requestId: string | undefined,
) => {
  const coding = acceptedCoding(acceptEncoding);
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': HTML_CSP,
    'content-type': e.type,
    vary: 'Accept-Encoding, Cookie',
    'cache-control': PUBLIC_CACHE_CONTROL,
    etag: e.etag,
    'x-cache': how,
  };
  const made = (res: Response) => (requestId ? carriesRequestId(res) : res);
  if (requestId) headers['X-Request-Id'] = requestId;
  if (matchesValidator(ifNoneMatch, e.etag)) {
    delete headers['content-type'];
    return made(new Response(null, { status: 304, headers }));
  }
  if (coding) headers['content-encoding'] = coding;
  return made(new Response(coding ? compressed(e, coding) : e.body, { status: 200, headers }));
};

function cacheOf(store: object): Cache {
  let c = caches.get(store);
  if (!c) caches.set(store, (c = { entries: new Map(), flights: new Map() }));
  return c;
}

/**
 * Mounted first of all the app's middleware (before the language and session ones), so a hit costs no session
 * lookup and no other work: a request is anonymous when it carries no session cookie and no API token (a
 * signed-in visitor's pages are never cached). A `?lang=` switch passes through (it sets the language cookie).
 */
export function microCache(store: object, enabled = microCacheEnabled()): MiddlewareHandler<AppEnv> {
  const budget = renderBudget();
  let refreshing = 0; // kept pages being rendered afresh
  return async (c, next) => {
    if (!READING.has(c.req.method)) {
      await next();
      // a write the app took (a refusal changed nothing): every kept page may show it, or those that show values
      if (c.res.status < 400) publicPagesChanged(c.get('changed') ?? 'all');
      return;
    }
    if (!enabled || c.req.method !== 'GET' || !CACHED.test(c.req.path)) return next();
    const url = c.req.url;
    if (/[?&]lang=/.test(url) || c.req.header('authorization') || /(?:^|;\s*)sid=/.test(c.req.header('cookie') ?? '')) return next();
    // the day is part of the key: "this week" and "coming" move at midnight (Vietnam time), not by a write
    const key = `${todayLocal()}|${pickLang(undefined, getCookie(c, 'lang'))}|${url}`;
    const cache = cacheOf(store);
    const accepted = c.req.header('accept-encoding');
    const validator = c.req.header('if-none-match');
    const requestId = c.get('requestId');
    const hit = cache.entries.get(key);
    const age = hit ? Date.now() - hit.at : Infinity;
    const showsValues = !SHOWS_NO_VALUES.test(c.req.path);
    const current = showsValues ? generation : otherGeneration;
    if (hit && hit.gen === current && age < MICRO_CACHE_TTL_MS) {
      cache.entries.delete(key);
      cache.entries.set(key, hit); // most recently used last
      stats.hits++;
      return answer(hit, 'hit', accepted, validator, requestId);
    }
    const flying = cache.flights.get(key);
    const servable = hit && age < MICRO_CACHE_TTL_MS + MICRO_CACHE_STALE_MS;
    if (flying && servable) {
      stats.stale++;
      return answer(hit, 'stale', accepted, validator, requestId);
    }
    if (servable && (refreshing >= REFRESHING_AT_ONCE || !budget.allowed())) {
      stats.held++;
      return answer(hit, 'stale', accepted, validator, requestId);
    }
    if (flying) {
      const shared = await flying;
      stats.shared++;
      if (shared) return answer(shared, 'shared', accepted, validator, requestId);
      return next(); // the page that was rendered could not be kept (an error, a form): render this one afresh
    }
    let land: (e: Entry | undefined) => void = () => {};
    const flight: Flight = new Promise((resolve) => (land = resolve));
    cache.flights.set(key, flight);
    const started = current;
    const renderStart = performance.now();
    stats.renders++;
    let entry: Entry | undefined;
    if (hit) refreshing++;
    try {
      await next();
      const type = c.res.headers.get('content-type') ?? '';
      if (c.res.status === 200 && type.startsWith('text/html')) {
        const body = await c.res.clone().text();
        if (!body.includes('name="_csrf"')) {
          const bytes = encoder.encode(body);
          entry = { at: Date.now(), body: bytes, type, gen: started, etag: validatorOf(bytes) };
          c.res.headers.set('etag', entry.etag);
          c.res.headers.set('cache-control', PUBLIC_CACHE_CONTROL);
          c.res.headers.set('vary', 'Accept-Encoding, Cookie');
        }
      }
    } finally {
      if (hit) {
        refreshing--;
        budget.spend(performance.now() - renderStart); // a first rendering is not counted: it is never held back
      }
      land(entry);
      if (cache.flights.get(key) === flight) cache.flights.delete(key);
    }
    // kept even when a change came meanwhile: stale then, but newer than what was kept, and served only while a newer one renders
    if (!entry) return;
    stats.kept++;
    if (cache.entries.size >= MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
    cache.entries.set(key, entry);
  };
}
