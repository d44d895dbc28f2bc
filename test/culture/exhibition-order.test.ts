import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { addMuseum } from '../support/museum.ts';
import { liveApp } from '../support/live-app.ts';
import { Client, csrfFrom } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createObject } from '../../src/museum/objects.ts';
import { addItem, createExhibition, getExhibition, publishExhibition } from '../../src/museum/exhibitions.ts';
import { moveItem, removeItem } from '../../src/museum/exhibition-order.ts';

describe.each(ENGINES)('the order of an exhibition on %s', (engine) => {
  let store: Store;
  let museum: number;
  let app: Awaited<ReturnType<typeof liveApp>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
    await createUser(store.db, { username: 'baotang', password: 'mat-khau-dai', displayName: 'Bảo tàng', role: 'staff', institutionId: museum });
    app = await liveApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('moves items up and down, removes one (closing the gap), keeps the last of a published virtual exhibition; on the page too', async () => {
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Gốm', opensOn: '2026-05-18' }, null);
    const ids: number[] = [];
    for (const [n, t] of ['Bình', 'Chén', 'Đĩa'].entries()) {
      const id = await createObject(store.db, { institutionId: museum, identifier: `G-${n}`, title: t }, null);
      ids.push(id);
      await addItem(store.db, x, id, '', null);
    }
    const titles = async () => (await getExhibition(store.db, x)).items.map((i) => i.title);
    await moveItem(store.db, x, ids[2]!, 'up', null);
    expect(await titles()).toEqual(['Bình', 'Đĩa', 'Chén']);
    await moveItem(store.db, x, ids[0]!, 'up', null); // already first
    expect(await titles()).toEqual(['Bình', 'Đĩa', 'Chén']);
    await removeItem(store.db, x, ids[1]!, null);
    expect((await getExhibition(store.db, x)).items.map((i) => [i.title, i.position])).toEqual([
      ['Bình', 1],
      ['Đĩa', 2],
    ]);
    await removeItem(store.db, x, ids[0]!, null);
    await publishExhibition(store.db, x, null);
    await expect(removeItem(store.db, x, ids[2]!, null)).rejects.toMatchObject({ status: 409 });

    // the page: staff move an item with a button (no JavaScript)
    await addItem(store.db, x, ids[0]!, '', null);
    const staff = new Client(app.base);
    await staff.login('baotang', 'mat-khau-dai');
    const page = await (await staff.get(`/quan-ly/trien-lam/${x}`)).text();
    expect(page).toContain('aria-label="Đưa &quot;Bình&quot; lên trước"');
    const moved = await staff.postForm(`/quan-ly/trien-lam/${x}/hien-vat/${ids[0]}/len`, { _csrf: csrfFrom(page) });
    expect(moved.status).toBe(303);
    expect(await titles()).toEqual(['Bình', 'Đĩa']);
    expect((await new Client(app.base).postForm(`/quan-ly/trien-lam/${x}/hien-vat/${ids[0]}/xuong`, { _csrf: 'x' })).status).toBeGreaterThanOrEqual(303);
  });
});
