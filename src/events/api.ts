import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import type { DB } from '../core/db/database.ts';
import { listEvents } from './events.ts';
import { eventsCalendar } from './ics.ts';
import { register } from './registration.ts';
import { addDays, todayLocal } from '../core/time.ts';
import { eventsErrors as E } from './messages.ts';

const EventSchema = z
  .object({
    id: z.number(),
    title: z.string(),
    kind: z.string(),
    description: z.string(),
    place: z.string(),
    institution: z.string(),
    institutionCode: z.string(),
    unit: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    capacity: z.number().nullable(),
    registered: z.number(),
    waiting: z.number(),
    days: z.array(z.string()),
    taskIds: z.array(z.number()),
    url: z.string(),
  })
  .openapi('Event');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();
const Query = z.object({ unit: z.string().optional(), from: day, to: day, kind: z.string().optional(), day: z.string().optional() });

async function unitId(db: DB, code: string | undefined) {
  if (!code) return undefined;
  const u = await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  if (!u) throw new UserError(E.unknownUnit({ code }), 404, [{ field: 'unit', said: E.notFoundHere() }]);
  return u.id;
}

export const eventsApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/events',
      summary: "Events of a unit's subtree between two dates (public)",
      request: { query: Query },
      responses: { 200: { description: 'Events', content: { 'application/json': { schema: z.array(EventSchema) } } }, 404: errorResponse('Unknown unit') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const events = await listEvents(c.var.store.db, {
        unitId: await unitId(c.var.store.db, q.unit),
        from: q.from,
        to: q.to,
        kind: q.kind,
        day: q.day,
        limit: 1000,
      });
      return c.json(
        events.map(({ unitCode, institutionId: _, cancelNote: _n, sequence: _s, ...e }) => ({ ...e, unit: unitCode, url: `/su-kien/${e.id}` })),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/events.ics',
      summary: "iCalendar (RFC 5545) feed of a unit's coming events (public)",
      request: { query: z.object({ unit: z.string().optional() }) },
      responses: { 200: { description: 'text/calendar', content: { 'text/calendar': { schema: z.string() } } }, 404: errorResponse('Unknown unit') },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const from = addDays(todayLocal(), -30);
      const events = await listEvents(c.var.store.db, { unitId: await unitId(c.var.store.db, q.unit), from, limit: 1000, includeCancelled: true });
      const base = new URL(c.req.url).origin;
      return c.body(eventsCalendar(events, base, q.unit ? `Sự kiện — ${q.unit}` : 'Sự kiện'), 200, { 'content-type': 'text/calendar; charset=utf-8' });
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/events/{id}/registrations',
      summary: 'Register the signed-in citizen (a place, or the waiting list)',
      request: { params: z.object({ id: z.coerce.number().int() }) },
      responses: {
        201: { description: 'Outcome', content: { 'application/json': { schema: z.object({ status: z.enum(['registered', 'waiting']) }) } } },
        409: errorResponse('Already registered, or the event has begun'),
      },
    }),
    async (c) => {
      const p = signedIn(c);
      const status = await register(c.var.store.db, c.req.valid('param').id, p.userId ?? 0);
      return c.json({ status }, 201);
    },
  );
