import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { notFound, UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { typedDay, typedDays } from '../core/web/typed-days.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { createProgramme, markBookingHeld, recordVisits } from './education.ts';
import { createExhibition } from './exhibitions.ts';
import { museumErrors as E } from './messages.ts';
import { MAX_IMAGE_BYTES } from './images.ts';
import { objectUploadPath } from './object-pages.tsx';
import { createObjectWithImage } from './objects.ts';
import { TERM_FIELD, VOCABULARIES } from './vocabularies.ts';
import { termsFromForm } from './term-select.tsx';
import { managedMuseum } from './manage-access.ts';
import { managePage, OBJECT_FIELDS } from './museum-manage-page.tsx';
import { bookingOf } from './school-bookings.ts';
import { exhibitionManageRoutes } from './exhibition-manage-routes.tsx';
import { num, str } from './form-values.ts';

/** An object's image and its form's fields (server/app.tsx bounds every body before it is read). */
export const museumUploads: UploadLimit[] = [
  { path: /^\/quan-ly\/bao-tang\/[^/]+\/hien-vat$/, maxBytes: MAX_IMAGE_BYTES + FORM_LIMIT },
  { path: objectUploadPath, maxBytes: MAX_IMAGE_BYTES + FORM_LIMIT },
];

/** Museum staff: objects with images, exhibitions (created here, managed in exhibition-manage-routes.tsx), visitors by day, school programmes. */
export const museumManagePages = new Hono<AppEnv>()
  .use('/quan-ly/bao-tang/*', requireLogin())
  .get('/quan-ly/bao-tang/:code', async (c) => c.html(await managePage(c, await managedMuseum(c, c.req.param('code')))))
  .post('/quan-ly/bao-tang/:code/hien-vat', async (c) => {
    const inst = await managedMuseum(c, c.req.param('code'));
    if (Number(c.req.header('content-length') ?? 0) > MAX_IMAGE_BYTES + 1024 * 1024)
      throw new UserError(E.imageTooLarge(), 413, [{ field: 'image', said: E.over20MB() }]);
    const b = await c.req.parseBody();
    const file = b.image instanceof File && b.image.size > 0 ? b.image : null;
    // the image is checked first: a refused image saves nothing
    const bytes = file ? new Uint8Array(await file.arrayBuffer()) : null;
    const { db } = c.var.store;
    const userId = c.var.principal.userId;
    const values: Record<string, string> = Object.fromEntries(
      [...OBJECT_FIELDS.filter((f) => f !== 'image'), ...VOCABULARIES.map((voc) => TERM_FIELD[voc])].map((f) => [f, str(b[f])]),
    );
    if (file) values.imageName = file.name;
    try {
      await createObjectWithImage(
        db,
        {
          institutionId: inst.id,
          identifier: values.identifier ?? '',
          title: values.title ?? '',
          description: values.description ?? '',
          creator: values.creator ?? '',
          dateText: values.dateText ?? '',
          type: values.type ?? '',
          format: values.format ?? '',
          provenance: values.provenance ?? '',
          ethnicGroup: values.ethnicGroup ?? '',
          ...termsFromForm(b),
        },
        file && bytes ? { bytes, name: file.name } : null,
        values.alt ?? '',
        userId,
      );
    } catch (err) {
      // refused: the form again with everything typed and each problem beside its field
      if (err instanceof UserError && err.status !== 403 && err.status !== 404)
        return c.html(await managePage(c, inst, { values, error: err }), err.status === 413 ? 413 : 422);
      throw err;
    }
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/trien-lam', async (c) => {
    const inst = await managedMuseum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    const values = Object.fromEntries(['kind', 'title', 'intro', 'opensOn', 'closesOn'].map((f) => [f, str(b[f])]));
    try {
      const days = typedDays(values, { opensOn: { required: true }, closesOn: {} });
      const id = await createExhibition(
        c.var.store.db,
        {
          institutionId: inst.id,
          kind: values.kind as 'virtual',
          title: values.title ?? '',
          intro: values.intro ?? '',
          opensOn: days.opensOn ?? '',
          closesOn: days.closesOn ?? null,
        },
        c.var.principal.userId,
      );
      return c.redirect(`/quan-ly/trien-lam/${id}`, 303);
    } catch (err) {
      if (err instanceof UserError && err.status === 422) return c.html(await managePage(c, inst, { form: 'exhibition', values, error: err }), 422);
      throw err;
    }
  })
  .post('/quan-ly/bao-tang/:code/luot-khach', async (c) => {
    const inst = await managedMuseum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    const values = Object.fromEntries(['day', 'visitors', 'students', 'study'].map((f) => [f, str(b[f])]));
    try {
      const day = typedDay('day', values.day);
      await recordVisits(
        c.var.store.db,
        inst.id,
        { day, visitors: num(b.visitors), students: num(b.students) || 0, study: num(b.study) || 0 },
        c.var.principal.userId,
      );
    } catch (err) {
      if (err instanceof UserError && err.status === 422) return c.html(await managePage(c, inst, { form: 'visits', values, error: err }), 422);
      throw err;
    }
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/chuong-trinh', async (c) => {
    const inst = await managedMuseum(c, c.req.param('code'));
    const b = await c.req.parseBody();
    await createProgramme(c.var.store.db, { institutionId: inst.id, title: str(b['p-title']), maxStudents: num(b['p-max']) }, c.var.principal.userId);
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .post('/quan-ly/bao-tang/:code/dat-lich/:id/da-to-chuc', async (c) => {
    const inst = await managedMuseum(c, c.req.param('code'));
    const own = await bookingOf(c.var.store.db, inst.id, Number(c.req.param('id')));
    if (!own) throw notFound('lượt đặt lịch', 'Booking');
    await markBookingHeld(c.var.store.db, own.id, c.var.principal.userId);
    return c.redirect(`/quan-ly/bao-tang/${encodeURIComponent(inst.code)}?ok=1`, 303);
  })
  .route('/', exhibitionManageRoutes);
