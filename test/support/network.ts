import type { DB } from '../../src/core/db/database.ts';
import { rebuildClosure } from '../../src/network/closure.ts';
import { createInstitution } from '../../src/network/institutions.ts';
import { insertSuccessors, insertUnits } from '../../src/network/unit-writes.ts';

/**
 * A small dated map: nation VN; old province P1 (until 2025-06-30) with district D1 and
 * communes C1, C2; new province P9 (from 2025-07-01) with commune N1, successor of C1 and C2.
 * P1 → P9 as well. Institutions: a commune library in C1 that moves to N1 on 2025-07-01,
 * a school library in C2 (moves too), and a district library in D1.
 */
export async function smallNetwork(db: DB) {
  const [vn] = await insertUnits(db, [{ code: 'VN', name: 'Việt Nam', level: 'nation', parentId: null }]);
  const [p1] = await insertUnits(db, [{ code: 'P1', name: 'Tỉnh Một', level: 'province', parentId: vn!, validTo: '2025-06-30' }]);
  const [d1] = await insertUnits(db, [{ code: 'D1', name: 'Huyện Một', level: 'district', parentId: p1!, validTo: '2025-06-30' }]);
  const [c1, c2] = await insertUnits(db, [
    { code: 'C1', name: 'Xã Một', level: 'commune', parentId: d1!, validTo: '2025-06-30' },
    { code: 'C2', name: 'Xã Hai', level: 'commune', parentId: d1!, validTo: '2025-06-30' },
  ]);
  const [p9] = await insertUnits(db, [{ code: 'P9', name: 'Tỉnh Chín', level: 'province', parentId: vn!, validFrom: '2025-07-01' }]);
  const [n1] = await insertUnits(db, [{ code: 'N1', name: 'Xã Mới', level: 'commune', parentId: p9!, validFrom: '2025-07-01' }]);
  await insertSuccessors(db, [
    { predecessorId: p1!, successorId: p9!, partial: false, aggregate: true },
    { predecessorId: c1!, successorId: n1!, partial: false, aggregate: true },
    { predecessorId: c2!, successorId: n1!, partial: false, aggregate: true },
  ]);
  await rebuildClosure(db);
  const lib = await createInstitution(
    db,
    { code: 'LIB-C1', name: 'Thư viện xã Một', kind: 'library_public_commune', ownership: 'public', unitId: c1!, since: '2000-01-01' },
    null,
  );
  const school = await createInstitution(
    db,
    { code: 'SCH-C2', name: 'Thư viện trường Hai', kind: 'library_school', ownership: 'public', unitId: c2!, since: '2000-01-01' },
    null,
  );
  const dlib = await createInstitution(
    db,
    { code: 'LIB-D1', name: 'Thư viện huyện Một', kind: 'library_public_district', ownership: 'public', unitId: d1!, since: '2000-01-01' },
    null,
  );
  const { moveInstitution } = await import('../../src/network/institutions.ts');
  await moveInstitution(db, lib, n1!, '2025-07-01', null);
  await moveInstitution(db, school, n1!, '2025-07-01', null);
  return { vn: vn!, p1: p1!, d1: d1!, c1: c1!, c2: c2!, p9: p9!, n1: n1!, lib, school, dlib };
}
