import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { refusal } from '../support/refusal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { LOCAL_ADMIN, type Principal } from '../../src/core/auth/principal.ts';
import { builtinMapPath, importUnitsFile } from '../../src/network/map-import.ts';
import { loadBuiltinMap, previewBuiltinMap } from '../../src/network/map-preview.ts';
import { placeRecord, placeTree, searchPlaces } from '../../src/network/place-admin.ts';
import { editPopulation, importPopulation } from '../../src/network/population.ts';
import { findUnit } from '../../src/network/units.ts';

const admin = LOCAL_ADMIN;

describe.each(ENGINES)('places administration over the real maps on %s', (engine) => {
  let store: Store;
  let official: Principal;
  const population = async (code: string, year: number) =>
    (
      await store.db
        .selectFrom('unit_population as p')
        .innerJoin('units as u', 'u.id', 'p.unit_id')
        .select('p.total')
        .where('u.code', '=', code)
        .where('p.year', '=', year)
        .executeTakeFirst()
    )?.total ?? null;
  const rows = async () =>
    Number(
      (
        await store.db
          .selectFrom('unit_population')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    store = await freshStore(engine);
    for (const map of ['2025-06', '2025-07'] as const) await importUnitsFile(store.db, builtinMapPath(map));
    const hue = (await findUnit(store.db, '46'))!;
    official = { userId: null, username: 'canbo', displayName: 'Cán bộ Huế', role: 'official', unitId: hue.id, institutionId: null };
  }, 240_000);
  afterAll(() => store.close());

  it('previews the merger list without writing it, then an admin loads it (others may not)', async () => {
    const preview = await previewBuiltinMap(store.db, admin, 'mergers');
    expect(preview.merged.n).toBeGreaterThan(10_000);
    expect(preview.added.n).toBe(0);
    expect(preview.merged.sample.length).toBe(10);
    const links = async () =>
      Number(
        (
          await store.db
            .selectFrom('unit_successors')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await links()).toBe(0);
    expect((await refusal(previewBuiltinMap(store.db, official, 'mergers'))).status).toBe(403);
    expect((await refusal(loadBuiltinMap(store.db, official, 'mergers'))).status).toBe(403);
    expect((await refusal(loadBuiltinMap(store.db, admin, 'nowhere'))).status).toBe(404);
    await loadBuiltinMap(store.db, admin, 'mergers');
    expect(await links()).toBeGreaterThan(10_000);
    // loaded again, nothing would change
    const again = await previewBuiltinMap(store.db, admin, '2025-07');
    expect([again.added.n, again.ended.n, again.renamed.n, again.merged.n, again.recoded]).toEqual([0, 0, 0, 0, 0]);
  }, 240_000);

  it('browses the map at a day: 63 provinces on 30/06/2025, 34 from 01/07/2025, each with its communes counted', async () => {
    const before = await placeTree(store.db, admin, undefined, '2025-06-30');
    const after = await placeTree(store.db, admin, undefined, '2025-07-01');
    expect(before.unit.code).toBe('VN');
    expect(before.children.filter((c) => c.unit.level === 'province')).toHaveLength(63);
    expect(after.children.filter((c) => c.unit.level === 'province')).toHaveLength(34);
    const newHue = after.children.find((c) => c.unit.code === '46')!;
    expect(newHue.below).toEqual([{ level: 'commune', n: 40 }]);
    const oldHue = before.children.find((c) => c.unit.code === '46-2025')!;
    expect(oldHue.below.map((b) => b.level)).toEqual(['district']);
    // an official starts at their own unit and cannot open the nation
    expect((await placeTree(store.db, official, undefined, '2025-07-01')).unit.code).toBe('46');
    expect((await refusal(placeTree(store.db, official, 'VN', '2025-07-01'))).status).toBe(403);
    // before the reform, the official's province did not exist: the tree offers the province it was formed from
    const then = await placeTree(store.db, official, undefined, '2025-06-30');
    expect([then.inForce, then.children.length, then.formedFrom.map((c) => c.unit.code)]).toEqual([false, 0, ['46-2025']]);
    const oldProvince = await placeTree(store.db, official, '46-2025', '2025-06-30');
    expect([oldProvince.path, oldProvince.children.every((c) => c.unit.level === 'district')]).toEqual([[], true]);
    expect((await refusal(placeTree(store.db, official, '01', '2025-07-01'))).status).toBe(403);
  });

  it('finds units by name without diacritics on the day asked, an official only within their unit', async () => {
    const old = await searchPlaces(store.db, admin, 'vy da', '2025-06-30');
    const now = await searchPlaces(store.db, admin, 'vy da', '2025-07-01');
    expect(old.places.map((p) => p.code)).toContain('19777-2025');
    expect(now.places.map((p) => p.code)).toEqual(['19777']);
    expect((await searchPlaces(store.db, official, 'vy da', '2025-07-01')).places.map((p) => p.code)).toEqual(['19777']);
    expect((await searchPlaces(store.db, official, 'ba dinh', '2025-07-01')).places).toEqual([]);
  });

  it("shows a unit's lineage both ways, each with its dates", async () => {
    const now = await placeRecord(store.db, admin, '19777');
    expect(now.unit.validFrom).toBe('2025-07-01');
    expect(now.parent?.code).toBe('46');
    expect(now.predecessors.map((l) => l.unit.code)).toContain('19777-2025');
    expect(now.successors).toEqual([]);
    const old = await placeRecord(store.db, admin, '19777-2025');
    expect(old.unit.validTo).toBe('2025-06-30');
    expect(old.successors.map((l) => [l.unit.code, l.unit.validFrom])).toEqual([['19777', '2025-07-01']]);
    expect((await refusal(placeRecord(store.db, official, '00001'))).status).toBe(403);
  });

  it('sets a population typed the Vietnamese way, audited; refuses bad figures, years and double counts at their fields', async () => {
    const change = await editPopulation(store.db, official, '19777', { year: '2026', total: '12.345' });
    expect(change.old).toBeNull();
    expect(await population('19777', 2026)).toBe(12345);
    const audited = await store.db.selectFrom('audit_log').select(['entity_key', 'new_value']).where('entity', '=', 'unit_population').execute();
    expect(audited.map((a) => [a.entity_key, JSON.parse(a.new_value!).total])).toEqual([['19777/2026', 12345]]);

    const bad = await refusal(editPopulation(store.db, official, '19777', { year: '2026', total: '12,5' }));
    expect([bad.status, bad.problems.map((p) => [p.field, p.said.code])]).toEqual([422, [['total', 'E2102']]]);
    const early = await refusal(editPopulation(store.db, official, '19777', { year: '2024', total: '100' }));
    expect(early.problems.map((p) => [p.field, p.said.code])).toEqual([['year', 'E2104']]);
    // the province above has figures below it that year: its own would count twice
    const twice = await refusal(editPopulation(store.db, official, '46', { year: 2026, total: 1_000_000 }));
    expect(twice.problems.map((p) => [p.field, p.said.code])).toEqual([['total', 'E2106']]);
    expect(twice.problems[0]!.said.vi).toContain('Phường Vỹ Dạ');
    // the old ward that merged into it, the same year: counted twice through the succession
    await editPopulation(store.db, admin, '19777', { year: 2025, total: 1000 });
    const merged = await refusal(editPopulation(store.db, admin, '19777-2025', { year: 2025, total: 500 }));
    expect(merged.problems.map((p) => [p.field, p.said.code])).toEqual([['total', 'E2105']]);
    await editPopulation(store.db, admin, '19777', { year: 2025, total: null });
    // outside the official's unit
    expect((await refusal(editPopulation(store.db, official, '00001', { year: 2026, total: 5 }))).status).toBe(403);
    expect(await population('46', 2026)).toBeNull();
    // emptied: removed
    await editPopulation(store.db, official, '19777', { year: '2026', total: '' });
    expect(await population('19777', 2026)).toBeNull();
  });

  it('imports a population file whole, after a dry run; one bad row refuses it all, each problem by row and column', async () => {
    const good = 'Mã đơn vị;Năm;Dân số\n19777;2026;23.456\nphuong kim long;2026;"40.001"\n';
    const dry = await importPopulation(store.db, official, good, { apply: false });
    expect(dry.changes.map((c) => [c.row, c.unit.code, c.total, c.old])).toEqual([
      [2, '19777', 23456, null],
      [3, '19774', 40001, null],
    ]);
    expect(await rows()).toBe(0);

    const before = await rows();
    const bad = 'ten don vi,nam,dan so\nvy da,2026,1.000\nKhông có,2026,5\nvy da,2026,7\n19777,20x6,3\n';
    const e = await refusal(importPopulation(store.db, official, bad, { apply: true }));
    expect(e.status).toBe(422);
    expect(e.problems.map((p) => [p.row, p.field, p.said.code])).toEqual([
      [3, 'ten don vi', 'E2111'],
      [4, 'ten don vi', 'E2113'],
      [5, 'nam', 'E2101'],
    ]);
    expect(await rows()).toBe(before);
    const header = await refusal(importPopulation(store.db, official, 'don vi,year\n19777,2026\n', { apply: true }));
    expect(header.problems.map((p) => [p.row, p.said.code])).toEqual([[1, 'E2108']]);

    const done = await importPopulation(store.db, official, good, { apply: true });
    expect(done.changes).toHaveLength(2);
    expect(await population('19777', 2026)).toBe(23456);
    // the same file again changes nothing
    expect((await importPopulation(store.db, official, good, { apply: true })).unchanged).toBe(2);
    // a province row with its communes in the same file: both would count
    const clash = await refusal(importPopulation(store.db, admin, 'code,year,population\n46,2027,1000000\n19777,2027,5000\n', { apply: true }));
    expect(clash.problems.map((p) => [p.row, p.said.code])).toEqual([
      [2, 'E2106'],
      [3, 'E2105'],
    ]);
    expect(await population('46', 2027)).toBeNull();
  });
});
