import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditKinds, auditObjects, readableKey, type AuditSubject } from '../../src/admin/audit-objects.ts';
import { auditNames, readable } from '../../src/admin/audit-values.ts';
import { tableNames } from '../../src/admin/messages.ts';
import { audit } from '../../src/core/audit.ts';
import { auditWriters } from '../support/audit-writers.ts';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

const ISO = /\d{4}-\d{2}-\d{2}/;

/** Issue 19: every kind of object a writer audits has a resolver that names it in words, and words for the kind. */
describe('audit objects: a resolver for every kind a writer uses', () => {
  const writers = auditWriters('src');

  it('reads the kinds of every writer (audit calls and SQL inserts), none hidden in a variable', () => {
    expect(writers.unreadEntities).toEqual([]);
    // the writers that insert into audit_log in SQL are read too
    for (const k of ['data_value', 'data_values', 'lib_loan', 'museum_visits', 'institution', 'user']) expect(writers.entities.has(k)).toBe(true);
    expect(writers.entities.size).toBeGreaterThan(50);
  });

  it('every kind has a resolver and its name in words', () => {
    const kinds = [...writers.entities.keys()].sort();
    const where = (k: string) => `${k} (${[...new Set(writers.entities.get(k))].join(', ')})`;
    expect(kinds.filter((k) => !Object.hasOwn(auditKinds, k)).map(where)).toEqual([]);
    expect(kinds.filter((k) => !Object.hasOwn(tableNames.entries, k)).map(where)).toEqual([]);
  });

  it('a key no resolver reads is still shown without its ISO dates or colons', () => {
    expect(readableKey('7:2026-04-30')).toBe('7 · 30/04/2026');
  });
});

