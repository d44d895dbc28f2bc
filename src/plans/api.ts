import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError, forbidden, noAccess } from '../core/errors.ts';
import { networkErrors } from '../network/messages.ts';
import { plansErrors } from './messages.ts';
import { canReadUnit } from '../network/access.ts';
import { findUnit } from '../network/units.ts';
import { createPlan } from './plans.ts';
import { plansOfUnit, planById, targetsOfPlan } from './queries.ts';
import { mayReadPlan } from './access.ts';

const TargetSchema = z.object({
  indicator: z.string(),
  year: z.number().int().min(2000).max(2100),
  value: z.number().nullable().optional(),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  text: z.string().nullable().optional(),
});
const PlanSchema = z
  .object({
    id: z.number(),
    number: z.string().nullable(),
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    title: z.string(),
    yearFrom: z.number(),
    yearTo: z.number(),
    status: z.string(),
    unit: z.string().nullable(),
    institution: z.string().nullable(),
    parentPlanId: z.number().nullable(),
    reportDay: z.number().nullable(),
    reportMonth: z.number().nullable(),
  })
  .openapi('Plan');
const NewPlanSchema = z
  .object({
    unit: z.string(),
    number: z.string().nullable().optional(),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable()
      .optional(),
    issuer: z.string().nullable().optional(),
    title: z.string().min(3),
    parentPlanId: z.number().int().nullable().optional(),
    yearFrom: z.number().int().min(2000).max(2100),
    yearTo: z.number().int().min(2000).max(2100),
    reportDay: z.number().int().min(1).max(31).nullable().optional(),
    reportMonth: z.number().int().min(1).max(12).nullable().optional(),
    targets: z.array(TargetSchema).max(2000),
  })
  .openapi('NewPlan');

export const plansApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans',
      summary: "A unit's plans",
      request: { query: z.object({ unit: z.string() }) },
      responses: { 200: { description: 'Plans', content: { 'application/json': { schema: z.array(PlanSchema) } } }, 404: errorResponse('Unknown unit') },
    }),
    async (c) => {
      const unit = await findUnit(c.var.store.db, c.req.valid('query').unit);
      if (!unit) throw new UserError(networkErrors.unitNotFound(), 404);
      return c.json(await plansOfUnit(c.var.store.db, unit.id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/plans/{id}',
      summary: 'A plan with its targets',
      request: { params: z.object({ id: z.coerce.number().int() }) },
      responses: {
        200: { description: 'Plan', content: { 'application/json': { schema: PlanSchema.extend({ targets: z.array(TargetSchema) }) } } },
        403: errorResponse('A draft, and not yours to review'),
        404: errorResponse('Unknown plan'),
      },
    }),
    async (c) => {
      const { db } = c.var.store;
      const plan = await planById(db, c.req.valid('param').id);
      if (!plan) throw new UserError(plansErrors.planNotFound(), 404);
      // a draft is its editors' alone, as on the page (`/ke-hoach/:id`)
      const owner = await db.selectFrom('plans').select(['unit_id', 'institution_id']).where('id', '=', plan.id).executeTakeFirstOrThrow();
      if (!(await mayReadPlan(db, c.var.principal, { status: plan.status, ...owner }))) throw noAccess();
      const targets = (await targetsOfPlan(c.var.store.db, plan.id)).map((t) => ({
        indicator: t.indicator,
        year: t.year,
        value: t.value,
        min: t.min,
        max: t.max,
        text: t.text,
      }));
      return c.json({ ...plan, targets }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/plans',
      summary: 'Create a plan with targets (officials of the unit or above, admins)',
      request: { body: { content: { 'application/json': { schema: NewPlanSchema } }, required: true } },
      responses: {
        200: { description: 'Created', content: { 'application/json': { schema: z.object({ id: z.number() }) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Not your unit'),
        422: errorResponse('Invalid plan'),
      },
    }),
    async (c) => {
      const p = signedIn(c);
      const body = c.req.valid('json');
      const unit = await findUnit(c.var.store.db, body.unit);
      if (!unit) throw new UserError(networkErrors.unitNotFound(), 422, [{ said: networkErrors.notFound(), field: 'unit' }]);
      if (p.role === 'viewer' || p.role === 'staff' || !(await canReadUnit(c.var.store.db, p, unit.id))) throw forbidden();
      const { unit: _unit, ...rest } = body;
      const id = await createPlan(c.var.store.db, { ...rest, unitId: unit.id }, p.userId);
      return c.json({ id }, 200);
    },
  );
