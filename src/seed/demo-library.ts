import type { DB } from '../core/db/database.ts';
import type { Bib } from '../library/bib.ts';
import { catalogue } from '../library/catalogue.ts';
import { placesById } from '../library/places.ts';
import { fold } from '../core/text/vietnamese.ts';

/**
 * A small catalogue for the demo, the same on every run: well-known Vietnamese books (titles, authors, publishers as
 * commonly catalogued; no ISBNs) held by the Huế provincial library and a few district libraries, and three library
 * cards. It writes no statistics: the demo's figures are synthetic already.
 */
const BOOKS: [title: string, author: string, publisher: string, year: number, subjects: string[], children?: boolean][] = [
  ['Dế Mèn phiêu lưu ký', 'Tô Hoài', 'Kim Đồng', 2019, ['Văn học thiếu nhi -- Việt Nam'], true],
  ['Đất rừng phương Nam', 'Đoàn Giỏi', 'Kim Đồng', 2018, ['Văn học thiếu nhi -- Việt Nam'], true],
  ['Tôi thấy hoa vàng trên cỏ xanh', 'Nguyễn Nhật Ánh', 'Trẻ', 2018, ['Tiểu thuyết -- Việt Nam'], true],
  ['Mắt biếc', 'Nguyễn Nhật Ánh', 'Trẻ', 2019, ['Tiểu thuyết -- Việt Nam']],
  ['Số đỏ', 'Vũ Trọng Phụng', 'Văn học', 2016, ['Tiểu thuyết -- Việt Nam']],
  ['Truyện Kiều', 'Nguyễn Du', 'Văn học', 2015, ['Thơ -- Việt Nam']],
  ['Nỗi buồn chiến tranh', 'Bảo Ninh', 'Trẻ', 2011, ['Tiểu thuyết -- Việt Nam']],
  ['Tắt đèn', 'Ngô Tất Tố', 'Văn học', 2015, ['Tiểu thuyết -- Việt Nam']],
  ['Vợ nhặt', 'Kim Lân', 'Văn học', 2017, ['Truyện ngắn -- Việt Nam']],
  ['Chí Phèo', 'Nam Cao', 'Văn học', 2016, ['Truyện ngắn -- Việt Nam']],
  ['Nhật ký Đặng Thùy Trâm', 'Đặng Thùy Trâm', 'Hội Nhà văn', 2005, ['Nhật ký -- Chiến tranh -- Việt Nam']],
  ['Việt Nam sử lược', 'Trần Trọng Kim', 'Văn học', 2018, ['Lịch sử -- Việt Nam']],
  ['Huế - di tích và con người', 'Nguyễn Đắc Xuân', 'Thuận Hóa', 2010, ['Huế -- Di tích -- Lịch sử']],
  ['Kỹ thuật trồng lúa', 'Nhiều tác giả', 'Nông nghiệp', 2019, ['Nông nghiệp -- Trồng trọt']],
  ['Cẩm nang chăn nuôi gia đình', 'Nhiều tác giả', 'Nông nghiệp', 2020, ['Nông nghiệp -- Chăn nuôi']],
  ['Luật thư viện', 'Quốc hội', 'Chính trị Quốc gia Sự thật', 2020, ['Thư viện -- Pháp luật -- Việt Nam']],
];

export async function seedDemoLibrary(db: DB, institutionIdOf: (code: string) => number | null): Promise<number> {
  const codes = ['TVTINH-46', 'TVHUYEN-474', 'TVHUYEN-481'];
  const ids = codes.map(institutionIdOf).filter((x): x is number => x !== null);
  const places = await placesById(db, ids);
  let records = 0;
  for (const [n, id] of ids.entries()) {
    const lib = places.get(id);
    if (!lib) continue;
    const entries = BOOKS.filter((_, i) => n === 0 || i % (n + 1) === 0).map(([title, author, publisher, year, subjects, children], i) => ({
      bib: {
        isbn: null,
        title,
        author,
        publisher,
        year,
        language: 'vie',
        material: 'book',
        subjects,
        audience: children ? ['children'] : [],
        notes: null,
        controlNumber: null,
      } satisfies Bib,
      copies: Array.from({ length: n === 0 ? 2 : 1 }, (_, k) => ({ barcode: `${lib.code}-${String(i + 1).padStart(4, '0')}-${k + 1}`, location: null })),
      generate: 0,
    }));
    records += (await catalogue(db, lib, entries, { userId: null, source: 'demo', date: '2026-01-15', feed: false })).created;
  }
  if (ids[0]) {
    const cards = [
      ['TV46-0001', 'Nguyễn Thị Hoa', 'adult'],
      ['TV46-0002', 'Trần Minh Khang', 'child'],
      ['TV46-0003', 'Lê Văn Bình', 'elderly'],
    ];
    await db
      .insertInto('lib_patrons')
      .values(
        cards.map(([card, name, category]) => ({
          card_number: card!,
          institution_id: ids[0]!,
          user_id: null,
          name: name!,
          name_key: fold(name!),
          category: category!,
          block_reason: null,
          registered_at: '2026-01-15',
          expires_at: null,
        })),
      )
      .execute();
  }
  return records;
}
