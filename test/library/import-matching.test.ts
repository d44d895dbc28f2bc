import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/db/database.ts';
import type { MatchLine } from '../../src/library/import-entries.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

/** Issue 20: the matching rule chosen at import (ISBN, 001/035, title and author), its preview (nothing written), re-import idempotent. */
describe.each(ENGINES)('MARC import matching on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'skip', userId: null, date: '2026-01-10' });
  });
  afterAll(() => store?.close());

  const counts = async () => ({
    records: Number(
      (
        await store.db
          .selectFrom('lib_records')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
    items: Number(
      (
        await store.db
          .selectFrom('lib_items')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ),
  });
  // the same file for another library, without its copies' barcodes (each record then gets one copy made)
  const withoutCopies = () =>
    Buffer.from(
      vietnameseXml()
        .toString('utf8')
        .replace(/<marc:datafield tag="952"[\s\S]*?<\/marc:datafield>/g, ''),
    );

  it('previews each record’s match under the rule chosen, writing nothing', async () => {
    const before = await counts();
    const byIsbn: MatchLine[] = [];
    const r = await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule: 'isbn', dryRun: true, lines: byIsbn });
    expect(await counts()).toEqual(before);
    expect(await store.db.selectFrom('audit_log').select('id').where('action', '=', 'import').where('entity_key', 'like', 'LIB-D1%').execute()).toEqual([]);
    const withIsbn = byIsbn.filter((l) => l.fate === 'merged');
    const fresh = byIsbn.filter((l) => l.fate === 'new');
    expect(withIsbn.length).toBeGreaterThan(0);
    expect(r.merged).toBe(withIsbn.length);
    expect(r.imported).toBe(fresh.length);
    const dmp = withIsbn.find((l) => l.title === 'Dế Mèn phiêu lưu ký')!;
    const existing = await store.db.selectFrom('lib_records').select(['id', 'title']).where('id', '=', dmp.recordId!).executeTakeFirstOrThrow();
    expect(existing.title).toBe('Dế Mèn phiêu lưu ký');
    // by title and author, and by control number (001, the same file's at LIB-C1), every record finds its match
    const byTitle: MatchLine[] = [];
    await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule: 'title-author', dryRun: true, lines: byTitle });
    expect(byTitle.every((l) => l.fate === 'merged')).toBe(true);
    const byControl: MatchLine[] = [];
    await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule: 'control', dryRun: true, lines: byControl });
    expect(byControl.every((l) => l.fate === 'merged')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('imports under the rule as previewed; importing again changes nothing, whatever the rule', async () => {
    const lines: MatchLine[] = [];
    const preview = await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule: 'isbn', dryRun: true, lines });
    const before = await counts();
    const done = await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule: 'isbn' });
    expect({ imported: done.imported, merged: done.merged, items: done.items }).toEqual({
      imported: preview.imported,
      merged: preview.merged,
      items: preview.items,
    });
    const after = await counts();
    expect(after.records - before.records).toBe(preview.imported);
    for (const rule of ['auto', 'isbn', 'control', 'title-author'] as const) {
      const again = await importMarc(store.db, withoutCopies(), { libraryCode: 'LIB-D1', onError: 'skip', userId: null, rule });
      expect({ rule, imported: again.imported, items: again.items }).toEqual({ rule, imported: 0, items: 0 });
      const c1 = await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'skip', userId: null, rule });
      expect({ rule, imported: c1.imported, items: c1.items }).toEqual({ rule, imported: 0, items: 0 });
    }
    expect(await counts()).toEqual(after);
  });
});
