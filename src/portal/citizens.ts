import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { createUser } from '../accounts/users.ts';
import { accountsErrors } from '../accounts/messages.ts';
import { passwordProblem } from '../accounts/password-policy.ts';
import { addressKey, recordSignUp, signUpRefused } from '../accounts/throttle.ts';
import { hashPassword } from '../core/auth/password.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { resolvePlace } from '../network/place-finder.ts';
import { portalErrors as E } from './messages.ts';

const SignUpSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,40}$/, 'Từ 3 đến 40 ký tự: chữ không dấu, số, dấu chấm, gạch'),
  displayName: text(120),
  password: z.string(),
  place: z.string().trim().max(200).optional(),
});

/** Names nobody signs up with (the generic answer is the same as for a taken name). */
const RESERVED = new Set(['admin', 'administrator', 'root', 'system', 'lifelong', 'quantri', 'quan.tri', 'cli', 'api', 'support', 'hotro']);

/**
 * A member of the public creates their own account: always the 'citizen' role, which reads
 * public pages and its own learning record and nothing else (accounts/access.ts).
 *
 * What is typed is checked first (every field at once, the password by the policy of accounts/password-policy.ts);
 * only then is the attempt counted against the sign-up limits of `address` (accounts/throttle.ts), and only then is
 * the username looked up. A taken or reserved username gets one generic answer (E2511), in as much time as a
 * sign-up (the password is hashed either way): the form does not say which usernames exist (OWASP ASVS V2/V3).
 */
export async function signUpCitizen(db: DB, input: z.input<typeof SignUpSchema>, address = 'unknown'): Promise<number> {
  const weak = passwordProblem(input.password, input.username);
  let v: z.infer<typeof SignUpSchema>;
  try {
    v = parseInput(SignUpSchema, input, 'Thông tin đăng ký');
  } catch (e) {
    if (e instanceof UserError && weak) throw new UserError(e.said, e.status, [...e.problems, { field: 'password', said: weak }]);
    throw e;
  }
  if (weak) throw new UserError(weak, 422, [{ field: 'password', said: weak }]);
  const key = addressKey(address);
  if (await signUpRefused(db, key)) throw new UserError(accountsErrors.tooManySignUps(), 429);
  await recordSignUp(db, key);
  return inTransaction(db, async (trx) => {
    if (RESERVED.has(v.username) || (await trx.selectFrom('users').select('id').where('username', '=', v.username).executeTakeFirst())) {
      await hashPassword(v.password);
      throw new UserError(accountsErrors.signUpRefused(), 422, [{ field: 'username', said: accountsErrors.usernameUnusable() }]);
    }
    let unitId: number | null = null;
    if (v.place) {
      // the commune by name, with or without diacritics (or its code); several of one name: the form offers them
      const choice = await resolvePlace(trx, v.place);
      if ('none' in choice) throw new UserError(E.noPlaceNamed({ text: v.place }), 422, [{ field: 'place', said: E.notFoundHere() }]);
      if ('several' in choice) throw new UserError(E.severalPlaces({ text: v.place }), 422, [{ field: 'place', said: E.chooseOne() }]);
      const u = await trx.selectFrom('units').select('id').where('code', '=', choice.one.code).executeTakeFirstOrThrow();
      unitId = u.id;
    }
    return createUser(trx, { username: v.username, password: v.password, displayName: v.displayName, role: 'citizen', unitId });
  });
}
