import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent } from '../../src/events/events.ts';
import { cancelRegistration, recordAttendance, register } from '../../src/events/registration.ts';
import { checkInByCode, readCode, showCode } from '../../src/events/checkin.ts';
import { UserError } from '../../src/core/errors.ts';
import { sayIn } from '../../src/core/i18n/index.ts';

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return { status: e.status, said: sayIn('vi', e.said), field: e.problems[0]?.field };
    throw e;
  }
  throw new Error('not refused');
};

describe.each(ENGINES)('checking in at an event by code on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  const people: number[] = [];
  const event = (title: string, capacity: number | null = null) =>
    createEvent(
      store.db,
      {
        institutionId: net.lib,
        kind: 'talk',
        title,
        place: 'Nhà văn hóa',
        startsAt: '2027-05-10T08:00',
        endsAt: '2027-05-10T11:00',
        capacity,
      },
      null,
    );
  const codeOf = async (eventId: number, userId: number) =>
    (
      await store.db
        .selectFrom('event_registrations')
        .select('checkin_code')
        .where('event_id', '=', eventId)
        .where('user_id', '=', userId)
        .executeTakeFirstOrThrow()
    ).checkin_code!;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    for (const n of [1, 2, 3])
      people.push(await createUser(store.db, { username: `dan${n}`, password: 'mat-khau-dai', displayName: `Công dân ${n}`, role: 'citizen' }));
  });
  afterAll(() => store?.close());

  it('gives every registration its own unguessable code, read back however it is typed', async () => {
    const id = await event('Tọa đàm mã', 2);
    for (const p of people) await register(store.db, id, p, '2027-05-01T09:00');
    const codes = await Promise.all(people.map((p) => codeOf(id, p)));
    expect(new Set(codes).size).toBe(3);
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(readCode(showCode(codes[0]!).toLowerCase().replace(/-/g, ' '))).toBe(codes[0]);
    expect(readCode('ol-1o')).toBe('0110');
  });

  it('checks a registrant in once, at the time; refuses in words a code unknown, of another event, already used, cancelled, waiting, before the day', async () => {
    const id = await event('Tọa đàm chính', 2);
    const other = await event('Tọa đàm khác');
    for (const p of people) await register(store.db, id, p, '2027-05-01T09:00');
    await register(store.db, other, people[0]!, '2027-05-01T09:00');
    const [a, b, waiting] = await Promise.all(people.map((p) => codeOf(id, p)));
    expect(await refusal(checkInByCode(store.db, id, a!, null, '2027-05-09T20:00'))).toMatchObject({ status: 409, field: 'code' });
    const done = await checkInByCode(store.db, id, showCode(a!).toLowerCase(), null, '2027-05-10T07:42');
    expect(done).toMatchObject({ name: 'Công dân 1', at: '2027-05-10T07:42' });
    const again = await refusal(checkInByCode(store.db, id, a!, null, '2027-05-10T07:50'));
    expect(again).toMatchObject({ status: 409, field: 'code' });
    expect(again.said).toContain('07:42');
    const unknown = await refusal(checkInByCode(store.db, id, 'ZZZZ-ZZZZ-ZZZZ', null, '2027-05-10T07:50'));
    expect(unknown).toMatchObject({ status: 422, field: 'code' });
    expect(unknown.said).toContain('ZZZZ-ZZZZ-ZZZZ');
    const elsewhere = await refusal(checkInByCode(store.db, id, await codeOf(other, people[0]!), null, '2027-05-10T07:50'));
    expect(elsewhere).toMatchObject({ status: 422 });
    expect(elsewhere.said).toContain('Tọa đàm khác');
    expect((await refusal(checkInByCode(store.db, id, waiting!, null, '2027-05-10T07:50'))).said).toContain('danh sách chờ');
    await cancelRegistration(store.db, id, people[1]!);
    expect((await refusal(checkInByCode(store.db, id, b!, null, '2027-05-10T07:50'))).said).toContain('đã hủy');
    expect((await refusal(checkInByCode(store.db, id, '  ', null, '2027-05-10T07:50'))).status).toBe(422);
    const rows = await store.db.selectFrom('event_registrations').select(['user_id', 'attended', 'checked_in_at']).where('event_id', '=', id).execute();
    expect(rows.find((r) => r.user_id === people[0])).toMatchObject({ attended: 1, checked_in_at: '2027-05-10T07:42' });
    const trail = await store.db.selectFrom('audit_log').select('entity_key').where('entity', '=', 'event_checkin').execute();
    expect(trail).toHaveLength(1);
  });

  it('counts the checked-in in the participants once the event is held; unticking in the table frees the code', async () => {
    const id = await event('Tọa đàm thống kê');
    await register(store.db, id, people[0]!, '2027-05-01T09:00');
    await register(store.db, id, people[1]!, '2027-05-01T09:00');
    const reg = await store.db.selectFrom('event_registrations').select(['id', 'user_id']).where('event_id', '=', id).execute();
    await checkInByCode(store.db, id, await codeOf(id, people[0]!), null, '2027-05-10T08:05');
    await recordAttendance(store.db, id, { attended: reg.filter((r) => r.user_id === people[0]).map((r) => r.id), walkIns: 0 }, null, '2027-05-10T12:00');
    const e = await store.db.selectFrom('events').select(['counted_participants']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(e.counted_participants).toBe(1);
    await checkInByCode(store.db, id, await codeOf(id, people[1]!), null, '2027-05-10T12:10');
    expect((await store.db.selectFrom('events').select(['counted_participants']).where('id', '=', id).executeTakeFirstOrThrow()).counted_participants).toBe(2);
    await recordAttendance(store.db, id, { attended: [], walkIns: 0 }, null, '2027-05-10T12:20');
    await checkInByCode(store.db, id, await codeOf(id, people[0]!), null, '2027-05-10T12:30');
  });
});
