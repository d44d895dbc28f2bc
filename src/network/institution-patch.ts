import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { UserError } from '../core/errors.ts';
import { parseDate } from '../core/i18n/parse-date.ts';
import { changeInstitution, type InstitutionChange, type InstitutionDetails } from './institution-edits.ts';
import { networkErrors as E } from './messages.ts';
import { findUnit } from './units.ts';

/** `PATCH /api/v1/institutions/{code}` as the API sends it: the unit of a move by code, the closing day by itself. */
export interface InstitutionPatch extends InstitutionDetails {
  move?: { unit: string; from: string };
  closedOn?: string;
}

/** Changes an institution from the API (network/institution-edits.ts checks and writes). */
export async function patchInstitution(db: DB, who: Principal, code: string, patch: InstitutionPatch): Promise<{ code: string }> {
  const { move, closedOn, ...details } = patch;
  const change: InstitutionChange = { ...details };
  const bad = [move && !parseDate(move.from) ? 'from' : '', closedOn && !parseDate(closedOn) ? 'closedOn' : ''].filter(Boolean);
  if (bad.length > 0)
    throw new UserError(
      E.institutionInvalid(),
      422,
      bad.map((field) => ({ field, said: E.dateNeeded() })),
    );
  if (move) {
    const unit = await findUnit(db, move.unit);
    if (!unit) throw new UserError(E.institutionInvalid(), 422, [{ field: 'unit', said: E.unknownUnitCode({ unit: move.unit }) }]);
    change.move = { unitId: unit.id, from: move.from };
  }
  if (closedOn) change.close = { on: closedOn };
  await changeInstitution(db, who, code, change);
  return { code };
}
