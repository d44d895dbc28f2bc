import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { checkin, checkout } from '../../src/library/circulation.ts';
import { effectiveRules, NETWORK, removeRule, ruleFor, setRule } from '../../src/library/loan-rules.ts';
import { placeHold } from '../../src/library/holds.ts';
import { itemByBarcode } from '../../src/library/items.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

describe.each(ENGINES)('loan rules matrix on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  const desk = (at = '2026-05-04T09:00:00.000Z') => ({ institutionId: net.lib, userId: null, at });
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'R-0001', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'student' }, null, '2026-01-10');
    await registerPatron(store.db, { cardNumber: 'R-0002', institutionId: net.lib, name: 'Vũ Văn Long', category: 'elderly' }, null, '2026-01-10');
  });
  afterAll(() => store.close());

  it('takes the most specific rule whole: library and category, library *, network and category, network *, default', async () => {
    expect((await ruleFor(store.db, net.lib, 'student')).loanDays).toBe(14);
    await setRule(store.db, NETWORK, '*', { loanDays: 21, maxLoans: 4, maxRenewals: 1, holdDays: 5 }, null);
    await setRule(store.db, NETWORK, 'student', { loanDays: 30, maxLoans: 6, maxRenewals: 3 }, null);
    await setRule(store.db, net.lib, '*', { loanDays: 10, maxLoans: 3, maxRenewals: 0, holdDays: 3, finesFree: true }, null);
    const rules = await effectiveRules(store.db, net.lib, ['*', 'student', 'elderly']);
    expect(rules.map((r) => [r.category, r.source, r.loanDays, r.holdDays, r.finesFree, r.own])).toEqual([
      ['*', 'library', 10, 3, true, true],
      ['student', 'library', 10, 3, true, false],
      ['elderly', 'library', 10, 3, true, false],
    ]);
    expect((await effectiveRules(store.db, net.dlib, ['student', 'elderly'])).map((r) => [r.source, r.loanDays, r.holdDays])).toEqual([
      ['network', 30, 7],
      ['network', 21, 5],
    ]);
    await setRule(store.db, net.lib, 'elderly', { loanDays: 28, maxLoans: 2, maxRenewals: 2, holdDays: 10 }, 1);
    // the checkout reads the same precedence in its one query
    expect((await checkout(store.db, 'VN-0001', 'R-0002', desk())).dueAt).toBe('2026-06-01');
    expect((await checkout(store.db, 'VN-0002', 'R-0001', desk())).dueAt).toBe('2026-05-14');
    await expect(checkout(store.db, 'VN-0004', 'R-0001', desk())).resolves.toBeTruthy();
    await expect(checkout(store.db, 'VN-0006', 'R-0001', desk())).resolves.toBeTruthy();
    await expect(checkout(store.db, 'VN-0008', 'R-0001', desk())).rejects.toMatchObject({
      status: 409,
      said: expect.objectContaining({ en: expect.stringMatching(/maximum of 3 loans/) }),
    });
    const audit = await store.db
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'new_value'])
      .where('entity', '=', 'lib_loan_rule')
      .where('entity_key', '=', `${net.lib}:elderly`)
      .execute();
    expect(audit).toEqual([
      { user_id: 1, action: 'create', new_value: JSON.stringify({ loanDays: 28, maxLoans: 2, maxRenewals: 2, holdDays: 10, finesFree: false }) },
    ]);
  });

  it('sets a returned copy aside for the waiting reader until the rule’s hold pickup period ends', async () => {
    const rec = (await itemByBarcode(store.db, 'VN-0001')).recordId;
    const waiting = await store.db.selectFrom('lib_patrons').select('id').where('card_number', '=', 'R-0002').executeTakeFirstOrThrow();
    await checkin(store.db, 'VN-0002', desk());
    await placeHold(store.db, rec, waiting.id, net.lib, null);
    const back = await checkin(store.db, 'VN-0001', desk('2026-05-20T15:00:00.000Z'));
    expect(back).toMatchObject({ heldFor: 'Vũ Văn Long', heldUntil: '2026-05-30' });
    expect(await store.db.selectFrom('lib_holds').select(['status', 'expires_at']).where('patron_id', '=', waiting.id).executeTakeFirstOrThrow()).toEqual({
      status: 'ready',
      expires_at: '2026-05-30',
    });
    expect((await itemByBarcode(store.db, 'VN-0001')).status).toBe('on-hold');
  });

  it('refuses a bad rule naming each field (vi and en), and removes a rule with an audit entry', async () => {
    const bad = setRule(store.db, net.lib, 'child', { loanDays: 0, maxLoans: -1, maxRenewals: 2.5, holdDays: 'x' }, null);
    await expect(bad).rejects.toMatchObject({ status: 422, message: 'Quy định mượn không hợp lệ.' });
    const problems = await bad.then(
      () => [] as { field: string; said: { code: string; en: string } }[],
      (e: { problems: { field: string; said: { code: string; en: string } }[] }) => e.problems,
    );
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['loanDays', 'maxLoans', 'maxRenewals', 'holdDays']));
    expect(problems.find((p) => p.field === 'maxLoans')?.said).toMatchObject({ code: 'E6085', en: 'Maximum loans: 0–1000.' });
    expect(
      await store.db.selectFrom('lib_loan_rules').select('category').where('institution_id', '=', net.lib).where('category', '=', 'child').executeTakeFirst(),
    ).toBeUndefined();
    expect(await removeRule(store.db, net.lib, 'elderly', 1)).toBe(true);
    expect(await removeRule(store.db, net.lib, 'elderly', 1)).toBe(false);
    expect((await ruleFor(store.db, net.lib, 'elderly')).loanDays).toBe(10);
    const del = await store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value'])
      .where('entity', '=', 'lib_loan_rule')
      .where('action', '=', 'delete')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(del.old_value!)).toMatchObject({ loanDays: 28 });
  });
});
