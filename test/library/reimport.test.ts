import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { catalogueText } from '../../src/library/catalogue-messages.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, marcFixture, vietnameseXml } from './fixture.ts';

/** Issue 20: importing the same MARC file again changes nothing — no record, no copy doubles — and the report says so. */
describe.each(ENGINES)('a MARC file imported twice on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await libraryNetwork(store.db);
  });
  afterAll(() => store?.close());

  const holdings = async () => {
    const items = await store.db.selectFrom('lib_items').select(['barcode', 'record_id']).orderBy('barcode').execute();
    const records = await store.db.selectFrom('lib_records').select('id').execute();
    return { items, records: records.length };
  };

  for (const file of ['vietnamese.xml', 'marc.dat']) {
    it(`${file}: the second import adds nothing and reports 0 new`, async () => {
      const bytes = file === 'vietnamese.xml' ? vietnameseXml() : marcFixture(file);
      const first = await importMarc(store.db, bytes, { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-01-10', fileName: file });
      expect(first.items).toBeGreaterThan(0);
      const before = await holdings();
      const again = await importMarc(store.db, bytes, { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-01-11', fileName: file });
      expect(await holdings()).toEqual(before);
      expect(again).toMatchObject({ read: first.read, imported: 0, merged: 0, items: 0, rejected: first.rejected });
      expect(again.unchanged).toBe(first.read - first.rejected.length);
      const said = catalogueText('vi').imported({
        file,
        read: again.read,
        imported: again.imported,
        merged: again.merged,
        unchanged: again.unchanged,
        items: again.items,
        unchangedItems: again.unchangedItems,
        rejected: again.rejected.length,
      });
      expect(said).toContain('0 biểu ghi mới');
      expect(said).toContain('0 bản mới');
    });
  }

  it("another library's copy with a barcode already used is still refused; its own new copies of a known record are added", async () => {
    const other = await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, date: '2026-01-12' });
    // every barcoded copy is the commune library's: refused as before, by record
    expect(other.rejected.length).toBeGreaterThan(0);
    expect(other.rejected.every((p) => p.field === 'barcode')).toBe(true);
    const xml = vietnameseXml().toString('utf8').replace('<marc:subfield code="p">VN-0001</marc:subfield>', '<marc:subfield code="p">VN-0001B</marc:subfield>');
    const grown = await importMarc(store.db, Buffer.from(xml), { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-01-13' });
    expect(grown).toMatchObject({ imported: 0, items: 1 });
    const added = await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'VN-0001B').executeTakeFirstOrThrow();
    const first = await store.db.selectFrom('lib_items').select('record_id').where('barcode', '=', 'VN-0002').executeTakeFirstOrThrow();
    expect(added.record_id).not.toBe(first.record_id);
    expect(
      (
        await store.db
          .selectFrom('lib_items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('record_id', '=', added.record_id)
          .executeTakeFirstOrThrow()
      ).n,
    ).toBeGreaterThanOrEqual(1);
  });
});
