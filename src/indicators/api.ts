import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { networkErrors } from '../network/messages.ts';
import { findUnit } from '../network/units.ts';
import { dashboardFor, toResult } from './evaluate.ts';
import { listIndicators } from './catalogue.ts';
import { defineIndicator } from './definitions.ts';
import { analyse, MAX_CELLS, MAX_UNITS } from './analytics.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

const AnalyticsRowSchema = z
  .object({
    unit: z.string(),
    unitName: z.string(),
    level: z.enum(['nation', 'province', 'district', 'commune']),
    indicator: z.string(),
    year: z.number(),
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    target: z.number().nullable(),
    status: z.enum(['met', 'near', 'behind', 'no-data', 'no-target']),
  })
  .openapi('AnalyticsRow');

/** The one source of the analysis page, the charts and the exports: indicators × units × years, in bulk. */
export const analyticsApi = apiApp().openapi(
  createRoute({
    method: 'get',
    path: '/analytics',
    summary: 'Indicators × units × years with the targets in force and a status (the same numbers as /indicators), as JSON, CSV or XLSX',
    description: `Public, like the dashboards (aggregated figures only). \`units\`: comma-separated expressions, each \`<code>\` (the unit), \`children:<code>\` (the units directly below it in the years asked) or \`level:<level>:<code>\` (every province, district or commune within it); at most ${MAX_UNITS} units and ${MAX_CELLS} cells (units × indicators × years), else 400 naming the limit. \`indicators\`: codes (default: all). \`years\`: years with data (default: the last complete year). CSV has the JSON's fields as columns; XLSX has names in words and number formats. Text cells beginning with = + - @ are prefixed with a quote.`,
    request: {
      query: z.object({
        units: z.string().min(1).openapi({ example: 'children:46' }),
        indicators: z.string().optional().openapi({ example: 'LIB_LLL_COMMUNE,LIB_USERS_GROWTH' }),
        years: z.string().optional().openapi({ example: '2023,2024,2025' }),
        format: z.enum(['json', 'csv', 'xlsx']).default('json'),
      }),
    },
    responses: {
      200: {
        description: 'One row per unit × indicator × year',
        content: {
          'application/json': { schema: z.array(AnalyticsRowSchema) },
          'text/csv': { schema: z.string() },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      400: errorResponse(
        'A parameter is malformed, names an unknown indicator or unit, a year outside the data, or asks for too much (the parameter is named)',
      ),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const a = await analyse(c.var.store.db, q);
    if (q.format === 'json') return c.json(a.rows, 200);
    const { analyticsCsv, analyticsXlsx } = await import('./analytics-export.ts');
    const name = `phan-tich-${a.years.join('-')}`;
    if (q.format === 'csv')
      return c.body(analyticsCsv(a), 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` });
    return c.body(new Uint8Array(await analyticsXlsx(a, c.var.lang)), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    });
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
