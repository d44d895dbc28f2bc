import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { planItems, storeDraft, type ParsedPlan } from '../../src/plans/drafts.ts';
import { addMissedTargets, findPlans } from '../../src/plans/added-items.ts';
import { completeReview } from '../../src/plans/review.ts';
import { decisionsFrom } from '../../src/plans/review-view.tsx';
import { BUILT_IN_PHRASES, phraseIndex, restorePhrases } from '../../src/plans/parse/known-phrases.ts';

/** A scan's draft: the header and a task read without diacritics, a parent plan cited that is not stored. */
const doc = 'KE HOACH\nTrien khai thuc hien Chuong trinh hoc tap suot doi\nDen nam 2025, 70% thu vien co so giao duc co cung cap dich vu.\n';
const parsed: ParsedPlan = {
  number: '9/KH-UBND',
  date: '2023-02-01',
  issuer: 'Uy ban nhan dan huyen Mot',
  place: null,
  programme: '1520/QĐ-TTg',
  title: 'Trien khai thuc hien Chuong trinh hoc tap suot doi den nam 2030',
  basis: [{ number: '100/KH-UBND', date: '2023-01-13', issuer: 'Ủy ban nhân dân tỉnh' }],
  targets: [],
  tasks: [{ agency: 'So Van hoa, The thao va Du lich', text: 'Chu tri trien khai thuc hien ke hoach' }],
  reportDeadline: null,
  days: [],
  period: { from: 2023, to: 2030 },
};

describe('known phrases restored', () => {
  const index = phraseIndex([...BUILT_IN_PHRASES, 'Xã Tu Mơ Rông', 'xã Tu Mơ Rông', 'Đắk Hà', 'Đăk Hà']);
  it('puts the marks back on known phrases, longest first, keeping case and punctuation, and leaves unknown words', () => {
    const r = restorePhrases('KE HOACH Trien khai thuc hien tai xa Tu Mo Rong; So Van hoa, The thao va Du lich chu tri, Mot', index);
    expect(r.text).toBe('KẾ HOẠCH Triển khai thực hiện tai xã Tu Mơ Rông; Sở Văn hóa, Thể thao và Du lịch chủ trì, Mot');
    expect(r.restorations.map((x) => x.original)).toEqual(['KE HOACH', 'Trien khai thuc hien', 'xa Tu Mo Rong', 'So Van hoa, The thao va Du lich', 'chu tri']);
    expect(r.text.slice(r.restorations[3]!.start, r.restorations[3]!.end)).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });
  it('leaves a phrase whose folded form stands for two spellings, and words written with their own marks', () => {
    expect(restorePhrases('huyen Dak Ha', index).text).toBe('huyen Dak Ha');
    expect(restorePhrases('Kế hoach', index).text).toBe('Kế hoạch');
  });
});

describe.each(ENGINES)('a scanned plan reviewed on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let planId: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    // the programme is stored: the old rule made it the parent of a plan that cites its province's plan
    const programme = await storeDraft(store.db, {
      unitId: net.d1,
      institutionId: null,
      filename: 'p.txt',
      text: 'x',
      parsed: { ...parsed, number: '1520/QĐ-TTg', basis: [], tasks: [] },
      userId: null,
    });
    await store.db.updateTable('plans').set({ status: 'active' }).where('id', '=', programme).execute();
    planId = await storeDraft(store.db, { unitId: net.d1, institutionId: null, filename: 'scan.pdf', text: doc, parsed, userId: null });
  });
  afterAll(() => store.close());

  it('stores the title, issuer and task restored, each original kept', async () => {
    const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
    expect(plan.title).toBe('Triển khai thực hiện Chương trình học tập suốt đời đến năm 2030');
    expect(plan.issuer).toBe('Ủy ban nhân dân huyện Mot'); // "Mot" is no known name: left as it is
    expect(JSON.parse(plan.restored!).title.original).toBe(parsed.title);
    // a cited plan not in the system: no parent (not the programme)
    expect(plan.parent_plan_id).toBeNull();
    const task = (await planItems(store.db, planId)).find((i) => i.type === 'task')!;
    expect(task.data).toMatchObject({ agency: 'Sở Văn hóa, Thể thao và Du lịch', text: 'Chủ trì triển khai thực hiện kế hoạch' });
    // "keep as read" puts the original back
    const [d] = decisionsFrom({ [`k:${task.id}:agency`]: '1' }, [task]);
    expect(d!.data.agency).toBe('So Van hoa, The thao va Du lich');
  });

  it('adds a missed target from its sentence, pointing at it in the document, and refuses a sentence without one', async () => {
    const ids = await addMissedTargets(store.db, planId, 'Den nam 2025, 70% thu vien co so giao duc  co cung cap dich vu.', null);
    expect(ids).toHaveLength(1);
    const item = (await planItems(store.db, planId)).find((i) => i.id === ids[0])!;
    expect(item).toMatchObject({ type: 'target', status: 'pending' });
    expect(item.data).toMatchObject({ year: 2025, value: 70, added: true });
    expect(doc.slice(item.span_start!, item.span_end!)).toMatch(/^Den nam 2025, 70%/);
    await expect(addMissedTargets(store.db, planId, 'Tuyên truyền sâu rộng.', null)).rejects.toThrow(/Không đọc được chỉ tiêu/);
  });

  it('finds stored plans by number or by the words of their title, and saves the parent chosen', async () => {
    expect((await findPlans(store.db, '1520/qđ-ttg', planId)).map((p) => p.number)).toEqual(['1520/QĐ-TTg']);
    expect((await findPlans(store.db, 'hoc tap suot doi', planId)).length).toBe(1);
    expect(await findPlans(store.db, 'khong co', planId)).toEqual([]);
    const parent = (await findPlans(store.db, '1520/QĐ-TTg', planId))[0]!.id;
    const items = await planItems(store.db, planId);
    await completeReview(
      store.db,
      planId,
      items.map((i) =>
        i.type === 'target'
          ? { itemId: i.id, status: 'accepted' as const, data: { ...i.data, indicator: 'LIB_LLL_EDU' } }
          : { itemId: i.id, status: 'accepted' as const },
      ),
      { parentPlanId: parent },
      null,
    );
    const plan = await store.db.selectFrom('plans').selectAll().where('id', '=', planId).executeTakeFirstOrThrow();
    expect([plan.status, plan.parent_plan_id]).toEqual(['active', parent]);
  });
});
