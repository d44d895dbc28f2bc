import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import { liveApp } from '../support/live-app.ts';
import { Client, csrfFrom } from '../support/server.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createClub } from '../../src/culture/clubs.ts';
import { addMember, linkMember, membersOf, removeMember, updateMember } from '../../src/culture/members.ts';
import { correctSession, recordSession } from '../../src/culture/sessions.ts';
import { learningRecord } from '../../src/portal/learning-record.ts';

describe.each(ENGINES)('clubs with everyone in them on %s', (engine) => {
  let store: Store;
  let centre: number;
  let app: Awaited<ReturnType<typeof liveApp>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    centre = await createInstitution(
      store.db,
      { code: 'VH-N1', name: 'Trung tâm VH-TT Xã Mới', kind: 'culture_centre_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
    await createUser(store.db, { username: 'vanhoa', password: 'mat-khau-dai', displayName: 'Cán bộ văn hóa', role: 'staff', institutionId: centre });
    await createUser(store.db, { username: 'ba.lan', password: 'mat-khau-dai', displayName: 'Bà Lan', role: 'citizen' });
    app = await liveApp(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const attendance = async (period: string) => {
    const r = await store.db
      .selectFrom('data_values as v')
      .innerJoin('data_elements as e', 'e.id', 'v.element_id')
      .select('v.value')
      .where('v.institution_id', '=', centre)
      .where('e.code', '=', 'CUL_CLUB_ATTENDANCE')
      .where('v.period', '=', period)
      .executeTakeFirst();
    return r ? Number(r.value) : 0;
  };
  const evidence = async (year: number) =>
    (
      await store.db
        .selectFrom('institution_attributes')
        .select('evidence')
        .where('institution_id', '=', centre)
        .where('attribute', '=', 'regular_clubs')
        .where('year', '=', year)
        .executeTakeFirst()
    )?.evidence;

  it('keeps members without accounts (added, corrected, twice refused, removed with their attendance kept, linked later)', async () => {
    const club = await createClub(store.db, { institutionId: centre, kind: 'club', name: 'CLB Dưỡng sinh', schedule: 'Sáng thứ Hai' }, null);
    const lan = await addMember(store.db, club, { name: 'Nguyễn Thị Lan', birthYear: 1948, contact: '0912 345 678' }, null, '2026-02-01');
    const be = await addMember(store.db, club, { name: 'Bé Na', birthYear: 2018 }, null, '2026-02-01');
    await expect(addMember(store.db, club, { name: 'nguyen thi lan', birthYear: 1948 }, null)).rejects.toMatchObject({
      status: 409,
      problems: [{ field: 'name' }],
    });
    await expect(addMember(store.db, club, { name: 'Ông Tư', birthYear: 3000 }, null)).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'birthYear' }],
    });
    await updateMember(store.db, club, be, { name: 'Trần Bé Na', birthYear: 2018, contact: 'mẹ: 0987 000 111' }, null);
    await recordSession(store.db, club, { onDate: '2026-03-02', present: [lan, be] }, null, '2026-03-02');
    await removeMember(store.db, club, be, null, '2026-03-10');
    expect((await membersOf(store.db, club)).map((m) => m.name)).toEqual(['Nguyễn Thị Lan']);
    expect(await attendance('2026-03')).toBe(2);
    await linkMember(store.db, club, lan, 'ba.lan', null);
    const user = await store.db.selectFrom('users').select('id').where('username', '=', 'ba.lan').executeTakeFirstOrThrow();
    expect((await learningRecord(store.db, user.id)).filter((e) => e.measure === 'club_sessions').map((e) => e.date)).toEqual(['2026-03-02']);
  });

  it('refuses a session in the future, corrects one by the difference, and keeps the evidence figure with the page’s', async () => {
    const club = await createClub(store.db, { institutionId: centre, kind: 'club', name: 'CLB Cờ tướng', schedule: 'Chiều Chủ nhật' }, null);
    const a = await addMember(store.db, club, { name: 'Lê Văn A' }, null, '2026-01-01');
    const b = await addMember(store.db, club, { name: 'Phạm Văn B' }, null, '2026-01-01');
    await expect(recordSession(store.db, club, { onDate: '2026-06-02', present: [a] }, null, '2026-06-01')).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'onDate' }],
    });
    const months = ['01', '02', '03', '04', '05', '06'];
    for (const m of months) await recordSession(store.db, club, { onDate: `2026-${m}-10`, present: [a] }, null, '2026-12-01');
    expect(await evidence(2026)).toContain('CLB Cờ tướng (6 tháng)');
    const seventh = await recordSession(store.db, club, { onDate: '2026-07-10', present: [a, b] }, null, '2026-12-01');
    expect(await evidence(2026)).toContain('CLB Cờ tướng (7 tháng)');
    expect(await attendance('2026-07')).toBe(2);
    // corrected: one present, moved to August
    await correctSession(store.db, club, seventh, { onDate: '2026-08-10', present: [b] }, null, '2026-12-01');
    expect([await attendance('2026-07'), await attendance('2026-08')]).toEqual([0, 1]);
    await correctSession(store.db, club, seventh, { onDate: '2026-08-10', present: [a, b] }, null, '2026-12-01');
    expect(await attendance('2026-08')).toBe(2);
    await expect(correctSession(store.db, club, seventh, { onDate: '2099-01-01', present: [] }, null)).rejects.toMatchObject({ status: 422 });
  });

  it('lets the manager add a member without an account on the page (no "Tham gia"), kept when refused, and record attendance', async () => {
    const club = await createClub(store.db, { institutionId: centre, kind: 'interest_group', name: 'Nhóm hát then', schedule: 'Tối thứ Sáu' }, null);
    const staff = new Client(app.base);
    await staff.login('vanhoa', 'mat-khau-dai');
    const page = await (await staff.get(`/cau-lac-bo/${club}`)).text();
    expect(page).not.toContain('>Tham gia<');
    const ok = await staff.postForm(`/cau-lac-bo/${club}/thanh-vien`, { _csrf: csrfFrom(page), name: 'Cụ Hoàng Văn Sáu', birthYear: '1940', contact: '' });
    expect(ok.status).toBe(303);
    const twice = await staff.postForm(`/cau-lac-bo/${club}/thanh-vien`, {
      _csrf: csrfFrom(page),
      name: 'Cu Hoang Van Sau',
      birthYear: '1940',
      contact: 'xóm Bản',
    });
    expect(twice.status).toBe(409);
    const html = await twice.text();
    expect(html).toContain('value="Cu Hoang Van Sau"');
    expect(html).toContain('value="xóm Bản"');
    expect(html).toMatch(/<span class="field-error" id="name-err">Đã có trong danh sách<\/span>/);
    const sau = (await membersOf(store.db, club))[0]!;
    // typed dd/mm/yyyy as a person does: the future refused beside the field, the typed day kept; a wrong day likewise
    const future = await staff.postForm(`/cau-lac-bo/${club}/buoi`, { _csrf: csrfFrom(page), onDate: '01/01/2099', present: String(sau.id), note: 'Hát then' });
    expect(future.status).toBe(422);
    const refused = await future.text();
    expect(refused).toContain('value="01/01/2099"');
    expect(refused).toMatch(/<span class="field-error" id="onDate-err">Chưa đến ngày này<\/span>/);
    const noDay = await staff.postForm(`/cau-lac-bo/${club}/buoi`, { _csrf: csrfFrom(page), onDate: '30/02/2026', present: String(sau.id), note: '' });
    expect(noDay.status).toBe(422);
    const noDayHtml = await noDay.text();
    expect(noDayHtml).toContain('value="30/02/2026"');
    expect(noDayHtml).toMatch(/<span class="field-error" id="onDate-err">Ngày 30\/02\/2026 không có trên lịch<\/span>/);
    // what an API caller or an old form sends, yyyy-mm-dd, is still read
    const done = await staff.postForm(`/cau-lac-bo/${club}/buoi`, { _csrf: csrfFrom(page), onDate: '2026-11-20', present: String(sau.id), note: '' });
    expect(done.status).toBe(303);
    const after = await (await staff.get(`/cau-lac-bo/${club}`)).text();
    expect(after).toContain('20/11/2026');
    expect(after).toContain('Cụ Hoàng Văn Sáu');
    // a visitor sees the count, not the names
    const visitor = await (await new Client(app.base).get(`/cau-lac-bo/${club}`)).text();
    expect(visitor).not.toContain('Cụ Hoàng Văn Sáu');
  });
});
