import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { todayLocal } from '../core/time.ts';
import { notFound } from '../core/errors.ts';
import { childUnitsOn, findUnit, listUnits, rootUnits, validOn, type Unit } from './units.ts';
import { findPlaces } from './place-finder.ts';
import { editPopulation } from './population.ts';
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
      summary: 'Administrative units: the top level, all of one level, the children of a unit, or those named like `q` — on a day of the dated map',
      request: {
        query: z.object({
          level: z.string().optional(),
          date: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional()
            .openapi({ description: 'Only units in force on this day (default: every unit for `level`, today for `q` and `parent`)' }),
          q: z.string().max(200).optional().openapi({ description: 'Units whose names hold every word, with or without diacritics (at most 50)' }),
          parent: z.string().optional().openapi({ description: 'The code of a unit: its children (with `q`: units within it)' }),
        }),
      },
      responses: {
        200: { description: 'Units', content: { 'application/json': { schema: z.array(UnitSchema) } } },
        404: errorResponse('Unknown parent unit'),
      },
    }),
    async (c) => {
      const { level, date, q, parent: parentCode } = c.req.valid('query');
      const db = c.var.store.db;
      const parent = parentCode ? await findUnit(db, parentCode) : undefined;
      if (parentCode && !parent) throw notFound('đơn vị', 'Unit');
      let units: Unit[];
      if (q !== undefined && q.trim() !== '') {
        const found = await findPlaces(db, q, { today: date ?? todayLocal(), limit: 50, within: parent?.id });
        units = (await Promise.all(found.places.map((p) => findUnit(db, p.code)))).filter((u): u is Unit => u !== undefined);
      } else if (parent) units = await childUnitsOn(db, parent.id, date ?? todayLocal());
      else units = level ? await listUnits(db, { level }) : await rootUnits(db);
      if (level) units = units.filter((u) => u.level === level);
      if (date) units = units.filter((u) => validOn(u, date));
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
const PopulationSchema = z
  .object({
    total: z.number().int().min(0).nullable().openapi({ description: 'People; null removes the figure of that year' }),
  })
  .openapi('Population');
const PopulationChangedSchema = z
  .object({ unit: z.string(), year: z.number().int(), total: z.number().int().nullable(), previous: z.number().int().nullable() })
  .openapi('PopulationChanged');
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
      path: '/units/{code}/population/{year}',
      summary:
        "Set (or, with null, remove) a unit's population for a year (admins; officials within their subtree). Refused where a unit above or below has a figure for that year (counted twice)",
      request: {
        params: z.object({ code: z.string(), year: z.coerce.number().int() }),
        body: { content: { 'application/json': { schema: PopulationSchema } }, required: true },
      },
      responses: {
        200: { description: 'Set', content: { 'application/json': { schema: PopulationChangedSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Outside your subtree'),
        404: errorResponse('Unknown unit'),
        422: errorResponse('Refused: each problem at its field (year, total)'),
      },
    }),
    async (c) => {
      const { code, year } = c.req.valid('param');
      const change = await editPopulation(c.var.store.db, signedIn(c), code, { year, total: c.req.valid('json').total }, c.var.lang);
      return c.json({ unit: change.unit.code, year: change.year, total: change.total, previous: change.old }, 200);
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
    async (c) => c.json(await setInstitutionAttribute(c.var.store.db, signedIn(c), c.req.valid('param').code, c.req.valid('json')), 200),
  );
