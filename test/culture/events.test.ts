import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { storedValue as value } from '../support/values.ts';
import { smallNetwork } from '../support/network.ts';
import { insertPlan, insertTasks } from '../support/plan-rows.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { createEvent, getEvent, listEvents } from '../../src/events/events.ts';
import { cancelRegistration, recordAttendance, register } from '../../src/events/registration.ts';
import { eventsCalendar } from '../../src/events/ics.ts';
import { tasksFor } from '../../src/events/tasks.ts';

describe.each(ENGINES)('events on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let citizens: number[];
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    citizens = [];
    for (const n of [1, 2, 3])
      citizens.push(await createUser(store.db, { username: `dan${n}`, password: 'mat-khau-dai', displayName: `Công dân ${n}`, role: 'citizen' }));
  });
  afterAll(() => store?.close());

  const NOW = '2027-04-01T09:00';
  const event = (over: Record<string, unknown> = {}) =>
    createEvent(
      store.db,
      {
        institutionId: net.lib,
        kind: 'reading_festival',
        title: 'Ngày hội đọc sách 21/4',
        place: 'Nhà văn hóa xã',
        startsAt: '2027-04-21T08:00',
        endsAt: '2027-04-21T11:00',
        capacity: 2,
        days: ['21/4'],
        ...over,
      },
      null,
    );

  it('registers up to capacity, then the waiting list, promotes when a place frees, refuses doubles and past events', async () => {
    const id = await event();
    expect(await register(store.db, id, citizens[0]!, NOW)).toBe('registered');
    expect(await register(store.db, id, citizens[1]!, NOW)).toBe('registered');
    expect(await register(store.db, id, citizens[2]!, NOW)).toBe('waiting');
    await expect(register(store.db, id, citizens[0]!, NOW)).rejects.toThrow('Bạn đã đăng ký sự kiện này rồi.');
    await expect(register(store.db, id, citizens[2]!, NOW)).rejects.toThrow('danh sách chờ');
    await cancelRegistration(store.db, id, citizens[0]!);
    const e = await getEvent(store.db, id);
    expect([e.registered, e.waiting]).toEqual([2, 0]);
    const promoted = await store.db
      .selectFrom('event_registrations')
      .select('status')
      .where('event_id', '=', id)
      .where('user_id', '=', citizens[2]!)
      .executeTakeFirstOrThrow();
    expect(promoted.status).toBe('registered');
    await expect(register(store.db, id, citizens[0]!, '2027-04-21T08:30')).rejects.toThrow('đã bắt đầu');
    // nothing lost: the refused attempts left the registrations as they were
    expect((await getEvent(store.db, id)).registered).toBe(2);
  });

  it('rejects unknown days, kinds and inverted times with the field named', async () => {
    await expect(event({ days: ['32/13'] })).rejects.toThrow('Ngày kỷ niệm không có trong danh mục: 32/13');
    await expect(event({ kind: 'party' })).rejects.toMatchObject({ status: 422, problems: [{ field: 'kind' }] });
    await expect(event({ endsAt: '2027-04-20T08:00' })).rejects.toMatchObject({ problems: [{ field: 'endsAt' }] });
  });

  it('attendance feeds events, participants and the kind’s own count by differences', async () => {
    const id = await event({ kind: 'communication', startsAt: '2026-03-10T08:00', endsAt: '2026-03-10T10:00', capacity: null, days: [] });
    const regs: number[] = [];
    for (const c of citizens) {
      await register(store.db, id, c, '2026-03-01T00:00');
    }
    for (const r of await store.db.selectFrom('event_registrations').select('id').where('event_id', '=', id).orderBy('id').execute()) regs.push(r.id);
    await expect(recordAttendance(store.db, id, { attended: regs, walkIns: 0 }, null, '2026-03-09T00:00')).rejects.toThrow('chưa diễn ra');
    await recordAttendance(store.db, id, { attended: regs.slice(0, 2), walkIns: 10 }, null, '2026-03-10T12:00');
    expect(await value(store, net.lib, 'EVENTS', '2026-03')).toBe(1);
    expect(await value(store, net.lib, 'EVENT_PARTICIPANTS', '2026-03')).toBe(12);
    expect(await value(store, net.lib, 'COMM_ACTIVITIES', '2026-03')).toBe(1);
    await recordAttendance(store.db, id, { attended: regs, walkIns: 7 }, null, '2026-03-10T12:00');
    expect(await value(store, net.lib, 'EVENTS', '2026-03')).toBe(1);
    expect(await value(store, net.lib, 'EVENT_PARTICIPANTS', '2026-03')).toBe(10);
    await expect(recordAttendance(store.db, id, { attended: [999999], walkIns: 0 }, null, '2026-03-10T12:00')).rejects.toThrow('không thuộc sự kiện');
  });

  it('links events to the plan tasks of the units the institution lies in', async () => {
    const plan = await insertPlan(store.db, {
      unitId: net.p9,
      number: '12/KH-UBND',
      date: '2026-01-10',
      issuer: 'UBND tỉnh Chín',
      title: 'Kế hoạch học tập suốt đời 2026',
      year: 2026,
      createdAt: '2026-01-10',
    });
    const other = await insertPlan(store.db, {
      unitId: net.d1,
      number: '3/KH',
      date: null,
      issuer: null,
      title: 'Huyện Một',
      year: 2024,
      createdAt: '2024-01-01',
    });
    const [task] = await insertTasks(store.db, [
      { planId: plan, text: 'Tổ chức Ngày Sách và Văn hóa đọc', updatedAt: '2026-01-10' },
      { planId: other, text: 'Việc của huyện cũ', updatedAt: '2024-01-01' },
    ]);
    expect((await tasksFor(store.db, net.lib)).map((t) => t.text)).toEqual(['Tổ chức Ngày Sách và Văn hóa đọc']);
    const id = await event({ taskIds: [task!] });
    expect((await getEvent(store.db, id)).taskIds).toEqual([task!]);
    await expect(event({ taskIds: [987654] })).rejects.toThrow('Nhiệm vụ kế hoạch không tồn tại: 987654');
  });

  it('lists by unit, day and dates, and writes an iCalendar feed', async () => {
    const inN1 = await listEvents(store.db, { unitId: net.n1, day: '21/4' });
    expect(inN1.length).toBeGreaterThan(0);
    expect(inN1.every((e) => e.days.includes('21/4'))).toBe(true);
    expect(await listEvents(store.db, { unitId: net.d1 })).toEqual([]);
    const ics = eventsCalendar(inN1, 'http://x', 'Sự kiện');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('DTSTART:20270421T010000Z');
    expect(ics).toContain('SUMMARY:Ngày hội đọc sách 21/4');
  });
});
