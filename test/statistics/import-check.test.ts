import ExcelJS from 'exceljs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { HeldUploads } from '../../src/statistics/held-uploads.ts';
import { parseValueFile } from '../../src/statistics/value-files.ts';
import { checkUpload, confirmUpload, importValueFile } from '../../src/statistics/value-import.ts';
import { readPeriod } from '../../src/statistics/value-names.ts';
import { templateCsv, templateRows, templateXlsx, valueTemplate } from '../../src/statistics/value-template.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const TODAY = '2025-12-31';
const opts = { userId: null, canWrite: () => true, today: TODAY };

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** The stored value of a cell, by the codes. */
async function stored(store: Store, institution: string, element: string, period: string): Promise<number | undefined> {
  const r = await store.db
    .selectFrom('data_values as v')
    .innerJoin('institutions as i', 'i.id', 'v.institution_id')
    .innerJoin('data_elements as e', 'e.id', 'v.element_id')
    .select('v.value')
    .where('i.code', '=', institution)
    .where('e.code', '=', element)
    .where('v.period', '=', period)
    .executeTakeFirst();
  return r === undefined ? undefined : Number(r.value);
}

describe('reading what a person writes', () => {
  it('takes headers in Vietnamese, with or without diacritics, in any case, and the English ones', async () => {
    for (const header of [
      'Cơ sở,Chỉ tiêu,Kỳ,Giá trị',
      'MÃ CƠ SỞ,Mã chỉ tiêu,Tháng,Giá trị',
      'ma co so,chi tieu,ky,gia tri',
      'institution,dataElement,period,value',
    ]) {
      expect(await parseValueFile(utf8(`${header}\nThư viện xã Một,Lượt sách báo phục vụ bạn đọc,11/2024,1.234\n`), 'x.csv')).toEqual([
        { row: 2, institution: 'Thư viện xã Một', dataElement: 'Lượt sách báo phục vụ bạn đọc', period: '11/2024', value: '1.234' },
      ]);
    }
  });

  it('names an unknown header by its column letter and its text, and the missing column in the words of the file', async () => {
    const err = await refusal(parseValueFile(utf8('Cơ sở,Chỉ tiêu,Ngày,Giá trị\nA,B,2024,1\n'), 'x.csv'));
    expect(err.problems.map((p) => [p.row, p.field, p.said.vi])).toEqual([
      [1, 'C', 'Tiêu đề "Ngày" ở cột C không phải là cột nào của tệp nhập liệu.'],
      [1, undefined, 'Thiếu cột Kỳ.'],
    ]);
    expect(err.message).toContain('Cơ sở, Chỉ tiêu, Kỳ, Giá trị');
  });

  it('reads periods as 11/2026, 2026-11, "Tháng 11/2026" and a year', () => {
    expect(['11/2026', '1/2026', '2026-11', 'Tháng 11/2026', 'thang 11 nam 2026', 'T11/2026', '2026', 'Năm 2026', '2026-11-01'].map(readPeriod)).toEqual([
      '2026-11',
      '2026-01',
      '2026-11',
      '2026-11',
      '2026-11',
      '2026-11',
      '2026',
      '2026',
      '2026-11',
    ]);
    expect(['13/2026', '11-26', 'tháng mười', ''].map(readPeriod)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe.each(ENGINES)('importing what a person writes, checking and confirming on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let dir: string;
  let held: HeldUploads;
  const admin: Principal = { userId: 1, username: 'admin', displayName: 'Admin', role: 'admin', unitId: null, institutionId: null };
  const other: Principal = { ...admin, userId: 2, username: 'admin2' };
  let official: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    official = { userId: 3, username: 'canbo', displayName: 'Cán bộ', role: 'official', unitId: net.d1, institutionId: null };
    dir = await mkdtemp(join(tmpdir(), 'held-'));
    held = new HeldUploads(dir);
    await importValueFile(
      store.db,
      utf8(
        ['institution,dataElement,period,value', 'LIB-C1,LIB_LOANS,2024-01,100', 'LIB-C1,LIB_LOANS,2024-02,200', 'LIB-C1,LIB_HOLDINGS,2024,5000'].join('\n'),
      ),
      'seed.csv',
      opts,
    );
  });
  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports institutions and elements by name (without diacritics too), periods as mm/yyyy, numbers the Vietnamese way', async () => {
    const file = [
      'Mã cơ sở,Chỉ tiêu,Tháng,Giá trị',
      'Thư viện xã Một,Lượt sách báo phục vụ bạn đọc,03/2024,1.234',
      'thu vien xa mot,luot sach bao phuc vu ban doc,4/2024,2\u00a0345',
      'LIB-C1,LIB_LOANS,2024-05, 7 ',
      'Thư viện huyện Một,Vốn tài liệu (bản),2024,"12.000"',
      'Thư viện huyện Một,Library user visits,Tháng 6/2024,',
    ].join('\n');
    expect(await importValueFile(store.db, utf8(file), 'ten.csv', opts)).toEqual({ rows: 5, written: 4, problems: [] });
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-03')).toBe(1234);
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-04')).toBe(2345);
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-05')).toBe(7);
    expect(await stored(store, 'LIB-D1', 'LIB_HOLDINGS', '2024')).toBe(12000);
    expect(await stored(store, 'LIB-D1', 'LIB_VISITS', '2024-06')).toBeUndefined();
  });

  it('names the row, the column and the value of every name, period and number it cannot read', async () => {
    const file = [
      'Cơ sở,Chỉ tiêu,Kỳ,Giá trị',
      'Thư viện xã Không,Lượt sách báo phục vụ bạn đọc,03/2024,1', // row 2: no such institution
      'Thư viện xã Một,Lượt gì đó,03/2024,1', // row 3: no such element
      'Thư viện xã Một,Lượt sách báo phục vụ bạn đọc,13/2024,1', // row 4: no 13th month
      'Thư viện xã Một,Vốn tài liệu (bản),03/2024,1', // row 5: a yearly element for a month
      'Thư viện xã Một,Lượt sách báo phục vụ bạn đọc,07/2024,"1,234"', // row 6: a decimal comma
    ].join('\n');
    const r = await importValueFile(store.db, utf8(file), 'sai.csv', opts);
    expect(r.written).toBe(0);
    expect(r.problems.map((p) => [p.row, p.field, p.said.vi])).toEqual([
      [2, 'institution', 'Không có cơ sở nào có tên hoặc mã "Thư viện xã Không".'],
      [3, 'dataElement', 'Không có chỉ tiêu nào có tên hoặc mã "Lượt gì đó".'],
      [4, 'period', 'Kỳ "13/2024" không hợp lệ: ghi tháng dạng 11/2026 (hoặc 2026-11), năm dạng 2026.'],
      [5, 'period', 'Chỉ tiêu Vốn tài liệu (bản) nhập theo năm (YYYY), không theo kỳ "03/2024".'],
      [
        6,
        'value',
        'Giá trị "1,234" có dấu phẩy, là dấu thập phân khi viết số kiểu Việt Nam, nên không phải số nguyên. Nếu dấu phẩy ngăn hàng nghìn, hãy viết 1.234 hoặc 1234.',
      ],
    ]);
  });

  it('asks for the code when two institutions share a name, and takes "name (code)"', async () => {
    const twin = await createInstitution(
      store.db,
      { code: 'LIB-TWIN', name: 'Thư viện xã Một', kind: 'library_public_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    try {
      const ambiguous = await importValueFile(store.db, utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một,LIB_LOANS,08/2024,1\n'), 'x.csv', opts);
      expect(ambiguous.problems.map((p) => p.said.vi)).toEqual([
        'Có 2 cơ sở cùng tên "Thư viện xã Một": ghi thêm mã trong ngoặc, ví dụ "Thư viện xã Một (LIB-C1)".',
      ]);
      const named = await importValueFile(store.db, utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một (LIB-C1),LIB_LOANS,08/2024,8\n'), 'x.csv', opts);
      expect(named).toEqual({ rows: 1, written: 1, problems: [] });
      // of two of a name, the one the person may write is the one meant
      const mine = await importValueFile(store.db, utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một,LIB_LOANS,09/2024,9\n'), 'x.csv', {
        ...opts,
        canWrite: (id: number) => id === net.lib,
      });
      expect(mine).toEqual({ rows: 1, written: 1, problems: [] });
      expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-09')).toBe(9);
    } finally {
      await store.db.updateTable('institutions').set({ name: 'Thư viện xã Mới' }).where('id', '=', twin).execute();
    }
  });

  it('makes a template of an institution: names, the periods the person may write, the values stored', async () => {
    const { name, rows } = await templateRows(store.db, official, { institution: 'LIB-C1' }, 2025, TODAY);
    expect(name).toBe('Thư viện xã Một');
    // the district official writes the commune library's months before the reform only, not its year 2025 (in the new commune)
    const loans = rows.filter((r) => r.element === 'Lượt sách báo phục vụ bạn đọc').map((r) => r.period);
    expect(loans).toEqual(['01/2025', '02/2025', '03/2025', '04/2025', '05/2025', '06/2025']);
    expect(rows.some((r) => r.period === '2025')).toBe(false);
    expect(new Set(rows.map((r) => r.institution))).toEqual(new Set(['Thư viện xã Một']));
    // an admin's of 2024: every month and the year, with the stored values
    const all = (await templateRows(store.db, admin, { institution: 'LIB-C1' }, 2024, TODAY)).rows;
    expect(all.find((r) => r.element === 'Lượt sách báo phục vụ bạn đọc' && r.period === '01/2024')?.value).toBe(100);
    expect(all.find((r) => r.element === 'Vốn tài liệu (bản)' && r.period === '2024')?.value).toBe(5000);
    expect(all.find((r) => r.element === 'Lượt người sử dụng thư viện' && r.period === '12/2024')?.value).toBeNull();
    // of a year in progress, the months so far
    const now = (await templateRows(store.db, admin, { institution: 'LIB-C1' }, 2025, '2025-03-10')).rows;
    expect(now.filter((r) => r.element === 'Lượt sách báo phục vụ bạn đọc').map((r) => r.period)).toEqual(['01/2025', '02/2025', '03/2025']);
  });

  it('makes a template of a unit for every institution the person may write, and refuses a place of none', async () => {
    const { rows } = await templateRows(store.db, official, { unit: 'D1' }, 2024, TODAY);
    expect(new Set(rows.map((r) => r.institution))).toEqual(new Set(['Thư viện xã Một', 'Thư viện trường Hai', 'Thư viện huyện Một']));
    const none = await refusal(templateRows(store.db, official, { unit: 'N1' }, 2024, TODAY));
    expect(none.status).toBe(404); // the new commune lies outside the old district's subtree
    const staff: Principal = { ...official, role: 'staff', unitId: null, institutionId: net.school };
    const notHers = await refusal(templateRows(store.db, staff, { institution: 'LIB-C1' }, 2024, TODAY));
    expect(notHers.status).toBe(404);
  });

  it('writes the template as CSV and XLSX with Vietnamese headers, and reads both back as the same rows', async () => {
    const { rows } = await templateRows(store.db, admin, { institution: 'LIB-C1' }, 2024, TODAY);
    const csv = templateCsv(rows);
    expect(csv.split('\n')[0]).toBe('\uFEFFCơ sở,Chỉ tiêu,Kỳ,Giá trị');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await templateXlsx(rows, 'Thư viện xã Một', 2024)).buffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Số liệu', 'Hướng dẫn']);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Cơ sở', 'Chỉ tiêu', 'Kỳ', 'Giá trị']);
    const fromCsv = await parseValueFile(utf8(csv), 'mau.csv');
    const fromXlsx = await parseValueFile((await valueTemplate(store.db, admin, { institution: 'LIB-C1' }, 2024, 'xlsx', TODAY)).body, 'mau.xlsx');
    expect(fromCsv).toHaveLength(rows.length);
    expect(fromXlsx.map((r) => [r.institution, r.dataElement, r.period, r.value === null ? '' : String(r.value)])).toEqual(
      fromCsv.map((r) => [r.institution, r.dataElement, r.period, String(r.value ?? '')]),
    );
    // uploaded again unchanged, it changes nothing
    const same = await checkUpload(store.db, admin, { bytes: utf8(csv), name: 'mau.csv' }, { held, today: TODAY });
    expect(same.check.problems).toEqual([]);
    expect(same.check.changed).toBe(0);
    expect(same.token).toBeUndefined();
  });

  it('checks an edited template: old → new of each changed cell, the unchanged counted; confirms it by its token', async () => {
    const { rows } = await templateRows(store.db, admin, { institution: 'LIB-C1' }, 2024, TODAY);
    const edit = (element: string, period: string, value: number) => {
      const r = rows.find((x) => x.element === element && x.period === period)!;
      r.value = value;
    };
    edit('Lượt sách báo phục vụ bạn đọc', '01/2024', 150); // was 100
    edit('Lượt người sử dụng thư viện', '12/2024', 1234); // was none
    const bytes = utf8(templateCsv(rows).replace(',12/2024,1234', ',12/2024,1.234'));
    const before = await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-01');
    const { check, token } = await checkUpload(store.db, admin, { bytes, name: 'sua.csv' }, { held, today: TODAY });
    expect(check.problems).toEqual([]);
    expect(check.changes.map((c) => [c.institution, c.element.vi, c.period, c.old, c.value])).toEqual([
      ['Thư viện xã Một', 'Lượt người sử dụng thư viện', '2024-12', null, 1234],
      ['Thư viện xã Một', 'Lượt sách báo phục vụ bạn đọc', '2024-01', 100, 150],
    ]);
    expect(check.changed).toBe(2);
    expect(check.unchanged).toBe(rows.filter((r) => r.value !== null).length - 2);
    expect(check.blank).toBe(rows.filter((r) => r.value === null).length);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-01')).toBe(before); // a check writes nothing
    // another user cannot use the token; its owner can, once
    expect((await refusal(confirmUpload(store.db, other, token!, { held, today: TODAY }))).code).toBe('E3094');
    const done = await confirmUpload(store.db, admin, token!, { held, today: TODAY });
    expect(done).toEqual({ saved: true, name: 'sua.csv', written: 2 });
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-01')).toBe(150);
    expect(await stored(store, 'LIB-C1', 'LIB_VISITS', '2024-12')).toBe(1234);
    expect((await refusal(confirmUpload(store.db, admin, token!, { held, today: TODAY }))).code).toBe('E3093');
    expect(await readdir(dir)).toEqual([]); // nothing of it is kept after use
  });

  it('refuses a confirmation when a value changed since the check, writes nothing, and shows the check again', async () => {
    const file = utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một,Lượt sách báo phục vụ bạn đọc,02/2024,222\nThư viện xã Một,LIB_LOANS,10/2024,10\n');
    const first = await checkUpload(store.db, admin, { bytes: file, name: 'a.csv' }, { held, today: TODAY });
    expect(first.check.changes.map((c) => [c.period, c.old, c.value])).toEqual([
      ['2024-02', 200, 222],
      ['2024-10', null, 10],
    ]);
    // someone else saves February meanwhile
    await importValueFile(store.db, utf8('institution,dataElement,period,value\nLIB-C1,LIB_LOANS,2024-02,210\n'), 'b.csv', opts);
    const stale = await confirmUpload(store.db, admin, first.token!, { held, today: TODAY });
    expect(stale.saved).toBe(false);
    if (stale.saved) return;
    expect(stale.cellsChanged).toBe(1);
    expect(stale.again.check.changes.map((c) => [c.period, c.old, c.value])).toEqual([
      ['2024-02', 210, 222],
      ['2024-10', null, 10],
    ]);
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-02')).toBe(210);
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-10')).toBeUndefined();
    // the fresh check's token saves it
    expect(stale.again.token).not.toBe(first.token);
    expect(await confirmUpload(store.db, admin, stale.again.token!, { held, today: TODAY })).toEqual({ saved: true, name: 'a.csv', written: 2 });
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-02')).toBe(222);
  });

  it('refuses at the check a year an approved report locked, naming the row', async () => {
    await store.db
      .insertInto('data_locks')
      .values({ unit_id: net.d1, year: 2023, report_id: null, locked_by: null, locked_at: '2026-01-01T00:00:00Z' })
      .execute();
    try {
      const file = utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một,LIB_LOANS,05/2023,5\nThư viện xã Một,LIB_LOANS,05/2024,5\n');
      const { check, token } = await checkUpload(store.db, admin, { bytes: file, name: 'khoa.csv' }, { held, today: TODAY });
      expect(token).toBeUndefined();
      expect(check.changes).toEqual([]);
      expect(check.problems.map((p) => [p.row, p.field, p.said.vi])).toEqual([[2, 'period', 'Đã khóa (báo cáo Huyện Một năm 2023 đã phê duyệt)']]);
    } finally {
      await store.db.deleteFrom('data_locks').execute();
    }
  });

  it('refuses an expired token, an empty file and a file of headers only, in words', async () => {
    const brief = new HeldUploads(dir, 0);
    const file = utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\nThư viện xã Một,LIB_LOANS,11/2024,11\n');
    const { token } = await checkUpload(store.db, admin, { bytes: file, name: 'c.csv' }, { held: brief, today: TODAY });
    const expired = await refusal(confirmUpload(store.db, admin, token!, { held: brief, today: TODAY }));
    expect(expired.said.vi).toBe('Tệp đã kiểm tra không còn được giữ (quá 0 phút, hoặc đã lưu rồi): hãy chọn lại tệp và kiểm tra lại.');
    expect(await stored(store, 'LIB-C1', 'LIB_LOANS', '2024-11')).toBeUndefined();
    expect((await refusal(confirmUpload(store.db, admin, 'not-a-token', { held, today: TODAY }))).code).toBe('E3093');
    expect((await refusal(checkUpload(store.db, admin, { bytes: new Uint8Array(), name: 'e.csv' }, { held, today: TODAY }))).said.vi).toBe(
      'Tệp rỗng: không có dòng tiêu đề nào.',
    );
    expect((await refusal(checkUpload(store.db, admin, { bytes: utf8('Cơ sở,Chỉ tiêu,Kỳ,Giá trị\n'), name: 'h.csv' }, { held, today: TODAY }))).said.vi).toBe(
      'Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào: không có gì để nhập.',
    );
  });
});
