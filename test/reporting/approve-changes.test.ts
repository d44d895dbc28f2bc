import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, storedValue, type TestServer } from '../support/server.ts';
import type { DB } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { resolveValues } from '../../src/statistics/resolve.ts';
import { applyValues } from '../../src/statistics/write.ts';
import { changesSinceSubmission } from '../../src/reporting/changes.ts';
import { findReport, openReport } from '../../src/reporting/reports.ts';
import { approveReport, returnReport, submitReport } from '../../src/reporting/workflow.ts';
import { communeOf, principal, valuesEnteredOn } from './helpers.ts';

/** A library of the commune of canbo.xa, and a write of its visits for a month as that official. */
async function library(db: DB, unitId: number): Promise<string> {
  const i = await db
    .selectFrom('institution_units as iu')
    .innerJoin('institutions as i', 'i.id', 'iu.institution_id')
    .select('i.code')
    .where('iu.unit_id', '=', unitId)
    .where('i.kind', 'like', 'library%')
    .orderBy('i.code')
    .executeTakeFirstOrThrow();
  return i.code;
}
async function write(db: DB, inst: string, period: string, value: number, userId: number): Promise<void> {
  const r = await resolveValues(db, [{ row: 1, institution: inst, dataElement: 'LIB_VISITS', period, value }]);
  expect(r.problems).toEqual([]);
  await applyValues(db, r.values, { userId, mode: 'set' });
}

async function refusal(fn: () => Promise<unknown>): Promise<UserError> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** Approving a report whose data changed after it was sent: refused until the reviewer has seen the changes. */
describe.each(ENGINES)('approving after the data changed on %s', (engine) => {
  let server: TestServer;
  let inst: string;
  let before: number | undefined;
  beforeAll(async () => {
    server = await startServer(engine);
    const db = server.store.db;
    await valuesEnteredOn(db);
    const commune = await communeOf(db, 'canbo.xa');
    inst = await library(db, commune.id);
    before = await storedValue(server.store, inst, 'LIB_VISITS', '2024-05');
    await submitReport(db, await openReport(db, commune, 2024, null), await principal(db, 'canbo.xa'), '2024-11-01T03:00:00.000Z');
  }, 120_000);
  afterAll(() => server?.close());

  it('refuses to approve silently, says what changed (before and now), and approves once the changes are accepted', async () => {
    const db = server.store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const [xa, dakha] = [await principal(db, 'canbo.xa'), await principal(db, 'canbo.dakha')];
    let r = (await findReport(db, commune.id, 2024))!;
    expect((await changesSinceSubmission(db, r))!.count).toBe(0);

    await write(db, inst, '2024-05', (before ?? 0) + 500, xa.userId!);
    const changes = (await changesSinceSubmission(db, r))!;
    expect(changes.count).toBe(1);
    expect(changes.shown).toEqual([
      expect.objectContaining({ period: '2024-05', value: (before ?? 0) + 500, before: before ?? null, by: 'UBND xã Đắk Hà', elementVi: expect.any(String) }),
    ]);

    const refused = await refusal(() => approveReport(db, r, dakha));
    expect(refused.status).toBe(409);
    expect(refused.problems[0]?.field).toBe('changes');
    expect(refused.message).toContain('đã thay đổi sau khi đơn vị gửi báo cáo (lúc 01/11/2024 10:00): 1 giá trị được sửa');
    expect((await findReport(db, commune.id, 2024))!.status).toBe('submitted');
    // a token drawn before a further change no longer approves
    await write(db, inst, '2024-06', 42, xa.userId!);
    expect((await refusal(() => approveReport(db, r, dakha, { changesSeen: changes.token }))).status).toBe(409);

    const now = (await changesSinceSubmission(db, r))!;
    expect(now.count).toBe(2);
    await approveReport(db, r, dakha, { changesSeen: now.token });
    r = (await findReport(db, commune.id, 2024))!;
    expect(r.status).toBe('approved');
    const trail = await db
      .selectFrom('audit_log')
      .select('new_value')
      .where('entity', '=', 'report')
      .where('entity_key', '=', `${commune.code}:2024`)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(trail.new_value!)).toMatchObject({ action: 'approve', changesAccepted: 2 });
  });

  it('on the page: the approval asks with the changes listed, offers the return, and a stale confirmation asks again in place', async () => {
    const db = server.store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const xa = await principal(db, 'canbo.xa');
    const dakha = await principal(db, 'canbo.dakha');
    // back to the unit, sent again, then a value changes
    await returnReport(db, (await findReport(db, commune.id, 2024))!, dakha, 'Xem lại số liệu tháng 6.');
    await submitReport(db, (await findReport(db, commune.id, 2024))!, xa);
    await write(db, inst, '2024-07', 77, xa.userId!);

    const page = `/bao-cao/${commune.code}/2024`;
    const client = new Client(server.url);
    await client.login('canbo.dakha', DEMO_PASSWORD);
    const csrf = csrfFrom(await (await client.get(page)).text());
    const ask = await (await client.postForm(`${page}/duyet`, { _csrf: csrf })).text();
    expect(ask).toContain('Số liệu đã thay đổi sau khi gửi báo cáo');
    expect(ask).toContain('data-changes="1"');
    expect(ask).toContain('07/2024');
    expect(ask).toContain('<td data-label="Khi gửi báo cáo" class="num">'); // the value before, beside the value now
    expect(ask).toContain('Bạn có chắc muốn phê duyệt báo cáo với số liệu hiện tại?');
    expect(ask).toContain(`action="${page}/tra-lai"`); // or return it
    const token = /name="changes" value="([^"]+)"/.exec(ask)![1]!;

    // confirmed without the changes seen (an old form): asked again, in place, nothing approved
    const stale = await client.postForm(`${page}/duyet`, { _csrf: csrf, confirm: '1' });
    expect(stale.status).toBe(409);
    const again = await stale.text();
    expect(again).toContain('role="alert"');
    expect(again).toContain('1 giá trị được sửa');
    expect(again).toContain('Số liệu đã thay đổi sau khi gửi báo cáo');
    expect((await findReport(db, commune.id, 2024))!.status).toBe('submitted');

    const ok = await client.postForm(`${page}/duyet`, { _csrf: csrf, confirm: '1', changes: token });
    expect(ok.status).toBe(303);
    expect((await findReport(db, commune.id, 2024))!.status).toBe('approved');
  });

  it('through the API: 409 unless acceptChanges is true', async () => {
    const db = server.store.db;
    const commune = await communeOf(db, 'canbo.xa');
    const xa = await principal(db, 'canbo.xa');
    const dakha = await principal(db, 'canbo.dakha');
    await returnReport(db, (await findReport(db, commune.id, 2024))!, dakha, 'Mở lại.');
    await submitReport(db, (await findReport(db, commune.id, 2024))!, xa);
    await write(db, inst, '2024-08', 88, xa.userId!);
    const id = (await findReport(db, commune.id, 2024))!.id;
    const client = new Client(server.url);
    await client.login('canbo.dakha', DEMO_PASSWORD);
    const token = await client.csrf('/tong-quan');
    const refused = await client.postJson(`/api/v1/reports/${id}/approve`, {}, { 'x-csrf-token': token });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { problems: { field: string }[] }).problems[0]?.field).toBe('changes');
    const ok = await client.postJson(`/api/v1/reports/${id}/approve`, { acceptChanges: true }, { 'x-csrf-token': token });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { status: string }).status).toBe('approved');
  });
});
