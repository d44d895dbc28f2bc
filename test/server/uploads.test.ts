import http from 'node:http';
import net from 'node:net';
import { openStore, type Store } from '../../src/core/db/database.ts';
import { createApp } from '../../src/server/app.tsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, TEST_SECRET, type TestServer } from '../support/server.ts';
import { xlsxBomb } from '../support/zip.ts';
import { marcFixture } from '../library/fixture.ts';

const BOUNDARY = 'lifelong-test-boundary';

/**
 * A multipart upload sent chunked (no Content-Length) as fast as the server takes it, `total` bytes at most, that
 * stops sending as soon as an answer comes: what came back and how much had been sent by then.
 */
async function streamUpload(url: string, headers: Record<string, string>, total: number): Promise<{ status: number; body: string; sent: number }> {
  const req = http.request(url, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...headers } });
  let answered = false;
  let closed = false;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', (e) => (answered ? undefined : reject(e)));
  });
  answer.catch(() => {});
  req.on('close', () => (closed = true));
  req.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  while (sent < total && !answered && !closed) {
    sent += chunk.length;
    if (!req.write(chunk))
      await new Promise<void>((resolve) => {
        const done = () => {
          req.off('drain', done);
          req.off('close', done);
          resolve();
        };
        req.once('drain', done);
        req.once('close', done);
        void answer.then(done, done);
      });
  }
  if (!answered && !closed) req.end(`\r\n--${BOUNDARY}--\r\n`);
  const r = await answer;
  req.destroy();
  return { ...r, sent };
}

/** A multipart form with one file (and the other fields), as a browser sends it. */
function fileForm(fields: Record<string, string>, file: { name: string; bytes: Uint8Array; type?: string }): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  return form;
}