const cells = (html: string) =>
  [...html.matchAll(/<td data-label="Đối tượng">([\s\S]*?)<\/td>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'"),
  );

describe.each(ENGINES)('audit objects named on the page, the CSV and the API on %s', (engine) => {
  let server: TestServer;
  let museum: { id: number; name: string };
  let expected: [AuditSubject, string][];
  let viewer: number;

  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.store.db;
    museum = await db.selectFrom('institutions').select(['id', 'name']).where('code', '=', 'BTTINH-46').executeTakeFirstOrThrow();
    const plan = await db.selectFrom('plans').select(['id', 'title', 'number']).orderBy('id').executeTakeFirstOrThrow();
    const hue = await db.selectFrom('units').select(['name', 'full_name']).where('code', '=', '46').executeTakeFirstOrThrow();
    const centre = await db.selectFrom('institutions').select('name').where('code', '=', 'TTVHXA-19777').executeTakeFirstOrThrow();
    const element = await db.selectFrom('data_elements').select('name_vi').where('code', '=', 'CUL_CLUBS').executeTakeFirstOrThrow();
    const xem = await db.selectFrom('users').select('id').where('username', '=', 'xem').executeTakeFirstOrThrow();
    viewer = xem.id;
    const hueName = hue.full_name ?? hue.name;
    const s = (table: string, key: string, oldValue: unknown = null): AuditSubject => ({ table, key, oldValue, newValue: null });
    expected = [
      [s('museum_visits', `${museum.id}:2026-05-19`), `${museum.name}, 19/05/2026`],
      [s('institution', 'BTTINH-46'), museum.name],
      [s('user', 'canbo.hue'), 'Sở VH&TT Huế (canbo.hue)'],
      [s('data_value', 'TTVHXA-19777:CUL_CLUBS:2026-05'), `${element.name_vi} · ${centre.name} · tháng 05/2026`],
      [s('plan', String(plan.id)), plan.number ? `${plan.title} (${plan.number})` : plan.title],
      [s('report', '46:2025'), `${hueName}, năm 2025`],
      [s('report_reminder', '46:2025:2026-03-01'), `${hueName}, năm 2025, 01/03/2026`],
      [s('exhibition', '999999', { title: 'Huế ngày xưa' }), 'Huế ngày xưa (không còn)'],
      [s('lib_visit', '999998', { day: '2026-03-02', count: 5 }), 'Lượt đến thư viện số 999998, 02/03/2026 (không còn)'],
      [s('museum_visits', '999997:2026-01-02'), 'Cơ sở số 999997, 02/01/2026 (không còn)'],
      [s('probe_kind', '7:2026-04-30'), '7 · 30/04/2026'],
    ];
    // written in this order by the demo's viewer, who changes nothing else: the page lists them newest first
    for (const [e] of expected) await audit(db, { userId: xem.id, action: 'update', entity: e.table, key: e.key, oldValue: e.oldValue ?? undefined });
  }, 180_000);
  afterAll(() => server?.close());

  it('names each object: by name, a day dd/mm/yyyy, a cell by element, place and period; a gone one by its kind', async () => {
    const objects = await auditObjects(
      server.store.db,
      'vi',
      expected.map(([e]) => e),
    );
    expect(objects.map((o) => o.name)).toEqual(expected.map(([, name]) => name));
    expect(objects[0]!.href).toBe('/quan-ly/bao-tang/BTTINH-46');
    expect(objects[3]!.href).toBe('/co-so/TTVHXA-19777/o/CUL_CLUBS/2026-05');
    expect(objects[7]!.href).toBeUndefined();
  });

  it('reads the names of a page in bulk: one query per source, however many entries', async () => {
    let queries = 0;
    const counting: KyselyPlugin = {
      transformQuery: (a) => {
        queries++;
        return a.node;
      },
      transformResult: (a) => Promise.resolve(a.result),
    };
    const many: AuditSubject[] = Array.from({ length: 30 }, (_, i) => [
      { table: 'museum_visits', key: `${museum.id}:2026-05-${String(i + 1).padStart(2, '0')}`, oldValue: null, newValue: null },
      { table: 'institution', key: i % 2 ? 'BTTINH-46' : 'TVTINH-46', oldValue: null, newValue: null },
      { table: 'user', key: i % 2 ? 'admin' : 'canbo.hue', oldValue: null, newValue: null },
    ]).flat();
    const named = await auditObjects(server.store.db.withPlugin(counting), 'vi', many);
    expect(queries).toBe(3);
    expect(named[0]!.name).toBe(`${museum.name}, 01/05/2026`);
    // a long CSV: more ids than an engine takes as parameters of one statement, read in slices
    queries = 0;
    const loans = Array.from({ length: 12_000 }, (_, i) => ({ table: 'lib_loan', key: String(900_000 + i), oldValue: null, newValue: null }));
    const gone = await auditObjects(server.store.db.withPlugin(counting), 'vi', loans);
    expect(queries).toBe(3);
    expect(gone[11_999]!.name).toBe('Lượt mượn sách số 911999 (không còn)');
  });

  it('the page, its CSV and the API show the names, never an ISO date nor a raw key', async () => {
    const client = new Client(server.url);
    expect((await client.login('admin', DEMO_PASSWORD)).status).toBe(303);
    const html = await (await client.get('/quan-tri/nhat-ky?nguoi=xem&bang=')).text();
    const shown = cells(html).filter((c) => !c.endsWith('(xem)'));
    expect(shown).toEqual(expected.map(([, name]) => name).reverse());
    for (const c of cells(html)) expect(c).not.toMatch(ISO);
    for (const [e] of expected) expect(shown).not.toContain(e.key);
    expect(html).toContain(`<a href="/quan-ly/bao-tang/BTTINH-46">${museum.name}, 19/05/2026</a>`);
    expect(html).toContain('<a href="/quan-tri/nguoi-dung/canbo.hue">Sở VH&amp;TT Huế (canbo.hue)</a>');

    const csv = await (await client.get('/quan-tri/nhat-ky.csv?nguoi=xem')).text();
    expect(csv).toContain(`${museum.name}, 19/05/2026`);
    expect(csv).not.toContain(`${museum.id}:2026-05-19`);

    const api = (await (await client.get('/api/v1/audit?user=xem&pageSize=100')).json()) as {
      entries: { table: string; key: string; object: { name: string; href?: string } }[];
    };
    const byKey = new Map(api.entries.map((e) => [`${e.table} ${e.key}`, e.object]));
    for (const [e, name] of expected) expect(byKey.get(`${e.table} ${e.key}`)?.name).toBe(name);
    expect(byKey.get(`institution BTTINH-46`)?.href).toBe('/quan-tri/co-so/BTTINH-46');
  });

  it('the kind filter offers each kind in words', async () => {
    const client = new Client(server.url);
    expect((await client.login('admin', DEMO_PASSWORD)).status).toBe(303);
    const html = await (await client.get('/quan-tri/nhat-ky?bang=museum_visits')).text();
    expect(html).toMatch(/<option value="museum_visits" selected="">Lượt khách bảo tàng<\/option>/);
    expect(cells(html).every((c) => c.includes(museum.name) || c.includes('(không còn)'))).toBe(true);
  });

  it("every object of the demo's trail reads in words", async () => {
    const rows = await server.store.db
      .selectFrom('audit_log')
      .select(['entity', 'entity_key', 'old_value'])
      .where((w) => w.or([w('user_id', 'is', null), w('user_id', '<>', viewer)]))
      .execute();
    const entries = rows.map((r) => ({ table: r.entity, key: r.entity_key, oldValue: r.old_value ? JSON.parse(r.old_value) : null, newValue: null }));
    const named = await auditObjects(server.store.db, 'vi', entries);
    const raw = named
      .map((o, i) => ({ o, e: entries[i]! }))
      .filter(({ o, e }) => ISO.test(o.name) || /^[\d:]+$/.test(o.name) || (e.key.includes(':') && o.name.includes(e.key)) || o.name.includes('(không còn)'));
    expect(raw.map(({ o, e }) => `${e.table} ${e.key} → ${o.name}`)).toEqual([]);
    expect(new Set(entries.map((e) => e.table)).size).toBeGreaterThan(15);
  });

  it("no value of the demo's trail shows a code where words belong (kinds, levels, importance, recipients)", async () => {
    const rows = await server.store.db.selectFrom('audit_log').select(['entity', 'old_value', 'new_value']).execute();
    const values = rows.flatMap((r) => [r.old_value, r.new_value].filter((v) => v !== null).map((v) => JSON.parse(v!) as unknown));
    const known = await auditNames(server.store.db, values);
    const codes = new Set<string>();
    const visit = (v: unknown, field?: string) => {
      if (Array.isArray(v)) for (const x of v) visit(x, field);
      else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, k);
      else if (field && typeof v === 'string' && /^[a-z]+(_[a-z]+)*$/.test(v) && readable('vi', v, field, known) === v) codes.add(`${field}=${v}`);
    };
    for (const v of values) visit(v);
    expect([...codes]).toEqual([]);
  });
});
