import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, ErrorSchema } from '../core/web/api-kit.ts';
import { UserError, forbidden } from '../core/errors.ts';
import { canReadUnit } from '../accounts/access.ts';
import { childUnits, findUnit, listUnits, rootUnits } from './units.ts';
import { institutionsIn } from './institutions.ts';

const UnitSchema = z
  .object({ code: z.string(), name: z.string(), level: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })
  .openapi('Unit');
const InstitutionSchema = z
  .object({ code: z.string(), name: z.string(), kind: z.string(), unit: z.string(), ownership: z.string() })
  .openapi('Institution');

const toUnitJson = (u: { code: string; name: string; level: string; validFrom: string | null; validTo: string | null }) => ({
  code: u.code,
  name: u.name,
  level: u.level,
  validFrom: u.validFrom,
  validTo: u.validTo,
});

export const networkApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/units',
      summary: 'Administrative units (top level, or all of one level)',
      request: { query: z.object({ level: z.string().optional() }) },
      responses: { 200: { description: 'Units', content: { 'application/json': { schema: z.array(UnitSchema) } } } },
    }),
    async (c) => {
      const { level } = c.req.valid('query');
      const units = level ? await listUnits(c.var.store.db, { level }) : await rootUnits(c.var.store.db);
      return c.json(units.map(toUnitJson), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{code}/children',
      summary: 'Units directly below a unit',
      request: { params: z.object({ code: z.string() }), query: z.object({ year: z.coerce.number().int().optional() }) },
      responses: {
        200: { description: 'Child units', content: { 'application/json': { schema: z.array(UnitSchema) } } },
        404: { description: 'Unknown unit', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const unit = await findUnit(c.var.store.db, c.req.valid('param').code);
      if (!unit) throw new UserError('Không tìm thấy đơn vị.', 404, [], 'Unit not found.');
      const children = await childUnits(c.var.store.db, unit.id, c.req.valid('query').year);
      return c.json(children.map(toUnitJson), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/institutions',
      summary: "Institutions of a unit's subtree (login; officials see their subtree only)",
      request: { query: z.object({ unit: z.string(), kind: z.string().optional(), limit: z.coerce.number().int().min(1).max(5000).optional(), offset: z.coerce.number().int().min(0).optional() }) },
      responses: {
        200: { description: 'Institutions', content: { 'application/json': { schema: z.array(InstitutionSchema) } } },
        401: { description: 'Login required', content: { 'application/json': { schema: ErrorSchema } } },
        403: { description: 'Outside your subtree', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      if (!c.var.principal) throw new UserError('Cần đăng nhập.', 401, [], 'Login required.');
      const unit = await findUnit(c.var.store.db, q.unit);
      if (!unit) throw new UserError('Không tìm thấy đơn vị.', 404, [], 'Unit not found.');
      if (!(await canReadUnit(c.var.store.db, c.var.principal, unit.id))) throw forbidden();
      const list = await institutionsIn(c.var.store.db, unit.id, { kind: q.kind, limit: q.limit, offset: q.offset });
      return c.json(list.map((i) => ({ code: i.code, name: i.name, kind: i.kind, unit: i.unit, ownership: i.ownership })), 200);
    },
  );
