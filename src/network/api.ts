import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError, forbidden } from '../core/errors.ts';
import { networkErrors } from './messages.ts';
import { canReadUnit, canWriteInstitution } from './access.ts';
import { childUnits, findUnit, listUnits, rootUnits } from './units.ts';
import { createInstitution, findInstitution, institutionsIn, setAttribute } from './institutions.ts';

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
        404: errorResponse('Unknown unit'),
      },
    }),
    async (c) => {
      const unit = await findUnit(c.var.store.db, c.req.valid('param').code);
      if (!unit) throw new UserError(networkErrors.unitNotFound(), 404);
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
        401: errorResponse('Login required'),
        403: errorResponse('Outside your subtree'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      signedIn(c);
      const unit = await findUnit(c.var.store.db, q.unit);
      if (!unit) throw new UserError(networkErrors.unitNotFound(), 404);
      if (!(await canReadUnit(c.var.store.db, c.var.principal, unit.id))) throw forbidden();
      const list = await institutionsIn(c.var.store.db, unit.id, { kind: q.kind, limit: q.limit, offset: q.offset, asOf: unit.validTo ?? undefined });
      return c.json(list.map((i) => ({ code: i.code, name: i.name, kind: i.kind, unit: i.unit, ownership: i.ownership })), 200);
    },
  );

const NewInstitutionSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9._-]{2,60}$/),
    name: z.string().min(3).max(300),
    kind: z.string(),
    ownership: z.enum(['public', 'non_public']),
    address: z.string().max(500).nullable().optional(),
    unit: z.string(),
  })
  .openapi('NewInstitution');
const AttributeSchema = z
  .object({ attribute: z.string(), year: z.number().int().min(2000).max(2100), value: z.boolean(), evidence: z.string().max(2000).nullable() })
  .openapi('InstitutionAttribute');

/** Registry writes: officials add institutions in their subtree; staff and officials set yearly status. */
export const registryApi = apiApp()
  .openapi(
    createRoute({
      method: 'post',
      path: '/institutions',
      summary: 'Register an institution in a unit (officials of that subtree, admins)',
      request: { body: { content: { 'application/json': { schema: NewInstitutionSchema } }, required: true } },
      responses: {
        200: { description: 'Registered', content: { 'application/json': { schema: z.object({ code: z.string() }) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Outside your subtree'),
        409: errorResponse('Code taken'),
        422: errorResponse('Invalid'),
      },
    }),
    async (c) => {
      const p = signedIn(c);
      const body = c.req.valid('json');
      const unit = await findUnit(c.var.store.db, body.unit);
      if (!unit) throw new UserError(networkErrors.unitNotFound(), 422, [{ said: networkErrors.notFound(), field: 'unit' }]);
      if (!(p.role === 'admin' || (p.role === 'official' && (await canReadUnit(c.var.store.db, p, unit.id))))) throw forbidden();
      await createInstitution(c.var.store.db, { code: body.code, name: body.name, kind: body.kind, ownership: body.ownership, address: body.address ?? null, unitId: unit.id }, p.userId);
      return c.json({ code: body.code }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/institutions/{code}/attributes',
      summary: "Set a yearly status attribute with its evidence (the institution's staff, officials above it)",
      request: { params: z.object({ code: z.string() }), body: { content: { 'application/json': { schema: AttributeSchema } }, required: true } },
      responses: {
        200: { description: 'Set', content: { 'application/json': { schema: AttributeSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Not allowed'),
        404: errorResponse('Unknown institution'),
      },
    }),
    async (c) => {
      const p = signedIn(c);
      const inst = await findInstitution(c.var.store.db, c.req.valid('param').code);
      if (!inst) throw new UserError(networkErrors.institutionNotFound(), 404);
      if (!(await canWriteInstitution(c.var.store.db, p, inst.id))) throw forbidden();
      const a = c.req.valid('json');
      await setAttribute(c.var.store.db, inst.id, a, p.userId);
      return c.json(a, 200);
    },
  );
