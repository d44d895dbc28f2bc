import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { readAudit } from './audit-log.ts';
import { withObjects } from './audit-objects.ts';

const EntrySchema = z
  .object({
    id: z.number(),
    at: z.string().openapi({ description: 'When (UTC instant)' }),
    user: z.object({ username: z.string(), name: z.string() }).nullable().openapi({ description: 'Who; null: the system or the command line' }),
    action: z.string().openapi({ description: 'create, update, delete, import, login, logout, lookup' }),
    table: z.string().openapi({ description: 'What kind of record (user, institution, data_value…)' }),
    key: z.string().openapi({ description: 'The record as the log keys it (a code, an id, parts joined by ":")' }),
    object: z
      .object({ name: z.string(), href: z.string().optional() })
      .openapi({ description: "The record in words in the reader's language (a name, a title, a day dd/mm/yyyy) and its page, when it has one" }),
    oldValue: z.unknown(),
    newValue: z.unknown(),
  })
  .openapi('AuditEntry');
const DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

/** The audit trail (admins: all; officials: their subtree), newest first, paged. */
export const auditApi = apiApp().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    summary: 'Who changed what and when: newest first, paged; an official reads the part of their subtree',
    request: {
      query: z.object({
        unit: z.string().optional().openapi({ description: 'Unit code: the entries of its subtree' }),
        institution: z.string().optional().openapi({ description: 'Institution code' }),
        user: z.string().optional().openapi({ description: 'Username of who acted' }),
        table: z.string().optional(),
        from: DATE.openapi({ description: 'First local day (YYYY-MM-DD)' }),
        to: DATE.openapi({ description: 'Last local day (YYYY-MM-DD)' }),
        page: z.coerce.number().int().min(1).optional(),
        pageSize: z.coerce.number().int().min(1).max(500).optional(),
      }),
    },
    responses: {
      200: {
        description: 'One page',
        content: { 'application/json': { schema: z.object({ entries: z.array(EntrySchema), total: z.number(), page: z.number(), pages: z.number() }) } },
      },
      401: errorResponse('Login required'),
      403: errorResponse('Not an admin or official, or the unit or institution is outside the subtree'),
      404: errorResponse('Unknown unit, institution or user'),
      422: errorResponse('The start date is after the end date'),
    },
  }),
  async (c) => {
    const r = await readAudit(c.var.store.db, signedIn(c), c.req.valid('query'));
    return c.json({ ...r, entries: await withObjects(c.var.store.db, c.var.lang, r.entries) }, 200);
  },
);
