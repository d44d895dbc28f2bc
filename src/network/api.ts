import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { listUnits, rootUnits } from './units.ts';
import { institutionsOfUnit, registerInstitution, setInstitutionAttribute, unitChildren } from './directory.ts';
import { patchInstitution } from './institution-patch.ts';

const UnitSchema = z
  .object({ code: z.string(), name: z.string(), level: z.string(), validFrom: z.string().nullable(), validTo: z.string().nullable() })
  .openapi('Unit');
const InstitutionSchema = z.object({ code: z.string(), name: z.string(), kind: z.string(), unit: z.string(), ownership: z.string() }).openapi('Institution');

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
    async (c) => c.json((await unitChildren(c.var.store.db, c.req.valid('param').code, c.req.valid('query').year)).map(toUnitJson), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/institutions',
      summary: "Institutions of a unit's subtree (login; officials see their subtree only)",
      request: {
        query: z.object({
          unit: z.string(),
          kind: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
      responses: {
        200: { description: 'Institutions', content: { 'application/json': { schema: z.array(InstitutionSchema) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Outside your subtree'),
      },
    }),
    async (c) => {
      const { unit, ...opts } = c.req.valid('query');
      const list = await institutionsOfUnit(c.var.store.db, signedIn(c), unit, opts);
      return c.json(
        list.map((i) => ({ code: i.code, name: i.name, kind: i.kind, unit: i.unit, ownership: i.ownership })),
        200,
      );
    },
  );

const NewInstitutionSchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9._-]{2,60}$/),
    name: z.string().min(3).max(300),
    kind: z.string(),
    ownership: z.enum(['public', 'non_public']),
    address: z.string().max(500).nullable().optional(),
    contact: z.string().max(300).nullable().optional(),
    openingHours: z.string().max(300).nullable().optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    unit: z.string(),
  })
  .openapi('NewInstitution');
const InstitutionPatchSchema = z
  .object({
    name: z.string().min(3).max(300).optional(),
    kind: z.string().optional(),
    ownership: z.enum(['public', 'non_public']).optional(),
    address: z.string().max(500).nullable().optional(),
    contact: z.string().max(300).nullable().optional(),
    openingHours: z.string().max(300).nullable().optional(),
    latitude: z.number().min(-90).max(90).nullable().optional(),
    longitude: z.number().min(-180).max(180).nullable().optional(),
    move: z
      .object({ unit: z.string().openapi({ description: 'The code of the unit it moves to' }), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
      .optional()
      .openapi({ description: 'A move to another unit from a day (its membership before ends the day before; history stays)' }),
    closedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .openapi({ description: 'Closed from this day (refused when it has values after it)' }),
  })
  .openapi('InstitutionPatch');
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
    async (c) => c.json(await registerInstitution(c.var.store.db, signedIn(c), c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/institutions/{code}',
      summary: 'Change an institution: its details, a move to another unit from a day, its closing from a day (officials of its subtree, admins)',
      request: { params: z.object({ code: z.string() }), body: { content: { 'application/json': { schema: InstitutionPatchSchema } }, required: true } },
      responses: {
        200: { description: 'Changed', content: { 'application/json': { schema: z.object({ code: z.string() }) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Outside your subtree'),
        404: errorResponse('Unknown institution'),
        422: errorResponse('Refused: each problem at its field (a unit not in force on the day, values after the closing day…)'),
      },
    }),
    async (c) => c.json(await patchInstitution(c.var.store.db, signedIn(c), c.req.valid('param').code, c.req.valid('json')), 200),
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
    async (c) => c.json(await setInstitutionAttribute(c.var.store.db, signedIn(c), c.req.valid('param').code, c.req.valid('json')), 200),
  );
