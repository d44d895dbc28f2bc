import type { AppContext } from '../core/web/env.ts';
import { noAccess, notFound } from '../core/errors.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { findInstitution } from '../network/institutions.ts';
import { getExhibition } from './exhibitions.ts';

/** The museum of the management pages, by its code: refused unless the person may write its data. */
export async function managedMuseum(c: AppContext, code: string) {
  const inst = await findInstitution(c.var.store.db, code);
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
  return inst;
}

/** The exhibition of the route's `:id`: refused unless the person may write its museum's data. */
export async function managedExhibition(c: AppContext) {
  const x = await getExhibition(c.var.store.db, Number(c.req.param('id')));
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, x.institution_id))) throw noAccess();
  return x;
}
