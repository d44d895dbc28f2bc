import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { LOCAL_ADMIN, type Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { cellSheet, followUps, notesOf, saveCellNote } from '../../src/statistics/notes.ts';
import { writeValues } from '../../src/statistics/values.ts';

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** A comment and a follow-up flag on any cell (DHIS2's "mark for follow-up"): stored with who and when, audited, listed above. */
describe.each(ENGINES)('notes of values on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let staff: Principal;
  let district: Principal;
  let otherStaff: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    staff = { userId: 3, username: 'tv', displayName: 'Thủ thư', role: 'staff', unitId: null, institutionId: net.lib };
    district = { userId: 4, username: 'huyen', displayName: 'Phòng VH huyện', role: 'official', unitId: net.d1, institutionId: null };
    otherStaff = { userId: 5, username: 'tvh', displayName: 'Thư viện huyện', role: 'staff', unitId: null, institutionId: net.dlib };
    await writeValues(store.db, LOCAL_ADMIN, [{ institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-03', value: 410 }]);
  });
  afterAll(() => store.close());

  it('a comment and a flag stored with the value, who and when, audited; the cell page shows them with the history', async () => {
    await saveCellNote(store.db, staff, 'LIB-C1', 'LIB_LOANS', '2024-03', { comment: ' Số liệu từ sổ mượn,\r\ncần đối chiếu ', followUp: true });
    const note = (await notesOf(store.db, net.lib, 2024)).get('LIB_LOANS:2024-03');
    expect(note).toMatchObject({ comment: 'Số liệu từ sổ mượn,\ncần đối chiếu', followUp: true, confirmed: null });
    const audit = await store.db.selectFrom('audit_log').select(['action', 'user_id', 'new_value']).where('entity', '=', 'value_note').execute();
    expect(audit.map((a) => [a.action, a.user_id, JSON.parse(a.new_value!)])).toEqual([
      ['create', 3, { comment: 'Số liệu từ sổ mượn,\ncần đối chiếu', followUp: true, confirmed: null }],
    ]);
    const cell = await cellSheet(store.db, district, 'LIB-C1', 'LIB_LOANS', '2024-03');
    expect([cell.value, cell.canWrite, cell.note?.followUp, cell.history.map((h) => Number(h.value))]).toEqual([410, true, true, [410]]);
  });

  it('the follow-up list: the district above sees it, another institution does not; unflagged, it leaves the list', async () => {
    const listed = await followUps(store.db, district);
    expect(listed.map((f) => [f.institution, f.element, f.period, f.value, f.comment])).toEqual([
      ['LIB-C1', 'LIB_LOANS', '2024-03', 410, 'Số liệu từ sổ mượn,\ncần đối chiếu'],
    ]);
    expect(await followUps(store.db, staff)).toHaveLength(1);
    expect(await followUps(store.db, otherStaff)).toEqual([]);
    // the district official clears the flag (they may write that period): the comment stays
    await saveCellNote(store.db, district, 'LIB-C1', 'LIB_LOANS', '2024-03', { comment: 'Số liệu từ sổ mượn,\ncần đối chiếu', followUp: false });
    expect(await followUps(store.db, district)).toEqual([]);
    expect((await notesOf(store.db, net.lib, 2024)).get('LIB_LOANS:2024-03')).toMatchObject({ followUp: false, comment: 'Số liệu từ sổ mượn,\ncần đối chiếu' });
  });

  it('a note on a cell without a value; nothing left of a note removes it (audited as a deletion)', async () => {
    await saveCellNote(store.db, staff, 'LIB-C1', 'LIB_HOLDINGS', '2024', { comment: 'Đang kiểm kê', followUp: false });
    expect((await notesOf(store.db, net.lib, 2024)).get('LIB_HOLDINGS:2024')?.comment).toBe('Đang kiểm kê');
    await saveCellNote(store.db, staff, 'LIB-C1', 'LIB_HOLDINGS', '2024', { comment: '  ', followUp: false });
    expect((await notesOf(store.db, net.lib, 2024)).has('LIB_HOLDINGS:2024')).toBe(false);
    const last = await store.db
      .selectFrom('audit_log')
      .select(['action', 'old_value', 'new_value'])
      .where('entity_key', '=', 'LIB-C1:LIB_HOLDINGS:2024')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect([last.action, JSON.parse(last.old_value!).comment, last.new_value]).toEqual(['delete', 'Đang kiểm kê', null]);
  });

  it('refused: a comment too long (at its field), a person who may not write the period, an unknown cell or a period of the wrong type', async () => {
    const long = await refusal(saveCellNote(store.db, staff, 'LIB-C1', 'LIB_LOANS', '2024-04', { comment: 'x'.repeat(2001), followUp: false }));
    expect([long.status, long.problems.map((p) => [p.field, p.said.code])]).toEqual([422, [['comment', 'E3141']]]);
    expect((await refusal(saveCellNote(store.db, otherStaff, 'LIB-C1', 'LIB_LOANS', '2024-04', { comment: 'a', followUp: true }))).status).toBe(403);
    // the district's official wrote 2024, not 2026 (the library belongs to the new commune then)
    expect((await refusal(saveCellNote(store.db, district, 'LIB-C1', 'LIB_LOANS', '2026-01', { comment: 'a', followUp: true }))).status).toBe(403);
    expect((await refusal(cellSheet(store.db, staff, 'LIB-C1', 'LIB_LOANS', '2024'))).status).toBe(404);
    expect((await refusal(cellSheet(store.db, staff, 'LIB-C1', 'NOPE', '2024-01'))).status).toBe(404);
    expect((await refusal(cellSheet(store.db, otherStaff, 'LIB-C1', 'LIB_LOANS', '2024-03'))).status).toBe(403);
    expect((await notesOf(store.db, net.lib, 2024)).has('LIB_LOANS:2024-04')).toBe(false);
  });
});
