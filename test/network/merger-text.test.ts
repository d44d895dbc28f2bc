import { describe, expect, it } from 'vitest';
import { editDistance, isUnchanged, looseKey, nameKey, parseMergerText, parseProvinceText, typeOf, type MergerItem } from '../../src/network/merger-text.ts';
import { linkMergers, type MapUnitRef } from '../../src/network/merger-links.ts';

const brief = (items: MergerItem[]) => items.map((i) => [i.kind, i.type, i.name, i.mode, ...(i.district ? [i.district] : [])]);

describe('the free text of the merger list', () => {
  it('reads whole units, "một phần … của các phường" lists (partial) and "phần còn lại của" (the remainder)', () => {
    // Phường Ba Đình (00004), verbatim
    const items = parseMergerText(
      'Phường Quán Thánh, Phường Trúc Bạch, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, Đội Cấn, Kim Mã, Ngọc Hà, một phần diện tích TN của phường Thụy Khuê, phần còn lại của phường Cửa Đông, Đồng Xuân sau khi sắp Xếp',
    );
    expect(brief(items)).toEqual([
      ['commune', 'phuong', 'Quán Thánh', 'whole'],
      ['commune', 'phuong', 'Trúc Bạch', 'whole'],
      ['commune', 'phuong', 'Cửa Nam', 'partial'], // "Cửa" is a name, not "của"
      ['commune', 'phuong', 'Điện Biên', 'partial'],
      ['commune', 'phuong', 'Đội Cấn', 'partial'],
      ['commune', 'phuong', 'Kim Mã', 'partial'],
      ['commune', 'phuong', 'Ngọc Hà', 'partial'],
      ['commune', 'phuong', 'Thụy Khuê', 'partial'],
      ['commune', 'phuong', 'Cửa Đông', 'remainder'],
      ['commune', 'phuong', 'Đồng Xuân', 'remainder'],
    ]);
  });

  it('takes the district in parentheses and the "(phần còn lại sau khi sáp nhập vào …)" remark', () => {
    const items = parseMergerText(
      'Phường Kim Liên, Phường Phương Mai (phần còn lại sau khi sáp nhập vào phường Bạch Mai), Phường Quang Trung (quận Đống Đa) (phần còn lại sau khi sáp nhập vào phường Đống Đa, phường Kim Liên)',
    );
    expect(brief(items)).toEqual([
      ['commune', 'phuong', 'Kim Liên', 'whole'],
      ['commune', 'phuong', 'Phương Mai', 'remainder'],
      ['commune', 'phuong', 'Quang Trung', 'remainder', 'dong da'],
    ]);
    expect(parseMergerText('Xã Đăk Long (thuộc huyện Đăk Hà), Xã Đăk Pxi')[0]!.district).toBe('dak ha');
  });

  it('handles the doubled type word, "toàn bộ", typos and a missing comma', () => {
    expect(
      brief(
        parseMergerText(
          'Phường Minh Khai (quận Bắc Từ Liêm), một phần diện tích TN, toàn bố quy mô dân số của phường Phường Tây Tựu và một phần diện tích TN của Xã Kim Chung (huyện Hoài Đức)',
        ),
      ),
    ).toEqual([
      ['commune', 'phuong', 'Minh Khai', 'whole', 'bac tu liem'],
      ['commune', 'phuong', 'Tây Tựu', 'partial'],
      ['commune', 'xa', 'Kim Chung', 'partial', 'hoai duc'],
    ]);
    expect(brief(parseMergerText('Toàn bộ  diện tích TN, quy mô dân số của các phường Phường Giảng Võ và Phường Cát Linh'))).toEqual([
      ['commune', 'phuong', 'Giảng Võ', 'whole'],
      ['commune', 'phuong', 'Cát Linh', 'whole'],
    ]);
    expect(brief(parseMergerText('Phường Thống Nhất, và phần còn lại của xã  Xã Vầy Nưa sau khi sắp xếp theo quy định tại khoản 99 Điều này'))).toEqual([
      ['commune', 'phuong', 'Thống Nhất', 'whole'],
      ['commune', 'xa', 'Vầy Nưa', 'remainder'],
    ]);
    expect(parseMergerText('Xã Yên Định  Xã Yên Định, Xã Minh Ngọc').map((i) => i.name)).toEqual(['Yên Định', 'Yên Định', 'Minh Ngọc']);
    expect(parseMergerText('Thị trấn Đông Anh và các Xã Liên Hà (huyện Đông Anh)').map((i) => [i.type, i.name])).toEqual([
      ['thi tran', 'Đông Anh'],
      ['xa', 'Liên Hà'],
    ]);
  });

  it('does not take names for markers: "Mường Và", "Các Sơn", "Xóm Củi", "Tân Xã"', () => {
    expect(parseMergerText('Xã Mường Và, Xã Các Sơn và Phường Xóm Củi, Xã Tân Xã').map((i) => [i.type, i.name])).toEqual([
      ['xa', 'Mường Và'],
      ['xa', 'Các Sơn'],
      ['phuong', 'Xóm Củi'],
      ['xa', 'Tân Xã'],
    ]);
  });

  it('marks villages and whole districts', () => {
    expect(brief(parseMergerText('Thôn Mịch A, Xã Thuận Hòa '))).toEqual([
      ['other', 'thon', 'Mịch A', 'whole'],
      ['commune', 'xa', 'Thuận Hòa', 'whole'],
    ]);
    expect(brief(parseMergerText('Huyện Cồn Cỏ'))).toEqual([['district', 'huyen', 'Cồn Cỏ', 'whole']]);
  });

  it('never throws on odd text', () => {
    for (const t of [
      '',
      ' ',
      '(',
      ')',
      '(((',
      'của các',
      ',,, và ;',
      'một phần diện tích',
      'Xã',
      '(phần còn lại)',
      'Phường 9 (',
      'Xã A)))',
      '\u0301\u0301',
      '🙂 Xã 🙂',
    ]) {
      expect(() => parseMergerText(t)).not.toThrow();
    }
    expect(parseMergerText('Phường 1, Phường 9 (phần còn lại sau khi sáp nhập vào phường Tuy Hòa)').map((i) => [i.key, i.mode])).toEqual([
      ['1', 'whole'],
      ['9', 'remainder'],
    ]);
  });

  it('knows "giữ nguyên" and the province lists', () => {
    expect(isUnchanged('giữ nguyên')).toBe(true);
    expect(isUnchanged('Xã Giữ')).toBe(false);
    expect(parseProvinceText('TPHCM, tỉnh Bà Rịa - Vũng Tàu và tỉnh Bình Dương')).toEqual(['ho chi minh', 'ba ria vung tau', 'binh duong']);
    expect(
      parseProvinceText('tỉnh Bình Phước và tỉnh Đồng Nai. Từ ngày 30%/04%/2026, Tỉnh Đồng Nai mới (sau sáp nhập) chuyển thành Thành phố Đồng Nai'),
    ).toEqual(['binh phuoc', 'dong nai']);
  });

  it('folds names and spelling variants', () => {
    expect(nameKey('Hòa Tú II')).toBe(nameKey('Hoà Tú 2'));
    expect(nameKey('Ô Long Vĩ')).toBe('o long vi');
    expect(nameKey('09')).toBe(nameKey('9'));
    expect(looseKey(nameKey('Ea Bia'))).toBe(looseKey(nameKey('EaBia')));
    expect(looseKey(nameKey('Quí Quân'))).toBe(looseKey(nameKey('Quý Quân')));
    expect(looseKey(nameKey('Nàn Xín'))).toBe(looseKey(nameKey('Nàn Sín')));
    expect(typeOf('Thị trấn Khe Sanh')).toBe('thi tran');
    expect(typeOf('Xã Xá Lượng')).toBe('xa');
    expect(editDistance('kimchung', 'kimtrung', 2)).toBe(2);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });
});

