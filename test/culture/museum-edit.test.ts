import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { addMuseum } from '../support/museum.ts';
import { liveApp } from '../support/live-app.ts';
import { Client } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createObject } from '../../src/museum/objects.ts';
import { addItem, createExhibition, publishExhibition, unpublishExhibition } from '../../src/museum/exhibitions.ts';
import { search } from '../../src/search/query.ts';

describe.each(ENGINES)('editing and deleting museum objects on %s', (engine) => {
  let store: Store;
  let app: Awaited<ReturnType<typeof liveApp>>;
  let museum: number;
  let staff: { client: Client; token: string };
  let other: { client: Client; token: string };
  const as = async (username: string) => {
    const client = new Client(app.base);
    await client.login(username, 'mat-khau-dai');
    return { client, token: await client.csrf('/tong-quan') };
  };
  const send = (who: { client: Client; token: string }, method: string, path: string, body?: unknown) =>
    who.client.fetch(path, {
      method,
      headers: { 'content-type': 'application/json', 'x-csrf-token': who.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
    await createUser(store.db, { username: 'baotang', password: 'mat-khau-dai', displayName: 'Bảo tàng', role: 'staff', institutionId: museum });
    await createUser(store.db, { username: 'thuvien', password: 'mat-khau-dai', displayName: 'Thư viện', role: 'staff', institutionId: net.lib });
    app = await liveApp(store);
    staff = await as('baotang');
    other = await as('thuvien');
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('PATCH /api/v1/museum/objects/<id> edits the given fields for the owning museum’s staff only, audited, the search following', async () => {
    const id = await createObject(store.db, { institutionId: museum, identifier: 'BT-1', title: 'Trống đồng', ethnicGroup: 'Kinh' }, null);
    expect((await send(other, 'PATCH', `/api/v1/museum/objects/${id}`, { title: 'x' })).status).toBe(403);
    expect(
      (await new Client(app.base).fetch(`/api/v1/museum/objects/${id}`, { method: 'PATCH', body: '{}', headers: { 'content-type': 'application/json' } }))
        .status,
    ).toBeGreaterThanOrEqual(401);
    const res = await send(staff, 'PATCH', `/api/v1/museum/objects/${id}`, { title: 'Trống đồng Đông Sơn', dateText: 'Thế kỷ II TCN', ethnicGroup: null });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id, identifier: 'BT-1', title: 'Trống đồng Đông Sơn', date: 'Thế kỷ II TCN', ethnicGroup: null });
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['old_value', 'new_value'])
      .where('entity', '=', 'museum_object')
      .where('entity_key', '=', String(id))
      .where('action', '=', 'update')
      .execute();
    expect(trail).toHaveLength(1);
    expect(String(trail[0]!.old_value)).toContain('Trống đồng');
    expect((await search(store.db, { q: 'dong son', kinds: ['object'] })).hits.map((h) => h.refId)).toContain(id);
    await createObject(store.db, { institutionId: museum, identifier: 'BT-2', title: 'Bình gốm' }, null);
    expect((await send(staff, 'PATCH', `/api/v1/museum/objects/${id}`, { identifier: 'BT-2' })).status).toBe(409);
    expect((await send(staff, 'PATCH', `/api/v1/museum/objects/${id}`, { title: '  ' })).status).toBe(422);
    expect((await send(staff, 'PATCH', '/api/v1/museum/objects/999999', { title: 'x' })).status).toBe(404);
  });

  it('DELETE needs a reason, is refused while a published exhibition shows the object, and takes its images and search entry', async () => {
    const id = await createObject(store.db, { institutionId: museum, identifier: 'BT-9', title: 'Chiêng nhỏ' }, null);
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'virtual', title: 'Chiêng', opensOn: '2026-05-18' }, null);
    await addItem(store.db, x, id, 'Chiêng', null);
    await publishExhibition(store.db, x, null);
    expect((await send(other, 'DELETE', `/api/v1/museum/objects/${id}?reason=sai`)).status).toBe(403);
    expect((await send(staff, 'DELETE', `/api/v1/museum/objects/${id}?reason=`)).status).toBe(422);
    const shown = await send(staff, 'DELETE', `/api/v1/museum/objects/${id}?reason=Nh%E1%BA%ADp%20tr%C3%B9ng`);
    expect(shown.status).toBe(409);
    expect(JSON.stringify(await shown.json())).toContain('Chiêng');
    await unpublishExhibition(store.db, x, null);
    expect((await send(staff, 'DELETE', `/api/v1/museum/objects/${id}?reason=Nh%E1%BA%ADp%20tr%C3%B9ng`)).status).toBe(204);
    expect(await store.db.selectFrom('museum_objects').select('id').where('id', '=', id).executeTakeFirst()).toBeUndefined();
    expect(await store.db.selectFrom('exhibition_items').select('object_id').where('object_id', '=', id).execute()).toEqual([]);
    const trail = await store.db
      .selectFrom('audit_log')
      .select(['new_value'])
      .where('entity', '=', 'museum_object')
      .where('entity_key', '=', String(id))
      .where('action', '=', 'delete')
      .execute();
    expect(String(trail[0]!.new_value)).toContain('Nhập trùng');
    expect((await search(store.db, { q: 'chieng nho', kinds: ['object'] })).hits.map((h) => h.refId)).not.toContain(id);
  });
});
