import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import type { Unit } from '../network/units.ts';
import { applyHandover, handoverPreview, type Handover } from './handover.ts';

const UnitRef = z.object({ code: z.string(), name: z.string() }).openapi('UnitRef');
const HandoverSchema = z
  .object({
    unit: UnitRef,
    endedOn: z.string().openapi({ description: 'The last day of the unit (ISO date)' }),
    successors: z.array(UnitRef).openapi({ description: 'Its successors in force today: the choices' }),
    users: z.array(
      z.object({
        username: z.string(),
        displayName: z.string(),
        role: z.string(),
        to: z.string().nullable().openapi({ description: 'The successor (code) when there is one; null: a choice is needed (or none exists)' }),
      }),
    ),
    institutions: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        kind: z.string(),
        from: z.string().openapi({ description: 'First day at the successor (ISO date)' }),
        to: z.string().nullable(),
      }),
    ),
    cycles: z
      .array(z.object({ year: z.number(), deadline: z.string() }))
      .openapi({ description: 'Open cycles of years the unit no longer receives reports: closed' }),
    drafts: z.array(z.object({ year: z.number() })).openapi({ description: 'Blank drafts of years the unit is not asked: removed' }),
    lastHandover: z.object({ at: z.string(), by: z.string().nullable() }).nullable(),
  })
  .openapi('Handover');
const ResultSchema = z
  .object({ units: z.number(), users: z.number(), institutions: z.number(), cycles: z.number(), drafts: z.number() })
  .openapi('HandoverResult');
const RequestSchema = z
  .object({
    units: z.array(z.string()).min(1).optional().openapi({ description: 'Codes of ended units; absent: every ended unit with something to hand over' }),
    users: z.record(z.string(), z.string()).optional().openapi({ description: 'username → successor code, where the unit was split' }),
    institutions: z.record(z.string(), z.string()).optional().openapi({ description: 'institution code → successor code, where the unit was split' }),
  })
  .openapi('HandoverRequest');

const ref = (u: Unit) => ({ code: u.code, name: u.name });
const toJson = (h: Handover) => ({
  unit: ref(h.unit),
  endedOn: h.unit.validTo ?? '',
  successors: h.successors.map(ref),
  users: h.users.map((u) => ({ username: u.username, displayName: u.displayName, role: u.role, to: u.to?.code ?? null })),
  institutions: h.institutions.map((i) => ({ code: i.code, name: i.name, kind: i.kind, from: i.from, to: i.to?.code ?? null })),
  cycles: h.cycles.map((c) => ({ year: c.year, deadline: c.deadline })),
  drafts: h.drafts.map((d) => ({ year: d.year })),
  lastHandover: h.last,
});

/** The hand-over of ended units to their successors (admins): the preview, and applying it. */
export const successionApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/handovers',
      summary: 'Preview the hand-over of an ended unit (or of every ended unit with something left): who and what moves where',
      request: { query: z.object({ unit: z.string().optional() }) },
      responses: {
        200: { description: 'What would change, per unit', content: { 'application/json': { schema: z.array(HandoverSchema) } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        404: errorResponse('Unknown unit'),
        409: errorResponse('The unit is still in force'),
      },
    }),
    async (c) => {
      const unit = c.req.valid('query').unit;
      const list = await handoverPreview(c.var.store.db, signedIn(c), unit ? [unit] : 'all');
      return c.json(list.map(toJson), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/handovers',
      summary: 'Hand ended units over to their successors in one transaction, audited; a second call changes nothing',
      request: { body: { content: { 'application/json': { schema: RequestSchema } }, required: true } },
      responses: {
        200: { description: 'What changed', content: { 'application/json': { schema: ResultSchema } } },
        401: errorResponse('Login required'),
        403: errorResponse('Admins only'),
        404: errorResponse('Unknown unit'),
        409: errorResponse('A unit is still in force, or a year it touches is locked by an approved report'),
        422: errorResponse('A split unit needs a choice per user and institution (problems name the fields user:<username>, institution:<code>)'),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const result = await applyHandover(c.var.store.db, signedIn(c), body.units ?? 'all', { users: body.users, institutions: body.institutions });
      return c.json(result, 200);
    },
  );