describe.each(ENGINES)('uploads and liveness on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server.close());

  it('stops reading an anonymous chunked upload at the form limit and answers 413, not after the whole body', async () => {
    const total = 32 * 1024 * 1024;
    const r = await streamUpload(`${server.url}/dang-nhap`, {}, total);
    expect(r.status).toBe(413);
    expect(r.body).toContain('quá lớn: tối đa 256 KB');
    expect(r.sent).toBeLessThan(total / 4);
  });

  it('an anonymous upload to an upload route gets no more than a form', async () => {
    const total = 32 * 1024 * 1024;
    const r = await streamUpload(`${server.url}/thu-vien/TVTINH-46/nhap-marc`, {}, total);
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(total / 4);
  });

  it('refuses a form or an API body over its limit with a page that leads back to the form, or JSON', async () => {
    const staff = new Client(server.url);
    expect((await staff.login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    const token = csrfFrom(await (await staff.get('/thu-vien/TVTINH-46')).text());
    const page = await staff.fetch('/thu-vien/TVTINH-46/muon', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', referer: `${server.url}/thu-vien/TVTINH-46` },
      body: new URLSearchParams({ _csrf: token, barcode: 'x'.repeat(300_000), card: 'TV46-0001' }).toString(),
    });
    expect(page.status).toBe(413);
    const html = await page.text();
    expect(html).toContain('Tệp hoặc dữ liệu gửi lên quá lớn: tối đa 256 KB');
    expect(html).toContain('<a href="/thu-vien/TVTINH-46">Quay lại biểu mẫu</a>');
    const api = await staff.postJson('/api/v1/libraries/TVTINH-46/checkout', { barcode: 'x'.repeat(2_000_000), card: 'TV46-0001' }, { 'x-csrf-token': token });
    expect(api.status).toBe(413);
    expect(await api.json()).toMatchObject({ code: 'E1016', errorEn: 'The upload is too large: at most 1 MB. Nothing was saved.' });
  });

  it('refuses a declared Content-Length over the limit before a byte of the body is sent', async () => {
    const ask = (length: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(server.url);
        const socket = net.connect(Number(url.port), url.hostname, () =>
          socket.write(`POST /api/v1/values HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`),
        );
        let answer = '';
        socket.setEncoding('utf8');
        socket.on('data', (d: string) => {
          answer += d;
          if (answer.includes('\r\n\r\n')) {
            socket.destroy();
            resolve(answer.split('\r\n')[0]!);
          }
        });
        socket.on('error', reject);
        setTimeout(() => reject(new Error(`no answer with Content-Length ${length}`)), 10_000).unref();
      });
    expect(await ask('2000000')).toBe('HTTP/1.1 413 Payload Too Large');
  });

  it('refuses a MARCXML file nested 50,000 deep at once, saying so; the desk still imports real files', async () => {
    const staff = new Client(server.url);
    expect((await staff.login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    const token = csrfFrom(await (await staff.get('/thu-vien/TVTINH-46')).text());
    const deep = `<collection>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</collection>`;
    expect(deep.length).toBeGreaterThan(256 * 1024); // over the form limit: a signed-in upload gets the route's limit
    const res = await staff.fetch('/thu-vien/TVTINH-46/nhap-marc', {
      method: 'POST',
      body: fileForm({ _csrf: token }, { name: 'deep.xml', bytes: Buffer.from(deep) }),
    });
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('Tệp MARCXML lồng quá sâu: hơn 64 cấp');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const real = await staff.fetch('/thu-vien/TVTINH-46/nhap-marc', {
      method: 'POST',
      body: fileForm({ _csrf: token }, { name: 'vietnamese.xml', bytes: marcFixture('vietnamese.xml') }),
    });
    expect(real.status).toBe(303);
    expect(decodeURIComponent(real.headers.get('location') ?? '')).toMatch(/vietnamese\.xml/);
  });

  it('refuses an XLSX zip bomb before it is unpacked, saying what and how much', async () => {
    const official = new Client(server.url);
    expect((await official.login('canbo.hue', DEMO_PASSWORD)).status).toBe(303);
    const token = csrfFrom(await (await official.get('/nhap-lieu')).text());
    const bomb = xlsxBomb(1024); // 1 MB that unpacks to 1 GB
    for (const b of [bomb, xlsxBomb(1024, 1000)]) {
      const res = await official.fetch('/nhap-lieu', {
        method: 'POST',
        body: fileForm({ _csrf: token, dryRun: '1' }, { name: 'bom.xlsx', bytes: b }),
      });
      expect(res.status).toBe(413);
      expect(await res.text()).toMatch(/Tệp XLSX (giải nén quá lớn: (hơn )?[\d,.]+ [MG]B \(tối đa 256 MB\)|nén bất thường: phần “xl\/worksheets\/sheet1.xml”)/);
    }
  });

  it('/healthz answers without the database; /readyz says whether the database answers', async () => {
    expect(await (await fetch(`${server.url}/healthz`)).text()).toBe('ok');
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});

describe.each(ENGINES)('/readyz when the database is gone on %s', (engine) => {
  it('answers 503 while /healthz still answers 200', async () => {
    let store: Store;
    if (engine === 'sqlite') {
      store = await freshStore('sqlite');
      await store.close(); // every query fails from now on
    } else store = openStore('postgres://postgres@127.0.0.1:1/nothing'); // nothing listens on port 1
    const app = createApp(store, { databaseUrl: 'x', port: 0, secret: TEST_SECRET, secureCookies: false });
    const ready = await app.request('/readyz');
    expect(ready.status).toBe(503);
    expect(await ready.text()).toContain('database');
    expect((await app.request('/healthz')).status).toBe(200);
    if (engine === 'postgres') await store.close();
  });

  it.runIf(engine === 'postgres')('answers 503 within its timeout when the database accepts but keeps silent', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s)); // takes the connection, never says a word
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const store = openStore(`postgres://postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/nothing`);
    const app = createApp(store, { databaseUrl: 'x', port: 0, secret: TEST_SECRET, secureCookies: false });
    expect((await app.request('/readyz')).status).toBe(503);
    for (const s of sockets) s.destroy();
    silent.close();
  });
});
