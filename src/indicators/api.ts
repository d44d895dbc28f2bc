import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { networkErrors } from '../network/messages.ts';
import { findUnit } from '../network/units.ts';
import { dashboardFor, toResult } from './evaluate.ts';
import { listIndicators } from './catalogue.ts';
import { defineIndicator } from './definitions.ts';

const ResultSchema = z
  .object({
    unit: z.string(),
    indicator: z.string(),
    year: z.number(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    target: z.number().nullable(),
  })
  .openapi('IndicatorResult');

/** Aggregated indicators are public (read-only); institution-level data is not exposed here. */
export const indicatorsApi = apiApp().openapi(
  createRoute({
    method: 'get',
    path: '/indicators',
    summary: "Every indicator for a unit's subtree and a year, with the target in force",
    request: { query: z.object({ unit: z.string(), year: z.coerce.number().int().min(1900).max(2100) }) },
    responses: {
      200: { description: 'One row per indicator', content: { 'application/json': { schema: z.array(ResultSchema) } } },
      404: errorResponse('Unknown unit'),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const unit = await findUnit(c.var.store.db, q.unit);
    if (!unit) throw new UserError(networkErrors.unknownUnitCode({ unit: q.unit }), 404);
    const rows = await dashboardFor(c.var.store.db, unit, q.year);
    return c.json(rows.map(toResult), 200);
  },
);

const OperandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('data'), element: z.string(), kinds: z.array(z.string()).optional(), yearOffset: z.number().int().min(-10).max(0).optional() }),
  z.object({ type: z.literal('count'), kinds: z.array(z.string()).min(1), attribute: z.string().optional() }),
  z.object({ type: z.literal('population'), field: z.enum(['total', 'rural', 'disadvantaged']) }),
]);
const TermSchema = z.object({ sign: z.union([z.literal(1), z.literal(-1)]), operand: OperandSchema });
const DefinitionSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/),
    nameVi: z.string().min(3),
    nameEn: z.string().min(3),
    unit: z.string().max(20),
    formula: z.object({ numerator: z.array(TermSchema).min(1), denominator: z.array(TermSchema).min(1).nullable(), factor: z.number() }),
  })
  .openapi('IndicatorDefinition');

/** The indicator catalogue: built-in formulas, and new ones admins define without code. */
export const definitionsApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/indicator-definitions',
      summary: 'Every indicator with its formula',
      responses: { 200: { description: 'Definitions', content: { 'application/json': { schema: z.array(DefinitionSchema) } } } },
    }),
    async (c) =>
      c.json(
        (await listIndicators(c.var.store.db)).map((i) => ({ code: i.code, nameVi: i.nameVi, nameEn: i.nameEn, unit: i.unit, formula: i.formula })),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/indicator-definitions',
      summary: 'Define a new indicator (system admin)',
      request: { body: { content: { 'application/json': { schema: DefinitionSchema } }, required: true } },
      responses: {
        200: { description: 'Defined', content: { 'application/json': { schema: DefinitionSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        422: errorResponse('Unknown element, kind or attribute'),
      },
    }),
    async (c) => c.json(await defineIndicator(c.var.store.db, signedIn(c), c.req.valid('json')), 200),
  );
