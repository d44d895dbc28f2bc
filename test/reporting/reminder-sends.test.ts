import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { todayLocal } from '../../src/core/time.ts';
import { UserError } from '../../src/core/errors.ts';
import { ReportingBlock } from '../../src/reporting/dashboard-block.tsx';
import { reportersTo } from '../../src/reporting/expected.ts';
import { mailReminders } from '../../src/reporting/reminder-mail.ts';
import { reminderList, remindChildren } from '../../src/reporting/reminders.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { setCycleClosed, submitReport } from '../../src/reporting/workflow.ts';
import { communeOf, principal, unit } from './helpers.ts';

const sends = (server: TestServer, year: number) =>
  server.store.db
    .selectFrom('report_reminders')
    .select(['unit_id', 'sent_on', 'sent_by', 'days_left', 'emails'])
    .where('year', '=', year)
    .orderBy('unit_id')
    .execute();

/** Mails go to a JSON transport: what would be sent, without a mail server. */
const jsonTransport = () => nodemailer.createTransport({ jsonTransport: true });

describe.each(ENGINES)('reminders sent and recorded on %s', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(engine);
  }, 120_000);
  afterAll(() => server?.close());

  it('the district reminds its communes still to send, once a day: recorded, mailed, audited, not repeated', async () => {
    const db = server.store.db;
    const district = await unit(db, '615');
    const dakha = await principal(db, 'canbo.dakha');
    const xa = await principal(db, 'canbo.xa');
    const communes = await reportersTo(db, district.id, 2024);
    const commune = await communeOf(db, 'canbo.xa');
    await db.insertInto('report_contacts').values({ unit_id: commune.id, email: 'xa@example.vn' }).execute();
    // one commune has sent its report: it is not reminded
    const sent = communes.find((c) => c.id !== commune.id)!;
    await submitReport(db, await openReport(db, sent, 2024, null), await principal(db, 'admin'), '2024-11-01T03:00:00.000Z');

    const list = await reminderList(db, district, 2024, '2024-11-03');
    expect(list.toRemind.map((r) => r.unitId).sort()).toEqual(
      communes
        .filter((c) => c.id !== sent.id)
        .map((c) => c.id)
        .sort(),
    );
    expect(list.toRemind.find((r) => r.unitId === commune.id)).toMatchObject({ emails: ['xa@example.vn'], daysLeft: 7, deadline: '2024-11-10' });

    // a commune official cannot remind; the district official can
    await expect(remindChildren(db, district, 2024, xa, { transport: null, today: '2024-11-03' })).rejects.toThrow(UserError);
    const transport = jsonTransport();
    const mails: { to: string[]; subject: string }[] = [];
    const send = transport.sendMail.bind(transport);
    transport.sendMail = (async (m: Parameters<typeof send>[0]) => {
      mails.push({ to: m.to as string[], subject: String(m.subject) });
      return send(m);
    }) as typeof transport.sendMail;
    const first = await remindChildren(db, district, 2024, dakha, { transport, today: '2024-11-03' });
    expect(first.sent).toHaveLength(communes.length - 1);
    expect(first.skipped).toEqual([]);
    expect(first.mails).toBe(1);
    expect(mails).toEqual([{ to: ['xa@example.vn'], subject: 'Nhắc hạn báo cáo năm 2024: còn 7 ngày (hạn 10/11/2024)' }]);
    const rows = await sends(server, 2024);
    expect(rows).toHaveLength(communes.length - 1);
    expect(rows.every((r) => r.sent_on === '2024-11-03' && r.sent_by === dakha.userId && r.days_left === 7)).toBe(true);
    expect(rows.find((r) => r.unit_id === commune.id)?.emails).toBe(1);
    const audited = await db.selectFrom('audit_log').select('entity_key').where('entity', '=', 'report_reminder').execute();
    expect(audited.map((a) => a.entity_key)).toContain(`${commune.code}:2024:2024-11-03`);

    // the same day again: nobody reminded twice, no second mail
    const again = await remindChildren(db, district, 2024, dakha, { transport, today: '2024-11-03' });
    expect(again.sent).toEqual([]);
    expect(again.skipped).toHaveLength(0); // the list leaves out those reminded today
    expect((await reminderList(db, district, 2024, '2024-11-03')).remindedToday).toHaveLength(communes.length - 1);
    expect(mails).toHaveLength(1);
    expect(await sends(server, 2024)).toHaveLength(communes.length - 1);

    // the command line the same day reminds nobody again (the 7-day reminder was sent from the page)
    expect(await mailReminders(db, '2024-11-03', '')).toEqual({ due: communes.length - 1, reminded: 0, skipped: communes.length - 1, sent: 0 });
    // the next reminder day (1 day before) it does, and records it
    expect(await mailReminders(db, '2024-11-09', '')).toMatchObject({ due: communes.length - 1, reminded: communes.length - 1, skipped: 0 });
    expect((await sends(server, 2024)).filter((r) => r.sent_on === '2024-11-09' && r.sent_by === null)).toHaveLength(communes.length - 1);

    // the commune sees on its dashboard that it was reminded
    const block = String(await ReportingBlock({ db, unit: commune, year: 2024, principal: xa, lang: 'vi', today: '2024-11-09' }));
    expect(block).toContain('Cấp trên đã nhắc hạn báo cáo ngày 09/11/2024.');

    // a closed cycle: no reminder
    const cycle = (await openReport(db, commune, 2024, null)).cycle;
    await setCycleClosed(db, cycle.id, district.id, dakha, true);
    const closed = await remindChildren(db, district, 2024, dakha, { transport: null, today: '2024-11-10' }).catch((e: UserError) => e);
    expect(closed).toBeInstanceOf(UserError);
    expect((closed as UserError).status).toBe(409);
    await setCycleClosed(db, cycle.id, district.id, dakha, false);
  });

  it('from the progress page: the button asks first with the list of recipients, the confirmed post sends once', async () => {
    const db = server.store.db;
    const kontum = new Client(server.url);
    expect((await kontum.login('canbo.kontum', DEMO_PASSWORD)).status).toBe(303);
    // Kon Tum's 2024 report (the province ended on 30/06/2025: it is asked for no later one)
    const districts = await reportersTo(db, (await unit(db, '62')).id, 2024);
    const ofDistricts = async () => (await sends(server, 2024)).filter((r) => districts.some((d) => d.id === r.unit_id));
    const page = await (await kontum.get('/bao-cao/62/2024/tien-do')).text();
    expect(page).toContain('Gửi nhắc nhở');
    const csrf = csrfFrom(page);
    const ask = await kontum.postForm('/bao-cao/62/2024/tien-do/nhac', { _csrf: csrf });
    expect(ask.status).toBe(200);
    const confirm = await ask.text();
    expect(confirm).toContain('Bạn có chắc muốn gửi nhắc nhở?');
    for (const d of districts) expect(confirm).toContain(`<li data-unit="${d.code}"><strong>${d.name}</strong>`);
    expect(confirm).toContain('chưa đăng ký thư điện tử');
    expect(await ofDistricts()).toEqual([]); // asking sends nothing

    const done = await kontum.postForm('/bao-cao/62/2024/tien-do/nhac', { _csrf: csrf, confirm: '1' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/bao-cao/62/2024/tien-do?ok=nhac&n=${districts.length}&m=0`);
    const after = await (await kontum.get(done.headers.get('location')!)).text();
    expect(after).toContain(`Đã gửi nhắc nhở đến ${districts.length} đơn vị (0 thư điện tử).`);
    expect(after).toContain('Các đơn vị chưa gửi đều đã được nhắc hôm nay');
    const rows = await ofDistricts();
    expect(rows.map((r) => r.unit_id).sort()).toEqual(districts.map((d) => d.id).sort());
    expect(rows.every((r) => r.sent_on === todayLocal())).toBe(true);

    // pressed again the same day (a second tab): nothing sent twice
    const twice = await kontum.postForm('/bao-cao/62/2024/tien-do/nhac', { _csrf: csrf, confirm: '1' });
    expect(twice.headers.get('location')).toBe('/bao-cao/62/2024/tien-do?ok=nhac-roi');
    expect(await ofDistricts()).toHaveLength(districts.length);

    // a commune official has no button and a forged post is refused
    const xa = new Client(server.url);
    await xa.login('canbo.xa', DEMO_PASSWORD);
    const own = await (await xa.get('/bao-cao/615/2025/tien-do')).text();
    expect(own).not.toContain('Gửi nhắc nhở');
    expect((await xa.postForm('/bao-cao/615/2025/tien-do/nhac', { _csrf: csrfFrom(own), confirm: '1' })).status).toBe(403);
  });
});
