import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { assessCitizen, learningRecord } from '../../src/portal/learning-record.ts';
import '../../src/portal/loans-source.ts';

describe.each(ENGINES)('learning record on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store?.close());

  it("counts the citizen's library loans (cards linked to the account) and judges the criteria kept as data", async () => {
    const user = await createUser(store.db, { username: 'ban.doc', password: 'mat-khau-dai', displayName: 'Bạn đọc', role: 'citizen' });
    const at = '2026-03-01T00:00:00Z';
    const rec = await store.db
      .insertInto('lib_records')
      .values({
        isbn: null,
        title: 'Dế Mèn phiêu lưu ký',
        author: 'Tô Hoài',
        publisher: null,
        year: 1941,
        language: 'vie',
        material: 'book',
        subjects: '[]',
        audience: '[]',
        notes: null,
        control_number: null,
        dedup_key: 'de men',
        source: 'test',
        marc: null,
        institution_id: net.lib,
        created_by: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const item = await store.db
      .insertInto('lib_items')
      .values({
        record_id: rec.id,
        barcode: 'B1',
        institution_id: net.lib,
        at_institution_id: net.lib,
        location: null,
        status: 'on_loan',
        acquired_at: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const patron = await store.db
      .insertInto('lib_patrons')
      .values({
        card_number: 'C1',
        institution_id: net.lib,
        user_id: user,
        name: 'Bạn đọc',
        category: 'adult',
        block_reason: null,
        registered_at: '2026-01-01',
        expires_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await store.db
      .insertInto('lib_loans')
      .values({
        item_id: item.id,
        patron_id: patron.id,
        institution_id: net.lib,
        out_at: '2026-03-02T09:00:00Z',
        due_at: '2026-03-16',
        returned_at: null,
        trip_stop_id: null,
      })
      .execute();
    const entries = await learningRecord(store.db, user);
    expect(entries).toEqual([expect.objectContaining({ measure: 'loans', title: 'Dế Mèn phiêu lưu ký', date: '2026-03-02', status: 'on_loan', counts: true })]);
    // criteria are rows: a loans criterion added by the association counts at once
    await store.db
      .insertInto('citizen_criteria')
      .values({ code: 'reading', name_vi: 'Đọc ít nhất 1 cuốn sách', name_en: 'Read at least 1 book', measure: 'loans', threshold: 1, sort: 4 })
      .execute();
    const a = await assessCitizen(store.db, entries, 2026, 'vi');
    expect(a.results.map((r) => [r.code, r.value, r.met])).toEqual([
      ['events', 0, false],
      ['club', 0, false],
      ['activities', 1, false],
      ['reading', 1, true],
    ]);
    expect(a.met).toBe(false);
    await store.db.updateTable('citizen_criteria').set({ threshold: 0 }).where('code', 'in', ['events', 'club', 'activities']).execute();
    expect((await assessCitizen(store.db, entries, 2026, 'vi')).met).toBe(true);
  });
});

describe.each(ENGINES)('learning record by year on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
  });
  afterAll(() => store?.close());

  it('counts each entry in its own year (JSON counts for the year asked), lists club sessions attended, leaves out a class booking', async () => {
    const { createEvent } = await import('../../src/events/events.ts');
    const { recordAttendance, register } = await import('../../src/events/registration.ts');
    const { createClub } = await import('../../src/culture/clubs.ts');
    const { addMember } = await import('../../src/culture/members.ts');
    const { recordSession } = await import('../../src/culture/sessions.ts');
    const { createProgramme, bookProgramme } = await import('../../src/museum/education.ts');
    const { countsIn } = await import('../../src/portal/learning-record.ts');
    const user = await createUser(store.db, { username: 'hoc.vien', password: 'mat-khau-dai', displayName: 'Học viên', role: 'citizen' });
    const ev = (title: string, day: string) =>
      createEvent(store.db, { institutionId: net.lib, kind: 'talk', title, place: 'Hội trường', startsAt: `${day}T08:00`, endsAt: `${day}T10:00` }, null);
    for (const [title, day] of [
      ['Tọa đàm 2026', '2026-03-01'],
      ['Tọa đàm 2027', '2027-03-01'],
    ] as const) {
      const id = await ev(title, day);
      await register(store.db, id, user, `${day.slice(0, 4)}-01-01T00:00`);
      const r = await store.db.selectFrom('event_registrations').select('id').where('event_id', '=', id).executeTakeFirstOrThrow();
      await recordAttendance(store.db, id, { attended: [r.id], walkIns: 0 }, null, `${day}T12:00`);
    }
    const club = await createClub(store.db, { institutionId: net.lib, kind: 'club', name: 'CLB Thơ', schedule: 'Chủ nhật' }, null, '2026-01-01T00:00:00Z');
    const member = await addMember(store.db, club, { userId: user, name: 'Học viên', joinedOn: '2026-01-05' }, null);
    await recordSession(store.db, club, { onDate: '2026-02-01', present: [member] }, null);
    const prog = await createProgramme(store.db, { institutionId: net.lib, title: 'Em yêu di sản', maxStudents: 40 }, null);
    await bookProgramme(store.db, prog, { school: 'THCS', className: '8B', students: 30, onDate: '2026-11-23' }, user, '2026-11-01');

    const entries = await learningRecord(store.db, user);
    expect(entries.some((e) => e.measure === 'museum_bookings')).toBe(false);
    expect(entries.find((e) => e.measure === 'club_sessions')).toMatchObject({ title: 'CLB Thơ', date: '2026-02-01', status: 'attended' });
    const e2027 = entries.find((e) => e.title === 'Tọa đàm 2027')!;
    expect(countsIn(e2027, 2026)).toBe(false);
    expect(countsIn(e2027, 2027)).toBe(true);
    const { results } = await assessCitizen(store.db, entries, 2026, 'vi');
    expect(results.find((r) => r.code === 'events')?.value).toBe(1);
    // 2026: one event, the club (member), one session
    expect(results.find((r) => r.code === 'activities')?.value).toBe(3);
  });
});
