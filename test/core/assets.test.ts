import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { assetRoute } from '../../src/core/web/assets.ts';

const osd = pathToFileURL(createRequire(import.meta.url).resolve('openseadragon/build/openseadragon/openseadragon.min.js'));
const small = new URL('../../src/library/desk-print.js', import.meta.url);

describe('static files', () => {
  const app = new Hono().get('/tai-nguyen/:name', assetRoute({ 'osd.js': osd, 'small.js': small }));
  const raw = readFileSync(osd);

  it('travel as Brotli or gzip when the browser accepts it, as they are otherwise, the same bytes once decoded', async () => {
    const br = await app.request('/tai-nguyen/osd.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.byteLength).toBeLessThan(raw.byteLength / 3);
    expect(brotliDecompressSync(brBytes).equals(raw)).toBe(true);
    const gz = await app.request('/tai-nguyen/osd.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).equals(raw)).toBe(true);
    const plain = await app.request('/tai-nguyen/osd.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(raw)).toBe(true);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('a file under 1 KB is sent as it is; an unknown name is 404', async () => {
    const s = await app.request('/tai-nguyen/small.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(s.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await s.arrayBuffer()).equals(readFileSync(small))).toBe(true);
    expect((await app.request('/tai-nguyen/none.js')).status).toBe(404);
  });
});
