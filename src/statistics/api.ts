import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, ErrorSchema } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { writableInstitutions } from '../accounts/access.ts';
import { resolveValues } from './resolve.ts';
import { applyValues } from './write.ts';

const ValueRow = z
  .object({
    institution: z.string().min(1),
    dataElement: z.string().min(1),
    period: z.string().min(4),
    value: z.union([z.number(), z.string()]),
  })
  .openapi('DataValue');

export const statisticsApi = apiApp().openapi(
  createRoute({
    method: 'post',
    path: '/values',
    summary: 'Write data values (all-or-nothing); needs a session with X-CSRF-Token, or an API token',
    request: { body: { content: { 'application/json': { schema: z.array(ValueRow).max(100000) } }, required: true } },
    responses: {
      200: { description: 'Written', content: { 'application/json': { schema: z.object({ written: z.number() }) } } },
      401: { description: 'Login required', content: { 'application/json': { schema: ErrorSchema } } },
      403: { description: 'Some institution is outside your scope', content: { 'application/json': { schema: ErrorSchema } } },
      422: { description: 'Some rows are invalid; nothing was written', content: { 'application/json': { schema: ErrorSchema } } },
    },
  }),
  async (c) => {
    const p = c.var.principal;
    if (!p) throw new UserError('Cần đăng nhập.', 401, [], 'Login required.');
    const rows = c.req.valid('json');
    const { db } = c.var.store;
    const canWrite = await writableInstitutions(db, p);
    const r = await resolveValues(db, rows.map((row, i) => ({ row: i + 1, ...row })), canWrite);
    if (r.problems.length > 0) {
      const forbiddenOnly = r.problems.every((x) => x.message.startsWith('Bạn không có quyền'));
      throw new UserError(forbiddenOnly ? 'Có cơ sở nằm ngoài phạm vi của bạn; không số liệu nào được lưu.' : 'Có dòng không hợp lệ; không số liệu nào được lưu.', forbiddenOnly ? 403 : 422, r.problems);
    }
    const { written } = await applyValues(db, r.values, { userId: p.userId, mode: 'set' });
    return c.json({ written }, 200);
  },
);
