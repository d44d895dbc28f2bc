import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { applyValues, removeValues } from '../../src/statistics/write.ts';
import { openReport, findReport, saveNarrative } from '../../src/reporting/reports.ts';
import { approveReport, returnReport, setCycleClosed, submitReport } from '../../src/reporting/workflow.ts';
import { completeness } from '../../src/reporting/completeness.ts';
import { emptyNarrative } from '../../src/reporting/narrative.ts';
import { communeOf, principal, unit, valuesEnteredOn } from './helpers.ts';

/** Runs `fn` and returns the UserError it throws (failing when it does not). */
async function refusal(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(ENGINES)('reporting workflow on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
    await valuesEnteredOn(store.db);
  }, 120_000);
  afterAll(() => store?.close());

  it('takes the deadline from the plan of the receiving unit (Đắk Hà: before 10/11)', async () => {
    const commune = await communeOf(store.db, 'canbo.xa');
    const r = await openReport(store.db, commune, 2024, null);
    expect(r.status).toBe('draft');
    expect(r.cycle.deadline).toBe('2024-11-10');
    expect(r.cycle.unitId).toBe((await unit(store.db, '615')).id);
  });

  it('runs draft → submitted → returned (comment required) → resubmitted → approved, refusing the wrong people', async () => {
    const db = store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const [xa, dakha, kontum, hue] = [
      await principal(db, 'canbo.xa'),
      await principal(db, 'canbo.dakha'),
      await principal(db, 'canbo.kontum'),
      await principal(db, 'canbo.hue'),
    ];
    let r = (await findReport(db, commune.id, 2024))!;
    await saveNarrative(db, r, { ...emptyNarrative(), libraries: 'Thư viện xã phục vụ 1.200 lượt.', budgetState: 50, budgetSocial: 20 }, '07', xa.userId);

    // the district cannot submit the commune's report
    expect((await refusal(() => submitReport(db, r, dakha))).status).toBe(403);
    r = (await findReport(db, commune.id, 2024))!;
    await submitReport(db, r, xa, '2024-11-09T08:00:00.000Z');
    r = (await findReport(db, commune.id, 2024))!;
    expect(r).toMatchObject({ status: 'submitted', onTime: true, submittedAt: '2024-11-09T08:00:00.000Z' });

    // a submitted report cannot be edited
    expect((await refusal(() => saveNarrative(db, r, emptyNarrative(), null, xa.userId))).status).toBe(409);
    // approving one's own report; outside one's subtree; returning without a comment
    const own = await refusal(() => approveReport(db, r, xa));
    expect(own.status).toBe(403);
    expect(own.message).toContain('chính đơn vị mình');
    expect(own.said.en).toContain('own');
    const outside = await refusal(() => approveReport(db, r, hue));
    expect(outside.status).toBe(403);
    expect(outside.message).toContain('không thuộc địa bàn');
    const noComment = await refusal(() => returnReport(db, r, dakha, '   '));
    expect(noComment.status).toBe(422);
    expect(noComment.problems[0]?.field).toBe('comment');
    expect((await findReport(db, commune.id, 2024))!.status).toBe('submitted');

    await returnReport(db, r, dakha, 'Bổ sung số liệu bảo tàng.');
    r = (await findReport(db, commune.id, 2024))!;
    expect(r.status).toBe('returned');
    expect(r.narrative.libraries).toBe('Thư viện xã phục vụ 1.200 lượt.'); // nothing lost
    await saveNarrative(db, r, { ...r.narrative, museums: 'Không có bảo tàng trên địa bàn.' }, '07', xa.userId);
    r = (await findReport(db, commune.id, 2024))!;
    await submitReport(db, r, xa, '2024-11-20T08:00:00.000Z');
    r = (await findReport(db, commune.id, 2024))!;
    expect(r.onTime).toBe(true); // timeliness counts the first submission
    // the province may approve too (its subtree), but the district does
    await approveReport(db, r, dakha);
    r = (await findReport(db, commune.id, 2024))!;
    expect(r.status).toBe('approved');
    expect(r.approvedBy).toBe(dakha.userId);
    expect((await refusal(() => approveReport(db, r, kontum))).status).toBe(409);

    const trail = await db
      .selectFrom('audit_log')
      .select(['new_value'])
      .where('entity', '=', 'report')
      .where('entity_key', '=', `${commune.code}:2024`)
      .orderBy('id')
      .execute();
    const actions = trail.map((t) => (t.new_value ? (JSON.parse(t.new_value) as { action?: string }).action : undefined)).filter(Boolean);
    expect(actions).toEqual(['submit', 'return', 'submit', 'approve']);
  });

  it('locks the approved unit’s data for the year until the parent reopens the report', async () => {
    const db = store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const inst = await db
      .selectFrom('institution_units as iu')
      .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
      .select('i.code')
      .where('iu.unit_id', '=', commune.id)
      .orderBy('i.code')
      .executeTakeFirstOrThrow();
    const write = async (period: string, value: number) => {
      const r = await resolveValues(db, [{ row: 1, institution: inst.code, dataElement: 'LIB_VISITS', period, value }]);
      expect(r.problems).toEqual([]);
      return applyValues(db, r.values, { userId: null, mode: 'set' });
    };
    const stored = async (period: string) =>
      (
        await db
          .selectFrom('data_values as d')
          .innerJoin('institutions as i', 'i.id', 'd.institution_id')
          .innerJoin('data_elements as e', 'e.id', 'd.element_id')
          .select('d.value')
          .where('i.code', '=', inst.code)
          .where('e.code', '=', 'LIB_VISITS')
          .where('d.period', '=', period)
          .executeTakeFirst()
      )?.value;
    const before = await stored('2024-05');
    const locked = await refusal(() => write('2024-05', 999_999));
    expect(locked.status).toBe(409);
    expect(locked.message).toContain('đã bị khóa');
    expect(locked.said.en).toContain('locked');
    expect(locked.problems[0]?.field).toBe(`${inst.code}:2024-05`);
    expect(await stored('2024-05')).toBe(before);
    // removing a locked value is refused too; other years stay open
    const el = await db.selectFrom('data_elements').select('id').where('code', '=', 'LIB_VISITS').executeTakeFirstOrThrow();
    const instId = (await db.selectFrom('institutions').select('id').where('code', '=', inst.code).executeTakeFirstOrThrow()).id;
    expect((await refusal(() => removeValues(db, [{ institutionId: instId, elementId: el.id, period: '2024-05' }], null))).status).toBe(409);
    await write('2023-05', 77);
    expect(await stored('2023-05')).toBe(77);

    // the district reopens (return from approved, with a comment): the lock goes, the write passes
    const dakha = await principal(db, 'canbo.dakha');
    await returnReport(db, (await findReport(db, commune.id, 2024))!, dakha, 'Mở lại để sửa số liệu tháng 5.');
    await write('2024-05', (before ?? 0) + 1);
    expect(await stored('2024-05')).toBe((before ?? 0) + 1);
    expect(await db.selectFrom('audit_log').select('id').where('entity', '=', 'data_lock').execute()).toHaveLength(2);
    // and approve again for the next tests
    const xa = await principal(db, 'canbo.xa');
    await submitReport(db, (await findReport(db, commune.id, 2024))!, xa);
    await approveReport(db, (await findReport(db, commune.id, 2024))!, dakha);
  });

  it('refuses a submission after the parent closed the cycle; completeness counts on time, late and missing', async () => {
    const db = store.db;
    const district = await unit(db, '615');
    const kids = (await completeness(db, district, 2024)).children;
    const other = kids.find((k) => k.status === 'missing')!.unit;
    const dakha = await principal(db, 'canbo.dakha');
    const admin = await principal(db, 'admin');
    const late = await openReport(db, other, 2024, null);
    // 00:30 on 11/11 in Vietnam, the day after the deadline (17:30 UTC on 10/11): late
    await submitReport(db, late, admin, '2024-11-10T17:30:00.000Z');
    const c = await completeness(db, district, 2024);
    expect(c).toMatchObject({ submitted: 2, onTime: 1, late: 1, missing: kids.length - 2 });
    expect(c.children.find((k) => k.unit.id === other.id)).toMatchObject({ status: 'submitted', onTime: false });

    await setCycleClosed(db, c.cycle.id || (await openReport(db, other, 2024, null)).cycle.id, district.id, dakha, true);
    const third = kids.filter((k) => k.status === 'missing' && k.unit.id !== other.id)[0]!.unit;
    const r = await openReport(db, third, 2024, null);
    const closed = await refusal(() => submitReport(db, r, admin));
    expect(closed.status).toBe(409);
    expect(closed.message).toContain('đã khóa kỳ báo cáo');
    expect((await findReport(db, third.id, 2024))!.status).toBe('draft');
  });
});
