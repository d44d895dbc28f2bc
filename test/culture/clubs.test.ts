import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshStore } from '../support/engines.ts';
import { smallNetwork } from '../support/network.ts';
import type { Store } from '../../src/core/db/database.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { createClub } from '../../src/culture/clubs.ts';
import { addMember } from '../../src/culture/members.ts';
import { recordSession } from '../../src/culture/sessions.ts';

describe.each(ENGINES)('clubs on %s', (engine) => {
  let store: Store;
  let centre: number;
  beforeAll(async () => {
    store = await freshStore(engine);
    const net = await smallNetwork(store.db);
    centre = await createInstitution(
      store.db,
      { code: 'VH-N1', name: 'Trung tâm VH-TT Xã Mới', kind: 'culture_centre_commune', ownership: 'public', unitId: net.n1, since: '2025-07-01' },
      null,
    );
  });
  afterAll(() => store?.close());

  const attr = () =>
    store.db
      .selectFrom('institution_attributes')
      .select(['value', 'evidence'])
      .where('institution_id', '=', centre)
      .where('attribute', '=', 'regular_clubs')
      .where('year', '=', 2026)
      .executeTakeFirst();
  const stock = async (element: string, period = '2026') => {
    const r = await store.db
      .selectFrom('data_values as v')
      .innerJoin('data_elements as e', 'e.id', 'v.element_id')
      .select('v.value')
      .where('v.institution_id', '=', centre)
      .where('e.code', '=', element)
      .where('v.period', '=', period)
      .executeTakeFirst();
    return r ? Number(r.value) : undefined;
  };

  it('counts clubs and members as yearly stocks and computes "regular activities" from attendance', async () => {
    const club = await createClub(
      store.db,
      { institutionId: centre, kind: 'club', name: 'CLB Dân ca Bài chòi', schedule: 'Tối thứ Bảy hằng tuần' },
      null,
      '2026-01-05T00:00:00Z',
    );
    const a = await addMember(store.db, club, { name: 'Nguyễn Thị A', joinedOn: '2026-01-10' }, null);
    const b = await addMember(store.db, club, { name: 'Trần Văn B', joinedOn: '2026-01-10' }, null);
    expect([await stock('CUL_CLUBS'), await stock('CUL_CLUB_MEMBERS')]).toEqual([1, 2]);
    // five months of sessions, one session without anyone present: not yet regular
    for (const m of ['01', '02', '03', '04', '05']) await recordSession(store.db, club, { onDate: `2026-${m}-15`, present: [a, b] }, null);
    await recordSession(store.db, club, { onDate: '2026-06-15', present: [] }, null);
    expect(await attr()).toBeUndefined();
    await recordSession(store.db, club, { onDate: '2026-07-15', present: [a] }, null);
    const set = await attr();
    expect(set?.value).toBe(1);
    expect(set?.evidence).toContain('CLB Dân ca Bài chòi (6 tháng)');
    await expect(recordSession(store.db, club, { onDate: '2026-08-01', present: [99999] }, null)).rejects.toThrow('Không phải thành viên');
  });

  it('counts a club created at 00:30 on 1 January in Vietnam (17:30 UTC the day before) in the new year', async () => {
    const club = { institutionId: centre, kind: 'talent_class', name: 'Lớp vẽ thiếu nhi', schedule: 'Sáng Chủ nhật' } as const;
    await createClub(store.db, club, null, '2025-12-31T17:30:00.000Z');
    expect([await stock('CUL_CLUBS', '2025'), await stock('CUL_CLUBS')]).toEqual([undefined, 2]);
  });
});
