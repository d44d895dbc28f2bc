import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { importCsv, importDublinCore } from '../../src/library/small-import.ts';
import { catalogueOne } from '../../src/library/record-form.ts';
import { placeByCode } from '../../src/library/places.ts';
import { search } from '../../src/search/index.ts';
import { valuesOf } from '../../src/statistics/entry.ts';
import { UserError } from '../../src/core/errors.ts';
import { libraryNetwork, marcFixture, vietnameseXml } from './fixture.ts';

const count = async (s: Store, table: 'lib_records' | 'lib_items') =>
  Number(
    (
      await s.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe.each(ENGINES)('catalogue import on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
  });
  afterAll(() => store.close());

  it('rejects a file with broken records whole when asked, naming the records', async () => {
    const err = await importMarc(store.db, marcFixture('bad_records.mrc'), { libraryCode: 'LIB-C1', onError: 'reject', userId: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(await count(store, 'lib_records')).toBe(0);
  });

  it('rejects a large file whole when its last record is broken, after earlier chunks were written', async () => {
    const { writeIso2709 } = await import('../../src/library/marc/iso2709.ts');
    const recs = Array.from({ length: 5_003 }, (_, i) => ({
      leader: '00000nam a2200000 a 4500',
      fields:
        i === 5_002
          ? [{ tag: '001', value: `BIG${i}` }] // no title: cannot be catalogued
          : [
              { tag: '001', value: `BIG${i}` },
              { tag: '245', ind1: '1', ind2: '0', subfields: [['a', `Sách thử số ${i}`]] as [string, string][] },
              { tag: '952', ind1: ' ', ind2: ' ', subfields: [['p', `BIG-${i}`]] as [string, string][] },
            ],
    }));
    const before = await count(store, 'lib_records');
    const err = await importMarc(store.db, writeIso2709(recs), { libraryCode: 'LIB-C1', onError: 'reject', userId: null }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).problems).toMatchObject([{ row: 5_003, field: '245' }]);
    expect(await count(store, 'lib_records')).toBe(before);
    expect((await search(store.db, { q: 'sach thu so 7' })).total).toBe(0);
  });

  it('skips broken records and keeps going when asked; duplicates in the file join one record', async () => {
    const r = await importMarc(store.db, marcFixture('bad_records.mrc'), { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-03-02' });
    expect(r).toMatchObject({ format: 'iso2709', read: 8, imported: 1, merged: 1, items: 2 });
    expect(r.rejected.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('imports the real MARC files with MARC-8 decoded and new acquisitions and holdings counted', async () => {
    const a = await importMarc(store.db, marcFixture('marc.dat'), { libraryCode: 'LIB-D1', onError: 'reject', userId: null, date: '2026-03-05' });
    expect(a).toMatchObject({ read: 20, imported: 20, items: 20, rejected: [] });
    const b = await importMarc(store.db, marcFixture('marc8.dat'), { libraryCode: 'LIB-D1', onError: 'reject', userId: null, date: '2026-03-05' });
    expect(b.imported).toBe(1);
    const hit = await search(store.db, { q: 'solitude communaute' });
    expect(hit.hits[0]?.title).toBe('Escape from loneliness');
    const rec = await store.db.selectFrom('lib_records').select('notes').where('id', '=', hit.hits[0]!.refId).executeTakeFirstOrThrow();
    expect(rec.notes).toContain('De la solitude à la communauté');
    const values = await valuesOf(store.db, net.dlib, 2026);
    expect(values.get('LIB_NEW_ACQUISITIONS')?.get('2026-03')).toBe(21);
    expect(values.get('LIB_HOLDINGS')?.get('2026')).toBe(21);
  });

  it('imports Vietnamese records; a citizen finds them without marks; another library copy joins the same record', async () => {
    const r = await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null });
    expect(r).toMatchObject({ format: 'marcxml', imported: 8, items: 8 });
    const found = await search(store.db, { q: 'de men phieu luu ky' });
    expect(found.hits[0]?.title).toBe('Dế Mèn phiêu lưu ký');
    expect((await search(store.db, { q: 'dat rung phuong nam' })).hits[0]?.creator).toBe('Đoàn Giỏi');
    expect((await search(store.db, { q: 'hòa bình' })).hits[0]).toMatchObject({ title: 'Chiến tranh và hoà bình : tiểu thuyết', exact: true });
    const kids = await search(store.db, { facets: { audience: ['children'] }, kinds: ['book'] });
    expect(kids.total).toBe(2);

    const lib = (await placeByCode(store.db, 'LIB-D1'))!;
    const again = await catalogueOne(store.db, lib, { title: 'MAT BIEC', author: 'Nguyen, Nhat Anh', barcodes: 'D1-MB-1' }, null);
    expect(again.merged).toBe(true);
    const byIsbn = await catalogueOne(store.db, lib, { title: 'Số đỏ (tái bản)', isbn: '978-604-120-003-6' }, null);
    expect(byIsbn.merged).toBe(true);
    const mb = await search(store.db, { q: 'mat biec', countFacets: ['library'] });
    expect(mb.total).toBe(1);
    expect(mb.facets.library?.map((f) => f.value).sort()).toEqual(['LIB-C1', 'LIB-D1']);
  });

  it('refuses a bad ISBN and a used barcode on the form, field by field', async () => {
    const lib = (await placeByCode(store.db, 'LIB-C1'))!;
    await expect(catalogueOne(store.db, lib, { title: 'X', isbn: '978-604-120-003-7' }, null)).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'isbn' }],
    });
    await expect(catalogueOne(store.db, lib, { title: 'Y', barcodes: 'VN-0001' }, null)).rejects.toMatchObject({ status: 409 });
  });

  it('imports CSV and Dublin Core for small libraries, all or nothing', async () => {
    const csv =
      'title,author,isbn,year,language,subjects,audience,copies\n"Sổ tay bạn đọc nhỏ","Lê Minh",,2024,vie,Thiếu nhi,children,3\n"Cẩm nang nhà nông","Trần Hữu",,2023,vie,Nông nghiệp,,1\n';
    const c = await importCsv(store.db, csv, { libraryCode: 'SCH-C2', onError: 'reject', userId: null });
    expect(c).toMatchObject({ imported: 2, items: 4 });
    const bad = 'title,isbn\n"Được",978-604-120-003-7\n,\n';
    await expect(importCsv(store.db, bad, { libraryCode: 'SCH-C2', onError: 'reject', userId: null })).rejects.toMatchObject({
      problems: [{ row: 2 }, { row: 3 }],
    });
    const dc = `<?xml version="1.0"?><records xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <oai_dc:dc><dc:title>Văn hóa đọc trong cộng đồng</dc:title><dc:creator>Phạm Thu</dc:creator><dc:date>2022</dc:date><dc:language>vie</dc:language><dc:subject>Văn hóa đọc</dc:subject></oai_dc:dc>
    </records>`;
    expect(await importDublinCore(store.db, dc, { libraryCode: 'SCH-C2', onError: 'reject', userId: null })).toMatchObject({ imported: 1, items: 1 });
    expect((await search(store.db, { q: 'van hoa doc' })).hits[0]?.title).toBe('Văn hóa đọc trong cộng đồng');
  });
});
