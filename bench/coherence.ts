import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { createServer } from 'node:net';
import type { Store } from '../src/core/db/database.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { createUser } from '../src/accounts/users.ts';
import { hashPassword } from '../src/core/auth/password.ts';
import { now, percentile, type Figure } from './stats.ts';

/**
 * x1) Two server processes behind one port (`serve --workers 2`) on one PostgreSQL: a change written through one
 * process is visible on a kept public page served by the other. Each trial renames an institution through the API
 * and then asks for its commune's portal page on fresh connections (the cluster hands them to the workers in
 * turn) until two answers in a row — one from each process — show the new name: the time from the write's answer.
 * Target (issue 23): ≤ 1 s, the maximum over the trials.
 */
interface Answer {
  status: number;
  body: string;
  cookies: string[];
}
function fresh(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
const cookiePairs = (cookies: string[]) => cookies.map((c) => c.split(';')[0]).join('; ');
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/**
 * Who writes the trials: the demo's administrator, or — on a data set with no one (the national one) — an
 * administrator of the bench's own, its password made afresh for the run.
 */
async function writer(store: Store): Promise<{ username: string; password: string }> {
  const demo = await store.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirst();
  if (demo) return { username: 'admin', password: DEMO_PASSWORD };
  const password = randomBytes(18).toString('base64url');
  const own = await store.db.selectFrom('users').select('id').where('username', '=', 'bench-admin').executeTakeFirst();
  if (own)
    await store.db
      .updateTable('users')
      .set({ password_hash: await hashPassword(password) })
      .where('id', '=', own.id)
      .execute();
  else await createUser(store.db, { username: 'bench-admin', password, displayName: 'Bench', role: 'admin' });
  return { username: 'bench-admin', password };
}

export async function coherenceFigure(store: Store, url: string, opts: { trials: number }): Promise<Figure> {
  const who = await writer(store);
  const place = await store.db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.code as institution', 'i.name', 'u.code as unit'])
    .where('iu.valid_to', 'is', null)
    .where('u.level', '=', 'commune')
    .where('u.valid_to', 'is', null)
    .orderBy('i.id')
    .executeTakeFirstOrThrow();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.LIFELONG_SECRET;
  delete env.LIFELONG_MICRO_CACHE;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', String(port), '--workers', '2', '--no-demo'], {
    env,
    stdio: 'ignore',
  });
  try {
    for (let ready = 0; ready < 4; ) {
      ready = (await fresh(port, '/readyz').catch(() => ({ status: 0 }))).status === 200 ? ready + 1 : 0;
      if (ready < 4) await new Promise((r) => setTimeout(r, 200));
    }
    const form = await fresh(port, '/dang-nhap');
    const login = await fresh(port, '/dang-nhap', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookiePairs(form.cookies) },
      body: new URLSearchParams({ _csrf: csrfOf(form.body), username: who.username, password: who.password, next: '/' }).toString(),
    });
    const session = cookiePairs(login.cookies);
    const token = csrfOf((await fresh(port, '/tai-khoan', { headers: { cookie: session } })).body);
    const page = `/noi/${encodeURIComponent(place.unit)}`;
    const delays: number[] = [];
    let polls = 0;
    for (let t = 0; t < opts.trials; t++) {
      // both processes keep the page as it is
      for (let i = 0; i < 2; i++) await fresh(port, page);
      const name = `${place.name} · ${t}`;
      const patch = await fresh(port, `/api/v1/institutions/${place.institution}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', cookie: session, 'x-csrf-token': token },
        body: JSON.stringify({ name }),
      });
      if (patch.status !== 200) throw new Error(`PATCH: ${patch.status} ${patch.body.slice(0, 200)}`);
      const written = now();
      for (let inRow = 0; inRow < 2; polls++) inRow = (await fresh(port, page)).body.includes(name) ? inRow + 1 : 0;
      delays.push(now() - written);
    }
    await fresh(port, `/api/v1/institutions/${place.institution}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: session, 'x-csrf-token': token },
      body: JSON.stringify({ name: place.name }),
    });
    const max = Math.max(...delays);
    return {
      id: 'x1',
      name: `a write through one process seen on the other's kept page (max of ${opts.trials})`,
      engine: 'postgres',
      measured: max,
      unit: 'ms',
      target: 'max ≤ 1 s',
      pass: max <= 1000,
      details: { trials: opts.trials, p50: percentile(delays, 50), p95: percentile(delays, 95), max, polls, page },
    };
  } finally {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGTERM');
    await exited;
  }
}
