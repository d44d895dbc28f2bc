import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarcFile } from '../../src/library/marc/read-file.ts';
import { readIso2709, writeIso2709 } from '../../src/library/marc/iso2709.ts';
import { decodeMarc8 } from '../../src/library/marc/marc8.ts';
import { marcToBib } from '../../src/library/marc/to-bib.ts';
import { subfield, type MarcRecord } from '../../src/library/marc/record.ts';
import { checkIsbn } from '../../src/library/isbn.ts';
import { dedupKey } from '../../src/library/bib.ts';
import { marcFixture } from './fixture.ts';

const fixture = marcFixture;
const ok = (f: string): MarcRecord[] => readMarcFile(fixture(f)).results.flatMap((r) => (r.ok ? [r.record] : []));

describe('MARC 21 reading (real files)', () => {
  it('reads every record of the ISO 2709 and MARCXML files', () => {
    expect(ok('marc.dat')).toHaveLength(20);
    expect(ok('test.dat')).toHaveLength(10);
    expect(readMarcFile(fixture('batch.xml')).format).toBe('marcxml');
    expect(ok('batch.xml')).toHaveLength(2);
    expect(ok('utf8.xml')).toHaveLength(1);
    expect(marcToBib(ok('test.dat')[0]!).bib?.title).toBeTruthy();
  });

  it('decodes MARC-8 diacritics to the same text as the UTF-8 record', () => {
    const marc8 = ok('marc8.dat')[0]!;
    const utf8 = ok('utf8_with_leader_flag.dat')[0]!;
    expect(subfield(marc8, '240', 'a')).toBe('De la solitude à la communauté.');
    expect(JSON.stringify(marc8.fields)).toBe(JSON.stringify(utf8.fields));
    // UTF-8 text in a record whose leader says MARC-8 is read as UTF-8, with a note
    const mislabelled = [...readIso2709(fixture('utf8_without_leader_flag.dat'))][0]!;
    expect(mislabelled.ok && mislabelled.note).toMatch(/UTF-8/);
    expect(mislabelled.ok && subfield(mislabelled.record, '240', 'a')).toBe('De la solitude à la communauté.');
  });

  it('decodes Vietnamese letters and stacked marks from MARC-8 (ANSEL)', () => {
    // Đ ắ k   H à : 0xA3 'D'… ắ = breve (E6) + acute (E2) before 'a'; à = grave (E1) before 'a'
    expect(decodeMarc8(Uint8Array.from([0xa3, 0xe6, 0xe2, 0x61, 0x6b, 0x20, 0x48, 0xe1, 0x61]))).toBe('Đắk Hà');
    // Thư viện: ư = 0xBD; ệ = dot below (F2) + circumflex (E3) before e
    expect(decodeMarc8(Uint8Array.from([0x54, 0x68, 0xbd, 0x20, 0x76, 0x69, 0xf2, 0xe3, 0x65, 0x6e]))).toBe('Thư viện');
    // Ở = hook above (E0) on Ơ (0xAC)
    expect(decodeMarc8(Uint8Array.from([0xe0, 0xac]))).toBe('Ở');
    expect(() => decodeMarc8(Uint8Array.from([0x1b, 0x24, 0x31, 0x21]))).toThrow(/not supported/);
  });

  it('reports broken records by number and reads the good ones', () => {
    const { results } = readMarcFile(fixture('bad_records.mrc'));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    const bad = results.flatMap((r) => (r.ok ? [] : [r.problem]));
    expect(bad.map((p) => p.record)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(bad[0]!.said.vi).toMatch(/^Biểu ghi số 2: /);
    // a file cut off in the middle of its last record
    const cut = fixture('marc.dat').subarray(0, 5000);
    const res = [...readIso2709(cut)];
    const last = res.at(-1)!;
    expect(last.ok).toBe(false);
    expect(!last.ok && last.problem.said.en).toMatch(/truncated|length/);
    // mis-encoded: leader says UTF-8 but the bytes are Latin-1
    const rec = Buffer.from(
      writeIso2709([{ leader: '00000nam a2200000 a 4500', fields: [{ tag: '245', ind1: '0', ind2: '0', subfields: [['a', 'Caf\u00e9']] }] }]),
    );
    const latin1 = Buffer.from(rec);
    const at = latin1.indexOf(Buffer.from('é'));
    latin1[at] = 0xe9; // Latin-1 é where UTF-8 was promised (same length: a space follows)
    latin1[at + 1] = 0x20;
    const mis = [...readIso2709(latin1)][0]!;
    expect(!mis.ok && mis.problem.said.en).toMatch(/not valid UTF-8/);
  });

  it('reads the Vietnamese test records (MARCXML and the same as ISO 2709)', () => {
    const xml = readFileSync(new URL('../fixtures/marc/vietnamese.xml', import.meta.url));
    const recs = readMarcFile(xml).results.flatMap((r) => (r.ok ? [r.record] : []));
    expect(recs).toHaveLength(8);
    const de = marcToBib(recs[0]!);
    expect(de.bib).toMatchObject({
      title: 'Dế Mèn phiêu lưu ký',
      author: 'Tô Hoài',
      publisher: 'Kim Đồng',
      year: 2019,
      language: 'vie',
      isbn: '9786042100014',
      audience: ['children'],
    });
    expect(de.bib!.subjects).toContain('Văn học thiếu nhi -- Việt Nam');
    expect(de.copies).toEqual([{ barcode: 'VN-0001', location: 'VV 001' }]);
    const iso = readMarcFile(writeIso2709(recs)).results;
    expect(iso.every((r) => r.ok)).toBe(true);
    expect(iso.map((r) => r.ok && marcToBib(r.record).bib!.title)).toEqual(recs.map((r) => marcToBib(r).bib!.title));
  });
});

describe('ISBN and duplicate keys', () => {
  it('checks ISBN-10 and ISBN-13 and keeps ISBN-13', () => {
    expect(checkIsbn('0-306-40615-2')).toEqual({ ok: true, isbn13: '9780306406157' });
    expect(checkIsbn('978-0-306-40615-7')).toEqual({ ok: true, isbn13: '9780306406157' });
    expect(checkIsbn('0-8044-2957-X')).toMatchObject({ ok: true });
    expect(checkIsbn('978-0-306-40615-8')).toEqual({ ok: false, reason: 'check-digit' });
    expect(checkIsbn('12345')).toEqual({ ok: false, reason: 'format' });
  });
  it('folds title and author for duplicates', () => {
    expect(dedupKey('Mắt biếc', 'Nguyễn Nhật Ánh')).toBe(dedupKey('MAT BIEC.', 'Nguyen, Nhat Anh'));
    expect(dedupKey('Mắt biếc', 'Nguyễn Nhật Ánh')).not.toBe(dedupKey('Mắt biếc', 'Trần Văn B'));
  });
});
