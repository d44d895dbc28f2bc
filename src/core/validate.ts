import { z } from 'zod';
import { coreErrors, UserError, type Problem, type Said } from './errors.ts';

/** The core errors a schema below names by their code (`text()`, `isoDate`), so both languages reach the person. */
const BY_CODE: Record<string, () => Said> = {
  E1010: coreErrors.required,
  E1012: coreErrors.dateFormat,
  E1013: coreErrors.noSuchDate,
};

/** What one failed check says: a core error named by its code, a text too long, or the schema's own message. */
function saidOf(issue: z.core.$ZodIssue): Said {
  const known = BY_CODE[issue.message];
  if (known) return known();
  if (issue.code === 'too_big' && issue.origin === 'string') return coreErrors.tooLong({ max: Number(issue.maximum) });
  return coreErrors.fieldInvalid({ message: issue.message });
}

/** Parses input with a zod schema; every failure becomes a 422 naming its field. */
export function parseInput<T extends z.ZodType>(schema: T, data: unknown, what = 'Dữ liệu'): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const problems: Problem[] = r.error.issues.map((i) => ({ field: i.path.join('.'), said: saidOf(i) }));
  const details = (lang: 'vi' | 'en') => problems.map((p) => `${p.field}: ${p.said[lang]}`).join('; ');
  throw new UserError(coreErrors.invalidInput({ what, details: details('vi'), detailsEn: details('en') }), 422, problems);
}

/** A required trimmed text of at most `max` characters. */
export const text = (max = 2000) => z.string().trim().min(1, 'E1010').max(max);
export const optionalText = (max = 2000) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : null));
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'E1012')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'E1013');
