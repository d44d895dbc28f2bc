import type { AppContext } from '../core/web/env.ts';
import { notFound } from '../core/errors.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { findInstitution } from '../network/institutions.ts';

/** The club of the route's `:id`, with its institution's name and code (404 when there is none). */
export async function club(c: AppContext) {
  const r = await c.var.store.db
    .selectFrom('clubs as c')
    .innerJoin('institutions as i', 'i.id', 'c.institution_id')
    .selectAll('c')
    .select(['i.name as institution', 'i.code as institutionCode'])
    .where('c.id', '=', Number(c.req.param('id')))
    .executeTakeFirst();
  if (!r) throw notFound('câu lạc bộ', 'Club');
  return r;
}
export type Club = Awaited<ReturnType<typeof club>>;

/** The club, for its staff only (403 to anyone else). */
export async function managedClub(c: AppContext) {
  const k = await club(c);
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, k.institution_id))) throw writeRefusal(k.institution);
  return k;
}

/** The institution of the route's `:code`, for its staff only (404 when there is none, 403 to anyone else). */
export async function managedInstitution(c: AppContext, code: string) {
  const { db } = c.var.store;
  const inst = await findInstitution(db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
  return inst;
}
