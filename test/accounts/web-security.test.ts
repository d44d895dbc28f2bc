import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { createPlan } from '../../src/plans/plans.ts';
import { writeCsv, writeXlsx } from '../../src/statistics/value-files.ts';

/** Issue 24, accounts and web security: open redirects, non-public records through the API, formula injection. */
describe.each(ENGINES)('web security on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  });
  afterAll(() => server?.close());

  const hostile = [
    '/\\evil.example/',
    '//evil.example/',
    '/\\/evil.example',
    '/%5Cevil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'evil.example',
  ];

  it('login follows `next=` only to same-origin paths (finding 8)', async () => {
    for (const next of hostile) {
      const client = new Client(server.url);
      const res = await client.postForm('/dang-nhap', { _csrf: await client.csrf(), username: 'canbo.hue', password: DEMO_PASSWORD, next });
      expect({ next, status: res.status }).toEqual({ next, status: 303 });
      // the person's home page, never the given place
      expect({ next, location: res.headers.get('location') }).toEqual({ next, location: '/don-vi/46' });
    }
    // the login form does not carry a hostile `next` into its hidden field either
    const form = await (await new Client(server.url).get(`/dang-nhap?next=${encodeURIComponent('/\\evil.example/')}`)).text();
    expect(form).toContain('name="next" value="/"');
    // a same-origin path is followed
    const client = new Client(server.url);
    const ok = await client.postForm('/dang-nhap', {
      _csrf: await client.csrf(),
      username: 'canbo.hue',
      password: DEMO_PASSWORD,
      next: '/ke-hoach/1?nam=2025',
    });
    expect(ok.headers.get('location')).toBe('/ke-hoach/1?nam=2025');
  });

  it('sign-up follows `next=` only to same-origin paths (finding 8)', async () => {
    let n = 0;
    for (const next of hostile.slice(0, 4)) {
      const client = new Client(server.url);
      const token = csrfFrom(await (await client.get('/dang-ky')).text());
      const res = await client.postForm('/dang-ky', {
        _csrf: token,
        username: `dan.next${n++}`,
        displayName: 'Dân',
        password: 'mot-cau-mat-khau-dai',
        next,
      });
      expect({ next, status: res.status }).toEqual({ next, status: 303 });
      expect({ next, location: res.headers.get('location') }).toEqual({ next, location: '/ho-so-hoc-tap' });
    }
  });

  it('a draft plan is refused to the anonymous API and to those who may not review it, as on the page (finding 9)', async () => {
    const { db } = server.store;
    const hue = await db.selectFrom('units').select('id').where('code', '=', '46').executeTakeFirstOrThrow();
    const draft = await createPlan(db, { unitId: hue.id, title: 'Kế hoạch dự thảo', yearFrom: 2026, yearTo: 2030, status: 'draft', targets: [] }, null);
    const active = await createPlan(db, { unitId: hue.id, title: 'Kế hoạch ban hành', yearFrom: 2026, yearTo: 2030, targets: [] }, null);
    const anon = new Client(server.url);
    expect((await anon.get(`/ke-hoach/${draft}`)).status).toBe(403);
    const res = await anon.get(`/api/v1/plans/${draft}`);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('Kế hoạch dự thảo');
    expect((await anon.get(`/api/v1/plans/${active}`)).status).toBe(200);
    // the list of a unit's plans holds no draft for anyone
    const list = (await (await anon.get('/api/v1/plans?unit=46')).json()) as { id: number }[];
    expect(list.map((p) => p.id)).toContain(active);
    expect(list.map((p) => p.id)).not.toContain(draft);
    // an official of another province may not see it; one of the province may (as on the page)
    const kontum = new Client(server.url);
    await kontum.login('canbo.kontum', DEMO_PASSWORD);
    expect((await kontum.get(`/api/v1/plans/${draft}`)).status).toBe(403);
    const hueOfficial = new Client(server.url);
    await hueOfficial.login('canbo.hue', DEMO_PASSWORD);
    const own = await hueOfficial.get(`/api/v1/plans/${draft}`);
    expect(own.status).toBe(200);
    expect(((await own.json()) as { status: string }).status).toBe('draft');
  });

  it('the learning-record CSV exports a title beginning with = as text, not a formula (finding 10)', async () => {
    const { db } = server.store;
    const citizen = await db.selectFrom('users').select('id').where('username', '=', 'congdan').executeTakeFirstOrThrow();
    const reg = await db.selectFrom('event_registrations').select('event_id').where('user_id', '=', citizen.id).executeTakeFirst();
    expect(reg).toBeDefined();
    await db.updateTable('events').set({ title: '=HYPERLINK("https://evil.example","Bấm")' }).where('id', '=', reg!.event_id).execute();
    const client = new Client(server.url);
    await client.login('congdan', DEMO_PASSWORD);
    const csv = Buffer.from(await (await client.get('/ho-so-hoc-tap.csv')).arrayBuffer())
      .subarray(3)
      .toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Bấm"")"`);
    for (const line of csv.split('\n')) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
  });
});

describe('spreadsheet exports of values (finding 10)', () => {
  const rows = [
    { institution: '=1+2', dataElement: '@SUM(A1)', period: '+2024', value: -5 },
    { institution: '-x', dataElement: '\tTAB', period: '\rCR', value: 7 },
  ];
  it('CSV: text cells that would start a formula get a quote; numbers stay numbers', () => {
    const csv = writeCsv(rows);
    expect(csv.split('\n')[1]).toBe("'=1+2,'@SUM(A1),'+2024,-5");
    expect(csv).toContain("'-x,");
    expect(csv).toContain("'\tTAB,");
    expect(csv).toContain(`"'\rCR"`);
  });
  it('XLSX: the same, and a negative number is a number cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(rows)).buffer as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe("'=1+2");
    expect(sheet.getRow(2).getCell(2).value).toBe("'@SUM(A1)");
    expect(sheet.getRow(2).getCell(4).value).toBe(-5);
    expect(sheet.getRow(2).getCell(4).type).toBe(ExcelJS.ValueType.Number);
  });
});
