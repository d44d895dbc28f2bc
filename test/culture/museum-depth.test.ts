import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { addMuseum } from '../support/museum.ts';
import { liveApp } from '../support/live-app.ts';
import { Client, csrfFrom } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { bookProgramme, createProgramme } from '../../src/museum/education.ts';
import { createExhibition, publishExhibition } from '../../src/museum/exhibitions.ts';

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 180, g: 120, b: 40 } } })
    .png()
    .toBuffer();

describe.each(ENGINES)('museum pages on %s', (engine) => {
  let store: Store;
  let app: Awaited<ReturnType<typeof liveApp>>;
  let museum: number;
  let staff: Client;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    museum = await addMuseum(store.db, net.n1);
    await createUser(store.db, { username: 'baotang', password: 'mat-khau-dai', displayName: 'Cán bộ bảo tàng', role: 'staff', institutionId: museum });
    app = await liveApp(store);
    staff = new Client(app.base);
    await staff.login('baotang', 'mat-khau-dai');
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('keeps everything typed on the object form when the image has no description, the problem beside the field; nothing saved', async () => {
    const page = await (await staff.get('/quan-ly/bao-tang/BT-N1')).text();
    const form = new FormData();
    form.set('_csrf', csrfFrom(page));
    form.set('identifier', 'BT-0042');
    form.set('title', 'Chiêng đồng <b>Ba Na</b>');
    form.set('description', 'Chiêng ba lá\ncủa làng Kon Klor');
    form.set('creator', 'Nghệ nhân A Thút');
    form.set('dateText', 'Thế kỷ XIX');
    form.set('ethnicGroup', 'Ba Na');
    form.set('image', new Blob([await png()], { type: 'image/png' }), 'chieng.png');
    form.set('alt', '  ');
    const res = await staff.fetch('/quan-ly/bao-tang/BT-N1/hien-vat', { method: 'POST', body: form });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('value="BT-0042"');
    expect(html).toContain('value="Chiêng đồng &lt;b&gt;Ba Na&lt;/b&gt;"');
    expect(html).toMatch(/<textarea id="description" name="description" rows="3">Chiêng ba lá\r?\ncủa làng Kon Klor<\/textarea>/);
    expect(html).toContain('value="Nghệ nhân A Thút"');
    expect(html).toContain('value="Thế kỷ XIX"');
    expect(html).toMatch(/<span class="field-error" id="alt-err">Không được để trống<\/span><input id="alt"[^>]*aria-invalid="true"/);
    expect(html).toContain('Chọn lại ảnh &quot;chieng.png&quot;');
    expect(html).toContain('class="error error-summary"');
    const saved = await store.db.selectFrom('museum_objects').select('id').where('identifier', '=', 'BT-0042').execute();
    expect(saved).toHaveLength(0);
  });

  it('labels the programme title as a programme, names booking statuses and writes dates dd/mm/yyyy', async () => {
    const prog = await createProgramme(store.db, { institutionId: museum, title: 'Em tìm hiểu cồng chiêng', maxStudents: 40 }, null);
    await bookProgramme(store.db, prog, { school: 'Trường Tiểu học Xã Mới', className: '4A', students: 30, onDate: '2027-03-15' }, null, '2027-03-01');
    const page = await (await staff.get('/quan-ly/bao-tang/BT-N1')).text();
    expect(page).toContain('<label for="p-title">Tên chương trình</label>');
    expect(page).not.toContain('<label for="p-title">Tên hiện vật</label>');
    expect(page).toContain('15/03/2027');
    expect(page).toContain('đã đặt lịch');
    expect(page).not.toMatch(/· booked/);
    const x = await createExhibition(store.db, { institutionId: museum, kind: 'thematic', title: 'Chiêng Tây Nguyên', opensOn: '2026-12-10' }, null);
    await publishExhibition(store.db, x, null);
    const pub = await (await new Client(app.base).get(`/trien-lam/${x}`)).text();
    expect(pub).toContain('Mở cửa <time datetime="2026-12-10">10/12/2026</time>');
  });

  it('staff edit an object on its page, add a second image with a caption (kept when refused), and delete it with a reason', async () => {
    const { createObjectWithImage } = await import('../../src/museum/objects.ts');
    const id = await createObjectWithImage(
      store.db,
      { institutionId: museum, identifier: 'BT-0500', title: 'Ché rượu' },
      { bytes: new Uint8Array(await png()), name: 'a.png' },
      'Ché rượu gốm nâu',
      null,
    );
    const page = await (await staff.get(`/quan-ly/hien-vat/${id}`)).text();
    expect(page).toContain('value="Ché rượu"');
    const edited = await staff.postForm(`/quan-ly/hien-vat/${id}`, {
      _csrf: csrfFrom(page),
      identifier: 'BT-0500',
      title: 'Ché rượu cần',
      ethnicGroup: 'Ê Đê',
      description: '',
    });
    expect(edited.status).toBe(303);
    const form = () => {
      const f = new FormData();
      f.set('_csrf', csrfFrom(page));
      return f;
    };
    const refused = form();
    refused.set('image', new Blob([await png()], { type: 'image/png' }), 'b.png');
    refused.set('alt', '');
    refused.set('caption', 'Mặt sau của ché');
    const r = await staff.fetch(`/quan-ly/hien-vat/${id}/anh`, { method: 'POST', body: refused });
    expect(r.status).toBe(422);
    expect(await r.text()).toContain('value="Mặt sau của ché"');
    const ok = form();
    ok.set('image', new Blob([await png()], { type: 'image/png' }), 'b.png');
    ok.set('alt', 'Mặt sau của ché, hoa văn khắc');
    ok.set('caption', 'Mặt sau của ché');
    expect((await staff.fetch(`/quan-ly/hien-vat/${id}/anh`, { method: 'POST', body: ok })).status).toBe(303);
    const pub = await (await new Client(app.base).get(`/hien-vat/${id}`)).text();
    expect(pub).toContain('<h1>Ché rượu cần</h1>');
    expect(pub).toContain('<figcaption>Mặt sau của ché</figcaption>');
    expect((pub.match(/<img /g) ?? []).length).toBe(2);
    const noReason = await staff.postForm(`/quan-ly/hien-vat/${id}/xoa`, { _csrf: csrfFrom(page), reason: ' ' });
    expect(noReason.status).toBe(422);
    const gone = await staff.postForm(`/quan-ly/hien-vat/${id}/xoa`, { _csrf: csrfFrom(page), reason: 'Trả lại cho gia đình hiến tặng' });
    expect(gone.status).toBe(303);
    expect((await new Client(app.base).get(`/hien-vat/${id}`)).status).toBe(404);
  });
});
