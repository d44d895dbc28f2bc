import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import type { DB } from '../../src/core/db/database.ts';
import { completeness } from '../../src/reporting/completeness.ts';
import { reportersTo } from '../../src/reporting/expected.ts';
import { ratesBelow } from '../../src/reporting/rates.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { unit } from './helpers.ts';

const YEAR = 2024;

/** Puts a unit's report in a status directly: the rates read the stored rows, however they got there. */
async function setReport(db: DB, code: string, status: string, submittedAt: string | null, onTime: boolean | null): Promise<void> {
  const r = await openReport(db, await unit(db, code), YEAR, null);
  await db
    .updateTable('reports')
    .set({ status, submitted_at: submittedAt, on_time: onTime === null ? null : onTime ? 1 : 0 })
    .where('id', '=', r.id)
    .execute();
}

/**
 * Kon Tum (62) in 2024: two districts, Đắk Hà (615, 11 communes, due 10/11) and Kon Tum city (608, 6 communes). Statuses
 * mixed across both levels; the rates of each level and of each district's communes are counted by hand.
 */
describe.each(ENGINES)('completeness across all levels on %s', (engine) => {
  let server: TestServer;
  let dakhaCommunes: string[];
  let cityCommunes: string[];
  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.store.db;
    dakhaCommunes = (await reportersTo(db, (await unit(db, '615')).id, YEAR)).map((u) => u.code);
    cityCommunes = (await reportersTo(db, (await unit(db, '608')).id, YEAR)).map((u) => u.code);
    const [c1, c2, c3, c4, c5] = dakhaCommunes;
    await setReport(db, c1!, 'submitted', '2024-11-01T03:00:00.000Z', true);
    await setReport(db, c2!, 'submitted', '2024-11-13T02:00:00.000Z', false); // 3 days after 10/11
    await setReport(db, c3!, 'approved', '2024-11-02T03:00:00.000Z', true);
    await setReport(db, c4!, 'returned', '2024-11-05T03:00:00.000Z', true);
    await setReport(db, c5!, 'draft', null, null); // a draft is not sent
    await setReport(db, cityCommunes[0]!, 'approved', '2024-12-20T03:00:00.000Z', false);
    await setReport(db, '615', 'submitted', '2024-12-01T03:00:00.000Z', true);
  }, 120_000);
  afterAll(() => server?.close());

  it('counts submitted, on time and approved at each level below the province, and under each district', async () => {
    const db = server.store.db;
    expect(dakhaCommunes).toHaveLength(11);
    expect(cityCommunes).toHaveLength(6);
    const r = await ratesBelow(db, (await unit(db, '62')).id, YEAR);
    expect(r.levels).toEqual([
      { level: 'district', depth: 1, total: 2, submitted: 1, onTime: 1, approved: 0 },
      { level: 'commune', depth: 2, total: 17, submitted: 5, onTime: 3, approved: 2 },
    ]);
    expect(r.byChild.get((await unit(db, '615')).id)).toEqual([{ level: 'commune', depth: 1, total: 11, submitted: 4, onTime: 3, approved: 1 }]);
    expect(r.byChild.get((await unit(db, '608')).id)).toEqual([{ level: 'commune', depth: 1, total: 6, submitted: 1, onTime: 0, approved: 1 }]);
    // one level down from the district: its communes only
    expect((await ratesBelow(db, (await unit(db, '615')).id, YEAR)).levels).toEqual([
      { level: 'commune', depth: 1, total: 11, submitted: 4, onTime: 3, approved: 1 },
    ]);
  });

  it('follows the dated map: the old province has nobody below it in 2026, the new one its communes only', async () => {
    const db = server.store.db;
    expect((await ratesBelow(db, (await unit(db, '62')).id, 2026)).levels).toEqual([]);
    const levels = (await ratesBelow(db, (await unit(db, '51')).id, 2026)).levels;
    expect(levels.map((l) => l.level)).toEqual(['commune']);
    expect(levels[0]!.total).toBe((await reportersTo(db, (await unit(db, '51')).id, 2026)).length);
  });

  it('says how late each child is: sent late by so many days, overdue and not sent, on time', async () => {
    const db = server.store.db;
    const c = await completeness(db, await unit(db, '615'), YEAR, '2024-11-15');
    const by = (code: string) => c.children.find((ch) => ch.unit.code === code)!;
    expect(by(dakhaCommunes[0]!)).toMatchObject({ status: 'submitted', onTime: true, daysLate: 0, daysLeft: null });
    expect(by(dakhaCommunes[1]!)).toMatchObject({ status: 'submitted', onTime: false, daysLate: 3 });
    expect(by(dakhaCommunes[3]!)).toMatchObject({ status: 'returned', daysLate: 0, daysLeft: -5 });
    expect(by(dakhaCommunes[4]!)).toMatchObject({ status: 'missing', daysLate: 5, daysLeft: -5 });
    expect((await completeness(db, await unit(db, '615'), YEAR, '2024-11-03')).children.find((ch) => ch.status === 'missing')).toMatchObject({
      daysLate: 0,
      daysLeft: 7,
    });
  });

  it('shows the province official the rates in numbers, per cent and words, and a link down to each district', async () => {
    const kontum = new Client(server.url);
    expect((await kontum.login('canbo.kontum', DEMO_PASSWORD)).status).toBe(303);
    const html = await (await kontum.fetch(`/bao-cao/62/${YEAR}/tien-do`)).text();
    const row = (level: string) => /<tr data-level="[^"]+">[\s\S]*?<\/tr>/g.exec(html.slice(html.indexOf(`data-level="${level}"`) - 20))?.[0] ?? '';
    expect(row('district')).toContain('Cấp huyện');
    expect(row('district')).toContain('1/2 (50 %)');
    expect(row('district')).toContain('Còn thiếu');
    expect(row('commune')).toContain('Cấp xã');
    expect(row('commune')).toContain('5/17 (29,4 %)');
    expect(row('commune')).toContain('3/17 (17,6 %)');
    expect(row('commune')).toContain('2/17 (11,8 %)');
    expect(row('commune')).toContain('Thấp');
    expect(html).toContain('href="/bao-cao/615/2024/tien-do"');
    expect(html).toContain('href="/bao-cao/608/2024/tien-do"');
    expect(html).toContain('Cấp xã: 4/11 đã gửi, 1 đã phê duyệt');
    // the district's page, drilled down: its communes, one 3 days late, deadline as dd/mm/yyyy
    const down = await (await kontum.fetch(`/bao-cao/615/${YEAR}/tien-do`)).text();
    expect(down).toContain('Trễ 3 ngày');
    expect(down).toContain('10/11/2024');
    expect(down).toContain('href="/bao-cao/62/2024/tien-do"'); // and back up
  });
});
