import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { addInstitution, institutionRecord, searchInstitutions } from '../../src/network/institution-admin.ts';
import { changeInstitution } from '../../src/network/institution-edits.ts';
import { patchInstitution } from '../../src/network/institution-patch.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { givenValues } from '../support/values.ts';
import { ADMIN, auditTrail } from '../support/people.ts';
import { refusedFields } from '../support/refusal.ts';

const official = (unitId: number): Principal => ({ userId: null, username: 'o', displayName: 'O', role: 'official', unitId, institutionId: null });

describe.each(ENGINES)('the administration of institutions on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const audits = (key: string) => auditTrail(store.db, key);
  const memberships = async (code: string) =>
    store.db
      .selectFrom('institution_units as iu')
      .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
      .innerJoin('units as u', 'u.id', 'iu.unit_id')
      .select(['u.code', 'iu.valid_from', 'iu.valid_to'])
      .where('i.code', '=', code)
      .orderBy('iu.valid_from')
      .execute();

  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    await givenValues(store.db, [
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-01', value: 280 },
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-02', value: 306 },
    ]);
  });
  afterAll(() => store?.close());

  it('creates an institution with its contact, opening hours and location, audited', async () => {
    await addInstitution(store.db, ADMIN, {
      code: 'MUS-N1',
      name: 'Bảo tàng xã Mới',
      kind: 'museum_public',
      ownership: 'public',
      address: 'Thôn Đông',
      contact: '0203 123 456',
      openingHours: 'Thứ Hai – Thứ Sáu',
      latitude: 21.0285,
      longitude: 105.8542,
      unitId: net.n1,
      since: '2025-08-01',
    });
    const r = await institutionRecord(store.db, ADMIN, 'MUS-N1');
    expect(r).toMatchObject({ contact: '0203 123 456', openingHours: 'Thứ Hai – Thứ Sáu', latitude: 21.0285, longitude: 105.8542, closedOn: null });
    expect(r?.history).toEqual([{ unitId: net.n1, unitName: 'Xã Mới', from: '2025-08-01', to: null }]);
    expect((await audits('MUS-N1')).map((a) => a.entity)).toEqual(['institution']);
    // found by its name typed without diacritics
    expect((await searchInstitutions(store.db, ADMIN, 'bao tang xa moi')).rows.map((x) => x.code)).toEqual(['MUS-N1']);
  });

  it('refuses a new institution in a unit that did not exist on its first day, a taken code and a latitude off the globe, storing nothing', async () => {
    const r = await refusedFields(
      addInstitution(store.db, ADMIN, {
        code: 'LIB-C1',
        name: 'Thư viện mới',
        kind: 'library_community',
        ownership: 'public',
        latitude: 95,
        unitId: net.n1,
        since: '2025-01-01',
      }),
    );
    expect(r).toEqual({ status: 422, fields: { code: 'E2013', latitude: 'E2062', since: 'E2064' } });
    expect(await store.db.selectFrom('institutions').select('id').where('name', '=', 'Thư viện mới').execute()).toEqual([]);
  });

  it('edits the details, keeping the old values in the audit', async () => {
    await changeInstitution(store.db, ADMIN, 'LIB-D1', { name: 'Thư viện huyện Một (mới)', contact: 'thuvien@example.vn', latitude: 20.5 });
    const r = await institutionRecord(store.db, ADMIN, 'LIB-D1');
    expect(r).toMatchObject({ name: 'Thư viện huyện Một (mới)', contact: 'thuvien@example.vn', latitude: 20.5 });
    const a = (await audits('LIB-D1')).at(-1);
    expect(a).toMatchObject({ entity: 'institution', old: { name: 'Thư viện huyện Một', contact: null }, new: { name: 'Thư viện huyện Một (mới)' } });
  });

  it('refuses a move to a unit that did not exist on that day, changing nothing', async () => {
    const before = await memberships('LIB-D1');
    const r = await refusedFields(changeInstitution(store.db, ADMIN, 'LIB-D1', { move: { unitId: net.n1, from: '2025-03-01' } }));
    expect(r).toEqual({ status: 422, fields: { from: 'E2064' } });
    expect(await memberships('LIB-D1')).toEqual(before);
    expect((await audits('LIB-D1')).at(-1)?.entity).toBe('institution');
  });

  it('moves an institution from a day: the membership before ends the day before, history kept, audited', async () => {
    await changeInstitution(store.db, ADMIN, 'LIB-D1', { move: { unitId: net.n1, from: '2025-07-01' } });
    expect(await memberships('LIB-D1')).toEqual([
      { code: 'D1', valid_from: '2000-01-01', valid_to: '2025-06-30' },
      { code: 'N1', valid_from: '2025-07-01', valid_to: null },
    ]);
    const moved = (await audits('LIB-D1')).at(-1);
    expect(moved).toMatchObject({ entity: 'institution_unit', old: { unitId: net.d1 }, new: { unitId: net.n1, from: '2025-07-01' } });
  });

  it('refuses closing an institution that has values after the closing day, with the reason, changing nothing', async () => {
    const r = await refusedFields(changeInstitution(store.db, ADMIN, 'LIB-C1', { close: { on: '2026-01-15' } }));
    expect(r).toEqual({ status: 422, fields: { closedOn: 'E2066' } });
    const row = await store.db.selectFrom('institutions').select('closed_on').where('code', '=', 'LIB-C1').executeTakeFirstOrThrow();
    expect(row.closed_on).toBeNull();
    expect((await memberships('LIB-C1')).at(-1)?.valid_to).toBeNull();
  });

  it('closes an institution from a day after its last values: no unit from then, audited; then it can no longer move', async () => {
    await changeInstitution(store.db, ADMIN, 'LIB-C1', { close: { on: '2026-03-01' } });
    expect((await memberships('LIB-C1')).at(-1)).toEqual({ code: 'N1', valid_from: '2025-07-01', valid_to: '2026-02-28' });
    expect((await institutionRecord(store.db, ADMIN, 'LIB-C1'))?.closedOn).toBe('2026-03-01');
    expect((await audits('LIB-C1')).at(-1)).toMatchObject({ entity: 'institution_closure', new: { closedOn: '2026-03-01' } });
    expect(await refusedFields(changeInstitution(store.db, ADMIN, 'LIB-C1', { move: { unitId: net.n1, from: '2026-06-01' } }))).toMatchObject({
      fields: { unit: 'E2068' },
    });
  });

  it('lets an official manage the institutions of their subtree only', async () => {
    // an official of the new commune changes the school in it, but may not move it to a unit above the commune
    await changeInstitution(store.db, official(net.n1), 'SCH-C2', { openingHours: '7:00 – 11:00' });
    expect(await refusedFields(changeInstitution(store.db, official(net.n1), 'SCH-C2', { move: { unitId: net.p9, from: '2025-08-01' } }))).toMatchObject({
      fields: { unit: 'E2072' },
    });
    // an official of the old commune C2 no longer manages it (it lies in N1 now)
    expect(await refusedFields(changeInstitution(store.db, official(net.c2), 'SCH-C2', { name: 'Thư viện khác' }))).toMatchObject({ status: 403 });
    expect((await searchInstitutions(store.db, official(net.c2), '')).rows).toEqual([]);
  });

  it('takes a move by unit code and a closing day from the API', async () => {
    const r = await refusedFields(patchInstitution(store.db, ADMIN, 'MUS-N1', { move: { unit: 'NOPE', from: '2026-01-01' } }));
    expect(r).toEqual({ status: 422, fields: { unit: 'E2002' } });
    expect(await refusedFields(patchInstitution(store.db, ADMIN, 'MUS-N1', { closedOn: '2026-02-30' }))).toEqual({
      status: 422,
      fields: { closedOn: 'E2069' },
    });
    await patchInstitution(store.db, ADMIN, 'MUS-N1', { closedOn: '2026-02-01' });
    expect((await institutionRecord(store.db, ADMIN, 'MUS-N1'))?.closedOn).toBe('2026-02-01');
  });
});
