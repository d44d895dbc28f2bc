import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context } from 'hono';

/** Where the static files are served: `/tai-nguyen/<name>` (a script the CSP allows, as `'self'`). */
export const ASSET_PATH = '/tai-nguyen';

const TYPES: Readonly<Record<string, string>> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
/** Smaller files travel as they are: compressing them saves less than the headers cost. */
const COMPRESS_FROM = 1024;

/**
 * The static files of the modules (scripts that enhance a page that works without them; the CSP forbids inline
 * scripts), by name → the file beside the module (`new URL('./x.js', import.meta.url)`). Read once, when the app
 * is built; served with a short cache (no fingerprint in the name: an hour's stale script still enhances).
 * A file over 1 KB travels as Brotli (quality 5) or gzip when the browser accepts it, compressed once when first
 * asked (OpenSeadragon's 350 KB travel as about 80 KB).
 */
export function assetRoute(files: Readonly<Record<string, URL>>) {
  const loaded = new Map(Object.entries(files).map(([name, url]) => [name, readFileSync(url)]));
  const compressed = new Map<string, Buffer>();
  return (c: Context) => {
    const name = c.req.param('name') ?? '';
    const body = loaded.get(name);
    if (!body) return c.text('Not found', 404);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=3600',
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
