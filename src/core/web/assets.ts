import { readFileSync } from 'node:fs';
import type { Context } from 'hono';

/** Where the static files are served: `/tai-nguyen/<name>` (a script the CSP allows, as `'self'`). */
export const ASSET_PATH = '/tai-nguyen';

const TYPES: Readonly<Record<string, string>> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/**
 * The static files of the modules (scripts that enhance a page that works without them; the CSP forbids inline
 * scripts), by name → the file beside the module (`new URL('./x.js', import.meta.url)`). Read once, when the app
 * is built; served with a short cache (no fingerprint in the name: an hour's stale script still enhances).
 */
export function assetRoute(files: Readonly<Record<string, URL>>) {
  const loaded = new Map(Object.entries(files).map(([name, url]) => [name, readFileSync(url)]));
  return (c: Context) => {
    const name = c.req.param('name') ?? '';
    const body = loaded.get(name);
    if (!body) return c.text('Not found', 404);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
      'Cache-Control': 'public, max-age=3600',
    });
  };
}