describe('matching the text to the old map', () => {
  // old: province P1 (01) with districts D1 "Đống Đa", D2 "Hai Bà Trưng"; both have a Phường Quang Trung
  let id = 0;
  const u = (name: string, fullName: string, parentId: number | null, officialCode: string): MapUnitRef => ({
    id: ++id,
    name,
    fullName,
    parentId,
    officialCode,
  });
  const p1 = u('Hà Nội', 'Thành phố Hà Nội', null, '01');
  const p2 = u('Hà Tây', 'Tỉnh Hà Tây', null, '02');
  const d1 = u('Đống Đa', 'Quận Đống Đa', p1.id, '006');
  const d2 = u('Hai Bà Trưng', 'Quận Hai Bà Trưng', p1.id, '007');
  const d3 = u('Sơn Tây', 'Thị xã Sơn Tây', p2.id, '269');
  const qt1 = u('Quang Trung', 'Phường Quang Trung', d1.id, '00211');
  const qt2 = u('Quang Trung', 'Phường Quang Trung', d2.id, '00262');
  const ld = u('Láng Hạ', 'Phường Láng Hạ', d1.id, '00220');
  const bd = u('Bạch Đằng', 'Phường Bạch Đằng', d2.id, '00259');
  const ph = u('Phố Huế', 'Phường Phố Huế', d2.id, '00260');
  const st = u('Sơn Tây', 'Phường Sơn Tây', d3.id, '09574');
  const n1 = u('Hà Nội', 'Thành phố Hà Nội', null, '01');
  const a = u('Đống Đa', 'Phường Đống Đa', n1.id, '00235');
  const b = u('Hai Bà Trưng', 'Phường Hai Bà Trưng', n1.id, '00256');
  const c = u('Sơn Tây', 'Phường Sơn Tây', n1.id, '09574');
  const maps = { oldProvinces: [p1, p2], oldDistricts: [d1, d2, d3], oldCommunes: [qt1, qt2, ld, bd, ph, st], newProvinces: [n1], newCommunes: [a, b, c] };
  const entries = [
    { ma: '01', ten: 'Thủ Đô Hà Nội', magoc: '0', truocsapnhap: 'thành phố Hà Nội và tỉnh Hà Tây' },
    {
      ma: '00235',
      ten: 'Phường Đống Đa',
      magoc: '01',
      truocsapnhap: 'một phần diện tích TN, quy mô dân số của các phường Phường Quang Trung (quận Đống Đa), Phường Láng Hạ',
    },
    {
      ma: '00256',
      ten: 'Phường Hai Bà Trưng',
      magoc: '01',
      truocsapnhap: 'Phường Bạch Đằng, Phường Quang Trung, Phường Phố Huế, Phường Láng Hạ (phần còn lại sau khi sáp nhập vào phường Đống Đa)',
    },
    { ma: '09574', ten: 'Phường Sơn Tây', magoc: '01', truocsapnhap: 'giữ nguyên' },
  ];
  const report = linkMergers(entries, maps);
  const links = (pred: MapUnitRef) => report.links.filter((l) => l.predecessorId === pred.id).map((l) => [l.successorId, l.partial, l.aggregate]);

  it('tells duplicates apart by the district in parentheses or by the other units named', () => {
    expect(links(qt1)).toEqual([[a.id, true, true]]);
    expect(links(qt2)).toEqual([[b.id, false, true]]); // Bạch Đằng and Phố Huế are in Hai Bà Trưng, so is this Quang Trung
  });

  it('rolls history up along one link: the whole one, else the remainder, else the first', () => {
    expect(links(ld)).toEqual([
      [a.id, true, false],
      [b.id, true, true],
    ]);
    expect(links(st)).toEqual([[c.id, false, true]]);
    expect(links(d3)).toEqual([[n1.id, false, true]]);
    expect(links(p1)).toEqual([[n1.id, false, true]]);
    expect(links(p2)).toEqual([[n1.id, false, true]]);
    expect(report.linkedCommunes).toBe(6);
    expect(report.unmatchedItems).toEqual([]);
  });
});
