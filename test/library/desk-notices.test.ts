import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../src/core/auth/principal.ts';
import type { Store } from '../../src/core/db/database.ts';
import type { MailTransport } from '../../src/core/mail.ts';
import { checkout } from '../../src/library/circulation.ts';
import { importMarc } from '../../src/library/marc-import.ts';
import { registerPatron } from '../../src/library/patrons.ts';
import { editPatron } from '../../src/library/patron-records.ts';
import { overdueByReader, sendNotices } from '../../src/library/notices.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { libraryNetwork, vietnameseXml } from './fixture.ts';

const staffOf = (institutionId: number, userId: number | null = null): Principal => ({
  userId,
  username: 's',
  displayName: 's',
  role: 'staff',
  unitId: null,
  institutionId,
});

/** nodemailer's JSON transport (nothing leaves the machine), each message kept as it would be sent. */
function jsonMail() {
  const sent: { envelope: { to: string[] }; subject: string; text: string }[] = [];
  const transport = nodemailer.createTransport({ jsonTransport: true });
  const send = transport.sendMail.bind(transport);
  (transport as { sendMail: unknown }).sendMail = async (m: Parameters<typeof send>[0]) => {
    const info = await send(m);
    sent.push({ ...JSON.parse(String(info.message)), envelope: info.envelope });
    return info;
  };
  return { sent, transport: transport as MailTransport };
}

