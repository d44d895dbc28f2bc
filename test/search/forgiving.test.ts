import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { inTransaction } from '../../src/core/db/transaction.ts';
import { nowIso } from '../../src/core/time.ts';
import { foldSpelling } from '../../src/core/text/vietnamese.ts';
import { isbnsAsDigits } from '../../src/core/text/isbn.ts';
import { indexDocuments, queryTerms, search } from '../../src/search/index.ts';
import { wordIndexOf } from '../../src/search/full-text.ts';
import { highlight } from '../../src/search/highlight.ts';
import { facetValueName } from '../../src/search/facet-names.ts';
import '../../src/events/search-docs.ts';
import '../../src/museum/exhibitions.ts';
import '../../src/culture/clubs.ts';

/** Issue 20: a search that forgives — i and y read alike, an ISBN found in any of its written forms. */
describe('reading i/y and ISBNs alike', () => {
  it('folds a consonant-then-y syllable to i, and leaves other y sounds', () => {
    expect(['ky', 'ly', 'my', 'quy', 'thy', 'ki'].map(foldSpelling)).toEqual(['ki', 'li', 'mi', 'qui', 'thi', 'ki']);
    expect(['y', 'thuy', 'hay', 'tuy', 'yen', 'kyo'].map(foldSpelling)).toEqual(['y', 'thuy', 'hay', 'tuy', 'yen', 'kyo']);
    expect(queryTerms('Dế Mèn phiêu lưu kí').folded).toEqual(queryTerms('de men phieu luu ky').folded);
  });

  it('reads an ISBN hyphenated or not, ISBN-10 or -13, as its ISBN-13 digits; leaves other numbers', () => {
    expect(isbnsAsDigits('978-604-1-08525-1')).toBe('9786041085251');
    expect(isbnsAsDigits('sách 604108525X')).toBe('sách 604108525X'); // a bad check digit: left as typed
    expect(isbnsAsDigits('0-306-40615-2')).toBe('9780306406157');
    expect(isbnsAsDigits('năm 2020, 300 trang')).toBe('năm 2020, 300 trang');
    expect(queryTerms('ISBN 978-604-1-08525-1').folded).toEqual(['isbn', '9786041085251']);
  });

  it('names the coded facet values other modules index (no raw codes on screen); free subjects stay as they are', () => {
    expect(facetValueName('vi', 'subject', 'reading_festival')).toBe('Ngày hội đọc sách');
    expect(facetValueName('en', 'subject', 'reading_festival')).toBe('Reading festival');
    expect(facetValueName('vi', 'subject', 'travelling')).toBe('Triển lãm lưu động');
    expect(facetValueName('vi', 'subject', 'club')).toBe('Câu lạc bộ');
    expect(facetValueName('vi', 'subject', 'Huế -- Lịch sử')).toBe('Huế -- Lịch sử');
  });

  it('highlights a word spelled the other way', () => {
    expect(
      highlight('Dế Mèn phiêu lưu ký', new Set(queryTerms('phieu luu ki').folded))
        .filter((s) => s.match)
        .map((s) => s.text),
    ).toEqual(['phiêu', 'lưu', 'ký']);
  });
});

describe.each(ENGINES)('a forgiving search on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await indexDocuments(store.db, [
      { kind: 'book', refId: 1, title: 'Dế Mèn phiêu lưu ký', creator: 'Tô Hoài', body: 'Kim Đồng · 9786041085251', language: 'vie' },
      { kind: 'book', refId: 2, title: 'Lý luận văn học', creator: 'Nguyễn Văn Lí', body: 'Giáo dục · 9780306406157', language: 'vie' },
      { kind: 'book', refId: 3, title: 'Kim Đồng', creator: 'Tô Hoài', language: 'vie' },
    ]);
    // a document indexed before i and y were read alike: its words as they were then (`ky`, not `ki`)
    await inTransaction(store.db, (trx) =>
      wordIndexOf(trx).insert(
        trx,
        ['kind', 'ref_id', 'title', 'updated_at'],
        [['book', 4, 'Nhật ký trong tù', nowIso()]],
        [{ title: 'nhat ky trong tu', rest: '' }],
      ),
    );
  });
  afterAll(() => store?.close());

  const found = async (q: string) => (await search(store.db, { q, limit: 10 })).hits.map((h) => h.refId).sort();

  it('"dế mèn phiêu lưu kí" and "de men phieu luu ki" find "Dế Mèn phiêu lưu ký"', async () => {
    expect(await found('dế mèn phiêu lưu kí')).toEqual([1]);
    expect(await found('de men phieu luu ki')).toEqual([1]);
    expect(await found('de men phieu luu ky')).toEqual([1]);
  });

  it('"lí luận" finds "Lý luận", "Nguyễn Văn Lý" finds "Lí"; a document indexed before the folding is found too', async () => {
    expect(await found('lí luận')).toEqual([2]);
    expect(await found('nguyen van ly')).toEqual([2]);
    expect(await found('nhật kí')).toEqual([4]);
    expect(await found('nhat ky')).toEqual([4]);
  });

  it('finds a book by its ISBN with or without hyphens, ISBN-10 or -13', async () => {
    expect(await found('978-604-1-08525-1')).toEqual([1]);
    expect(await found('9786041085251')).toEqual([1]);
    expect(await found('0-306-40615-2')).toEqual([2]);
    expect(await found('0306406152')).toEqual([2]);
    expect(await found('978-0-306-40615-7')).toEqual([2]);
  });
});
