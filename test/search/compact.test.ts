import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { compactWordIndex, indexDocuments, removeDocuments, search, type SearchDocument } from '../../src/search/index.ts';

const TITLES = ['Lịch sử Việt Nam', 'Địa lý Tây Nguyên', 'Kỹ thuật nông nghiệp', 'Hồi ký chiến tranh', 'Văn hóa Huế'];

/** Batch `b`'s documents: five titles, each written by one of three authors. */
const batch = (b: number): SearchDocument[] =>
  TITLES.map((title, i) => ({
    kind: 'book',
    refId: b * 10 + i,
    title: `${title} tập ${b}`,
    creator: ['Nguyễn Văn An', 'Trần Thị Lý', 'Lê Minh'][(b + i) % 3],
    year: 2000 + b,
    language: 'vie',
    subjects: [title.split(' ')[0]!],
    facets: { library: [`TV-${b % 2}`] },
  }));

const QUERIES = ['lich su', 'địa lí', 'ky thuat nong', 'tap 3', 'nguyen an', 'ly', 'hue'];

/** Issue 20: the search's word index is compacted by night; its answers stay exactly the same. */
describe.each(ENGINES)('compacting the word index on %s', (engine) => {
  let store: Store;
  const answers = async () =>
    Promise.all(
      QUERIES.map(async (q) => {
        const r = await search(store.db, { q, countFacets: ['library', 'subject'] });
        return { q, total: r.total, hits: r.hits.map((h) => [h.refId, h.exact]), facets: r.facets };
      }),
    );
  /** How many b-trees (segments) the FTS5 index is read from: every one has a row in its idx table. */
  const segments = async () => Number((await sql<{ n: number }>`SELECT count(DISTINCT segid) AS n FROM search_fts_idx`.execute(store.db)).rows[0]!.n);

  beforeAll(async () => {
    store = await freshStore(engine);
    // each batch its own transaction (a b-tree of its own in FTS5), and removals leaving tombstones
    for (let b = 0; b < 9; b++) await indexDocuments(store.db, batch(b), { fresh: true });
    await removeDocuments(store.db, 'book', [11, 32, 54]);
    await indexDocuments(store.db, batch(7).slice(0, 2)); // re-indexed: removed and written again
  });
  afterAll(() => store.close());

  it('merges what days of writes left into one b-tree (SQLite), and answers every query as before', async () => {
    const before = await answers();
    expect(before.find((a) => a.q === 'lich su')!.total).toBe(9);
    expect(before.find((a) => a.q === 'tap 3')!.hits.map(([ref]) => ref)).not.toContain(32);
    if (engine === 'sqlite') expect(await segments()).toBeGreaterThan(1);
    const steps = await compactWordIndex(store.db);
    if (engine === 'sqlite') {
      expect(steps).toBeGreaterThan(0);
      expect(await segments()).toBe(1);
    } else expect(steps).toBe(0); // PostgreSQL's GIN needs nothing of ours
    expect(await answers()).toEqual(before);
    // compact already: nothing to do
    expect(await compactWordIndex(store.db)).toBe(0);
  });

  it('keeps finding what is written after it', async () => {
    await indexDocuments(store.db, [{ kind: 'book', refId: 500, title: 'Lịch sử Đắk Lắk', creator: 'Đỗ Bình', year: 2024, language: 'vie' }]);
    await compactWordIndex(store.db);
    const r = await search(store.db, { q: 'lich su dak lak' });
    expect(r.hits.map((h) => h.refId)).toEqual([500]);
  });
});
