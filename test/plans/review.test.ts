import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { planItems, storeDraft, type ParsedPlan } from '../../src/plans/drafts.ts';
import { completeReview } from '../../src/plans/review.ts';
import { duplicatesOf } from '../../src/plans/queries.ts';
import { UserError } from '../../src/core/errors.ts';
import { targetsInForce } from '../../src/targets/in-force.ts';

const parsed: ParsedPlan = {
  number: '15/KH-UBND',
  date: '2023-01-31',
  issuer: 'Ủy ban nhân dân huyện Một',
  place: 'Một',
  programme: '1520/QĐ-TTg',
  title: 'Kế hoạch thực hiện chương trình đến năm 2030',
  basis: [{ number: '1520/QĐ-TTg', date: '2022-12-09', issuer: 'Thủ tướng Chính phủ', span: { start: 0, end: 10 } }],
  targets: [
    {
      text: 'Đến năm 2025, 20% thư viện công cộng cấp xã …',
      indicator: 'LIB_LLL_COMMUNE',
      kind: 'library_public_commune',
      year: 2025,
      value: 20,
      min: null,
      max: null,
      unit: '%',
      span: { start: 11, end: 40 },
    },
    {
      text: 'tăng bình quân 8 - 10% mỗi năm',
      indicator: 'LIB_USERS_GROWTH',
      kind: null,
      year: 2030,
      value: 8,
      min: 8,
      max: 10,
      unit: '%/năm',
      span: { start: 41, end: 60 },
    },
    { text: 'một chỉ tiêu không khớp chỉ số nào', indicator: null, kind: null, year: 2030, value: 5, min: null, max: null, unit: null },
  ],
  tasks: [{ agency: 'Phòng Văn hóa - Thông tin', text: 'Chủ trì triển khai thực hiện' }],
  reportDeadline: { day: 10, month: 11, recurring: true },
  days: ['21/4', '23/4'],
};

