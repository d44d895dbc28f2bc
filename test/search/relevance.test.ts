import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { indexDocuments, search, type SearchDocument } from '../../src/search/index.ts';
import { searchFacetKeys } from '../../src/core/db/migrations/013_search_facet_keys.ts';
import { columnFacets } from '../../src/core/db/migrations/017_column_facets.ts';
import type { Kysely } from 'kysely';

// indexed in this order: a higher ref id is a newer document
const docs: SearchDocument[] = [
  {
    kind: 'book',
    refId: 1,
    title: 'Lúa nước đồng bằng',
    creator: 'Trần Văn Mùa',
    body: 'Nhà xuất bản Nông nghiệp',
    year: 2001,
    language: 'vie',
    subjects: ['Nông nghiệp'],
    facets: { library: ['TV-A'] },
  },
  {
    kind: 'book',
    refId: 2,
    title: 'Cẩm nang nhà nông',
    creator: 'Lê Thị Lúa',
    year: 2005,
    language: 'vie',
    subjects: ['Nông nghiệp'],
    facets: { library: ['TV-B'] },
  },
  {
    kind: 'book',
    refId: 3,
    title: 'Cẩm nang làng quê',
    creator: 'Phạm Hùng',
    body: 'Có chương về cây lúa',
    year: 2010,
    language: 'vie',
    facets: { library: ['TV-A'] },
  },
  { kind: 'book', refId: 4, title: 'Sổ tay nhà vườn', creator: 'Vũ Nam', subjects: ['Cây lúa'], year: 2012, language: 'vie', facets: { library: ['TV-B'] } },
  { kind: 'book', refId: 5, title: 'Lua nuoc (ban khong dau)', creator: 'Ngo An', year: 2015, language: 'vie', facets: { library: ['TV-A'] } },
  { kind: 'book', refId: 6, title: 'Lúa nước miền Trung', creator: 'Đỗ Bình', year: 2016, language: 'eng', facets: { library: ['TV-B'] } },
  { kind: 'book', refId: 7, title: 'Lúa nước miền Bắc', creator: 'Đỗ Bình', year: 2017, language: 'vie', facets: { library: ['TV-A'] } },
];

describe.each(ENGINES)('search relevance on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await indexDocuments(store.db, docs);
  });
  afterAll(() => store.close());

  const refs = async (q: string, more: object = {}) => (await search(store.db, { q, kinds: ['book'], ...more })).hits.map((h) => h.refId);

  it('ranks a title match above an author match above a subject match above the rest', async () => {
    // the word in the title (1, 6, 7), the author (2), a subject (4), the body only (3); 5 has it too, without marks
    const order = await refs('lua');
    expect(order.slice(-3)).toEqual([2, 4, 3]);
    expect(order.indexOf(2)).toBeLessThan(order.indexOf(4));
    expect(order.indexOf(4)).toBeLessThan(order.indexOf(3));
    for (const titled of [1, 5, 6, 7]) expect(order.indexOf(titled)).toBeLessThan(order.indexOf(2));
  });

  it('puts the exact-marks matches first, even when newer unmarked ones score the same', async () => {
    const r = await search(store.db, { q: 'lúa nước', kinds: ['book'] });
    expect(r.hits.map((h) => h.refId)).toEqual([7, 6, 1, 5]);
    expect(r.hits.map((h) => h.exact)).toEqual([true, true, true, false]);
  });

  it('breaks ties by the newest first', async () => {
    // the same title words, the same lengths: 7 is newer than 6
    expect(await refs('lua nuoc mien')).toEqual([7, 6]);
    expect(await refs('binh')).toEqual([7, 6]);
  });

  it('filters by facets together with the query words, and counts facets from the candidates', async () => {
    const r = await search(store.db, { q: 'lua', kinds: ['book'], facets: { library: ['TV-B'] }, countFacets: ['library', 'language', 'subject'] });
    expect(r.hits.map((h) => h.refId).sort()).toEqual([2, 4, 6]);
    expect(r.facets.library).toEqual([{ value: 'TV-B', count: 3 }]);
    expect(r.facets.language).toEqual([
      { value: 'vie', count: 2 },
      { value: 'eng', count: 1 },
    ]);
    expect(r.facets.subject).toEqual([
      { value: 'Cây lúa', count: 1 },
      { value: 'Nông nghiệp', count: 1 },
    ]);
    const two = await search(store.db, { q: 'lua nuoc', facets: { library: ['TV-A'], language: ['vie'] } });
    expect(two.hits.map((h) => h.refId).sort()).toEqual([1, 5, 7]);
    const browse = await search(store.db, { facets: { library: ['TV-B'], language: ['eng'] } });
    expect(browse.hits.map((h) => h.refId)).toEqual([6]);
    expect(await refs('lua', { facets: { library: ['TV-NONE'] } })).toEqual([]);
  });

  it("migration 013 rebuilds every document's facet keys from the facet table (as it ran: before 017 took the column facets out)", async () => {
    const before = await store.db.selectFrom('search_documents').select(['id', 'facet_keys']).orderBy('id').execute();
    const m = searchFacetKeys(store);
    const db = store.db as unknown as Kysely<unknown>;
    await columnFacets.down!(db);
    await m.down!(db);
    await m.up(db);
    await columnFacets.up(db);
    expect(await store.db.selectFrom('search_facets').select('facet').where('facet', 'in', ['kind', 'institution']).execute()).toEqual([]);
    const after = await store.db.selectFrom('search_documents').select(['id', 'facet_keys']).orderBy('id').execute();
    const set = (k: string | null) => new Set((k ?? '').split('\n').filter(Boolean));
    expect(after.length).toBe(before.length);
    after.forEach((a, i) => expect(set(a.facet_keys)).toEqual(set(before[i]!.facet_keys)));
    expect(set(after[0]!.facet_keys)).toEqual(new Set(['kind=book', 'language=vie', 'year=2001', 'subject=Nông nghiệp', 'library=TV-A']));
  });
});

