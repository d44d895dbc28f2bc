import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { LOCAL_ADMIN, type Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { CheckedRefusal } from '../../src/statistics/checks.ts';
import { saveEntryForm, valuesOf } from '../../src/statistics/entry.ts';
import { notesOf } from '../../src/statistics/notes.ts';
import { boundsOf, monthsBefore, outside } from '../../src/statistics/outliers.ts';
import { createRule, holds } from '../../src/statistics/rules.ts';
import { writeValues } from '../../src/statistics/values.ts';

async function refusal(p: Promise<unknown>): Promise<CheckedRefusal> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as CheckedRefusal;
}

describe('min–max bounds from a history (outliers.ts)', () => {
  const norm = [4800, 5100, 4950, 5300, 5050, 4700, 5200, 4900, 5150, 5000, 4850, 5250];

  it('60,000 where the months before were ~5,000 is high; 5,600 is not; 0 is low', () => {
    const b = boundsOf(norm)!;
    expect(b.median).toBe(5025);
    expect(outside(60_000, b)).toBe('high');
    expect(outside(5_600, b)).toBeUndefined();
    expect(outside(0, b)).toBe('low');
    expect(b.points).toBe(12);
  });

  it('is robust: one festival month (or a past typo) in the history does not let the next typo pass', () => {
    const b = boundsOf([...norm, 30_000])!;
    expect(b.high).toBeLessThan(8_000);
    expect(outside(60_000, b)).toBe('high');
  });

  it('has floors: a steady series allows half its median either side, small counts at least 5', () => {
    const steady = boundsOf([1000, 1000, 1000, 1000, 1000, 1000])!;
    expect([steady.low, steady.high]).toEqual([500, 1500]);
    const events = boundsOf([1, 1, 2, 1, 0, 1])!;
    expect(events.high).toBe(6);
    expect(outside(6, events)).toBeUndefined();
    expect(outside(7, events)).toBe('high');
  });

  it('checks nothing on fewer than six months of history', () => {
    expect(boundsOf([5000, 5000, 5000, 5000, 5000])).toBeUndefined();
  });

  it('counts months back across years', () => {
    expect(monthsBefore('2026-02', 3)).toBe('2025-11');
    expect(monthsBefore('2026-01', 36)).toBe('2023-01');
  });
});

describe('a validation rule compares (rules.ts)', () => {
  it('each operator, with a factor on the right side', () => {
    expect(holds(5, '<=', 1, 5)).toBe(true);
    expect(holds(6, '<=', 1, 5)).toBe(false);
    expect(holds(5, '<', 1, 5)).toBe(false);
    expect(holds(5, '=', 1, 5)).toBe(true);
    expect(holds(4, '>=', 1, 5)).toBe(false);
    expect(holds(6, '>', 1, 5)).toBe(true);
    expect(holds(60, '<=', 0.5, 100)).toBe(false);
    expect(holds(0.3 * 10, '=', 0.3, 10)).toBe(true); // 3.0000000000000004 is 3
  });
});

