import type { DB } from '../../src/core/db/database.ts';
import { createObject, type NewObject } from '../../src/museum/objects.ts';
import { createInstitution } from '../../src/network/institutions.ts';

/** The public museum BT-N1 "Bảo tàng Xã Mới" in the unit (commune N1 of `smallNetwork`), open from 01/07/2025; its id. */
export function addMuseum(db: DB, unitId: number): Promise<number> {
  return createInstitution(db, { code: 'BT-N1', name: 'Bảo tàng Xã Mới', kind: 'museum_public', ownership: 'public', unitId, since: '2025-07-01' }, null);
}

/** The museum's object BT-001, a Ba Na gong set, with the fields a test adds; its id. */
export function addGong(db: DB, institutionId: number, more: Partial<NewObject> = {}): Promise<number> {
  return createObject(
    db,
    { institutionId, identifier: 'BT-001', title: 'Chiêng đồng Ba Na', ethnicGroup: 'Ba Na', description: 'Bộ chiêng ba chiếc', ...more },
    null,
  );
}
