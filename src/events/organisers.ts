import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';

/** How many institutions the event form lists in its select; an official of a larger area types a code instead. */
export const PICKER_LIMIT = 300;

export interface OrganiserInstitution {
  code: string;
  name: string;
  unitName: string;
}

/**
 * The institutions a person may publish events for, by name: staff their own, an official those of their area now,
 * an administrator every one. Up to {@link PICKER_LIMIT} + 1 (one more tells the form the list is too long for a select).
 */
export async function organiserInstitutions(db: DB, p: Principal): Promise<OrganiserInstitution[]> {
  if (p.role === 'viewer' || p.role === 'citizen') return [];
  if (p.role !== 'admin' && p.role !== 'staff' && p.unitId === null) return [];
  if (p.role === 'staff' && p.institutionId === null) return [];
  let q = db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.code', 'i.name', 'u.name as unitName']);
  if (p.role === 'staff') q = q.where('i.id', '=', p.institutionId as number);
  else if (p.role === 'official')
    q = q.where('iu.unit_id', 'in', (eb) =>
      eb
        .selectFrom('unit_closure')
        .select('descendant_id')
        .where('ancestor_id', '=', p.unitId as number),
    );
  return q
    .orderBy('i.name')
    .orderBy('i.code')
    .limit(PICKER_LIMIT + 1)
    .execute();
}
