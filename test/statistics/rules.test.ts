import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { LOCAL_ADMIN, type Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { createRule, deleteRule, listRules, ruleJson, type NewRule } from '../../src/statistics/rules.ts';

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

const museumRule: NewRule = {
  name: 'Khách học sinh không vượt tổng lượt khách',
  left: 'luot khach la hoc sinh, sinh vien',
  operator: '<=',
  right: 'Lượt khách tham quan bảo tàng',
  importance: 'high',
  blocking: true,
};

/** Validation rules: admins make and delete them (audited), each side a data element picked by its name. */
describe.each(ENGINES)('validation rules on %s', (engine) => {
  let store: Store;
  const admin: Principal = { ...LOCAL_ADMIN, userId: 1 };
  const official: Principal = { userId: 2, username: 'cb', displayName: 'Cán bộ', role: 'official', unitId: null, institutionId: null };
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(() => store.close());

  it('an admin adds a rule naming the elements without diacritics; it is listed by code, most important first; audited', async () => {
    await createRule(store.db, admin, { name: 'Tham gia ≥ sự kiện', left: 'EVENT_PARTICIPANTS', operator: '>=', right: 'EVENTS', importance: 'low' });
    const made = await createRule(store.db, admin, museumRule);
    expect(ruleJson(made)).toEqual({
      id: made.id,
      name: 'Khách học sinh không vượt tổng lượt khách',
      left: 'MUS_STUDENT_VISITORS',
      operator: '<=',
      right: 'MUS_VISITORS',
      factor: 1,
      importance: 'high',
      blocking: true,
    });
    expect((await listRules(store.db)).map((r) => [r.left.code, r.importance])).toEqual([
      ['MUS_STUDENT_VISITORS', 'high'],
      ['EVENT_PARTICIPANTS', 'low'],
    ]);
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'new_value'])
      .where('entity', '=', 'validation_rule')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.user_id, JSON.parse(a.new_value!).left])).toEqual([
      ['create', 1, 'EVENT_PARTICIPANTS'],
      ['create', 1, 'MUS_STUDENT_VISITORS'],
    ]);
  });

  it('only admins make or delete rules', async () => {
    expect((await refusal(createRule(store.db, official, museumRule))).status).toBe(403);
    const [rule] = await listRules(store.db);
    expect((await refusal(deleteRule(store.db, official, rule!.id))).status).toBe(403);
  });

  it('each problem at its field: no name, an element unknown or ambiguous, the same element twice, month against year, a bad factor or importance', async () => {
    const r = await refusal(createRule(store.db, admin, { name: ' ', left: 'luot khach', operator: '≤', right: 'khong co', factor: 0, importance: 'urgent' }));
    expect([r.status, r.said.code]).toEqual([422, 'E3101']);
    expect(r.problems.map((p) => [p.field, p.said.code])).toEqual([
      ['name', 'E3102'],
      ['left', 'E3106'],
      ['right', 'E3105'],
      ['operator', 'E3109'],
      ['factor', 'E3110'],
      ['importance', 'E3111'],
    ]);
    expect(r.problems[1]!.said.vi).toContain('Lượt khách tham quan bảo tàng; Lượt khách là học sinh, sinh viên');
    const same = await refusal(createRule(store.db, admin, { ...museumRule, right: 'MUS_STUDENT_VISITORS' }));
    expect(same.problems.map((p) => [p.field, p.said.code])).toEqual([['right', 'E3107']]);
    const types = await refusal(createRule(store.db, admin, { ...museumRule, right: 'LIB_HOLDINGS' }));
    expect(types.problems.map((p) => [p.field, p.said.code])).toEqual([['right', 'E3108']]);
    expect(await listRules(store.db)).toHaveLength(2);
  });

  it('an admin deletes a rule (audited with what it was); an unknown one is a 404', async () => {
    const [rule] = await listRules(store.db);
    await deleteRule(store.db, admin, rule!.id);
    expect((await listRules(store.db)).map((r) => r.id)).not.toContain(rule!.id);
    const last = await store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value'])
      .where('entity', '=', 'validation_rule')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect([last.action, JSON.parse(last.old_value!).name]).toEqual(['delete', rule!.name]);
    expect((await refusal(deleteRule(store.db, admin, rule!.id))).status).toBe(404);
  });
});
