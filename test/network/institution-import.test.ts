import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/accounts/users.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { importInstitutions, planImport } from '../../src/network/institution-import.ts';
import { templateXlsx } from '../../src/network/institution-template.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { principalOf } from '../support/people.ts';

const HEAD = 'Mã cơ sở,Tên cơ sở,Loại cơ sở,Sở hữu,Đơn vị,Từ ngày,Địa chỉ,Liên hệ,Giờ mở cửa,Vĩ độ,Kinh độ';
const GOOD = [
  HEAD,
  'TV-VYDA,Thư viện phường Vỹ Dạ,Thư viện công cộng cấp xã,Công lập,vy da,,12 Nguyễn Sinh Cung,0234 3822 123,Thứ Hai – Thứ Sáu,"16,4637","107,5909"',
  'TVHUYEN-474,,,,,,"1 Lê Lợi, Huế",,,,',
  'NTT-474,,,,,,,,,,',
].join('\n');
const BAD = [
  HEAD,
  'TV-X,Thư viện X,thu vien xyz,Công lập,A Lưới,,,,,,',
  'TV-Y,Thư viện Y,library_community,Tư nhân,Vỹ Dạ,,,,,"95,1",',
  'TV-Z,,library_community,Công lập,19777,31/02/2025,,,,,',
  'TV-X,Thư viện X lần hai,library_community,Công lập,19777,,,,,,',
  'TVTINH-20,Thư viện tỉnh Lạng Sơn (mới),,,,,,,,,',
].join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);

