import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

/**
 * A museum's collections kept from the page (issue 21): listed with their objects counted, added, renamed, deleted
 * with a reason — a refusal keeps what was typed, with the reason beside the field; a deleted collection's objects
 * stay in the museum; every change is in the audit.
 */
describe.each(ENGINES)('museum collections (%s)', (engine) => {
  let server: TestServer;
  let staff: Client;
  let code = '';
  let collectionId = 0;

  beforeAll(async () => {
    server = await startServer(engine);
    const held = await server.store.db
      .selectFrom('museum_collections as c')
      .innerJoin('institutions as i', 'i.id', 'c.institution_id')
      .select(['c.id', 'i.code'])
      .where('c.name', '=', 'Hiện vật cung đình Huế')
      .executeTakeFirstOrThrow();
    code = held.code;
    collectionId = held.id;
    staff = new Client(server.url);
    expect((await staff.login('baotang.hue', DEMO_PASSWORD)).status).toBe(303);
  }, 120_000);
  afterAll(() => server.close());

  it('lists the collections with their objects counted, and adds one; an empty name keeps the description typed', async () => {
    const list = await (await staff.fetch(`/quan-ly/bao-tang/${code}/suu-tap`)).text();
    expect(list).toContain('Hiện vật cung đình Huế');
    const path = `/quan-ly/bao-tang/${code}/suu-tap`;
    const bad = await staff.postForm(path, { _csrf: await staff.csrf(path), name: '  ', description: 'Áo dài, khăn vấn' });
    expect(bad.status).toBe(422);
    const html = await bad.text();
    expect(html).toContain('Áo dài, khăn vấn');
    expect(html).toContain('id="name-err"');
    expect(html).toContain('Hãy ghi tên sưu tập.');
    expect(html).not.toContain('name:');
    const ok = await staff.postForm(path, { _csrf: await staff.csrf(path), name: 'Trang phục Huế', description: 'Áo dài, khăn vấn' });
    expect(ok.status).toBe(303);
    expect((await (await staff.fetch(path)).text()).match(/Trang phục Huế/g)?.length).toBe(1);
  });

  it('renames a collection; deleting needs a reason; its objects stay, outside any collection; the audit has both', async () => {
    const page = `/quan-ly/suu-tap/${collectionId}`;
    const objectsBefore = await server.store.db.selectFrom('museum_objects').select('id').where('collection_id', '=', collectionId).execute();
    expect(objectsBefore.length).toBeGreaterThan(0);
    expect((await staff.postForm(page, { _csrf: await staff.csrf(page), name: 'Cổ vật cung đình', description: 'Thời Nguyễn' })).status).toBe(303);
    expect(await (await staff.fetch(page)).text()).toContain('Cổ vật cung đình');
    const noReason = await staff.postForm(`${page}/xoa`, { _csrf: await staff.csrf(page), reason: '' });
    expect(noReason.status).toBe(422);
    expect(await noReason.text()).toContain('id="reason-err"');
    const gone = await staff.postForm(`${page}/xoa`, { _csrf: await staff.csrf(page), reason: 'Gộp vào sưu tập mới' });
    expect(gone.status).toBe(200);
    expect(await server.store.db.selectFrom('museum_collections').select('id').where('id', '=', collectionId).executeTakeFirst()).toBeUndefined();
    const still = await server.store.db
      .selectFrom('museum_objects')
      .select(['id', 'collection_id'])
      .where(
        'id',
        'in',
        objectsBefore.map((o) => o.id),
      )
      .execute();
    expect(still).toHaveLength(objectsBefore.length);
    expect(still.every((o) => o.collection_id === null)).toBe(true);
    const audit = await server.store.db
      .selectFrom('audit_log')
      .select(['action', 'new_value'])
      .where('entity', '=', 'museum_collection')
      .where('entity_key', '=', String(collectionId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(String(audit[2]!.new_value)).toContain('Gộp vào sưu tập mới');
  });

  it("another institution's staff cannot touch the collection", async () => {
    const other = new Client(server.url);
    expect((await other.login('thuvien.hue', DEMO_PASSWORD)).status).toBe(303);
    const res = await other.fetch(`/quan-ly/bao-tang/${code}/suu-tap`);
    expect(res.status).toBe(403);
  });
});
