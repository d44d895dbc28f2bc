import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitutionAnyCase } from '../network/institutions.ts';
import { createEvent, getEvent } from './events.ts';
import { cancelEvent } from './cancel.ts';
import { cancelRegistration, recordAttendance, register } from './registration.ts';
import { eventsErrors as E } from './messages.ts';
import { eventId } from './event-id.ts';
import { eventListPage } from './event-list-page.tsx';
import { eventPage } from './event-page.tsx';
import { attendancePage } from './attendance-page.tsx';
import { newEventPage } from './new-event-page.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Public list and page of events; registration for citizens; publishing and attendance for organisers. */
export const eventPages = new Hono<AppEnv>()
  .get('/su-kien', (c) => eventListPage(c))
  .get('/su-kien/:id', (c) => eventPage(c, eventId(c.req.param('id'))))
  .post('/su-kien/:id/dang-ky', requireLogin(), async (c) => {
    const id = eventId(c.req.param('id'));
    const outcome = await register(c.var.store.db, id, c.var.principal.userId ?? 0);
    return c.redirect(`/su-kien/${id}?ok=${outcome}`, 303);
  })
  .post('/su-kien/:id/huy', requireLogin(), async (c) => {
    const id = eventId(c.req.param('id'));
    await cancelRegistration(c.var.store.db, id, c.var.principal.userId ?? 0);
    return c.redirect(`/su-kien/${id}?ok=cancelled`, 303);
  })
  .get('/su-kien/:id/quan-ly', requireLogin(), (c) => attendancePage(c, eventId(c.req.param('id'))))
  .post('/su-kien/:id/huy-su-kien', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const e = await getEvent(db, eventId(c.req.param('id')));
    if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
    const body = await c.req.parseBody();
    await cancelEvent(db, e.id, { note: str(body.note) }, c.var.principal.userId);
    return c.redirect(`/su-kien/${e.id}?ok=event-cancelled`, 303);
  })
  .post('/su-kien/:id/tham-gia', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const e = await getEvent(db, eventId(c.req.param('id')));
    if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
    const body = await c.req.parseBody({ all: true });
    const att = body.attended;
    const attended = (Array.isArray(att) ? att : att === undefined ? [] : [att]).map((v) => Number(v));
    await recordAttendance(db, e.id, { attended, walkIns: Number(str(body.walkIns) || '0') }, c.var.principal.userId);
    return c.redirect(`/su-kien/${e.id}?ok=saved`, 303);
  })
  .get('/quan-ly/su-kien/moi', requireLogin(), (c) => newEventPage(c))
  .post('/quan-ly/su-kien', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const body = await c.req.parseBody({ all: true });
    const typed = str(body.institution).trim();
    if (!typed) throw new UserError(E.chooseInstitution(), 422, [{ field: 'institution', said: E.chooseInstitution() }]);
    const inst = await findInstitutionAnyCase(db, typed);
    if (!inst) throw new UserError(E.unknownInstitution(), 422, [{ field: 'institution', said: E.notFoundHere() }]);
    if (!(await mayWriteFor(db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const list = (v: unknown) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String));
    const days = list(body.days);
    const taskIds = list(body.tasks).map(Number);
    const id = await createEvent(
      db,
      {
        institutionId: inst.id,
        kind: str(body.kind),
        title: str(body.title),
        description: str(body.description),
        place: str(body.place),
        startsAt: str(body.startsAt).slice(0, 16),
        endsAt: str(body.endsAt).slice(0, 16),
        capacity: str(body.capacity) ? Number(body.capacity) : null,
        days,
        taskIds,
      },
      c.var.principal.userId,
    );
    return c.redirect(`/su-kien/${id}?ok=saved`, 303);
  });