/** Issue 19: institutions imported from CSV or XLSX, with a dry run; all or nothing; audited. */
describe.each(ENGINES)('importing institutions on %s', (engine) => {
  let store: Store;
  let hue: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
    hue = await principalOf(store.db, 'canbo.hue');
  }, 120_000);
  afterAll(() => store?.close());
  const count = async () =>
    Number(
      (
        await store.db
          .selectFrom('institutions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a dry run names every problem by row and column in words; the import of that file is refused whole and writes nothing', async () => {
    const plan = await planImport(store.db, hue, bytes(BAD), 'co-so.csv');
    const said = plan.problems.map((p) => `${p.row}${p.field ?? ''}: ${p.said.vi}`);
    expect(said).toEqual([
      '2C: Không có loại cơ sở "thu vien xyz": hãy ghi tên loại như trong trang "Danh mục" của tệp mẫu.',
      '2E: Có 2 đơn vị tên "A Lưới": Huyện A Lưới, Huế (đến 30/06/2025) (mã 481); Thị trấn A Lưới, A Lưới (đến 30/06/2025) (mã 20044-2025). Hãy ghi mã của đơn vị.',
      '3J: "95,1" không phải vĩ độ hợp lệ (số thập phân từ −90 đến 90, ví dụ 16,4637).',
      '4B: Cơ sở mới "TV-Z" cần tên.',
      '4F: Ngày "31/02/2025" không đúng dạng ngày/tháng/năm (ví dụ 01/07/2025).',
      '5A: Mã "TV-X" đã có ở dòng 2 của tệp.',
      // Lạng Sơn is not the Huế official's
      '6A: Cơ sở "TVTINH-20" thuộc đơn vị ngoài địa bàn bạn quản lý.',
    ]);
    expect(plan.headings.C).toBe('Loại cơ sở');
    const before = await count();
    const refused = await importInstitutions(store.db, hue, plan).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).status).toBe(422);
    expect(await count()).toBe(before);
  });

  it('a good file: the dry run shows what is added and changed and writes nothing; the import writes it all, audited', async () => {
    const before = await count();
    const plan = await planImport(store.db, hue, bytes(GOOD), 'co-so.csv');
    expect(plan.problems).toEqual([]);
    expect(plan.creates.map((c) => [c.row, c.code, c.kind, c.ownership, c.unitCode, c.details.latitude])).toEqual([
      [2, 'TV-VYDA', 'library_public_commune', 'public', '19777', 16.4637],
    ]);
    expect(plan.updates.map((u) => [u.row, u.code, u.changes])).toEqual([[3, 'TVHUYEN-474', [{ field: 'address', from: null, to: '1 Lê Lợi, Huế' }]]]);
    expect(plan.unchanged).toBe(1);
    expect(await count()).toBe(before);

    expect(await importInstitutions(store.db, hue, plan)).toEqual({ created: 1, updated: 1 });
    expect(await count()).toBe(before + 1);
    const made = await store.db
      .selectFrom('institutions as i')
      .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
      .innerJoin('units as u', 'u.id', 'iu.unit_id')
      .select(['i.name', 'i.opening_hours', 'i.longitude', 'u.code'])
      .where('i.code', '=', 'TV-VYDA')
      .executeTakeFirstOrThrow();
    expect(made).toMatchObject({ name: 'Thư viện phường Vỹ Dạ', opening_hours: 'Thứ Hai – Thứ Sáu', code: '19777' });
    expect(Number(made.longitude)).toBeCloseTo(107.5909, 6);
    const address = await store.db.selectFrom('institutions').select('address').where('code', '=', 'TVHUYEN-474').executeTakeFirstOrThrow();
    expect(address.address).toBe('1 Lê Lợi, Huế');
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_key', 'new_value'])
      .where('entity', 'in', ['institution', 'institution_import'])
      .orderBy('id', 'desc')
      .limit(3)
      .execute();
    expect(trail.map((r) => [r.action, r.entity, r.entity_key])).toEqual([
      ['import', 'institution_import', 'co-so.csv'],
      ['update', 'institution', 'TVHUYEN-474'],
      ['create', 'institution', 'TV-VYDA'],
    ]);
    expect(JSON.parse(trail[0]!.new_value!)).toEqual({ filename: 'co-so.csv', created: 1, updated: 1, unchanged: 1 });
    // the same file again changes nothing
    const again = await planImport(store.db, hue, bytes(GOOD), 'co-so.csv');
    expect([again.creates.length, again.updates.length, again.unchanged]).toEqual([0, 0, 3]);
    expect(again.problems.map((p) => p.said.vi)).toEqual([]);
  });

  it('reads the XLSX template filled in, by the English headings too; the template lists the kinds', async () => {
    const template = await templateXlsx(store.db);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Cơ sở', 'Danh mục']);
    expect(wb.worksheets[1]!.getColumn(1).values).toContain('Thư viện công cộng cấp xã');
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toContain('Mã cơ sở');
    sheet.addRow(['TTHTCD-VYDA', 'Trung tâm học tập cộng đồng Vỹ Dạ', 'community_learning_centre', 'public', '19777', '01/08/2025', '', '', '', 16.46, 107.6]);
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const plan = await planImport(store.db, hue, filled, 'mau.xlsx');
    expect(plan.problems).toEqual([]);
    expect(plan.creates.map((c) => [c.row, c.code, c.since, c.details.latitude])).toEqual([[2, 'TTHTCD-VYDA', '2025-08-01', 16.46]]);
    const english = await planImport(store.db, hue, bytes('code,name,kind,ownership,unit\nTV-EN,English library,library_community,non_public,19777'), 'en.csv');
    expect(english.problems).toEqual([]);
    expect(english.creates[0]?.ownership).toBe('non_public');
  });

  it('refuses a file it cannot read, and unknown headings, in words', async () => {
    const old = await planImport(store.db, hue, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]), 'cu.xls').catch((e: UserError) => e);
    expect((old as UserError).said.vi).toContain('định dạng Excel cũ (.xls)');
    const heading = await planImport(store.db, hue, bytes('Mã cơ sở,Tên,Màu\nA1,Thư viện A,đỏ'), 'x.csv');
    expect(heading.problems.map((p) => [p.row, p.field, p.said.vi.slice(0, 40)])).toEqual([[1, 'C', 'Cột C có tiêu đề "Màu" không dùng được; ']]);
  });
});
