import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';

/** A value about to change: the unit it counts in and its year. */
export interface LockedCell {
  institutionId: number;
  unitId: number;
  year: number;
  period: string;
}

/**
 * Approved reports lock their unit's data for the year (reporting/, table `data_locks`): a write
 * to a value of any unit under a locked one, that year, is refused (409) until the parent reopens
 * the report. One indexed query when nothing of those years is locked.
 */
export async function refuseLocked(db: DB, cells: LockedCell[]): Promise<void> {
  if (cells.length === 0) return;
  const years = [...new Set(cells.map((c) => c.year))];
  const locks = await db
    .selectFrom('data_locks as l')
    .innerJoin('unit_closure as c', 'c.ancestor_id', 'l.unit_id')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['c.descendant_id as unitId', 'l.year', 'u.code', 'u.name'])
    .where('l.year', 'in', years)
    .execute();
  if (locks.length === 0) return;
  const lockOf = new Map(locks.map((l) => [`${l.unitId}:${l.year}`, l]));
  const hits = cells.flatMap((c) => {
    const l = lockOf.get(`${c.unitId}:${c.year}`);
    return l ? [{ cell: c, lock: l }] : [];
  }).slice(0, 20);
  if (hits.length === 0) return;
  const ids = [...new Set(hits.map((h) => h.cell.institutionId))];
  const codes = new Map((await db.selectFrom('institutions').select(['id', 'code']).where('id', 'in', ids).execute()).map((i) => [i.id, i.code]));
  const f = hits[0]!.lock;
  throw new UserError(
    `Số liệu năm ${f.year} của ${f.name} đã bị khóa vì báo cáo năm đã được phê duyệt; cần cấp trên mở lại báo cáo trước khi sửa.`,
    409,
    hits.map(({ cell, lock }) => ({
      field: `${codes.get(cell.institutionId) ?? cell.institutionId}:${cell.period}`,
      message: `Đã khóa (báo cáo ${lock.code} năm ${lock.year} đã phê duyệt)`,
      messageEn: `Locked (report of ${lock.code} for ${lock.year} approved)`,
    })),
    `The ${f.year} data of ${f.name} is locked: its report was approved. The parent unit must reopen the report before it can be changed.`,
  );
}
