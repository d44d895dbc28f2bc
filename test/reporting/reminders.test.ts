import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import type { Store } from '../../src/core/db/database.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { reminderFor } from '../../src/reporting/completeness.ts';
import { mailReminders, remindersDue } from '../../src/reporting/reminder-mail.ts';
import { openReport } from '../../src/reporting/reports.ts';
import { submitReport } from '../../src/reporting/workflow.ts';
import { ReportingBlock } from '../../src/reporting/dashboard-block.tsx';
import { communeOf, principal, unit } from './helpers.ts';

describe('reminders before the deadline', () => {
  it('starts 14 days before, mails on the 14th, 7th and last day, and stops once sent', () => {
    expect(reminderFor('2025-11-10', '2025-10-26', 'missing')).toBeNull();
    expect(reminderFor('2025-11-10', '2025-10-27', 'missing')).toEqual({ deadline: '2025-11-10', daysLeft: 14, mailDay: 14, overdue: false });
    expect(reminderFor('2025-11-10', '2025-10-30', 'draft')).toMatchObject({ daysLeft: 11, mailDay: null });
    expect(reminderFor('2025-11-10', '2025-11-03', 'returned')).toMatchObject({ daysLeft: 7, mailDay: 7 });
    expect(reminderFor('2025-11-10', '2025-11-09', 'missing')).toMatchObject({ daysLeft: 1, mailDay: 1 });
    expect(reminderFor('2025-11-10', '2025-11-12', 'missing')).toMatchObject({ daysLeft: -2, overdue: true, mailDay: null });
    expect(reminderFor('2025-11-10', '2025-11-09', 'submitted')).toBeNull();
    expect(reminderFor('2025-11-10', '2025-11-09', 'approved')).toBeNull();
  });
});

describe.each(ENGINES)('reminders from the stored cycles on %s', (engine) => {
  let store: Store;
  beforeAll(async () => {
    store = await freshStore(engine);
    await seedDemo(store);
  }, 120_000);
  afterAll(() => store?.close());

  it('lists the Đắk Hà communes still to report 7 days before 10/11, sends no mail without SMTP, and shows the reminder on the dashboard', async () => {
    const db = store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const r = await openReport(db, commune, 2024, null);
    await db.insertInto('report_contacts').values({ unit_id: commune.id, email: 'xa@example.vn' }).execute();
    const district = await unit(db, '615');
    const communes = await db.selectFrom('units').select('id').where('parent_id', '=', district.id).execute();
    const due = await remindersDue(db, '2024-11-03');
    expect(due.map((d) => d.unitId).sort()).toEqual(communes.map((c) => c.id).sort());
    expect(due.find((d) => d.unitId === commune.id)).toMatchObject({ emails: ['xa@example.vn'], reminder: { daysLeft: 7, mailDay: 7 } });
    expect(await remindersDue(db, '2024-11-04')).toEqual([]);
    expect(await mailReminders(db, '2024-11-03', '')).toEqual({ due: communes.length, reminded: communes.length, skipped: 0, sent: 0 });

    const xa = await principal(db, 'canbo.xa');
    const block = String(await ReportingBlock({ db, unit: commune, year: 2024, principal: xa, lang: 'vi', today: '2024-11-03' }));
    expect(block).toContain('Còn 7 ngày đến hạn báo cáo (10/11/2024).');
    await submitReport(db, r, xa, '2024-11-03T09:00:00.000Z');
    expect((await remindersDue(db, '2024-11-03')).map((d) => d.unitId)).not.toContain(commune.id);
    expect(String(await ReportingBlock({ db, unit: commune, year: 2024, principal: xa, lang: 'vi', today: '2024-11-03' }))).not.toContain('Còn 7 ngày');
    expect(await ReportingBlock({ db, unit: commune, year: 2024, principal: await principal(db, 'xem'), lang: 'vi' })).toBeNull();
  });
});
