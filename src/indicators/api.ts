import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, ErrorSchema } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { findUnit } from '../network/units.ts';
import { dashboardFor, toResult } from './evaluate.ts';

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
      404: { description: 'Unknown unit', content: { 'application/json': { schema: ErrorSchema } } },
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const unit = await findUnit(c.var.store.db, q.unit);
    if (!unit) throw new UserError(`Không có đơn vị mã "${q.unit}".`, 404, [], `Unknown unit "${q.unit}".`);
    const rows = await dashboardFor(c.var.store.db, unit, q.year);
    return c.json(rows.map(toResult), 200);
  },
);