/** Issue 20: overdue notices by reader, e-mailed when SMTP is configured, on paper otherwise, once a loan and day. */
describe.each(ENGINES)('overdue notices on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof libraryNetwork>>;
  let hoa: number;
  let long: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await libraryNetwork(store.db);
    await importMarc(store.db, vietnameseXml(), { libraryCode: 'LIB-C1', onError: 'reject', userId: null, date: '2026-01-10' });
    hoa = await registerPatron(store.db, { cardNumber: 'C1-HOA1', institutionId: net.lib, name: 'Đỗ Thị Hoa', category: 'adult' }, null, '2026-01-10');
    long = await registerPatron(store.db, { cardNumber: 'C1-LONG', institutionId: net.lib, name: 'Vũ Văn Long', category: 'adult' }, null, '2026-01-10');
    const desk = { institutionId: net.lib, userId: null };
    await checkout(store.db, 'VN-0001', 'C1-HOA1', { ...desk, at: '2026-01-10T02:00:00Z' });
    await checkout(store.db, 'VN-0002', 'C1-HOA1', { ...desk, at: '2026-01-20T02:00:00Z' });
    await checkout(store.db, 'VN-0004', 'C1-LONG', { ...desk, at: '2026-01-12T02:00:00Z' });
    await checkout(store.db, 'VN-0006', 'C1-LONG', { ...desk, at: '2026-02-25T02:00:00Z' }); // not overdue on 01/03
  });
  afterAll(() => store?.close());

  it('lists the overdue loans by reader with their days overdue; only to the library’s own staff', async () => {
    const { readers } = await overdueByReader(store.db, staffOf(net.lib), 'LIB-C1', '2026-03-01');
    expect(readers.map((r) => [r.name, r.loans.map((l) => [l.barcode, l.days])])).toEqual([
      [
        'Đỗ Thị Hoa',
        [
          ['VN-0001', expect.any(Number)],
          ['VN-0002', expect.any(Number)],
        ],
      ],
      ['Vũ Văn Long', [['VN-0004', expect.any(Number)]]],
    ]);
    const first = readers[0]!.loans[0]!;
    expect(first.days).toBeGreaterThan(readers[0]!.loans[1]!.days);
    expect(first.last).toBeNull();
    await expect(overdueByReader(store.db, staffOf(net.dlib), 'LIB-C1')).rejects.toMatchObject({ status: 403 });
  });

  it('mails a reader with an address (recipient and content asserted), records the rest on paper, and never notices a loan twice a day', async () => {
    await editPatron(store.db, staffOf(net.lib), 'LIB-C1', hoa, { name: 'Đỗ Thị Hoa', category: 'adult', phone: '', email: ' Hoa.Do@Example.VN ' });
    await expect(
      editPatron(store.db, staffOf(net.lib), 'LIB-C1', long, { name: 'Vũ Văn Long', category: 'adult', phone: '', email: 'long@' }),
    ).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'email', said: { code: 'E6180' } }],
    });
    await expect(sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [], { transport: null })).rejects.toMatchObject({
      status: 422,
      problems: [{ field: 'patron' }],
    });
    const mail = jsonMail();
    const r = await sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [hoa, long], {
      transport: mail.transport,
      today: '2026-03-01',
      from: 'thuvien@example.vn',
    });
    expect(r.mailed.map((x) => x.name)).toEqual(['Đỗ Thị Hoa']);
    expect(r.onPaper.map((x) => x.name)).toEqual(['Vũ Văn Long']);
    expect(mail.sent).toHaveLength(1);
    const m = mail.sent[0]!;
    expect(m.envelope.to).toEqual(['hoa.do@example.vn']);
    expect(m.subject).toContain('quá hạn');
    expect(m.text).toContain('Kính gửi bạn đọc Đỗ Thị Hoa');
    expect(m.text).toMatch(/VN-0001\): hạn trả \d{2}\/\d{2}\/2026, quá hạn \d+ ngày/);
    expect(m.text).toContain('VN-0002');
    expect(m.text).not.toContain('VN-0004'); // another reader's loan
    expect(m.text).not.toMatch(/2026-\d{2}-\d{2}/); // no ISO dates
    // the same day again: nothing mailed, nothing recorded
    const again = await sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [hoa, long], { transport: mail.transport, today: '2026-03-01' });
    expect(again.skipped.map((x) => x.name)).toEqual(['Đỗ Thị Hoa', 'Vũ Văn Long']);
    expect(mail.sent).toHaveLength(1);
    const rows = await store.db.selectFrom('lib_notices').select(['loan_id', 'sent_on', 'email']).orderBy('id').execute();
    expect(rows.map((x) => [x.sent_on, x.email])).toEqual([
      ['2026-03-01', 'hoa.do@example.vn'],
      ['2026-03-01', 'hoa.do@example.vn'],
      ['2026-03-01', null],
    ]);
    const { readers } = await overdueByReader(store.db, staffOf(net.lib), 'LIB-C1', '2026-03-01');
    expect(readers.every((x) => x.noticedToday)).toBe(true);
    expect(readers[0]!.loans[0]!.last).toMatchObject({ on: '2026-03-01', mailed: true });
    // the next day it may be noticed again
    const next = await sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [long], { transport: null, today: '2026-03-02' });
    expect(next.onPaper.map((x) => x.loans.map((l) => l.barcode))).toEqual([['VN-0004']]);
    const audited = await store.db.selectFrom('audit_log').select('entity_key').where('entity', '=', 'lib_notice').execute();
    expect(audited.map((a) => a.entity_key).sort()).toEqual(['C1-HOA1:2026-03-01', 'C1-LONG:2026-03-01', 'C1-LONG:2026-03-02']);
  });

  it('a mail that fails takes its record back, so it can be sent again', async () => {
    const failing = { sendMail: async () => Promise.reject(new Error('SMTP down')) } as unknown as MailTransport;
    await expect(sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [hoa], { transport: failing, today: '2026-03-03' })).rejects.toThrow('SMTP down');
    expect(await store.db.selectFrom('lib_notices').select('id').where('sent_on', '=', '2026-03-03').execute()).toEqual([]);
    const mail = jsonMail();
    const r = await sendNotices(store.db, staffOf(net.lib), 'LIB-C1', [hoa], { transport: mail.transport, today: '2026-03-03' });
    expect(r.mailed).toHaveLength(1);
    expect(mail.sent[0]!.envelope.to).toEqual(['hoa.do@example.vn']);
  });
});
