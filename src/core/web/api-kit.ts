import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.ts';
import type { Principal } from '../auth/principal.ts';
import { coreErrors, UserError } from '../errors.ts';

/** Shared pieces of the JSON API: the app factory (validation errors as 400 with the field) and error schema. */
export const ErrorSchema = z
  .object({
    code: z.string().optional().openapi({ description: 'Stable error code (E1004, E4012, …)' }),
    error: z.string().openapi({ description: 'Vietnamese message' }),
    errorEn: z.string().optional().openapi({ description: 'English message' }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .openapi({ description: 'The parameters of the message' }),
    problems: z
      .array(
        z.object({
          row: z.number().optional(),
          field: z.string().optional(),
          code: z.string().optional(),
          message: z.string(),
          messageEn: z.string().optional(),
        }),
      )
      .optional(),
  })
  .openapi('Error');

export function apiApp() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const said = coreErrors.invalidRequest();
        const problems = result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
        return c.json({ code: said.code, error: said.vi, errorEn: said.en, problems }, 400);
      }
      return undefined;
    },
  });
}

/** An error response entry for a route's OpenAPI `responses`. */
export const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ErrorSchema } } });

/** The signed-in principal, or a 401. */
export function signedIn(c: { var: AppEnv['Variables'] }): Principal {
  const p = c.var.principal;
  if (!p) throw new UserError(coreErrors.loginRequired(), 401);
  return p;
}
