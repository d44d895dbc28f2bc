import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { indexDocuments, removeDocuments, search, type SearchDocument } from '../../src/search/index.ts';
import { CANDIDATES } from '../../src/search/query.ts';
import { UserError } from '../../src/core/errors.ts';

const docs: SearchDocument[] = [
  {
    kind: 'book',
    refId: 1,
    title: 'Thư viện và cộng đồng',
    creator: 'Nguyễn Văn A',
    year: 2020,
    language: 'vie',
    subjects: ['Thư viện học'],
    audience: [],
    facets: { library: ['TV-HUE'] },
  },
  {
    kind: 'book',
    refId: 2,
    title: 'Thu vien so (ban OCR mat dau)',
    creator: 'Tran B',
    year: 2019,
    language: 'vie',
    facets: { library: ['TV-HUE', 'TV-DAKHA'] },
  },
  {
    kind: 'book',
    refId: 3,
    title: 'Đất nước Đắk Lắk',
    creator: 'Lê Đức Thọ',
    year: 2018,
    language: 'vie',
    audience: ['children'],
    facets: { library: ['TV-DAKHA'] },
  },
  { kind: 'book', refId: 4, title: 'Hoà bình và phát triển', creator: 'Phạm C', year: 2021, language: 'vie' },
  {
    kind: 'book',
    refId: 5,
    title: 'Library science today',
    creator: 'Smith, J.',
    year: 2021,
    language: 'eng',
    body: 'An introduction to public libraries and community reading.',
  },
  { kind: 'exhibition', refId: 1, title: 'Triển lãm sách Thư viện tỉnh', body: 'Ngày Sách và Văn hóa đọc Việt Nam 21/4', year: 2025, language: 'vie' },
];

describe.each(ENGINES)('search on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await indexDocuments(store.db, docs);
  });
  afterAll(() => store.close());

  it('finds words with or without marks, exact marks first', async () => {
    const plain = await search(store.db, { q: 'thu vien' });
    expect(plain.hits.map((h) => `${h.kind}:${h.refId}`).sort()).toEqual(['book:1', 'book:2', 'exhibition:1']);
    const marked = await search(store.db, { q: 'thư viện' });
    expect(marked.total).toBe(3);
    expect(marked.hits.at(-1)!.refId).toBe(2);
    expect(marked.hits.at(-1)!.exact).toBe(false);
    expect(marked.hits.slice(0, 2).every((h) => h.exact)).toBe(true);
  });

  it('folds đ/Đ to d and treats NFD input and old/new tone placement alike', async () => {
    expect((await search(store.db, { q: 'dak lak' })).hits.map((h) => h.refId)).toEqual([3]);
    expect((await search(store.db, { q: 'DUC THO' })).hits.map((h) => h.refId)).toEqual([3]);
    const nfd = await search(store.db, { q: 'Đắk Lắk'.normalize('NFD') });
    expect(nfd.hits[0]).toMatchObject({ refId: 3, exact: true });
    const newPlacement = await search(store.db, { q: 'hòa bình' });
    expect(newPlacement.hits[0]).toMatchObject({ refId: 4, exact: true });
  });

  it('highlights the matching words as stored', async () => {
    const r = await search(store.db, { q: 'thu vien', kinds: ['book'], facets: { library: ['TV-HUE'] } });
    const first = r.hits.find((h) => h.refId === 1)!;
    expect(first.highlights.title.filter((s) => s.match).map((s) => s.text)).toEqual(['Thư', 'viện']);
  });

  it('filters by kind and facets and counts facet values', async () => {
    const r = await search(store.db, { q: 'thu vien', kinds: ['book'] });
    expect(r.total).toBe(2);
    expect(r.facets.kind).toEqual([{ value: 'book', count: 2 }]);
    const dakha = await search(store.db, { facets: { library: ['TV-DAKHA'] } });
    expect(dakha.hits.map((h) => h.refId).sort()).toEqual([2, 3]);
    expect(dakha.facets.library).toEqual([
      { value: 'TV-DAKHA', count: 2 },
      { value: 'TV-HUE', count: 1 },
    ]);
    const kids = await search(store.db, { facets: { audience: ['children'] } });
    expect(kids.hits.map((h) => h.refId)).toEqual([3]);
  });

  it('answers punctuation-only and over-long queries clearly', async () => {
    expect(await search(store.db, { q: '?!… ---' })).toMatchObject({ total: 0, notice: 'no-terms' });
    const long = 'thư viện '.repeat(1200);
    await expect(search(store.db, { q: long })).rejects.toBeInstanceOf(UserError);
    await expect(search(store.db, { q: long })).rejects.toMatchObject({ status: 400 });
    expect((await search(store.db, { q: `"thu" AND OR NEAR( vien* -x` })).total).toBe(0);
  });

  it('answers a broad query from its newest candidates, saying the total is a lower bound', async () => {
    const many = Array.from({ length: CANDIDATES + 50 }, (_, i) => ({
      kind: 'event',
      refId: i + 1,
      title: `Ngày hội đọc sách số ${i + 1}`,
      year: 2026,
      facets: { library: [i % 2 ? 'A' : 'B'] },
    }));
    await indexDocuments(store.db, many);
    const r = await search(store.db, { q: 'ngay hoi doc sach', countFacets: ['library'] });
    expect(r).toMatchObject({ total: CANDIDATES, atLeast: true });
    expect(r.hits[0]!.title).toBe(`Ngày hội đọc sách số ${CANDIDATES + 50}`);
    expect(r.facets.library!.reduce((n, f) => n + f.count, 0)).toBe(CANDIDATES);
    const narrow = await search(store.db, { q: 'ngay hoi doc sach 7' });
    expect(narrow).toMatchObject({ total: 1 });
    expect(narrow.atLeast).toBeUndefined();
    await removeDocuments(
      store.db,
      'event',
      many.map((d) => d.refId),
    );
  });

  it('re-indexing replaces and removal takes documents out, in the writing transaction', async () => {
    await indexDocuments(store.db, [{ kind: 'book', refId: 5, title: 'Khoa học thư viện ngày nay', year: 2022, language: 'vie' }]);
    expect((await search(store.db, { q: 'library science' })).total).toBe(0);
    expect((await search(store.db, { q: 'khoa hoc' })).hits.map((h) => h.refId)).toEqual([5]);
    await store.db.transaction().execute(async (trx) => {
      await removeDocuments(trx, 'book', [5]);
      expect((await search(trx, { q: 'khoa hoc' })).total).toBe(0);
    });
    expect((await search(store.db, { q: 'khoa hoc' })).total).toBe(0);
  });
});
