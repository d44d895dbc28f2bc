import type { AppContext } from '../core/web/env.ts';
import { fold } from '../core/text/vietnamese.ts';
import { findInstitutionAnyCase } from '../network/institutions.ts';

/** An institution typed by its code, else by the words of its name (without diacritics). */
export type InstitutionChoice =
  | { one: NonNullable<Awaited<ReturnType<typeof findInstitutionAnyCase>>> }
  | { several: { code: string; name: string; unitName: string }[] };

export async function resolveInstitution(c: AppContext, typed: string): Promise<InstitutionChoice> {
  const { db } = c.var.store;
  const byCode = await findInstitutionAnyCase(db, typed);
  if (byCode) return { one: byCode };
  const words = fold(typed).split(' ').filter(Boolean);
  const rows = await db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', 'iu.institution_id', 'i.id')
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .select(['i.code', 'i.name', 'u.name as unitName'])
    .where('iu.valid_to', 'is', null)
    .execute();
  const found = rows.filter((r) => words.every((w) => fold(r.name).includes(w)));
  const whole = found.filter((r) => fold(r.name) === fold(typed));
  const pick = whole.length === 1 ? whole : found;
  if (pick.length === 1) return { one: (await findInstitutionAnyCase(db, pick[0]!.code))! };
  return { several: pick.slice(0, 20) };
}
