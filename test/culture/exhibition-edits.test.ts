import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createObject } from '../../src/museum/objects.ts';
import { addItem, createExhibition, getExhibition, publishExhibition, unpublishExhibition } from '../../src/museum/exhibitions.ts';
import { deleteExhibition, updateExhibition } from '../../src/museum/exhibition-edits.ts';
import { search } from '../../src/search/query.ts';
import { UserError } from '../../src/core/errors.ts';

const status = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.status;
    throw e;
  }
  return 0;
};

describe.each(ENGINES)('editing, withdrawing and deleting exhibitions on %s', (engine) => {
  let store: Store;
  let museum: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await createInstitution(
      store.db,
      { code: 'BT-E1', name: 'Bảo tàng Xã Mới', kind: 'museum_public', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
  });
  afterAll(() => store?.close());

  const counted = async (period: string) =>
    Number(
      (
        await store.db
          .selectFrom('data_values as v')
          .innerJoin('data_elements as e', 'e.id', 'v.element_id')
          .select('v.value')
          .where('e.code', '=', 'MUS_EXH_THEMATIC')
          .where('v.institution_id', '=', museum)
          .where('v.period', '=', period)
          .executeTakeFirst()
      )?.value ?? 0,
    );

  it('edits title, introduction and days, audited; a published one follows in the search and its statistic moves month', async () => {
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'thematic', title: 'Gốm cổ', opensOn: '2026-03-10' }, null);
    expect(await status(updateExhibition(store.db, x, { title: 'Gốm', opensOn: '2026-03-10', closesOn: '2026-03-01' }, null))).toBe(422);
    await publishExhibition(store.db, x, null);
    expect(await counted('2026-03')).toBe(1);
    await updateExhibition(store.db, x, { title: 'Gốm cổ Phước Tích', intro: 'Làng gốm', opensOn: '2026-04-02', closesOn: null }, null);
    const now = await getExhibition(store.db, x);
    expect(now).toMatchObject({ title: 'Gốm cổ Phước Tích', intro: 'Làng gốm', opens_on: '2026-04-02', closes_on: null });
    expect([await counted('2026-03'), await counted('2026-04')]).toEqual([0, 1]);
    expect((await search(store.db, { q: 'phuoc tich', kinds: ['exhibition'] })).hits.map((h) => h.refId)).toContain(x);
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['old_value'])
      .where('entity', '=', 'exhibition')
      .where('entity_key', '=', String(x))
      .where('action', '=', 'update')
      .execute();
    expect(trail.some((t) => String(t.old_value).includes('Gốm cổ'))).toBe(true);
  });

  it('unpublishes with a reason kept; deletes only a draft, with its reason, the objects staying', async () => {
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Chiêng', opensOn: '2026-05-18' }, null);
    const o = await createObject(store.db, { institutionId: museum, identifier: 'E-1', title: 'Chiêng đồng' }, null);
    await addItem(store.db, x, o, 'Chiêng', null);
    await publishExhibition(store.db, x, null);
    expect(await status(deleteExhibition(store.db, x, 'Trùng', null))).toBe(409);
    await unpublishExhibition(store.db, x, null, 'Sai thông tin hiện vật');
    const withdrawn = await store.db
      .selectFrom('audit_log')
      .select('new_value')
      .where('entity', '=', 'exhibition')
      .where('entity_key', '=', String(x))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(String(withdrawn.new_value)).toContain('Sai thông tin hiện vật');
    expect(await status(deleteExhibition(store.db, x, '  ', null))).toBe(422);
    await deleteExhibition(store.db, x, 'Trùng với triển lãm khác', null);
    expect(await store.db.selectFrom('exhibitions').select('id').where('id', '=', x).executeTakeFirst()).toBeUndefined();
    expect(await store.db.selectFrom('exhibition_items').select('object_id').where('exhibition_id', '=', x).execute()).toEqual([]);
    expect(await store.db.selectFrom('museum_objects').select('id').where('id', '=', o).executeTakeFirst()).toBeDefined();
    const gone = await store.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('entity', '=', 'exhibition')
      .where('entity_key', '=', String(x))
      .where('action', '=', 'delete')
      .executeTakeFirstOrThrow();
    expect(String(gone.new_value)).toContain('Trùng với triển lãm khác');
    expect(String(gone.old_value)).toContain('Chiêng');
  });
});
