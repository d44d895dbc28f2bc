import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { ENGINES, freshStore } from '../support/engines.ts';
import { TEST_SECRET } from '../support/server.ts';

/** Each answer names its request; a server fault is logged as one JSON line with that id, and the page shows the id, never the error. */
describe.each(ENGINES)('request ids and structured logs (%s)', (engine) => {
  let store: Store & { url: string };
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await freshStore(engine);
    app = createApp(store, { databaseUrl: store.url, port: 0, secret: TEST_SECRET, secureCookies: false });
    app.get('/hong', () => {
      throw new Error('kết nối bí mật tới 10.0.0.7 bị từ chối');
    });
  });
  afterAll(() => store.close());

  it('answers with an id, its own or the one a proxy gave', async () => {
    const own = await app.request('/dang-nhap');
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await app.request('/dang-nhap', { headers: { 'x-request-id': 'proxy-42.a' } });
    expect(given.headers.get('x-request-id')).toBe('proxy-42.a');
    const odd = await app.request('/dang-nhap', { headers: { 'x-request-id': '<script>' } });
    expect(odd.headers.get('x-request-id')).not.toBe('<script>');
  });

  it('a page answered from the micro-cache names its own request too (a hit, a 304), never the one it was rendered for', async () => {
    const first = await app.request('/su-kien?rid=1', { headers: { 'x-request-id': 'render-1' } });
    expect(first.headers.get('x-request-id')).toBe('render-1');
    const hit = await app.request('/su-kien?rid=1', { headers: { 'x-request-id': 'hit-2' } });
    expect([hit.headers.get('x-cache'), hit.headers.get('x-request-id')]).toEqual(['hit', 'hit-2']);
    const own = await app.request('/su-kien?rid=1');
    expect(own.headers.get('x-cache')).toBe('hit');
    expect(own.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unchanged = await app.request('/su-kien?rid=1', { headers: { 'x-request-id': 'etag-3', 'if-none-match': first.headers.get('etag')! } });
    expect([unchanged.status, unchanged.headers.get('x-request-id')]).toEqual([304, 'etag-3']);
  });

  it('a fault: one JSON log line with the id and the stack; the page shows the id, not the error', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const res = await app.request('/hong', { headers: { 'x-request-id': 'req-7' } });
      expect(res.status).toBe(500);
      const html = await res.text();
      expect(html).toContain('req-7');
      expect(html).not.toContain('10.0.0.7');
      expect(html).not.toMatch(/at \S+:\d+:\d+/);
    } finally {
      spy.mockRestore();
    }
    const line = JSON.parse(written.find((w) => w.includes('req-7')) ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({ level: 'error', request: 'req-7', path: '/hong' });
    expect(String(line.stack)).toContain('10.0.0.7');
  });
});
