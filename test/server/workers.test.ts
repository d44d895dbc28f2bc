import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, PG_ADMIN_URL } from '../support/engines.ts';
import { DEMO_PASSWORD } from '../support/server.ts';

/**
 * `serve --workers 2` on one PostgreSQL, as a deployment runs it (issue 23): the cluster's primary hands each new
 * connection to the next worker, so requests on fresh connections alternate between the two processes. A page
 * kept by one process shows a change written through the other; a login form from one is accepted by the other;
 * a worker killed is replaced while the other serves; SIGTERM stops them all cleanly.
 */
interface Answer {
  status: number;
  body: string;
  cookies: string[];
}

/** One request on a connection of its own (no keep-alive: the next request may go to the other worker). */
function fresh(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`no answer to ${path} in 20 s`)));
    req.end(init.body);
  });
}

const cookiePairs = (cookies: string[]) => cookies.map((c) => c.split(';')[0]).join('; ');
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** The primary's children that run the server (not, say, the TypeScript loader's esbuild service). */
const workersOf = (primary: number): number[] => {
  try {
    const children = execFileSync('pgrep', ['-P', String(primary)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
    return children.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('main.ts');
      } catch {
        return false;
      }
    });
  } catch {
    return [];
  }
};

/** Whether a worker is the one the supervisor marked to run the nightly work (server/workers.ts). */
const runsNightly = (pid: number) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes('LIFELONG_NIGHTLY_WORKER=1');

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe.skipIf(!ENGINES.includes('postgres'))('two server processes on one PostgreSQL', () => {
  const name = `lifelong_workers_${randomBytes(5).toString('hex')}`;
  let server: ChildProcess;
  let port = 0;
  let output = '';

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url.toString() };
    delete env.LIFELONG_SECRET;
    delete env.LIFELONG_MICRO_CACHE;
    // node itself (not npx): the child's pid is the cluster's primary, the workers are its children
    server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--workers', '2'], { env, stdio: 'pipe' });
    server.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    server.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    // both workers answer (four fresh connections in a row: two each)
    await until(`two ready workers (${output})`, 240_000, async () => {
      for (let i = 0; i < 4; i++) if ((await fresh(port, '/readyz')).status !== 200) return undefined;
      return workersOf(server.pid ?? 0).length === 2 ? true : undefined;
    });
  }, 300_000);

  afterAll(async () => {
    if (server.exitCode === null) server.kill('SIGKILL');
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('a login form served by one worker is accepted by the other (one signing secret)', async () => {
    for (let i = 0; i < 4; i++) {
      const form = await fresh(port, '/dang-nhap');
      const res = await fresh(port, '/dang-nhap', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(form.cookies) },
        body: new URLSearchParams({ _csrf: csrfOf(form.body), username: 'admin', password: DEMO_PASSWORD, next: '/' }).toString(),
      });
      expect(res.status, `login ${i + 1}`).toBe(303);
    }
  }, 60_000);

  it('a change written through one worker shows on the page the other worker keeps', async () => {
    const page = '/noi/05977';
    for (let i = 0; i < 4; i++) expect((await fresh(port, page)).body).toContain('Thư viện huyện Lạng Sơn');
    // sign in and rename the library through the API (on whichever worker the connections land)
    const form = await fresh(port, '/dang-nhap');
    const login = await fresh(port, '/dang-nhap', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(form.cookies) },
      body: new URLSearchParams({ _csrf: csrfOf(form.body), username: 'admin', password: DEMO_PASSWORD, next: '/' }).toString(),
    });
    const session = cookiePairs(login.cookies);
    const token = csrfOf((await fresh(port, '/tai-khoan', { headers: { cookie: session } })).body);
    const renamed = `Thư viện Đông Kinh ${randomBytes(3).toString('hex')}`;
    const patch = await fresh(port, '/api/v1/institutions/TVHUYEN-178', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: session, 'x-csrf-token': token },
      body: JSON.stringify({ name: renamed }),
    });
    expect(patch.status, patch.body).toBe(200);
    // every process shows it: four answers in a row (two from each worker), and four more after
    await until('the new name from both workers', 10_000, async () => {
      for (let i = 0; i < 4; i++) if (!(await fresh(port, page)).body.includes(renamed)) return undefined;
      return true;
    });
    for (let i = 0; i < 4; i++) expect((await fresh(port, page)).body).toContain(renamed);
  }, 60_000);

  it('a worker killed with SIGKILL is replaced; the other serves meanwhile; one worker at a time runs the nightly work', async () => {
    const both = workersOf(server.pid ?? 0);
    // exactly one worker is marked to run the nightly work: kill that one, its replacement takes the mark
    expect(both.filter(runsNightly)).toHaveLength(1);
    const victim = both.find(runsNightly);
    const survivor = both.find((w) => w !== victim);
    expect(survivor).toBeDefined();
    process.kill(victim!, 'SIGKILL');
    // once the primary has seen the death (a connection handed over at the very moment of the kill is lost with it)
    await until('the primary to see the death', 30_000, async () => (output.includes('a server worker stopped') ? true : undefined));
    for (let i = 0; i < 6; i++) expect((await fresh(port, '/healthz')).status).toBe(200);
    const now = await until('a replacement worker', 120_000, async () => {
      const w = workersOf(server.pid ?? 0);
      return w.length === 2 && !w.includes(victim!) ? w : undefined;
    });
    expect(now).toContain(survivor);
    expect(now.filter(runsNightly)).toEqual(now.filter((w) => w !== survivor));
    expect(output).toContain('a server worker stopped');
  }, 150_000);

  it('SIGTERM stops the workers and the primary cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
