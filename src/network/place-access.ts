import type { AppContext } from '../core/web/env.ts';
import { forbidden } from '../core/errors.ts';
import { signedIn } from '../core/web/api-kit.ts';

/** The places' pages are for admins and officials: the signed-in person, or 403. */
export function managers(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin' && who.role !== 'official') throw forbidden();
  return who;
}
