import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { createUser } from '../accounts/users.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { portalErrors as E } from './messages.ts';

const SignUpSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9._-]{3,40}$/, 'Từ 3 đến 40 ký tự: chữ không dấu, số, dấu chấm, gạch'),
  displayName: text(120),
  password: z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(200),
  place: z.string().trim().max(40).optional(),
});

/**
 * A member of the public creates their own account: always the 'citizen' role, which reads
 * public pages and its own learning record and nothing else (accounts/access.ts).
 */
export async function signUpCitizen(db: DB, input: z.input<typeof SignUpSchema>): Promise<number> {
  const v = parseInput(SignUpSchema, input, 'Thông tin đăng ký');
  return inTransaction(db, async (trx) => {
    if (await trx.selectFrom('users').select('id').where('username', '=', v.username).executeTakeFirst())
      throw new UserError(E.usernameTaken({ username: v.username }), 409, [{ field: 'username', said: E.exists() }]);
    let unitId: number | null = null;
    if (v.place) {
      const u = await trx.selectFrom('units').select('id').where('code', '=', v.place).executeTakeFirst();
      if (!u) throw new UserError(E.unknownCommune({ code: v.place }), 422, [{ field: 'place', said: E.notFoundHere() }]);
      unitId = u.id;
    }
    return createUser(trx, { username: v.username, password: v.password, displayName: v.displayName, role: 'citizen', unitId });
  });
}
