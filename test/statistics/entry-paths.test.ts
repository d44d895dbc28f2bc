import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { LOCAL_ADMIN, type Principal } from '../../src/core/auth/principal.ts';
import { UserError } from '../../src/core/errors.ts';
import { addElement } from '../../src/statistics/elements.ts';
import { saveEntryForm, valuesOf } from '../../src/statistics/entry.ts';
import { importValues } from '../../src/statistics/value-import.ts';
import { writeValues } from '../../src/statistics/values.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(p: Promise<unknown>): Promise<UserError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

/** Every entry path (form, file, API) goes through the one validation, then the one write. */
describe.each(ENGINES)('the entry paths of values on %s', (engine) => {
  let store: Store;
  let net: Awaited<ReturnType<typeof smallNetwork>>;
  let staff: Principal;
  beforeAll(async () => {
    store = await freshStore(engine);
    net = await smallNetwork(store.db);
    staff = { userId: null, username: 'tv', displayName: 'Thủ thư', role: 'staff', unitId: null, institutionId: net.lib };
  });
  afterAll(() => store.close());

  it('refuses the same bad value with the same code whichever way it comes, and stores nothing', async () => {
    // the form reads numbers as its page writes them ("1.234" is 1234 in Vietnamese): "1,2,3" is none
    const form = await refusal(saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:LIB_LOANS:2024-03': '12', 'v:LIB_LOANS:2024-04': '1,2,3' }));
    expect(form.status).toBe(422);
    expect(form.problems.map((p) => [p.field, p.said.code])).toEqual([['v:LIB_LOANS:2024-04', 'E3019']]);
    const api = await refusal(writeValues(store.db, staff, [{ institution: 'LIB-C1', dataElement: 'LIB_LOANS', period: '2024-04', value: '1.234' }]));
    expect([api.status, api.problems.map((p) => [p.row, p.field, p.said.code])]).toEqual([422, [[1, 'value', 'E3010']]]);
    // a file is read as the form is (its template writes numbers the Vietnamese way): "1,2,3" is none there either
    const file = await importValues(store.db, staff, {
      bytes: utf8('institution,dataElement,period,value\nLIB-C1,LIB_LOANS,2024-04,"1,2,3"\n'),
      name: 'x.csv',
    });
    expect(file.problems.map((p) => [p.row, p.field, p.said.code])).toEqual([[2, 'value', 'E3019']]);
    expect(await valuesOf(store.db, net.lib, 2024)).toEqual(new Map());
  });

  it("the API refuses another institution's rows with 403, mixed with bad rows with 422", async () => {
    const other = { institution: 'LIB-D1', dataElement: 'LIB_LOANS', period: '2024-04', value: 5 };
    expect((await refusal(writeValues(store.db, staff, [other]))).status).toBe(403);
    expect((await refusal(writeValues(store.db, staff, [other, { ...other, institution: 'LIB-C1', period: '2024-13' }]))).status).toBe(422);
  });

  it('the form writes changed cells, removes cleared ones, and refuses an institution the person may not write', async () => {
    expect(
      await saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:LIB_LOANS:2024-03': '12', 'v:LIB_LOANS:2024-04': ' 7 ', 'v:LIB_HOLDINGS:2024': '' }),
    ).toMatchObject({ written: 2, removed: 0 });
    const cleared = await saveEntryForm(store.db, staff, 'LIB-C1', 2024, { 'v:LIB_LOANS:2024-03': '12', 'v:LIB_LOANS:2024-04': '' });
    expect(cleared).toMatchObject({ written: 0, removed: 1 });
    expect(await valuesOf(store.db, net.lib, 2024)).toEqual(new Map([['LIB_LOANS', new Map([['2024-03', 12]])]]));
    expect((await refusal(saveEntryForm(store.db, staff, 'LIB-D1', 2024, { 'v:LIB_LOANS:2024-03': '1' }))).status).toBe(403);
    expect((await refusal(saveEntryForm(store.db, staff, 'NOPE', 2024, {}))).status).toBe(404);
  });

  it('only admins add data elements, each code once', async () => {
    const e = { code: 'LIB_TALKS', nameVi: 'Buổi nói chuyện chuyên đề', nameEn: 'Talks', sector: 'library', periodType: 'month' as const };
    expect((await refusal(addElement(store.db, staff, e))).status).toBe(403);
    expect(await addElement(store.db, LOCAL_ADMIN, e)).toEqual(e);
    const again = await refusal(addElement(store.db, LOCAL_ADMIN, e));
    expect([again.status, again.code, again.problems[0]?.field]).toEqual([409, 'E3031', 'code']);
  });
});