/** The form's checks over a commune library whose visits ran ~5,000 a month through 2023 and the first half of 2024. */
describe.each(ENGINES)("the entry form's checks on %s", (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let staff: Principal;
  const audits = async (entity: string, key: string) =>
    store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value', 'new_value', 'user_id'])
      .where('entity', '=', entity)
      .where('entity_key', '=', key)
      .orderBy('id')
      .execute();
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    staff = { userId: 7, username: 'tv', displayName: 'Thủ thư', role: 'staff', unitId: null, institutionId: net.lib };
    const history = [];
    for (let i = 0; i < 18; i++) {
      const period = `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      history.push({ institution: 'LIB-C1', dataElement: 'LIB_VISITS', period, value: 4800 + ((i * 37) % 400) });
      history.push({ institution: 'LIB-C1', dataElement: 'EVENTS', period, value: 1 + (i % 2) });
    }
    await writeValues(store.db, LOCAL_ADMIN, history);
    // named as an admin types them: without diacritics
    await createRule(store.db, LOCAL_ADMIN, {
      name: 'Số người tham gia không ít hơn số sự kiện',
      left: 'luot nguoi tham gia su kien',
      operator: '>=',
      right: 'su kien, hoat dong to chuc',
      importance: 'medium',
    });
    await createRule(store.db, LOCAL_ADMIN, {
      name: 'Sách bổ sung không quá nửa lượt phục vụ',
      left: 'LIB_NEW_ACQUISITIONS',
      operator: '<=',
      factor: 0.5,
      right: 'LIB_LOANS',
      importance: 'high',
      blocking: true,
    });
  });
  afterAll(() => store.close());

  it('60,000 visits where the norm is ~5,000: warned at the cell, nothing stored; dismissed without a comment: said so, nothing stored', async () => {
    const form = { 'v:LIB_VISITS:2024-07': '60.000', 'v:LIB_LOANS:2024-07': '6.500' };
    const first = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, form));
    expect(first).toBeInstanceOf(CheckedRefusal);
    expect([first.status, first.said.code, first.problems]).toEqual([422, 'E3124', []]);
    expect(first.warnings.map((w) => [w.element, w.period, w.kind, w.blocking, w.said.code])).toEqual([['LIB_VISITS', '2024-07', 'outlier', false, 'E3120']]);
    expect(first.warnings[0]!.said.vi).toMatch(/^Giá trị 60\.000 cao bất thường: 18 tháng trước đó của cơ sở thường trong khoảng [\d.]+ – [\d.]+\.$/);
    // all or nothing: the good cell beside it waits too
    expect((await valuesOf(store.db, net.lib, 2024)).get('LIB_LOANS')).toBeUndefined();
    expect((await valuesOf(store.db, net.lib, 2024)).get('LIB_VISITS')?.get('2024-07')).toBeUndefined();

    // the comment box shown and sent back empty (or blank): a problem of its own, at the box
    const dismissed = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, { ...form, 'n:LIB_VISITS:2024-07': '  \n ' }));
    expect(dismissed.problems.map((p) => [p.field, p.said.code])).toEqual([['n:LIB_VISITS:2024-07', 'E3125']]);
    expect(dismissed.warnings).toHaveLength(1);
    expect((await valuesOf(store.db, net.lib, 2024)).get('LIB_VISITS')?.get('2024-07')).toBeUndefined();
    expect(await notesOf(store.db, net.lib, 2024)).toEqual(new Map());
  });

  it('confirmed with a comment: the value and its comment stored together, who and when, each audited; not asked again', async () => {
    const form = { 'v:LIB_VISITS:2024-07': '60.000', 'v:LIB_LOANS:2024-07': '6.500', 'n:LIB_VISITS:2024-07': '  Ngày hội đọc sách\n\n\n\ncả tỉnh ' };
    expect(await saveEntryForm(store.db, staff, 'LIB-C1', 2024, form)).toMatchObject({ written: 2 });
    const values = await valuesOf(store.db, net.lib, 2024);
    expect([values.get('LIB_VISITS')?.get('2024-07'), values.get('LIB_LOANS')?.get('2024-07')]).toEqual([60_000, 6_500]);
    const note = (await notesOf(store.db, net.lib, 2024)).get('LIB_VISITS:2024-07');
    expect(note).toMatchObject({ comment: 'Ngày hội đọc sách\n\ncả tỉnh', followUp: false, confirmed: 'outlier' });
    expect(note?.setAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const noteAudit = await audits('value_note', 'LIB-C1:LIB_VISITS:2024-07');
    expect(noteAudit.map((a) => [a.action, a.user_id, JSON.parse(a.new_value!)])).toEqual([
      ['create', 7, { comment: 'Ngày hội đọc sách\n\ncả tỉnh', followUp: false, confirmed: 'outlier' }],
    ]);
    expect((await audits('data_value', 'LIB-C1:LIB_VISITS:2024-07')).map((a) => [a.action, Number(a.new_value)])).toEqual([['create', 60_000]]);
    // the next save of the same year leaves the confirmed figure alone
    expect(await saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:LIB_VISITS:2024-07': '60.000', 'v:LIB_VISITS:2024-08': '5.050' })).toMatchObject({
      written: 1,
    });
  });

  it('a broken rule: a warning at the changed cell, in words; confirmed by a comment like an outlier', async () => {
    const form = { 'v:EVENTS:2024-09': '3', 'v:EVENT_PARTICIPANTS:2024-09': '2' };
    const r = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, form));
    // EVENTS 3 is no outlier (its history is 1–2 a month, within the floor of 5); the rule is broken at the cell of its left side
    expect(r.warnings.map((w) => [w.element, w.kind, w.said.code])).toEqual([['EVENT_PARTICIPANTS', 'rule', 'E3122']]);
    expect(r.warnings[0]!.said.vi).toBe(
      'Số người tham gia không ít hơn số sự kiện: Lượt người tham gia sự kiện là 2, lẽ ra phải không nhỏ hơn Sự kiện, hoạt động tổ chức (3).',
    );
    await saveEntryForm(store.db, staff, 'LIB-C1', 2024, { ...form, 'n:EVENT_PARTICIPANTS:2024-09': 'Hai sự kiện trực tuyến không đếm người' });
    expect((await notesOf(store.db, net.lib, 2024)).get('EVENT_PARTICIPANTS:2024-09')).toMatchObject({ confirmed: 'rule' });
    // only the right side changed later: the warning sits at the changed cell
    const right = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:EVENTS:2024-09': '4' }));
    expect(right.warnings.map((w) => [w.element, w.period])).toEqual([['EVENTS', '2024-09']]);
  });

  it('a blocking rule refuses the save, a comment or not; the factor is said in words', async () => {
    const form = { 'v:LIB_LOANS:2024-10': '100', 'v:LIB_NEW_ACQUISITIONS:2024-10': '80', 'n:LIB_NEW_ACQUISITIONS:2024-10': 'Được tặng' };
    const r = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, form));
    expect([r.status, r.said.code]).toEqual([422, 'E3022']);
    expect(r.problems.map((p) => [p.field, p.said.code])).toEqual([['v:LIB_NEW_ACQUISITIONS:2024-10', 'E3123']]);
    expect(r.problems[0]!.said.vi).toContain('Bản sách, báo, tạp chí bổ sung mới là 80, phải không lớn hơn 0,5 lần Lượt sách báo phục vụ bạn đọc (100)');
    expect((await valuesOf(store.db, net.lib, 2024)).get('LIB_NEW_ACQUISITIONS')).toBeUndefined();
    await saveEntryForm(store.db, staff, 'LIB-C1', 2024, { ...form, 'v:LIB_NEW_ACQUISITIONS:2024-10': '50' });
    expect((await valuesOf(store.db, net.lib, 2024)).get('LIB_NEW_ACQUISITIONS')?.get('2024-10')).toBe(50);
  });

  it('bad cells and warnings together: both named, nothing stored; thousands separators and a no-break space still read', async () => {
    const r = await refusal(
      saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:LIB_VISITS:2024-11': '61\u00a0000', 'v:LIB_LOANS:2024-11': 'abc', 'v:LIB_LOANS:2024-12': '1.234' }),
    );
    expect(r.problems.map((p) => [p.field, p.said.code])).toEqual([['v:LIB_LOANS:2024-11', 'E3019']]);
    expect(r.warnings.map((w) => [w.element, w.period])).toEqual([['LIB_VISITS', '2024-11']]);
    const values = await valuesOf(store.db, net.lib, 2024);
    expect([values.get('LIB_VISITS')?.get('2024-11'), values.get('LIB_LOANS')?.get('2024-12')]).toEqual([undefined, undefined]);
  });
});
