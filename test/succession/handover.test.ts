import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { toPrincipal } from '../../src/accounts/users.ts';
import { mayWriteFor } from '../../src/network/access.ts';
import { reform } from './reform.ts';
import { applyHandover, handoverPreview } from '../../src/succession/handover.ts';

const TODAY = '2026-03-01';

async function refusal(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe.each(ENGINES)('handing an ended unit over to its successors (%s)', (engine) => {
  let store: Store;
  let ids: Awaited<ReturnType<typeof reform>>;
  let admin: Principal;
  const principalOf = async (username: string) =>
    toPrincipal(await store.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirstOrThrow());
  const unitOf = async (username: string) =>
    (await store.db.selectFrom('users').select('unit_id').where('username', '=', username).executeTakeFirstOrThrow()).unit_id;
  const handovers = async () => store.db.selectFrom('audit_log').selectAll().where('entity', '=', 'unit_handover').orderBy('id').execute();
  const auditCount = async () =>
    Number(
      (
        await store.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    store = await freshStore(engine);
    ids = await reform(store);
    admin = await principalOf('quantri');
  });
  afterAll(() => store?.close());

  it('previews who moves where, which institutions change unit from which date, which cycles close and drafts go', async () => {
    const [c1] = await handoverPreview(store.db, admin, ['C1'], TODAY);
    expect(c1!.successors.map((u) => u.name)).toEqual(['Xã Mới']);
    expect(c1!.users.map((u) => [u.username, u.role, u.to?.code])).toEqual([
      ['xem.mot', 'viewer', 'N1'],
      ['xa.mot', 'official', 'N1'],
    ]);
    expect(c1!.institutions).toMatchObject([{ code: 'LIB-C1', name: 'Thư viện xã Một', from: '2025-07-01', to: { code: 'N1' } }]);
    expect(c1!.cycles).toEqual([]);
    expect(c1!.drafts.map((d) => d.year)).toEqual([2026]);

    const [c3] = await handoverPreview(store.db, admin, ['C3'], TODAY);
    expect(c3!.successors.map((u) => u.code)).toEqual(['N2', 'N1']); // by name: Bình Minh, Mới
    expect(c3!.users.map((u) => [u.username, u.to])).toEqual([['xa.ba', null]]);
    expect(c3!.institutions.map((i) => [i.code, i.to])).toEqual([['SCH-C3', null]]);

    const [d1] = await handoverPreview(store.db, admin, ['D1'], TODAY);
    expect(d1!.cycles).toMatchObject([{ id: ids.y2026, year: 2026 }]);
    expect(d1!.institutions.map((i) => [i.code, i.to?.code])).toEqual([['LIB-D1', 'P9']]);

    const all = await handoverPreview(store.db, admin, 'all', TODAY);
    expect(all.map((h) => h.unit.code)).toEqual(['D1', 'C3', 'C1']); // by name: Huyện Một, Xã Ba, Xã Một
  });

  it('refuses anyone but an admin, a unit still in force, an unknown one', async () => {
    expect((await refusal(() => handoverPreview(store.db, undefined, ['C1'], TODAY))).status).toBe(403);
    const official = await principalOf('huyen.mot');
    expect((await refusal(() => applyHandover(store.db, official, ['C1'], {}, TODAY))).status).toBe(403);
    const inForce = await refusal(() => handoverPreview(store.db, admin, ['N1'], TODAY));
    expect([inForce.status, inForce.said.vi]).toEqual([409, 'Xã Mới vẫn đang hoạt động: chỉ bàn giao được đơn vị đã kết thúc.']);
    expect((await refusal(() => handoverPreview(store.db, admin, ['X9'], TODAY))).status).toBe(404);
  });

  it('needs a choice for each person and institution of a split unit, and changes nothing without one', async () => {
    const before = await auditCount();
    const missing = await refusal(() => applyHandover(store.db, admin, ['C3'], {}, TODAY));
    expect(missing.status).toBe(422);
    expect(missing.said.vi).toBe('Hãy chọn đơn vị kế tiếp cho 2 mục bên dưới (đơn vị cũ được chia cho nhiều nơi); chưa có gì thay đổi.');
    expect(missing.problems.map((p) => [p.field, p.said.vi])).toEqual([
      ['user:xa.ba', 'Chọn đơn vị kế tiếp mà UBND xã Ba chuyển sang.'],
      ['institution:SCH-C3', 'Chọn đơn vị kế tiếp mà Thư viện trường Ba chuyển sang.'],
    ]);
    const wrong = await refusal(() => applyHandover(store.db, admin, ['C3'], { users: { 'xa.ba': 'N9' }, institutions: { 'SCH-C3': 'N1' } }, TODAY));
    expect(wrong.problems.map((p) => p.said.vi)).toEqual(['"N9" không phải đơn vị kế tiếp của Xã Ba: chọn Xã Bình Minh, Xã Mới.']);
    expect(await unitOf('xa.ba')).toBe(ids.c3);
    expect(await auditCount()).toBe(before);

    const done = await applyHandover(store.db, admin, ['C3'], { users: { 'xa.ba': 'N2' }, institutions: { 'SCH-C3': 'N1' } }, TODAY);
    expect(done).toEqual({ units: 1, users: 1, institutions: 1, cycles: 0, drafts: 0 });
    expect(await unitOf('xa.ba')).toBe(ids.n2);
  });

  it('applies the rest at once: users, institutions from the day after the end, the cycle closed, the blank draft gone; audited', async () => {
    const db = store.db;
    const done = await applyHandover(db, admin, 'all', {}, TODAY);
    expect(done).toEqual({ units: 2, users: 3, institutions: 2, cycles: 1, drafts: 1 });
    expect([await unitOf('xa.mot'), await unitOf('xem.mot'), await unitOf('huyen.mot'), await unitOf('xa.moi')]).toEqual([ids.n1, ids.n1, ids.p9, ids.n1]);
    const lib = await db
      .selectFrom('institution_units as iu')
      .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
      .select(['iu.unit_id', 'iu.valid_from', 'iu.valid_to'])
      .where('i.code', '=', 'LIB-C1')
      .orderBy('iu.valid_from')
      .execute();
    expect(lib).toEqual([
      { unit_id: ids.c1, valid_from: '2000-01-01', valid_to: '2025-06-30' },
      { unit_id: ids.n1, valid_from: '2025-07-01', valid_to: null },
    ]);
    const cycles = await db.selectFrom('report_cycles').select(['id', 'closed_at', 'closed_by']).where('unit_id', '=', ids.d1).orderBy('year').execute();
    expect(cycles.map((c) => [c.id, c.closed_at === null, c.closed_by])).toEqual([
      [ids.y2024, true, null],
      [ids.y2026, false, admin.userId],
    ]);
    const reports = await db.selectFrom('reports').select('year').where('unit_id', '=', ids.c1).execute();
    expect(reports.map((r) => r.year)).toEqual([2024]); // the draft with text stays readable

    // the successor's official (xa.mot now) writes the library's 2026 data; the library's 2024 data stays with C1's past
    const xa = await principalOf('xa.mot');
    const libId = (await db.selectFrom('institutions').select('id').where('code', '=', 'LIB-C1').executeTakeFirstOrThrow()).id;
    expect(await mayWriteFor(db, xa, libId, '2026-01')).toBe(true);

    // who, when, what: one row per unit, one per change
    const rows = await handovers();
    expect(rows.map((r) => [r.entity_key, r.user_id])).toEqual([
      ['C3', admin.userId],
      ['D1', admin.userId],
      ['C1', admin.userId],
    ]);
    expect(JSON.parse(rows[2]!.new_value!)).toEqual({
      users: [
        { username: 'xem.mot', to: 'N1' },
        { username: 'xa.mot', to: 'N1' },
      ],
      institutions: [{ code: 'LIB-C1', to: 'N1', from: '2025-07-01' }],
      cycles: [],
      drafts: [2026],
    });
    const userRows = await db
      .selectFrom('audit_log')
      .select(['entity_key', 'old_value', 'new_value'])
      .where('entity', '=', 'user')
      .where('action', '=', 'update')
      .execute();
    expect(userRows.find((r) => r.entity_key === 'xa.mot')).toMatchObject({ old_value: '{"unit":"C1"}', new_value: '{"unit":"N1","handover":"C1"}' });
    expect(await db.selectFrom('audit_log').select('id').where('entity', '=', 'institution_unit').execute()).toHaveLength(3);
    const [last] = await handoverPreview(db, admin, ['C1'], TODAY);
    expect(last!.last).toMatchObject({ by: 'Quản trị' });
  });

  it('does nothing the second time: nothing left to preview, no change, no audit row', async () => {
    const before = await auditCount();
    expect(await handoverPreview(store.db, admin, 'all', TODAY)).toEqual([]);
    expect(await applyHandover(store.db, admin, 'all', {}, TODAY)).toEqual({ units: 0, users: 0, institutions: 0, cycles: 0, drafts: 0 });
    expect(await applyHandover(store.db, admin, ['C1', 'C3'], {}, TODAY)).toEqual({ units: 0, users: 0, institutions: 0, cycles: 0, drafts: 0 });
    expect(await auditCount()).toBe(before);
  });
});
