import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { assetPath } from '../../src/core/web/assets.ts';
import { createApp } from '../../src/server/app.tsx';
import { ENGINES, freshStore } from '../support/engines.ts';
import { TEST_SECRET } from '../support/server.ts';

/** Static files are addressed by their fingerprint: kept a year at that address, an hour without it. */
describe.each(ENGINES)('fingerprinted static files (%s)', (engine) => {
  let store: Store & { url: string };
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await freshStore(engine);
    app = createApp(store, { databaseUrl: store.url, port: 0, secret: TEST_SECRET, secureCookies: false });
  });
  afterAll(() => store.close());

  it('a script at its fingerprinted address is immutable for a year; the same file plain, an hour', async () => {
    const file = readFileSync(new URL('../../src/statistics/entry-grid.js', import.meta.url));
    const href = assetPath('entry-grid.js');
    expect(href).toBe(`/tai-nguyen/entry-grid.js?v=${createHash('sha1').update(file).digest('hex').slice(0, 12)}`);
    const kept = await app.request(href);
    expect(kept.status).toBe(200);
    expect(kept.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(Buffer.from(await kept.arrayBuffer()).equals(file)).toBe(true);
    const plain = await app.request('/tai-nguyen/entry-grid.js');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=3600');
    const old = await app.request('/tai-nguyen/entry-grid.js?v=000000000000');
    expect(old.headers.get('cache-control')).toBe('public, max-age=3600');
  });
});