describe.each(ENGINES)('plan review on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let planId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    planId = await storeDraft(store.db, { unitId: net.d1, institutionId: null, filename: 'kh.txt', text: 'x'.repeat(100), parsed, userId: null });
  });
  afterAll(() => store.close());

  it('stores a draft with every extracted item pending, years from date to the title', async () => {
    const items = await planItems(store.db, planId);
    expect(items.map((i) => i.type)).toEqual(['basis', 'target', 'target', 'target', 'task', 'deadline', 'day', 'day']);
    expect(items.every((i) => i.status === 'pending')).toBe(true);
    const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
    expect([plan.status, plan.year_from, plan.year_to, plan.report_day, plan.report_month]).toEqual(['draft', 2023, 2030, 10, 11]);
    // a draft sets no targets on the dashboards
    expect((await targetsInForce(store.db, net.d1, 2025)).size).toBe(0);
  });

  it('refuses to save while a target is unmapped or items are undecided, and changes nothing', async () => {
    const items = await planItems(store.db, planId);
    await expect(
      completeReview(
        store.db,
        planId,
        items.map((i) => ({ itemId: i.id, status: 'accepted' as const })),
        {},
        null,
      ),
    ).rejects.toThrow(/Chưa thể lưu/);
    await expect(completeReview(store.db, planId, [{ itemId: items[0]!.id, status: 'accepted' }], {}, null)).rejects.toThrow(/Chưa thể lưu/);
    const plan = await store.db.selectFrom('plans').select('status').where('id', '=', planId).executeTakeFirstOrThrow();
    expect(plan.status).toBe('draft');
    expect((await planItems(store.db, planId)).every((i) => i.status === 'pending')).toBe(true);
  });

  it('finds a second copy of the same plan (number, issuer and date) to warn about', async () => {
    const again = await storeDraft(store.db, { unitId: net.d1, institutionId: null, filename: 'kh (1).txt', text: 'x', parsed, userId: null });
    const other = await storeDraft(store.db, {
      unitId: net.d1,
      institutionId: null,
      filename: 'khac.txt',
      text: 'x',
      parsed: { ...parsed, date: '2024-01-31' },
      userId: null,
    });
    const plan = { number: parsed.number, issuer: parsed.issuer, date: parsed.date };
    expect((await duplicatesOf(store.db, { id: again, ...plan })).map((d) => d.id)).toEqual([planId]);
    expect(await duplicatesOf(store.db, { id: other, ...plan, date: '2024-01-31' })).toEqual([]);
    expect(await duplicatesOf(store.db, { id: again, ...plan, number: null })).toEqual([]);
    await store.db.deleteFrom('plan_items').where('plan_id', 'in', [again, other]).execute();
    await store.db.deleteFrom('plan_documents').where('plan_id', 'in', [again, other]).execute();
    await store.db.deleteFrom('plans').where('id', 'in', [again, other]).execute();
  });

  it('refuses a share outside 0–100%, an implausible growth and a year outside the plan, saying which', async () => {
    const items = await planItems(store.db, planId);
    const [share, growth] = items.filter((i) => i.type === 'target');
    const decisions = items.map((i) => {
      if (i.id === share!.id) return { itemId: i.id, status: 'accepted' as const, data: { ...i.data, value: -5 } };
      if (i.id === growth!.id) return { itemId: i.id, status: 'accepted' as const, data: { ...i.data, year: 2035, value: 180, min: null, max: null } };
      if (i.type === 'target') return { itemId: i.id, status: 'dropped' as const };
      return { itemId: i.id, status: 'accepted' as const };
    });
    const e = await completeReview(store.db, planId, decisions, {}, null).then(
      () => null,
      (x: unknown) => x as UserError,
    );
    expect(e).toBeInstanceOf(UserError);
    const said = e!.problems.map((p) => p.said.vi).join('\n');
    expect(said).toMatch(/tỷ lệ phần trăm: giá trị phải từ 0 đến 100/);
    expect(said).toMatch(/mức tăng mỗi năm/);
    expect(said).toMatch(/năm 2035, ngoài thời gian của kế hoạch \(2023–2030\)/);
    const plan = await store.db.selectFrom('plans').select('status').where('id', '=', planId).executeTakeFirstOrThrow();
    expect(plan.status).toBe('draft');
  });

  it('saves the reviewed plan: mapped targets drive the dashboards, tasks and days are stored', async () => {
    const items = await planItems(store.db, planId);
    const decisions = items.map((i) => {
      if (i.type === 'target' && i.data.indicator === null)
        return { itemId: i.id, status: 'accepted' as const, data: { ...i.data, indicator: 'COMM_ACTIVITIES' } };
      if (i.type === 'day' && i.data.day === '23/4') return { itemId: i.id, status: 'dropped' as const };
      return { itemId: i.id, status: 'accepted' as const };
    });
    await completeReview(store.db, planId, decisions, { number: '15/KH-UBND' }, null);
    const targets = await targetsInForce(store.db, net.d1, 2025);
    expect(targets.get('LIB_LLL_COMMUNE')?.value).toBe(20);
    expect(targets.get('COMM_ACTIVITIES')?.value).toBe(5);
    expect(targets.get('LIB_USERS_GROWTH')).toMatchObject({ min: 8, max: 10 });
    const tasks = await store.db.selectFrom('plan_tasks').select(['agency', 'status']).where('plan_id', '=', planId).execute();
    expect(tasks).toEqual([{ agency: 'Phòng Văn hóa - Thông tin', status: 'todo' }]);
    const days = await store.db.selectFrom('plan_days').select(['day', 'month']).where('plan_id', '=', planId).execute();
    expect(days).toEqual([{ day: 21, month: 4 }]);
    await expect(completeReview(store.db, planId, [], {}, null)).rejects.toThrow(/đã được duyệt/);
  });
});
