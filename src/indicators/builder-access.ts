import type { AppContext } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { indicatorsErrors as E } from './messages.ts';

/** The builder is for system admins: the signed-in person, or 403. */
export function adminOnly(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw new UserError(E.adminsOnly(), 403);
  return who;
}
