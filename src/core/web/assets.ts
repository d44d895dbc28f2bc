import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/** Where the static files are served: `/tai-nguyen/<name>` (a script the CSP allows, as `'self'`). */
export const ASSET_PATH = '/tai-nguyen';

const TYPES: Readonly<Record<string, string>> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
/** Smaller files travel as they are: compressing them saves less than the headers cost. */
const COMPRESS_FROM = 1024;

/** Each served file's fingerprint (the first characters of its SHA-1), by name: set when the app is built. */
const fingerprints = new Map<string, string>();

/**
 * The address of a static file for a page: with its fingerprint (`?v=…`), so the browser may keep it a year and a
 * new version is a new address. A name not served is given plain.
 */
export function assetPath(name: string): string {
  const v = fingerprints.get(name);
  return v ? `${ASSET_PATH}/${name}?v=${v}` : `${ASSET_PATH}/${name}`;
}

/**
 * The static files of the modules (scripts that enhance a page that works without them; the CSP forbids inline
 * scripts), by name → the file beside the module (`new URL('./x.js', import.meta.url)`). Read once, when the app
 * is built. Asked for with the current fingerprint, a file is kept a year (`immutable`); otherwise an hour.
 * A file over 1 KB travels as Brotli (quality 5) or gzip when the browser accepts it, compressed once when first
 * asked (OpenSeadragon's 350 KB travel as about 80 KB).
 */
export function assetRoute(files: Readonly<Record<string, URL>>) {
  const loaded = new Map(Object.entries(files).map(([name, url]) => [name, readFileSync(url)]));
  for (const [name, body] of loaded) fingerprints.set(name, createHash('sha1').update(body).digest('hex').slice(0, 12));
  const compressed = new Map<string, Buffer>();
  return (c: Context) => {
    const name = c.req.param('name') ?? '';
    const body = loaded.get(name);
    if (!body) return c.text('Not found', 404);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
      'Cache-Control': c.req.query('v') === fingerprints.get(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
    };
    if (body.byteLength < COMPRESS_FROM) return c.body(new Uint8Array(body), 200, headers);
    headers.Vary = 'Accept-Encoding';
    const accepted = c.req.header('accept-encoding') ?? '';
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    if (!encoding) return c.body(new Uint8Array(body), 200, headers);
    const key = `${encoding}:${name}`;
    let bytes = compressed.get(key);
    if (!bytes) {
      bytes = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(body);
      compressed.set(key, bytes);
    }
    return c.body(new Uint8Array(bytes), 200, { ...headers, 'Content-Encoding': encoding });
  };
}
