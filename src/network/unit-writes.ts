import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';

export interface NewUnit {
  code: string;
  officialCode?: string | null;
  name: string;
  fullName?: string | null;
  level: string;
  parentId: number | null;
  validFrom?: string | null;
  validTo?: string | null;
}

/** Inserts units (call `rebuildClosure` once afterwards); returns their ids in order. */
export async function insertUnits(db: DB, units: NewUnit[], userId: number | null = null): Promise<number[]> {
  const ids: number[] = [];
  for (const u of units) {
    const r = await db
      .insertInto('units')
      .values({
        code: u.code,
        official_code: u.officialCode ?? u.code,
        name: u.name,
        full_name: u.fullName ?? null,
        level: u.level,
        parent_id: u.parentId,
        valid_from: u.validFrom ?? null,
        valid_to: u.validTo ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(r.id);
  }
  if (units.length > 0 && units.length <= 50)
    await audit(
      db,
      units.map((u) => ({ userId, action: 'create' as const, entity: 'unit', key: u.code, newValue: u })),
    );
  else if (units.length > 50) await audit(db, { userId, action: 'import', entity: 'unit', key: `${units.length} units`, newValue: { count: units.length } });
  return ids;
}

export interface SuccessorLink {
  predecessorId: number;
  successorId: number;
  partial: boolean;
  /** The predecessor's history rolls up along this link (one per predecessor). */
  aggregate: boolean;
  note?: string | null;
}

export async function insertSuccessors(db: DB, links: SuccessorLink[]): Promise<void> {
  for (let i = 0; i < links.length; i += 2000) {
    await db
      .insertInto('unit_successors')
      .values(
        links.slice(i, i + 2000).map((l) => ({
          predecessor_id: l.predecessorId,
          successor_id: l.successorId,
          partial: l.partial ? 1 : 0,
          aggregate: l.aggregate ? 1 : 0,
          note: l.note ?? null,
        })),
      )
      .onConflict((oc) => oc.columns(['predecessor_id', 'successor_id']).doNothing())
      .execute();
  }
}

export async function setPopulation(
  db: DB,
  rows: { unitId: number; year: number; total: number; rural?: number | null; disadvantaged?: number | null }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await db
      .insertInto('unit_population')
      .values(
        rows
          .slice(i, i + 2000)
          .map((r) => ({ unit_id: r.unitId, year: r.year, total: r.total, rural: r.rural ?? null, disadvantaged: r.disadvantaged ?? null })),
      )
      .onConflict((oc) =>
        oc
          .columns(['unit_id', 'year'])
          .doUpdateSet((eb) => ({ total: eb.ref('excluded.total'), rural: eb.ref('excluded.rural'), disadvantaged: eb.ref('excluded.disadvantaged') })),
      )
      .execute();
  }
}
