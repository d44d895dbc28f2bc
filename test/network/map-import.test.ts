import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { builtinMapPath, importUnitsFile, type ImportSummary } from '../../src/network/map-import.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { run } from '../../src/cli/commands/units.ts';
import { openPlatform } from '../../src/setup.ts';
import { applyValues } from '../../src/statistics/write.ts';

const OLD = builtinMapPath('2025-06');
const NEW = builtinMapPath('2025-07');
const MERGERS = builtinMapPath('mergers');

async function count(store: Store, level: string, ended: boolean): Promise<number> {
  const r = await store.db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('level', '=', level)
    .where('valid_to', ended ? 'is not' : 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

const unit = (store: Store, code: string) => store.db.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirstOrThrow();

/** Codes of the predecessors of a unit, with the partial and aggregate flags. */
async function predecessors(store: Store, code: string, level = 'commune') {
  const rows = await store.db
    .selectFrom('unit_successors as s')
    .innerJoin('units as p', 'p.id', 's.predecessor_id')
    .innerJoin('units as n', 'n.id', 's.successor_id')
    .select(['p.code', 'p.full_name', 's.partial', 's.aggregate'])
    .where('n.code', '=', code)
    .where('p.level', '=', level)
    .orderBy('p.code')
    .execute();
  return rows.map((r) => [r.code, r.full_name, Number(r.partial), Number(r.aggregate)]);
}

const time = (s: ImportSummary) => `${s.file} ${(s.ms / 1000).toFixed(2)} s`;

describe.each(ENGINES)('importing the real administrative maps on %s', (engine) => {
  let store: Store;
  const took: string[] = [];
  beforeAll(async () => {
    store = await freshStore(engine);
    for (const file of [OLD, NEW]) took.push(time(await importUnitsFile(store.db, file)));
  }, 180_000);
  afterAll(async () => {
    console.log(`[${engine}] import times: ${took.join(' · ')}`);
    await store.close();
  });

  it('loads 63 provinces, 696 districts and 10,035 communes before, 34 and 3,321 after, under the nation', async () => {
    expect([await count(store, 'province', true), await count(store, 'district', true), await count(store, 'commune', true)]).toEqual([63, 696, 10035]);
    expect([await count(store, 'province', false), await count(store, 'commune', false)]).toEqual([34, 3321]);
    const vn = await unit(store, 'VN');
    expect(vn.level).toBe('nation');
    const provinces = await store.db.selectFrom('units').select(['parent_id']).where('level', '=', 'province').execute();
    expect(new Set(provinces.map((p) => p.parent_id))).toEqual(new Set([vn.id]));
  });

  it('gives the ended unit "<official>-2025" when the new map reuses its official code', async () => {
    const all = await store.db.selectFrom('units').select(['code']).execute();
    expect(new Set(all.map((u) => u.code)).size).toBe(all.length);
    const hue = await unit(store, '46');
    const oldHue = await unit(store, '46-2025');
    expect([hue.name, hue.valid_from, hue.valid_to, oldHue.name, oldHue.official_code, oldHue.valid_to]).toEqual([
      'Huế',
      '2025-07-01',
      null,
      'Huế',
      '46',
      '2025-06-30',
    ]);
    expect([(await unit(store, '00004')).name, (await unit(store, '00004')).full_name]).toEqual(['Ba Đình', 'Phường Ba Đình']);
    expect((await unit(store, '00004-2025')).name).toBe('Trúc Bạch');
    expect([(await unit(store, '44')).name, (await unit(store, '44-2025')).name, (await unit(store, '45')).name]).toEqual([
      'Quảng Trị',
      'Quảng Bình',
      'Quảng Trị',
    ]);
    const dakHa = await unit(store, '615');
    expect([dakHa.name, dakHa.level, dakHa.official_code]).toEqual(['Đắk Hà', 'district', '615']);
  });

  it('links the old units to the new ones from the merger list, ≥ 97 % of old communes', async () => {
    const s = await importUnitsFile(store.db, MERGERS);
    took.push(time(s));
    const m = s.mergers!;
    console.log(
      `[${engine}] successors: ${m.linkedCommunes}/${m.oldCommunes} old communes (${(m.coverage * 100).toFixed(2)} %), ${m.links} links, ${m.partial} partial; without successor: ${m.orphanCommunes.slice(0, 20).join('; ')}`,
    );
    expect(m.coverage).toBeGreaterThanOrEqual(0.97);
    expect(m.missingNew).toEqual([]);
    // Xã Khe Sanh (new, 19429) ← four units of the old Hướng Hóa district, whole
    expect(await predecessors(store, '19429')).toEqual([
      ['19429-2025', 'Thị trấn Khe Sanh', 0, 1],
      ['19450', 'Xã Tân Hợp', 0, 1],
      ['19453', 'Xã Hướng Tân', 0, 1],
      ['19468', 'Xã Húc', 0, 1],
    ]);
    // "giữ nguyên": Huế continues; Quảng Trị (44) = Quảng Bình (old 44) + Quảng Trị (old 45)
    expect(await predecessors(store, '46', 'province')).toEqual([['46-2025', 'Thành phố Huế', 0, 1]]);
    expect((await predecessors(store, '44', 'province')).map((p) => p[0])).toEqual(['44-2025', '45']);
    expect((await predecessors(store, '44', 'district')).length).toBe(17); // the districts of both but one:
    expect(await predecessors(store, '19742', 'district')).toEqual([['471', 'Huyện Cồn Cỏ', 0, 1]]); // the island became Đặc khu Cồn Cỏ
    // Phường Ba Đình: Trúc Bạch whole, part of Cửa Nam, …
    const baDinh = await predecessors(store, '00004');
    expect(baDinh).toContainEqual(['00004-2025', 'Phường Trúc Bạch', 0, 1]);
    expect(baDinh.find((p) => p[1] === 'Phường Cửa Nam')?.[2]).toBe(1);
    // every old unit with a successor rolls up along exactly one link
    const bad = await store.db
      .selectFrom('unit_successors')
      .select('predecessor_id')
      .groupBy('predecessor_id')
      .having((eb) => eb.fn.sum<number>('aggregate'), '<>', 1)
      .execute();
    expect(bad).toEqual([]);
  }, 120_000);

  it('makes a value written at an old commune in 2024 count at its new commune and province', async () => {
    const trucBach = await unit(store, '00004-2025');
    const inst = await createInstitution(
      store.db,
      { code: 'LIB-TB', name: 'Thư viện Trúc Bạch', kind: 'library_public_commune', ownership: 'public', unitId: trucBach.id, since: '2000-01-01' },
      null,
    );
    const r = await resolveValues(store.db, [{ row: 1, institution: 'LIB-TB', dataElement: 'LIB_LOANS', period: '2024-03', value: 42 }]);
    expect(r.problems).toEqual([]);
    await applyValues(store.db, r.values, { userId: null, mode: 'set' });
    expect(inst).toBeGreaterThan(0);
    const at = async (code: string) => {
      const row = await store.db
        .selectFrom('agg_values as a')
        .innerJoin('units as u', 'u.id', 'a.unit_id')
        .innerJoin('data_elements as e', 'e.id', 'a.element_id')
        .select((eb) => eb.fn.sum<number>('a.value').as('v'))
        .where('u.code', '=', code)
        .where('e.code', '=', 'LIB_LOANS')
        .where('a.year', '=', 2024)
        .executeTakeFirst();
      return Number(row?.v ?? 0);
    };
    expect([await at('00004-2025'), await at('00004'), await at('01'), await at('VN'), await at('46')]).toEqual([42, 42, 42, 42, 0]);
  });

  it('changes nothing when a file is imported again, and aggregates stay right', async () => {
    const before = await store.db.selectFrom('units').select(['id', 'code']).orderBy('id').execute();
    const links = await store.db.selectFrom('unit_successors').selectAll().orderBy('predecessor_id').orderBy('successor_id').execute();
    const again = await importUnitsFile(store.db, OLD);
    took.push(`again ${time(again)}`);
    expect([again.created, again.updated, again.recoded, again.unchanged]).toEqual([0, 0, 0, 10794]);
    const renew = await importUnitsFile(store.db, NEW);
    expect([renew.created, renew.updated, renew.recoded]).toEqual([0, 0, 0]);
    await importUnitsFile(store.db, MERGERS);
    expect(await store.db.selectFrom('units').select(['id', 'code']).orderBy('id').execute()).toEqual(before);
    expect(await store.db.selectFrom('unit_successors').selectAll().orderBy('predecessor_id').orderBy('successor_id').execute()).toEqual(links);
    const total = await store.db
      .selectFrom('agg_values as a')
      .innerJoin('units as u', 'u.id', 'a.unit_id')
      .select('a.value')
      .where('u.code', '=', '01')
      .where('a.year', '=', 2024)
      .executeTakeFirst();
    expect(Number(total?.value)).toBe(42);
    const log = await store.db
      .selectFrom('audit_log')
      .select(['entity_key'])
      .where('action', '=', 'import')
      .where('entity', '=', 'unit')
      .orderBy('id')
      .execute();
    expect(log.map((l) => l.entity_key)).toEqual([...[OLD, NEW, MERGERS, OLD, NEW, MERGERS].map((f) => path.basename(f))]);
  }, 180_000);
});

describe.each(ENGINES)('import order and bad files on %s', (engine) => {
  let store: Store;
  const dir = mkdtempSync(path.join(tmpdir(), 'lifelong-map-'));
  const file = (name: string, content: string) => {
    writeFileSync(path.join(dir, name), content);
    return path.join(dir, name);
  };
  beforeAll(async () => {
    store = await freshStore(engine);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store.close();
  });

  it('refuses the merger list before both maps, saying which are missing', async () => {
    await expect(importUnitsFile(store.db, MERGERS)).rejects.toThrow(/3 cấp.*2 cấp/);
  });

  it('gives the same codes when the new map comes first', async () => {
    await importUnitsFile(store.db, NEW);
    expect((await unit(store, '46')).valid_from).toBe('2025-07-01');
    const old = await importUnitsFile(store.db, OLD, { validFrom: '2008-08-01' });
    expect(old.recoded).toBe(0);
    expect([(await unit(store, '46')).valid_to, (await unit(store, '46-2025')).valid_from]).toEqual([null, '2008-08-01']);
    expect((await unit(store, '00004')).name).toBe('Ba Đình');
    expect((await unit(store, '00004-2025')).name).toBe('Trúc Bạch');
    expect((await unit(store, '615')).name).toBe('Đắk Hà');
  }, 120_000);

  it('rejects malformed JSON, an unknown shape and units without a code, naming the problem', async () => {
    const fail = async (p: string) => {
      const err = await importUnitsFile(store.db, p).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      return err as UserError;
    };
    expect((await fail(file('broken.json', '[{"Code": "01",'))).message).toMatch(/broken\.json.*JSON/);
    expect((await fail(file('shape.json', '[{"id": 1}]'))).message).toMatch(/District.*Wards.*truocsapnhap/);
    expect((await fail(file('object.json', '{"Code": "01"}'))).message).toMatch(/mảng JSON/);
    const missing = await fail(
      file(
        'missing.json',
        JSON.stringify([
          {
            Code: '01',
            Name: 'Hà Nội',
            Wards: [
              { Code: '', Name: 'X' },
              { Code: '00001', Name: 'Y' },
            ],
          },
        ]),
      ),
    );
    expect(missing.problems).toEqual([
      { row: 1, field: '[0].Wards[0]', said: expect.objectContaining({ code: 'E2018', vi: 'thiếu mã (Code) hoặc tên (Name)' }) },
    ]);
    await expect(importUnitsFile(store.db, path.join(dir, 'none.json'))).rejects.toThrow(UserError);
    await expect(importUnitsFile(store.db, OLD, { validTo: '30/06/2025' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe.each(ENGINES)('lifelong units import --builtin on %s', (engine) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lifelong-units-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the map shipped in data/vn-units/ by its name, and names the choices for an unknown one', async () => {
    const file = path.join(dir, 'cli.db');
    const store: Store & { url: string } = engine === 'sqlite' ? Object.assign(await openPlatform(file), { url: file }) : await freshStore(engine);
    const before = process.env.DATABASE_URL;
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      process.env.DATABASE_URL = store.url;
      await expect(run(['import', '--builtin', 'nope'])).rejects.toThrow(/2025-06\|2025-07\|mergers/);
      await expect(run(['import'])).rejects.toThrow(/--builtin/);
      expect(await run(['import', '--builtin', '2025-07'])).toBe(0);
      expect(String(log.mock.calls[0]![0])).toMatch(/^vn-units-2025-07-2level\.json: bản đồ 2 cấp \(từ 01\/07\/2025\): 34 tỉnh, 3321 xã$/);
      expect([await count(store, 'province', false), await count(store, 'commune', false)]).toEqual([34, 3321]);
    } finally {
      log.mockRestore();
      if (before === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = before;
      await store.close();
    }
  }, 120_000);
});
