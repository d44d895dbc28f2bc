import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { writableInstitutions } from '../network/access.ts';
import { resolveValues } from './resolve.ts';
import { applyValues } from './write.ts';
import { listElements } from './elements.ts';
import { audit } from '../core/audit.ts';

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
      401: errorResponse('Login required'),
      403: errorResponse('Some institution is outside your scope'),
      422: errorResponse('Some rows are invalid; nothing was written'),
    },
  }),
  async (c) => {
    const p = signedIn(c);
    const rows = c.req.valid('json');
    const { db } = c.var.store;
    const canWrite = await writableInstitutions(db, p);
    const r = await resolveValues(db, rows.map((row, i) => ({ row: i + 1, ...row })), canWrite);
    if (r.problems.length > 0) {
      const forbiddenOnly = r.problems.every((x) => x.message.startsWith('Bạn không có quyền'));
      throw new UserError(forbiddenOnly ? 'Có cơ sở nằm ngoài phạm vi của bạn; không số liệu nào được lưu.' : 'Có dòng không hợp lệ; không số liệu nào được lưu.', forbiddenOnly ? 403 : 422, r.problems);
    }
    // large batches are imports: their audit lists every changed cell in batch entries
    const { written } = await applyValues(db, r.values, { userId: p.userId, mode: 'set', audit: r.values.length > 1000 ? 'batch' : 'each', source: 'api' });
    return c.json({ written }, 200);
  },
);

const ElementSchema = z
  .object({ code: z.string(), nameVi: z.string(), nameEn: z.string(), sector: z.string(), periodType: z.enum(['month', 'year']) })
  .openapi('DataElement');

/** The data element catalogue; admins add elements beyond the built-in ones. */
export const elementsApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/data-elements',
      summary: 'The data element catalogue',
      responses: { 200: { description: 'Elements', content: { 'application/json': { schema: z.array(ElementSchema) } } } },
    }),
    async (c) => c.json((await listElements(c.var.store.db)).map(({ id: _id, ...e }) => e), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/data-elements',
      summary: 'Add a data element (system admin)',
      request: { body: { content: { 'application/json': { schema: ElementSchema.extend({ code: z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/) }) } }, required: true } },
      responses: {
        200: { description: 'Added', content: { 'application/json': { schema: ElementSchema } } },
        403: errorResponse('Admins only'),
        409: errorResponse('Code taken'),
      },
    }),
    async (c) => {
      if (c.var.principal?.role !== 'admin') throw new UserError('Chỉ quản trị hệ thống được thêm chỉ tiêu thống kê.', 403, [], 'Admins only.');
      const e = c.req.valid('json');
      const { db } = c.var.store;
      if (await db.selectFrom('data_elements').select('id').where('code', '=', e.code).executeTakeFirst()) throw new UserError(`Mã "${e.code}" đã có.`, 409, [{ field: 'code', message: 'Đã tồn tại' }]);
      await db.insertInto('data_elements').values({ code: e.code, name_vi: e.nameVi, name_en: e.nameEn, sector: e.sector, period_type: e.periodType, builtin: 0 }).execute();
      await audit(db, { userId: c.var.principal.userId, action: 'create', entity: 'data_element', key: e.code, newValue: e });
      return c.json(e, 200);
    },
  );
