import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import { editableRecord, marcView, updateItem, updateRecord, withdrawItem } from '../../src/library/catalogue-edit.ts';
import { checkout } from '../../src/library/circulation.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { isControl } from '../../src/library/marc/record.ts';
import { searchCatalogue } from '../../src/library/catalogue-search.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number): Principal => ({ userId: null, username: 's', displayName: 's', role: 'staff', unitId: null, institutionId });

/** Issue 20: editing a record and its copies, withdrawing a copy with a reason (kept), the MARC view; the owning library only. */
describe.each(ENGINES)('catalogue editing on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  let record: number;
  let item: number;
  let second: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    await registerPatron(store.db, { cardNumber: 'C1-HOA1', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult' }, null, '2026-01-10');
    const it = await store.db.selectFrom('lib_items').select(['id', 'record_id']).where('barcode', '=', 'VN-0001').executeTakeFirstOrThrow();
    record = it.record_id;
    item = it.id;
    second = (await store.db.selectFrom('lib_items').select('id').where('barcode', '=', 'VN-0002').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => store?.close());

  it('edits the record’s fields, refused field by field with nothing written; re-indexed; only by the owning library', async () => {
    const staff = staffOf(net.lib);
    await expect(editableRecord(store.db, staffOf(net.dlib), 'LIB-D1', record)).rejects.toMatchObject({ status: 403, said: { code: 'E6187' } });
    await expect(
      updateRecord(store.db, staff, 'LIB-C1', record, { title: ' ', isbn: '978-604-1-00001-9', year: '3000', language: 'vietnamese' }),
    ).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'title' }, { field: 'isbn' }, { field: 'year' }, { field: 'language' }],
    });
    expect((await editableRecord(store.db, staff, 'LIB-C1', record)).bib.title).toBe('Dế Mèn phiêu lưu ký');
    const bib = await updateRecord(store.db, staff, 'LIB-C1', record, {
      title: 'Dế Mèn phiêu lưu ký (tái bản)',
      author: 'Tô Hoài',
      isbn: '978-604-2-10001-4',
      publisher: 'Kim Đồng',
      year: '2020',
      language: 'vie',
      material: 'book',
      subjects: 'Văn học thiếu nhi; Truyện',
      audience: ['children'],
      notes: 'Bìa cứng',
    });
    expect(bib).toMatchObject({ isbn: '9786042100014', year: 2020, subjects: ['Văn học thiếu nhi', 'Truyện'], controlNumber: 'LL-VN-0001' });
    const found = await searchCatalogue(store.db, { q: 'tai ban' });
    expect(found.hits.map((h) => h.title)).toContain('Dế Mèn phiêu lưu ký (tái bản)');
    const audited = await store.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('entity', '=', 'lib_record')
      .where('entity_key', '=', String(record))
      .execute();
    expect(audited.some((a) => String(a.old_value).includes('"Dế Mèn phiêu lưu ký"') && String(a.new_value).includes('tái bản'))).toBe(true);
  });

  it('edits a copy (barcode free in any case, call number, shelf, status) and withdraws one with a reason, kept in its history; the MARC view shows them', async () => {
    const staff = staffOf(net.lib);
    await expect(
      updateItem(store.db, staff, 'LIB-C1', item, { barcode: 'vn-0002', callNumber: 'x'.repeat(61), location: '', status: 'on-loan' }),
    ).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'barcode' }, { field: 'callNumber' }, { field: 'status' }],
    });
    await expect(
      updateItem(store.db, staffOf(net.dlib), 'LIB-D1', item, { barcode: 'VN-0001', callNumber: '', location: '', status: '' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    const it = await updateItem(store.db, staff, 'LIB-C1', item, {
      barcode: 'VN-0001A',
      callNumber: '895.9223 T450H',
      location: 'Kho mở, giá 3',
      status: 'available',
    });
    expect(it).toMatchObject({ barcode: 'VN-0001A', callNumber: '895.9223 T450H', location: 'Kho mở, giá 3' });
    await expect(withdrawItem(store.db, staff, 'LIB-C1', item, '  ')).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'reason', said: { code: 'E6189' } }],
    });
    await checkout(store.db, 'VN-0002', 'C1-HOA1', { institutionId: net.lib, userId: null });
    await expect(withdrawItem(store.db, staff, 'LIB-C1', second, 'Rách')).rejects.toMatchObject({ status: 409, problems: [{ said: { code: 'E6190' } }] });
    const w = await withdrawItem(store.db, staff, 'LIB-C1', item, 'Rách nát, không sửa được', '2026-03-05');
    expect(w).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-03-05', withdrawnReason: 'Rách nát, không sửa được' });
    await expect(withdrawItem(store.db, staff, 'LIB-C1', item, 'again')).rejects.toMatchObject({ problems: [{ said: { code: 'E6194' } }] });
    // kept, not deleted; lends no more
    const row = await store.db.selectFrom('lib_items').selectAll().where('id', '=', item).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'withdrawn', withdrawn_reason: 'Rách nát, không sửa được', barcode: 'VN-0001A' });
    await expect(checkout(store.db, 'VN-0001A', 'C1-HOA1', { institutionId: net.lib, userId: null })).rejects.toMatchObject({ code: 'E6008' });
    const trail = await store.db.selectFrom('audit_log').select('new_value').where('entity', '=', 'lib_item').where('entity_key', '=', 'VN-0001A').execute();
    expect(trail.map((a) => String(a.new_value)).join()).toContain('Rách nát');
    const rec = await editableRecord(store.db, staff, 'LIB-C1', record);
    const m = marcView(rec);
    expect(m.fields.find((f) => isControl(f) && f.tag === '001')).toMatchObject({ value: 'LL-VN-0001' });
    const f245 = m.fields.find((f) => f.tag === '245');
    expect(f245).toMatchObject({ subfields: [['a', 'Dế Mèn phiêu lưu ký (tái bản)']] });
    expect(m.fields.filter((f) => f.tag === '952')).toEqual([
      {
        tag: '952',
        ind1: ' ',
        ind2: ' ',
        subfields: [
          ['p', 'VN-0001A'],
          ['o', '895.9223 T450H'],
          ['c', 'Kho mở, giá 3'],
          ['0', '1'],
        ],
      },
    ]);
  });
});
