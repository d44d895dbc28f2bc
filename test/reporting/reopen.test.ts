import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { findReport, openReport } from '../../src/reporting/reports.ts';
import { approveReport, submitReport } from '../../src/reporting/workflow.ts';
import { communeOf, principal, valuesEnteredOn } from './helpers.ts';

/**
 * The parent reopens an approved report with a reason: refused in place without one, asked to confirm with it, and
 * the reason shown at the top of the report to the unit that must correct it.
 */
describe.each(ENGINES)('reopening an approved report with a reason on %s', (engine) => {
  let server: TestServer;
  let page: string;
  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.store.db;
    await valuesEnteredOn(db);
    const commune = await communeOf(db, 'canbo.xa');
    page = `/bao-cao/${commune.code}/2024`;
    await submitReport(db, await openReport(db, commune, 2024, null), await principal(db, 'canbo.xa'), '2024-11-01T03:00:00.000Z');
    await approveReport(db, (await findReport(db, commune.id, 2024))!, await principal(db, 'canbo.dakha'));
  }, 120_000);
  afterAll(() => server?.close());

  it('refuses without a reason beside the field, confirms with it, unlocks the data and tells the commune why', async () => {
    const db = server.store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const dakha = new Client(server.url);
    await dakha.login('canbo.dakha', DEMO_PASSWORD);
    const review = await (await dakha.get(page)).text();
    expect(review).toContain('Lý do mở lại báo cáo đã phê duyệt (bắt buộc)');
    const csrf = csrfFrom(review);

    const empty = await dakha.postForm(`${page}/tra-lai`, { _csrf: csrf, comment: '  ' });
    expect(empty.status).toBe(422);
    const refused = await empty.text();
    expect(refused).toMatch(/<textarea[^>]*aria-invalid="true"[^>]*aria-describedby="f-comment-err"[^>]*name="comment"/);
    expect(refused).toContain('<span id="f-comment-err" class="field-error">Khi trả lại báo cáo phải ghi ý kiến');
    expect((await findReport(db, commune.id, 2024))!.status).toBe('approved');

    const reason = 'Số liệu tháng 5 của thư viện xã cần sửa lại.';
    const ask = await dakha.postForm(`${page}/tra-lai`, { _csrf: csrf, comment: reason });
    expect(ask.status).toBe(200);
    const confirm = await ask.text();
    expect(confirm).toContain('Bạn có chắc muốn mở lại báo cáo đã phê duyệt?');
    expect(confirm).toContain(reason);
    expect((await findReport(db, commune.id, 2024))!.status).toBe('approved'); // asking changes nothing

    const done = await dakha.postForm(`${page}/tra-lai`, { _csrf: csrf, comment: reason, confirm: '1' });
    expect(done.status).toBe(303);
    expect((await findReport(db, commune.id, 2024))!.status).toBe('returned');
    expect(await db.selectFrom('data_locks').select('unit_id').where('unit_id', '=', commune.id).where('year', '=', 2024).execute()).toEqual([]);

    const xa = new Client(server.url);
    await xa.login('canbo.xa', DEMO_PASSWORD);
    const own = await (await xa.get(page)).text();
    const notice = /<div class="returned-notice" data-returned="">([\s\S]*?)<\/div>/.exec(own)?.[1] ?? '';
    expect(notice).toContain('đã mở lại báo cáo đã phê duyệt lúc');
    expect(notice).toContain(reason);
    expect(notice).toContain('Hãy sửa, bổ sung rồi gửi lại báo cáo.');
    expect(own).toContain('mở lại'); // in the history too
    expect(own).toContain('name="libraries"'); // and the form is editable again
  });
});
