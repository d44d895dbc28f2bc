import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { coreErrors, forbidden, notFound, UserError } from '../core/errors.ts';
import { todayLocal } from '../core/time.ts';
import { canReadUnit, mayWriteFor, writeRefusal } from './access.ts';
import {
  createInstitution,
  findInstitution,
  institutionsIn,
  setAttribute,
  type AttributeValue,
  type Institution,
  type NewInstitution,
} from './institutions.ts';
import { childUnits, findUnit, type Unit } from './units.ts';

/**
 * The network as the JSON API reads and changes it (`/api/v1/units…`, `/api/v1/institutions…`): each function finds
 * what the request names, checks the person's access (access.ts) and calls the queries and writes of units.ts and
 * institutions.ts, which audit.
 */

const unitNotFound = () => notFound('đơn vị', 'Unit');

/** The units directly below a unit (public), those valid in `year` when given. */
export async function unitChildren(db: DB, code: string, year?: number): Promise<Unit[]> {
  const unit = await findUnit(db, code);
  if (!unit) throw unitNotFound();
  return childUnits(db, unit.id, year);
}

/** The institutions of a unit's subtree, for those who may read the unit (officials of the subtree, admins). */
export async function institutionsOfUnit(
  db: DB,
  who: Principal,
  code: string,
  opts: { kind?: string; limit?: number; offset?: number } = {},
): Promise<Institution[]> {
  const unit = await findUnit(db, code);
  if (!unit) throw unitNotFound();
  if (!(await canReadUnit(db, who, unit.id))) throw forbidden();
  // a unit no longer in force lists the institutions it had on its last day
  return institutionsIn(db, unit.id, { ...opts, asOf: unit.validTo ?? undefined });
}

/** Registers an institution in a unit (by code): admins, and officials of a subtree holding the unit. */
export async function registerInstitution(
  db: DB,
  who: Principal,
  input: Omit<NewInstitution, 'unitId' | 'since'> & { unit: string },
): Promise<{ code: string }> {
  const unit = await findUnit(db, input.unit);
  if (!unit) {
    const said = coreErrors.notFound({ what: 'đơn vị', whatEn: 'Unit' });
    throw new UserError(said, 422, [{ field: 'unit', said }]);
  }
  if (!(who.role === 'admin' || (who.role === 'official' && (await canReadUnit(db, who, unit.id))))) throw forbidden();
  const { unit: _code, ...inst } = input;
  // registered today, it counts from today: the years before (maybe approved and locked) keep their counts
  await createInstitution(db, { ...inst, address: inst.address ?? null, unitId: unit.id, since: todayLocal() }, who.userId);
  return { code: input.code };
}

/** Sets a yearly status attribute of an institution (by code): its staff, officials above it, admins. */
export async function setInstitutionAttribute(db: DB, who: Principal, code: string, a: AttributeValue): Promise<AttributeValue> {
  const inst = await findInstitution(db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(db, who, inst.id, a.year))) throw writeRefusal(inst.name, a.year);
  await setAttribute(db, inst.id, a, who.userId);
  return a;
}
