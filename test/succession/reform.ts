import type { Store } from '../../src/core/db/database.ts';
import { createUser } from '../../src/accounts/users.ts';
import { rebuildClosure } from '../../src/network/closure.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { insertSuccessors, insertUnits } from '../../src/network/unit-writes.ts';
import { ensureCycle } from '../../src/reporting/cycles.ts';
import { emptyNarrative } from '../../src/reporting/narrative.ts';

const PASSWORD = 'một câu dài dễ nhớ 2025';

/**
 * A reform in small: communes C1 (whole into N1) and C3 (split between N1 and N2) of district D1 end on 30/06/2025;
 * D1 goes into the new province P9. People, institutions, a cycle and drafts are still attached to the old units.
 */
export async function reform(store: Store) {
  const db = store.db;
  const [vn] = await insertUnits(db, [{ code: 'VN', name: 'Việt Nam', level: 'nation', parentId: null }]);
  const [p1] = await insertUnits(db, [{ code: 'P1', name: 'Tỉnh Một', level: 'province', parentId: vn!, validTo: '2025-06-30' }]);
  const [d1] = await insertUnits(db, [{ code: 'D1', name: 'Huyện Một', level: 'district', parentId: p1!, validTo: '2025-06-30' }]);
  const [c1, c3] = await insertUnits(db, [
    { code: 'C1', name: 'Xã Một', level: 'commune', parentId: d1!, validTo: '2025-06-30' },
    { code: 'C3', name: 'Xã Ba', level: 'commune', parentId: d1!, validTo: '2025-06-30' },
  ]);
  const [p9] = await insertUnits(db, [{ code: 'P9', name: 'Tỉnh Chín', level: 'province', parentId: vn!, validFrom: '2025-07-01' }]);
  const [n1, n2] = await insertUnits(db, [
    { code: 'N1', name: 'Xã Mới', level: 'commune', parentId: p9!, validFrom: '2025-07-01' },
    { code: 'N2', name: 'Xã Bình Minh', level: 'commune', parentId: p9!, validFrom: '2025-07-01' },
  ]);
  await insertSuccessors(db, [
    { predecessorId: p1!, successorId: p9!, partial: false, aggregate: true },
    { predecessorId: d1!, successorId: p9!, partial: false, aggregate: true },
    { predecessorId: c1!, successorId: n1!, partial: false, aggregate: true },
    { predecessorId: c3!, successorId: n1!, partial: true, aggregate: true },
    { predecessorId: c3!, successorId: n2!, partial: true, aggregate: false },
  ]);
  await rebuildClosure(db);
  const inst = (code: string, name: string, kind: string, unitId: number) =>
    createInstitution(db, { code, name, kind, ownership: 'public', unitId, since: '2000-01-01' }, null);
  await inst('LIB-C1', 'Thư viện xã Một', 'library_public_commune', c1!);
  await inst('SCH-C3', 'Thư viện trường Ba', 'library_school', c3!);
  await inst('LIB-D1', 'Thư viện huyện Một', 'library_public_district', d1!);
  const user = (username: string, displayName: string, role: 'official' | 'viewer' | 'admin', unitId: number | null) =>
    createUser(db, { username, password: PASSWORD, displayName, role, unitId });
  const admin = await user('quantri', 'Quản trị', 'admin', null);
  await user('xa.mot', 'UBND xã Một', 'official', c1!);
  await user('xem.mot', 'Người xem xã Một', 'viewer', c1!);
  await user('xa.ba', 'UBND xã Ba', 'official', c3!);
  await user('huyen.mot', 'Phòng VH huyện Một', 'official', d1!);
  await user('xa.moi', 'UBND xã Mới', 'official', n1!);
  // D1's cycles: 2024 (it existed on the deadline) and 2026, opened before the rule; C1's drafts: a blank 2026 one, a 2024 one with text
  const y2024 = await ensureCycle(db, d1!, 2024);
  const y2026 = await ensureCycle(db, d1!, 2026);
  const report = (cycleId: number, year: number, narrative: object) =>
    db
      .insertInto('reports')
      .values({ cycle_id: cycleId, unit_id: c1!, year, status: 'draft', narrative: JSON.stringify(narrative), updated_at: '2026-01-05T00:00:00Z' })
      .execute();
  await report(y2026.id, 2026, { ...emptyNarrative(), signerName: 'Nguyễn Văn A' });
  await report(y2024.id, 2024, { ...emptyNarrative(), libraries: 'Đã phục vụ 1.200 lượt.' });
  return { vn: vn!, d1: d1!, c1: c1!, c3: c3!, p9: p9!, n1: n1!, n2: n2!, admin, y2024: y2024.id, y2026: y2026.id };
}
