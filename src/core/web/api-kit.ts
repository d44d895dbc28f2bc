import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';

/** Shared pieces of the JSON API: the app factory (validation errors as 400 with the field) and error schema. */
export const ErrorSchema = z
  .object({
    error: z.string().openapi({ description: 'Vietnamese message' }),
    errorEn: z.string().optional(),
    problems: z.array(z.object({ row: z.number().optional(), field: z.string().optional(), message: z.string() })).optional(),
  })
  .openapi('Error');

export function apiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const problems = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
        return c.json({ error: 'Dữ liệu gửi lên không hợp lệ.', errorEn: 'Invalid request.', problems }, 400);
      }
      return undefined;
    },
  });
}
