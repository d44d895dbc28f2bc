import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { coreErrors, UserError } from '../errors.ts';
import { formatBytes } from '../i18n/format.ts';
import type { AppEnv } from './env.ts';

/**
 * A form post of a page (fields, no file): a description of 10,000 Vietnamese characters form-encodes to up to 90 KB
 * (each character up to 3 bytes of UTF-8, each byte %XX).
 */
export const FORM_LIMIT = 256 * 1024;
/** A JSON body of the API. */
export const JSON_LIMIT = 1024 * 1024;

/** A route that takes more than the defaults: a file upload or a bulk API call, with the bytes its real files need. */
export interface UploadLimit {
  path: RegExp;
  maxBytes: number;
}

/** The 413 a refused body gets: a page (with a way back to the form) or JSON, as every UserError (server/app.tsx). */
export const bodyTooLarge = (max: number) => new UserError(coreErrors.bodyTooLarge({ max: formatBytes('vi', max), maxEn: formatBytes('en', max) }), 413);

/**
 * Bounds every request body while it streams in, before anything reads it (the CSRF check, the session, a route):
 * a declared Content-Length over the limit is refused unread (one within it is left to the route to read: Node's
 * parser reads no more than it declares); a chunked body is read only up to the limit (hono's bodyLimit), then
 * refused — the rest is never buffered, and the server drops the connection after a short drain.
 * Page forms get FORM_LIMIT, the API JSON_LIMIT; the routes in `uploads` get their own limit, but only for a caller
 * `mayUpload` accepts (someone signed in): an anonymous visitor never sends more than the defaults.
 */
export function limitBodies(uploads: UploadLimit[], mayUpload: (c: Context<AppEnv>) => Promise<boolean>): MiddlewareHandler<AppEnv> {
  const limiters = new Map<number, MiddlewareHandler>();
  const limiter = (max: number) => {
    let l = limiters.get(max);
    if (!l)
      limiters.set(
        max,
        (l = bodyLimit({
          maxSize: max,
          onError: () => {
            throw bodyTooLarge(max);
          },
        })),
      );
    return l;
  };
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // HTTP/1.1: a request has a body when it declares its length or is chunked. Asked of the headers, not of
    // `c.req.raw.body`: that would make the node server build a web stream over every body, which a route reading
    // it whole (`c.req.json()`, `text()`) never needs — a tenth of an API write's time.
    const chunked = c.req.header('transfer-encoding') !== undefined;
    const length = c.req.header('content-length');
    if (!chunked && (length === undefined || Number(length) === 0)) return next();
    const path = c.req.path;
    const base = path.startsWith('/api/') ? JSON_LIMIT : FORM_LIMIT;
    const upload = uploads.find((u) => u.path.test(path));
    const max = upload && upload.maxBytes > base && (await mayUpload(c)) ? upload.maxBytes : base;
    // a declared length is what the server reads (the parser stops there): checked as it is, the body left unread
    if (!chunked) {
      if (!/^\d+$/.test(length!.trim()) || Number(length) > max) throw bodyTooLarge(max);
      return next();
    }
    return limiter(max)(c, next);
  };
}
