import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { nowIso } from '../../src/core/time.ts';
import { mayWriteFor } from '../../src/network/access.ts';
import { ensureCountYears } from '../../src/network/counts.ts';
import { setInstitutionAttribute } from '../../src/network/directory.ts';
import { attributesOf, createInstitution, moveInstitution } from '../../src/network/institutions.ts';
import { saveEntryAttributes, saveEntryForm, valuesOf } from '../../src/statistics/entry.ts';
import { takeValues } from '../../src/statistics/values.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { givenValues } from '../support/values.ts';

const who = (role: Principal['role'], unitId: number | null, institutionId: number | null = null): Principal => ({
  userId: null,
  username: role,
  displayName: role,
  role,
  unitId,
  institutionId,
});

/**
 * Issue 24, finding 5: the official of a commune dissolved on 2025-06-30 (C1) kept writing the data of its
 * library after the library moved to the new commune (N1). Every write path asks one question,
 * `mayWriteFor(person, institution, period)`, answered on the dated map.
 */
describe.each(ENGINES)('writing follows the dated map on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let oldCommune: Principal;
  let newCommune: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    oldCommune = who('official', net.c1);
    newCommune = who('official', net.n1);
    // stored values of the library in 2024 (old commune) and 2026 (new commune), written by an admin
    await givenValues(store.db, [
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-01', value: 280 },
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2026-02', value: 306 },
      { institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2024-05', value: 12 },
    ]);
  });
  afterAll(() => store?.close());

  it('an official writes the periods when the institution lay in their unit, as that unit stood then', async () => {
    expect(await mayWriteFor(store.db, oldCommune, net.lib, 2024)).toBe(true);
    expect(await mayWriteFor(store.db, oldCommune, net.lib, '2025-06')).toBe(true);
    expect(await mayWriteFor(store.db, oldCommune, net.lib, '2025-07')).toBe(false);
    expect(await mayWriteFor(store.db, oldCommune, net.lib, 2026)).toBe(false);
    expect(await mayWriteFor(store.db, oldCommune, net.lib, '2026-12-06')).toBe(false);
    expect(await mayWriteFor(store.db, oldCommune, net.lib)).toBe(false); // today
    expect(await mayWriteFor(store.db, newCommune, net.lib, 2026)).toBe(true);
    expect(await mayWriteFor(store.db, newCommune, net.lib, 2024)).toBe(false);
    expect(await mayWriteFor(store.db, newCommune, net.lib)).toBe(true);
    // the old district writes its past, not the present
    expect(await mayWriteFor(store.db, who('official', net.d1), net.dlib, 2024)).toBe(true);
    expect(await mayWriteFor(store.db, who('official', net.d1), net.lib, 2026)).toBe(false);
    // staff: their institution, any period; viewers and citizens never; admins always
    expect(await mayWriteFor(store.db, who('staff', null, net.lib), net.lib, 2026)).toBe(true);
    expect(await mayWriteFor(store.db, who('staff', null, net.lib), net.school, 2026)).toBe(false);
    expect(await mayWriteFor(store.db, who('viewer', net.vn), net.lib, 2026)).toBe(false);
    expect(await mayWriteFor(store.db, who('admin', null), net.lib, 2026)).toBe(true);
  });

  it("the entry form's empty cells clear values only under access: the dissolved commune's official is refused, nothing removed", async () => {
    const form = { 'v:LIB_VISITS:2026-01': '', 'v:LIB_VISITS:2026-02': '' };
    await expect(saveEntryForm(store.db, oldCommune, 'LIB-C1', 2026, form)).rejects.toMatchObject({ status: 403, said: { code: 'E2027' } });
    expect((await valuesOf(store.db, net.lib, 2026)).get('LIB_VISITS')).toEqual(
      new Map([
        ['2026-01', 280],
        ['2026-02', 306],
      ]),
    );
    // a value written is refused the same way
    await expect(saveEntryForm(store.db, oldCommune, 'LIB-C1', 2026, { 'v:LIB_VISITS:2026-03': '5' })).rejects.toMatchObject({ status: 403 });
  });

  it('a form of a year the institution moved in clears only the months the official answers for', async () => {
    await takeValues(store.db, [{ row: 1, institution: 'LIB-C1', dataElement: 'LIB_VISITS', period: '2025-08', value: 9 }], {
      userId: null,
      canWrite: () => true,
      audit: 'each',
      source: 'test',
    });
    await expect(saveEntryForm(store.db, oldCommune, 'LIB-C1', 2025, { 'v:LIB_VISITS:2025-08': '' })).rejects.toMatchObject({ status: 403 });
    expect((await valuesOf(store.db, net.lib, 2025)).get('LIB_VISITS')?.get('2025-08')).toBe(9);
    // the new commune's official clears it: empty cells remain how a value is cleared
    expect((await saveEntryForm(store.db, newCommune, 'LIB-C1', 2025, { 'v:LIB_VISITS:2025-08': '' })).removed).toBe(1);
    expect((await valuesOf(store.db, net.lib, 2025)).get('LIB_VISITS')?.has('2025-08') ?? false).toBe(false);
  });

  it('status attributes: the API and the form refuse a year outside the official, accept one inside', async () => {
    const set = { attribute: 'provides_lll', year: 2026, value: true, evidence: 'x' };
    await expect(setInstitutionAttribute(store.db, oldCommune, 'LIB-C1', set)).rejects.toMatchObject({ status: 403, said: { code: 'E2027' } });
    await expect(saveEntryAttributes(store.db, oldCommune, 'LIB-C1', 2026, { 'a:provides_lll': '1' })).rejects.toMatchObject({ status: 403 });
    expect((await attributesOf(store.db, net.lib, 2026)).find((a) => a.code === 'provides_lll')?.value ?? null).toBe(null);
    await setInstitutionAttribute(store.db, oldCommune, 'LIB-C1', { ...set, year: 2024 });
    await setInstitutionAttribute(store.db, newCommune, 'LIB-C1', set);
    expect((await attributesOf(store.db, net.lib, 2026)).find((a) => a.code === 'provides_lll')?.value).toBe(1);
  });

  it("finding 6: an approved report's lock covers status attributes: 409 with the values' message, the locked year's count unmoved", async () => {
    // the old district's 2024 report approved: its subtree's 2024 data locked
    await ensureCountYears(store.db, [2024]);
    await store.db.insertInto('data_locks').values({ unit_id: net.d1, year: 2024, report_id: null, locked_by: null, locked_at: nowIso() }).execute();
    const admin = who('admin', null);
    const set = { attribute: 'meets_standard', year: 2024, value: true, evidence: 'đạt chuẩn' };
    const locked = setInstitutionAttribute(store.db, admin, 'LIB-D1', set);
    await expect(locked).rejects.toMatchObject({ status: 409, said: { code: 'E3050' } });
    await expect(saveEntryAttributes(store.db, admin, 'LIB-D1', 2024, { 'a:meets_standard': '1' })).rejects.toMatchObject({ status: 409 });
    expect((await attributesOf(store.db, net.dlib, 2024)).find((a) => a.code === 'meets_standard')?.value ?? null).toBe(null);
    const n = await store.db
      .selectFrom('agg_counts')
      .select('n')
      .where('unit_id', '=', net.d1)
      .where('year', '=', 2024)
      .where('attribute', '=', 'meets_standard')
      .executeTakeFirst();
    expect(Number(n?.n ?? 0)).toBe(0);
    // another year, and the same year of a unit outside the lock, still move
    await setInstitutionAttribute(store.db, admin, 'LIB-D1', { ...set, year: 2023 });
    await setInstitutionAttribute(store.db, admin, 'LIB-C1', { ...set, year: 2026 });
  });

  it("the lock covers the registry's counts too: no move nor registration dated in a locked year", async () => {
    const units = () => store.db.selectFrom('institution_units').select(['unit_id', 'valid_from', 'valid_to']).where('institution_id', '=', net.dlib).execute();
    const before = await units();
    await expect(moveInstitution(store.db, net.dlib, net.n1, '2024-07-01', null)).rejects.toMatchObject({ status: 409, said: { code: 'E3050' } });
    expect(await units()).toEqual(before);
    const inst = { name: 'Tủ sách thôn', kind: 'book_cabinet', ownership: 'public' as const, unitId: net.c1 };
    await expect(createInstitution(store.db, { ...inst, code: 'TS-C1', since: '2024-03-01' }, null)).rejects.toMatchObject({ status: 409 });
    expect(await store.db.selectFrom('institutions').select('id').where('code', '=', 'TS-C1').executeTakeFirst()).toBeUndefined();
    await createInstitution(store.db, { ...inst, code: 'TS-C1', since: '2025-01-01' }, null);
  });
});
