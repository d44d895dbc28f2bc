import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { typedDays } from '../core/web/typed-days.ts';
import { addItem, addStop, publishExhibition, unpublishExhibition } from './exhibitions.ts';
import { museumErrors as E } from './messages.ts';
import { moveItem, removeItem } from './exhibition-order.ts';
import { deleteExhibition, updateExhibition } from './exhibition-edits.ts';
import { managedExhibition } from './manage-access.ts';
import { exhibitionPage } from './exhibition-manage-page.tsx';
import { num, str } from './form-values.ts';

const fixableForm = (err: unknown): err is UserError => err instanceof UserError && err.status !== 403 && err.status !== 404;

/** An exhibition's management: edited, deleted as a draft, items added, ordered and removed, stops, published and unpublished. */
export const exhibitionManageRoutes = new Hono<AppEnv>()
  .use('/quan-ly/trien-lam/*', requireLogin())
  .get('/quan-ly/trien-lam/:id', (c) => exhibitionPage(c))
  .post('/quan-ly/trien-lam/:id/sua', async (c) => {
    const x = await managedExhibition(c);
    const b = await c.req.parseBody();
    const values = { title: str(b.title), intro: str(b.intro), opensOn: str(b.opensOn), closesOn: str(b.closesOn) };
    try {
      const days = typedDays(values, { opensOn: { required: true }, closesOn: {} });
      await updateExhibition(c.var.store.db, x.id, { ...values, opensOn: days.opensOn ?? '', closesOn: days.closesOn ?? null }, c.var.principal.userId);
    } catch (err) {
      if (fixableForm(err)) return exhibitionPage(c, { form: 'edit', values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/trien-lam/${x.id}?ok=saved`, 303);
  })
  .post('/quan-ly/trien-lam/:id/xoa', async (c) => {
    const x = await managedExhibition(c);
    const values = { reason: str((await c.req.parseBody()).reason) };
    try {
      await deleteExhibition(c.var.store.db, x.id, values.reason, c.var.principal.userId);
    } catch (err) {
      if (fixableForm(err)) return exhibitionPage(c, { form: 'delete', values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(x.institutionCode)}?ok=1`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat', async (c) => {
    const x = await managedExhibition(c);
    const b = await c.req.parseBody();
    await addItem(c.var.store.db, x.id, num(b.objectId), str(b.caption), c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat/:object/:move{len|xuong}', async (c) => {
    const x = await managedExhibition(c);
    await moveItem(c.var.store.db, x.id, Number(c.req.param('object')), c.req.param('move') === 'len' ? 'up' : 'down', c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/hien-vat/:object/bo', async (c) => {
    const x = await managedExhibition(c);
    await removeItem(c.var.store.db, x.id, Number(c.req.param('object')), c.var.principal.userId);
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/diem-dung', async (c) => {
    const x = await managedExhibition(c);
    const b = await c.req.parseBody();
    const values = { place: str(b.place), startsOn: str(b.startsOn), endsOn: str(b.endsOn) };
    try {
      const days = typedDays(values, { startsOn: { required: true }, endsOn: { required: true } });
      await addStop(c.var.store.db, x.id, { place: values.place, startsOn: days.startsOn ?? '', endsOn: days.endsOn ?? '' }, c.var.principal.userId);
    } catch (err) {
      if (fixableForm(err)) return exhibitionPage(c, { form: 'stop', values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/cong-bo', async (c) => {
    const x = await managedExhibition(c);
    await publishExhibition(c.var.store.db, x.id, c.var.principal.userId);
    return c.redirect(`/trien-lam/${x.id}`, 303);
  })
  .post('/quan-ly/trien-lam/:id/ngung-cong-bo', async (c) => {
    const x = await managedExhibition(c);
    const values = { reason: str((await c.req.parseBody()).reason) };
    if (values.reason.trim() === '')
      return exhibitionPage(c, { form: 'unpublish', values, error: new UserError(E.giveReason(), 422, [{ field: 'reason', said: E.notEmpty() }]) });
    await unpublishExhibition(c.var.store.db, x.id, c.var.principal.userId, values.reason);
    return c.redirect(`/quan-ly/trien-lam/${x.id}?ok=unpublished`, 303);
  });
