import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { completeness } from '../../src/reporting/completeness.ts';
import { buildContent } from '../../src/reporting/content.ts';
import { cycleOf, ensureCycle } from '../../src/reporting/cycles.ts';
import { ReportingBlock } from '../../src/reporting/dashboard-block.tsx';
import { askedToReport, expectedReporters } from '../../src/reporting/expected.ts';
import { remindersDue } from '../../src/reporting/reminder-mail.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { submitReport } from '../../src/reporting/workflow.ts';
import { unitById } from '../../src/network/units.ts';
import { communeOf, principal, unit } from './helpers.ts';

async function refusal(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const codes = (units: { code: string }[]) => units.map((u) => u.code).sort();

describe.each(ENGINES)('who is asked for a report, on the dated map (%s)', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store?.close());

  it('asks the units in force on the deadline: the old map until 2024, the new one from 2025', async () => {
    const db = store.db;
    const [vn, d1, p9] = [(await unitById(db, net.vn))!, (await unitById(db, net.d1))!, (await unitById(db, net.p9))!];
    expect(codes(await expectedReporters(db, d1, 2024))).toEqual(['C1', 'C2']);
    // D1's communes ended on 30/06/2025, before the 2025 deadline (15/12): not asked for 2025 nor after
    expect(await expectedReporters(db, d1, 2025)).toEqual([]);
    expect(await expectedReporters(db, d1, 2026)).toEqual([]);
    expect(codes(await expectedReporters(db, vn, 2024))).toEqual(['P1']);
    expect(codes(await expectedReporters(db, vn, 2025))).toEqual(['P9']);
    expect(codes(await expectedReporters(db, p9, 2025))).toEqual(['N1']);
    const c1 = (await unitById(db, net.c1))!;
    expect((await askedToReport(db, c1, 2024)).asked).toBe(true);
    expect((await askedToReport(db, c1, 2026)).asked).toBe(false);
  });

  it("counts no ended unit as missing in its parent's completeness after its end", async () => {
    const db = store.db;
    const vn = (await unitById(db, net.vn))!;
    const y2025 = await completeness(db, vn, 2025);
    expect(codes(y2025.children.map((c) => c.unit))).toEqual(['P9']);
    expect(y2025.missing).toBe(1);
    const d1 = await completeness(db, (await unitById(db, net.d1))!, 2026);
    expect(d1).toMatchObject({ children: [], missing: 0, submitted: 0 });
  });

  it('opens no draft and no cycle for an ended unit after its end, and keeps its last report readable', async () => {
    const db = store.db;
    const c1 = (await unitById(db, net.c1))!;
    const refused = await refusal(() => openReport(db, c1, 2026, null));
    expect(refused.status).toBe(409);
    expect(refused.said.vi).toBe('Xã Một đã kết thúc ngày 30/06/2025 nên không phải gửi báo cáo năm 2026 (hạn 15/12/2026).');
    expect(await db.selectFrom('report_cycles').select('id').where('unit_id', '=', net.d1).where('year', '=', 2026).executeTakeFirst()).toBeUndefined();
    expect(await db.selectFrom('reports').select('id').where('unit_id', '=', net.c1).where('year', '=', 2026).executeTakeFirst()).toBeUndefined();
    const last = await openReport(db, c1, 2024, null);
    expect(last).toMatchObject({ year: 2024, status: 'draft' });
    // a new unit is not asked for a year before it was formed
    const n1 = (await unitById(db, net.n1))!;
    expect((await refusal(() => openReport(db, n1, 2024, null))).said.vi).toBe(
      'Xã Mới được thành lập từ ngày 01/07/2025 nên không phải gửi báo cáo năm 2024 (hạn 15/12/2024).',
    );
  });

  it('reminds only the units asked: the new commune, not the ended ones', async () => {
    const db = store.db;
    await ensureCycle(db, net.d1, 2025);
    await ensureCycle(db, net.p9, 2025);
    const due = await remindersDue(db, '2025-12-08');
    expect(due.map((d) => d.unitId)).toEqual([net.n1]);
    expect(due[0]!.reminder).toMatchObject({ daysLeft: 7, mailDay: 7 });
  });

  it("tells an ended unit's officials it is not asked, never that it is late, and names its successor", async () => {
    const db = store.db;
    const c1 = (await unitById(db, net.c1))!;
    const admin = { userId: 1, username: 'a', displayName: 'A', role: 'admin' as const, unitId: null, institutionId: null };
    const block = String(await ReportingBlock({ db, unit: c1, year: 2026, principal: admin, lang: 'vi', today: '2026-12-30' }));
    expect(block).not.toContain('quá hạn');
    expect(block).toContain('Xã Một đã kết thúc ngày 30/06/2025 nên không phải gửi báo cáo năm 2026');
    expect(block).toContain('<a href="/bao-cao/N1/2026">Xã Mới</a>');
  });
});

describe.each(ENGINES)("the demo's ended commune (canbo.xa's) after the reform (%s)", (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
  }, 120_000);
  afterAll(() => store?.close());

  it('shows no −100 % growth for 2026 but "đã sáp nhập vào Xã Đăk Hà", and its 2024 growth as it was', async () => {
    const db = store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const content = await buildContent(db, { unit: commune, year: 2026, cycle: await cycleOf(db, commune.parentId!, 2026) });
    const growth = content.lines.find((l) => l.indicator === 'LIB_USERS_GROWTH')!;
    expect(growth).toMatchObject({ result: null, change: null, met: null, note: 'đã sáp nhập vào Xã Đăk Hà' });
    expect(content.lines.some((l) => l.result === -100)).toBe(false);
    const y2024 = await buildContent(db, { unit: commune, year: 2024, cycle: await cycleOf(db, commune.parentId!, 2024) });
    const before = y2024.lines.find((l) => l.indicator === 'LIB_USERS_GROWTH')!;
    expect(before.note).toBeNull();
    expect(before.result).not.toBeNull();
  });

  it("refuses to submit a draft left from before the commune's end, saying why", async () => {
    const db = store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const cycle = await ensureCycle(db, commune.parentId!, 2026);
    // a draft opened before the rule (as the issue found it)
    await db
      .insertInto('reports')
      .values({ cycle_id: cycle.id, unit_id: commune.id, year: 2026, status: 'draft', narrative: '{}', updated_at: '2026-11-01T00:00:00Z' })
      .execute();
    const draft = (await openReport(db, commune, 2026, null))!;
    const xa = await principal(db, 'canbo.xa');
    const refused = await refusal(() => submitReport(db, draft, xa));
    expect(refused.status).toBe(409);
    expect(refused.said.vi).toContain('Đắk Hà đã kết thúc ngày 30/06/2025');
    expect((await unit(db, '615')).validTo).toBe('2025-06-30');
  });
});
