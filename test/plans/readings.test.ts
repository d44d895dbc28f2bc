import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { UserError } from '../../src/core/errors.ts';
import { readingState, readUploadedPlan, STALE_MS, type ReadingState, type UploadedPlan } from '../../src/plans/readings.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';

/** A small plan as an official would type it: enough for the reader to find a number, a title and a target. */
const PLAN = [
  'ỦY BAN NHÂN DÂN HUYỆN MỘT',
  'Số: 15/KH-UBND',
  'Một, ngày 31 tháng 01 năm 2023',
  'KẾ HOẠCH',
  'Thực hiện Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”',
  'I. MỤC TIÊU',
  'Đến năm 2025, 20% thư viện công cộng cấp xã được hướng dẫn tổ chức hoạt động phục vụ học tập suốt đời.',
].join('\n');

async function settled(store: Store, id: number, userId: number): Promise<ReadingState> {
  for (let i = 0; i < 200; i++) {
    const s = await readingState(store.db, id, userId);
    if (s.state !== 'reading') return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`reading ${id} never ended`);
}

describe.each(ENGINES)('a plan read in the background on %s', (engine) => {
  let store: Store;
  let userId: number;
  let otherId: number;
  let up: UploadedPlan;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    const official = { role: 'official' as const, unitId: net.d1, password: 'mot-hai-ba-bon-nam-7', displayName: 'Cán bộ' };
    userId = await createUser(store.db, { ...official, username: 'canbo.mot' });
    otherId = await createUser(store.db, { ...official, username: 'canbo.khac' });
    up = { filename: 'ke-hoach.txt', bytes: Buffer.from(PLAN), unitId: net.d1, institutionId: null, userId, unitTyped: 'huyen mot', institutionTyped: '' };
  });
  afterAll(() => store.close());

  it('answers with the draft itself when the reading is quick', async () => {
    const started = await readUploadedPlan(store.db, up, 30_000);
    expect('planId' in started).toBe(true);
    const plan = await store.db
      .selectFrom('plans')
      .select(['status', 'title'])
      .where('id', '=', (started as { planId: number }).planId)
      .executeTakeFirstOrThrow();
    expect(plan.status).toBe('draft');
    expect(await store.db.selectFrom('plan_readings').select('id').execute()).toEqual([]);
  });

  it('answers with a reading at once, which ends in the draft plan', async () => {
    const started = await readUploadedPlan(store.db, up, 0);
    expect('readingId' in started).toBe(true);
    const id = (started as { readingId: number }).readingId;
    const end = await settled(store, id, userId);
    expect(end.state).toBe('read');
    const planId = (end as Extract<ReadingState, { state: 'read' }>).planId;
    const plan = await store.db.selectFrom('plans').select(['status', 'unit_id', 'created_by']).where('id', '=', planId).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ status: 'draft', unit_id: up.unitId, created_by: userId });
  });

  it('keeps a refusal in words with what was typed, for the form shown again', async () => {
    const started = await readUploadedPlan(store.db, { ...up, filename: 'anh.bin', bytes: Buffer.from([0, 1, 2, 3, 4, 5, 6, 7]) }, 0);
    const end = await settled(store, (started as { readingId: number }).readingId, userId);
    expect(end.state).toBe('refused');
    const refused = end as Extract<ReadingState, { state: 'refused' }>;
    expect(refused.said.code).toBe('E4024');
    expect(refused.said.vi).toMatch(/Không nhận ra định dạng tệp/);
    expect(refused.unitTyped).toBe('huyen mot');
  });

  it('says a reading whose progress stopped moving has stopped, and hides a reading from another person', async () => {
    const at = new Date(Date.now() - STALE_MS - 60_000).toISOString();
    const row = await store.db
      .insertInto('plan_readings')
      .values({
        user_id: userId,
        unit_typed: 'huyen mot',
        institution_typed: '',
        filename: 'quet.pdf',
        pages_done: 3,
        pages_total: 12,
        plan_id: null,
        error: null,
        started_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const s = await readingState(store.db, row.id, userId);
    expect(s.state).toBe('refused');
    expect((s as Extract<ReadingState, { state: 'refused' }>).said.code).toBe('E4052');
    const fresh = await readingState(store.db, row.id, userId, Date.parse(at) + 1000);
    expect(fresh).toMatchObject({ state: 'reading', pagesDone: 3, pagesTotal: 12 });
    await expect(readingState(store.db, row.id, otherId)).rejects.toSatisfy((e: unknown) => e instanceof UserError && e.status === 404);
  });
});