describe('folded words', () => {
  it('the fast scanner gives the words of core fold, NFD input, đ, capitals and other scripts included', async () => {
    const { foldedWords } = await import('../../src/search/text.ts');
    const { fold } = await import('../../src/core/text/vietnamese.ts');
    const slow = (t: string) => (fold(t).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= 48);
    const texts = [
      'Thư viện Đắk Hà: 25 năm (1999–2024)!',
      'HOÀ BÌNH và hòa bình',
      'Nguyễn Nhật Ánh'.normalize('NFD'),
      'Ǆemal İstanbul Æsop ½ x²',
      'Σοφία ΣΟΦΟΣ café',
      `${'a'.repeat(60)} ok`,
      ' \u0301x \u0301 ',
    ];
    for (const t of texts) expect(foldedWords(t)).toEqual(slow(t));
  });

  it('the word finder counts the words the scanner reads and finds exactly the wanted ones, without a string per word', async () => {
    const { scanWords, WordFinder } = await import('../../src/search/words.ts');
    const texts = [
      'Thư viện Đắk Hà: 25 năm (1999–2024)! thu vien',
      'HOÀ BÌNH và hòa bình, Hoà Bình',
      'Nguyễn Nhật Ánh, nguyen'.normalize('NFD'),
      'Ǆemal İstanbul istanbul Æsop ½ x²',
      'Σοφία ΣΟΦΟΣ café cafe 😀bình',
      `${'a'.repeat(60)} ok ${'a'.repeat(48)}`,
      ' \u0301x \u0301 ',
      'Kỹ thuật, kĩ thuật, ky, KY',
    ];
    const wanted = ['thu', 'vien', 'hoa', 'binh', 'nguyen', 'istanbul', 'cafe', 'σοφια', 'a'.repeat(48), 'x', 'ky', 'ki', 'ok'];
    const finder = new WordFinder(wanted);
    for (const t of texts) {
      const expected: [number, number, number][] = [];
      let count = 0;
      scanWords(t, (w, start, end) => {
        count++;
        if (wanted.includes(w)) expected.push([wanted.indexOf(w), start, end]);
      });
      const found: [number, number, number][] = [];
      expect(finder.scan(t, 0, t.length, (w, start, end) => found.push([w, start, end]))).toBe(count);
      expect(found).toEqual(expected);
    }
    // a part of a text, as the subjects are read inside a document's facet keys
    const keys = '\nsubject=Hòa bình\nlanguage=vie\n';
    const from = keys.indexOf('=') + 1;
    const found: number[] = [];
    expect(finder.scan(keys, from, keys.indexOf('\n', from), (w) => found.push(w))).toBe(2);
    expect(found.map((w) => wanted[w])).toEqual(['hoa', 'binh']);
  });
});

describe.each(ENGINES)('facet rows on %s', (engine) => {
  it("re-indexing and removal take a document's facet rows with it", async () => {
    const store = await freshStore(engine);
    const rows = async () =>
      (await store.db.selectFrom('search_facets').select(['facet', 'value']).orderBy('facet').orderBy('value').execute()).map((r) => `${r.facet}=${r.value}`);
    await indexDocuments(store.db, [
      { kind: 'book', refId: 1, title: 'Một', year: 2001, language: 'vie', facets: { library: ['A', 'B'] } },
      { kind: 'book', refId: 2, title: 'Hai', language: 'eng' },
    ]);
    await indexDocuments(store.db, [{ kind: 'book', refId: 1, title: 'Một', year: 2002, facets: { library: ['B'] } }]);
    // kind and institution are the document's columns: counted from its keys, filtered by the column, no facet rows
    expect(await rows()).toEqual(['language=eng', 'library=B', 'year=2002']);
    expect((await search(store.db, { facets: { library: ['A'] } })).total).toBe(0);
    expect((await search(store.db, { facets: { kind: ['book'] }, countFacets: ['kind'] })).facets.kind).toEqual([{ value: 'book', count: 2 }]);
    expect((await search(store.db, { facets: { kind: ['event'] } })).total).toBe(0);
    const { removeDocuments } = await import('../../src/search/index.ts');
    await removeDocuments(store.db, 'book', [1, 2]);
    expect(await rows()).toEqual([]);
    await store.close();
  });
});
