import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { typedDay } from '../core/web/typed-days.ts';
import { createClub } from './clubs.ts';
import { addMember, linkMember, removeMember, updateMember } from './members.ts';
import { correctSession, recordSession } from './sessions.ts';
import { club, managedClub, managedInstitution } from './club-access.ts';
import { ids, str, yearOf } from './form-values.ts';
import { clubPage } from './club-page.tsx';
import { memberPage } from './member-page.tsx';
import { sessionPage } from './session-page.tsx';
import { institutionClubsPage } from './institution-clubs-page.tsx';

/** A refusal the person can fix is shown on their form again; others (no access, not found) are the error page's. */
const fixable = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** Clubs, talent classes and interest groups: the public page (citizens join) and the staff's members and sessions. */
export const culturePages = new Hono<AppEnv>()
  .get('/cau-lac-bo/:id', async (c) => c.html(await clubPage(c, await club(c))))
  .post('/cau-lac-bo/:id/tham-gia', requireLogin(), async (c) => {
    const k = await club(c);
    const p = c.var.principal;
    await addMember(c.var.store.db, k.id, { userId: p.userId, name: p.displayName }, p.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    const values = { name: str(b.name), birthYear: str(b.birthYear), contact: str(b.contact) };
    try {
      await addMember(c.var.store.db, k.id, { name: values.name, birthYear: yearOf(b.birthYear), contact: values.contact }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await clubPage(c, k, { form: 'member', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1#add-member`, 303);
  })
  .post('/cau-lac-bo/:id/buoi', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody({ all: true });
    const present = ids(b.present);
    const values = { onDate: str(b.onDate), note: str(b.note) };
    try {
      // the day may not be in the future: the service refuses it beside the field
      await recordSession(c.var.store.db, k.id, { ...values, onDate: typedDay('onDate', values.onDate), present }, c.var.principal.userId);
    } catch (err) {
      if (fixable(err)) return c.html(await clubPage(c, k, { form: 'session', values, present, error: err }), 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/cau-lac-bo/:id/thanh-vien/:mid', requireLogin(), async (c) => c.html(await memberPage(c, await managedClub(c))))
  .post('/cau-lac-bo/:id/thanh-vien/:mid', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    const values = { name: str(b.name), birthYear: str(b.birthYear), contact: str(b.contact) };
    try {
      await updateMember(
        c.var.store.db,
        k.id,
        Number(c.req.param('mid')),
        { name: values.name, birthYear: yearOf(b.birthYear), contact: values.contact },
        c.var.principal.userId,
      );
    } catch (err) {
      if (fixable(err)) return c.html(await memberPage(c, k, { form: 'member', values, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien/:mid/tai-khoan', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody();
    try {
      await linkMember(c.var.store.db, k.id, Number(c.req.param('mid')), str(b.username), c.var.principal.userId);
    } catch (err) {
      if (fixable(err))
        return c.html(await memberPage(c, k, { form: 'link', values: { username: str(b.username) }, error: err }), err.status === 409 ? 409 : 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}/thanh-vien/${c.req.param('mid')}?ok=1`, 303);
  })
  .post('/cau-lac-bo/:id/thanh-vien/:mid/xoa', requireLogin(), async (c) => {
    const k = await managedClub(c);
    await removeMember(c.var.store.db, k.id, Number(c.req.param('mid')), c.var.principal.userId);
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/cau-lac-bo/:id/buoi/:sid', requireLogin(), async (c) => c.html(await sessionPage(c, await managedClub(c))))
  .post('/cau-lac-bo/:id/buoi/:sid', requireLogin(), async (c) => {
    const k = await managedClub(c);
    const b = await c.req.parseBody({ all: true });
    const present = ids(b.present);
    const values = { onDate: str(b.onDate), note: str(b.note) };
    try {
      await correctSession(
        c.var.store.db,
        k.id,
        Number(c.req.param('sid')),
        { ...values, onDate: typedDay('onDate', values.onDate), present },
        c.var.principal.userId,
      );
    } catch (err) {
      if (fixable(err)) return c.html(await sessionPage(c, k, { form: 'session', values, present, error: err }), 422);
      throw err;
    }
    return c.redirect(`/cau-lac-bo/${k.id}?ok=1`, 303);
  })
  .get('/quan-ly/van-hoa/:code', requireLogin(), async (c) => institutionClubsPage(c, await managedInstitution(c, c.req.param('code'))))
  .post('/quan-ly/van-hoa/:code/cau-lac-bo', requireLogin(), async (c) => {
    const { db } = c.var.store;
    const inst = await managedInstitution(c, c.req.param('code'));
    const b = await c.req.parseBody();
    const id = await createClub(
      db,
      { institutionId: inst.id, kind: str(b.kind) as 'club', name: str(b.name), schedule: str(b.schedule), description: str(b.description) },
      c.var.principal.userId,
    );
    return c.redirect(`/cau-lac-bo/${id}`, 303);
  });
