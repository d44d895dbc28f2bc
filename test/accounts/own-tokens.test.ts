import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOwnTokenUntil, revokeOwnToken } from '../../src/accounts/own-tokens.ts';
import { listApiTokens, principalForApiToken } from '../../src/accounts/sessions.ts';
import type { Principal } from '../../src/accounts/users.ts';
import type { Store } from '../../src/core/db/database.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { principalOf } from '../support/people.ts';
import { refusal } from '../support/refusal.ts';

/** Issue 19: a token made from the account page's form, with a name and an expiry date typed dd/mm/yyyy. */
describe.each(ENGINES)('own API tokens from the form on %s', (engine) => {
  let store: Store;
  let me: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
    me = await principalOf(store.db, 'canbo.hue');
  }, 120_000);
  afterAll(() => store?.close());

  const refused = (typed: { name: string; expires: string }) => refusal(makeOwnTokenUntil(store.db, me, typed, '2026-12-07'));

  it('refuses a missing name and a date that is no date, past, or more than a year away, each at its field; makes nothing', async () => {
    const before = (await listApiTokens(store.db, me.userId!)).length;
    const e = await refused({ name: '  ', expires: '31/02/2027' });
    expect(e.status).toBe(422);
    expect(e.problems.map((p) => [p.field, p.said.vi])).toEqual([
      ['name', 'Hãy đặt tên cho mã truy cập.'],
      ['expires', 'Nhập ngày hết hạn dạng ngày/tháng/năm, ví dụ 07/03/2027.'],
    ]);
    expect((await refused({ name: 'a', expires: '07/12/2026' })).problems[0]!.said.vi).toBe(
      'Ngày hết hạn phải sau hôm nay và không quá 365 ngày (đến 07/12/2027).',
    );
    expect((await refused({ name: 'a', expires: '08/12/2027' })).problems[0]!.field).toBe('expires');
    expect((await listApiTokens(store.db, me.userId!)).length).toBe(before);
  });

  it('makes a token that opens the API as its owner, expiring on the day typed; audited; revoked by its owner only', async () => {
    const made = await makeOwnTokenUntil(store.db, me, { name: ' Bảng tính tháng ', expires: '7/1/2027' }, '2026-12-07');
    expect(made.name).toBe('Bảng tính tháng');
    expect((await principalForApiToken(store.db, made.token))?.username).toBe('canbo.hue');
    const listed = (await listApiTokens(store.db, me.userId!)).find((t) => t.name === 'Bảng tính tháng')!;
    // 31 days from the day it was made (the test's "today" is 07/12/2026; the clock is the real one)
    expect(Date.parse(listed.expiresAt!) - Date.parse(listed.createdAt)).toBeCloseTo(31 * 86400_000, -4);
    const other = await principalOf(store.db, 'canbo.kontum');
    expect(await revokeOwnToken(store.db, other, listed.id)).toBe(0);
    expect(await revokeOwnToken(store.db, me, listed.id)).toBe(1);
    expect(await principalForApiToken(store.db, made.token)).toBeUndefined();
    const trail = await store.db.selectFrom('audit_log').select(['action', 'new_value', 'old_value']).where('entity', '=', 'api_token').orderBy('id').execute();
    expect(trail.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(trail[1]!.old_value!).name).toBe('Bảng tính tháng');
  });
});
