import { z } from 'zod';
import { UserError, type LegacyProblem as Problem } from './errors.ts';

/** Parses input with a zod schema; every failure becomes a 422 naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown, what = 'Dữ liệu'): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const problems: Problem[] = r.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
  throw new UserError(`${what} chưa hợp lệ: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}.`, 422, problems, 'Invalid input.');
}

/** A required trimmed text of at most `max` characters, with a Vietnamese message. */
export const text = (max = 2000) => z.string().trim().min(1, 'Không được để trống').max(max, `Tối đa ${max} ký tự`);
export const optionalText = (max = 2000) => z.string().trim().max(max, `Tối đa ${max} ký tự`).optional().transform((v) => (v ? v : null));
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(s)), 'Ngày không tồn tại');
