import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { logLine } from '../log.ts';
import type { AppEnv } from './env.ts';

/** An id a proxy in front already gave the request (`X-Request-Id`), when it is a plain token; otherwise a new one. */
const GIVEN = /^[\w.:-]{1,100}$/;

/**
 * Answers made with their `X-Request-Id` already among their headers (`carriesRequestId`): the micro-cache's, made for
 * thousands of requests a second. Setting it afterwards makes the node server turn the answer's plain headers into a
 * `Headers` object and copy them: a tenth of a kept page's cost.
 */
const carrying = new WeakSet<Response>();

/** Marks an answer whose headers already name its request (`X-Request-Id`, the id `c.get('requestId')`). */
export function carriesRequestId(res: Response): Response {
  carrying.add(res);
  return res;
}

/**
 * Every request gets an id, answered in `X-Request-Id` and written on each log line about it (an error page shows
 * it, so what a person reads out finds the log line). `LIFELONG_ACCESS_LOG=1` adds a line per request (method,
 * path, status, milliseconds); off by default: a proxy in front usually keeps the access log.
 */
export function requestId(accessLog = process.env.LIFELONG_ACCESS_LOG === '1'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const given = c.req.header('x-request-id');
    const id = given && GIVEN.test(given) ? given : randomUUID();
    c.set('requestId', id);
    const started = accessLog ? performance.now() : 0;
    await next();
    if (!carrying.has(c.res)) c.res.headers.set('X-Request-Id', id);
    if (accessLog) {
      logLine('info', 'request', { request: id, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
    }
  };
}
