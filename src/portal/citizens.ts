import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { UserError } from '../core/errors.ts';
import { parseInput, text } from '../core/validate.ts';
import { createUser } from '../accounts/users.ts';
import { inTransaction } from '../core/db/transaction.ts';

const SignUpSchema = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9._-]{3,40}$/, 'Từ 3 đến 40 ký tự: chữ không dấu, số, dấu chấm, gạch'),
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
      throw new UserError(`Tên đăng nhập "${v.username}" đã có người dùng.`, 409, [{ field: 'username', message: 'Đã tồn tại' }], 'That username is taken.');
    let unitId: number | null = null;
    if (v.place) {
      const u = await trx.selectFrom('units').select('id').where('code', '=', v.place).executeTakeFirst();
      if (!u) throw new UserError(`Không có đơn vị hành chính mã "${v.place}".`, 422, [{ field: 'place', message: 'Không tìm thấy' }], 'Unknown place.');
      unitId = u.id;
    }
    return createUser(trx, { username: v.username, password: v.password, displayName: v.displayName, role: 'citizen', unitId });
  });
}
