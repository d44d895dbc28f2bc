import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { networkErrors } from '../network/messages.ts';
import { canReadUnit, mayWriteFor } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { MAX_FILE_BYTES } from './parse/read-file.ts';
import { readingState, readUploadedPlan, type ReadingStarted } from './readings.ts';
import { ReadingProgress } from './reading-view.tsx';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { findUnit } from '../network/units.ts';
import { findPlaces, resolvePlace, type FoundPlace } from '../network/place-finder.ts';
import { fold } from '../core/text/vietnamese.ts';
import { plansErrors } from './messages.ts';
import { UploadForm, type UploadTyped } from './upload-form.tsx';
import { resolveInstitution } from './institution-by-name.ts';

/** A plan's file (DOCX, PDF, text) and its form's fields (server/app.tsx bounds every body before it is read). */
export const planUploads: UploadLimit[] = [{ path: /^\/ke-hoach\/moi$/, maxBytes: MAX_FILE_BYTES + FORM_LIMIT }];

/** A signed-in person has an account; the command line's principal has none and reads no uploads. */
const noAccessFor = (): never => {
  throw noAccess();
};

/** A plan's file uploaded for a unit or an institution: read (a scan in the background, its progress on a page of its own), stored as a draft, then reviewed. */
export const uploadPages = new Hono<AppEnv>()
  .use('/ke-hoach/moi', requireLogin())
  .get('/ke-hoach/moi', async (c) => {
    const p = c.var.principal;
    const { db } = c.var.store;
    const own = p.unitId ? await db.selectFrom('units').select('name').where('id', '=', p.unitId).executeTakeFirst() : undefined;
    const inst =
      p.role === 'staff' && p.institutionId
        ? await db.selectFrom('institutions').select('name').where('id', '=', p.institutionId).executeTakeFirst()
        : undefined;
    return c.html(<UploadForm ctx={pageContext(c)} unit={c.req.query('don-vi') ?? own?.name ?? ''} institution={inst?.name ?? ''} />);
  })
  .post('/ke-hoach/moi', async (c) => {
    const { db } = c.var.store;
    const p = c.var.principal;
    const { lang } = c.var;
    if (Number(c.req.header('content-length') ?? 0) > 50 * 1024 * 1024 + 65536) throw new UserError(plansErrors.fileTooLarge(), 413);
    const body = await c.req.parseBody({ all: true });
    // a radio chosen among several names comes as a second value of the same field: the last one wins
    const last = (v: unknown) => String((Array.isArray(v) ? v[v.length - 1] : v) ?? '').trim();
    const unitTyped = last(body.unit);
    const instTyped = last(body.institution);
    const again = (said: Parameters<typeof sayIn>[1], more: Partial<UploadTyped> = {}) =>
      c.html(<UploadForm ctx={pageContext(c)} unit={unitTyped} institution={instTyped} error={sayIn(lang, said)} {...more} />, 422);
    // an institution's own plan: the institution by code or name, its unit from it
    let institutionId: number | null = null;
    let unitId: number | null = null;
    if (instTyped !== '') {
      const inst = await resolveInstitution(c, instTyped);
      if ('several' in inst)
        return inst.several.length === 0
          ? again(plansErrors.institutionNotFound({ typed: instTyped }))
          : again(plansErrors.institutionSeveral({ n: inst.several.length, typed: instTyped }), { institutions: inst.several });
      if (!(await mayWriteFor(db, p, inst.one.id))) throw noAccess();
      institutionId = inst.one.id;
      unitId = inst.one.unitId;
    } else {
      if (unitTyped === '') return again(networkErrors.unknownUnitCode({ unit: '' }));
      const place = await resolvePlace(db, unitTyped);
      if ('none' in place) return again(networkErrors.unknownUnitCode({ unit: unitTyped }));
      const candidates = (await findUnit(db, unitTyped))
        ? [('one' in place ? place.one : place.several[0])!]
        : (await findPlaces(db, unitTyped, { limit: 50 })).places;
      if (p.role === 'viewer' || p.role === 'staff') throw noAccess();
      // the places of that name this person may plan for; a name shared with places elsewhere is not a choice
      const mine: { place: FoundPlace; id: number }[] = [];
      for (const x of candidates) {
        const u = await findUnit(db, x.code);
        if (u && (await canReadUnit(db, p, u.id))) mine.push({ place: x, id: u.id });
      }
      if (mine.length === 0) {
        // an official of a unit that has since ended (the 2025 reform) still plans for it: its name, whatever the map today
        const words = fold(unitTyped).split(' ').filter(Boolean);
        const all = await db
          .selectFrom('units as u')
          .leftJoin('units as pu', 'pu.id', 'u.parent_id')
          .select(['u.id', 'u.code', 'u.name', 'u.full_name', 'u.level', 'pu.name as parentName'])
          .execute();
        for (const u of all.filter((x) => words.every((w) => fold(x.full_name ?? x.name).includes(w) || fold(x.name).includes(w))).slice(0, 200))
          if (await canReadUnit(db, p, u.id))
            mine.push({ place: { code: u.code, name: u.name, fullName: u.full_name ?? u.name, level: u.level, parentName: u.parentName }, id: u.id });
      }
      if (mine.length === 0) return again(noAccess().said);
      const whole = mine.filter((m) => fold(m.place.name) === fold(unitTyped) || fold(m.place.fullName) === fold(unitTyped));
      if (whole.length === 1) mine.splice(0, mine.length, whole[0]!);
      if (mine.length > 1) return again(plansErrors.placeSeveral({ n: mine.length, typed: unitTyped }), { units: mine.map((m) => m.place) });
      const unit = { id: mine[0]!.id };
      unitId = unit.id;
    }
    const file = Array.isArray(body.file) ? body.file[0] : body.file;
    if (!(file instanceof File)) return again(plansErrors.noFile());
    let started: ReadingStarted;
    try {
      started = await readUploadedPlan(db, {
        filename: file.name,
        bytes: Buffer.from(await file.arrayBuffer()),
        unitId: institutionId === null ? unitId : null,
        institutionId,
        userId: p.userId ?? noAccessFor(),
        unitTyped,
        institutionTyped: instTyped,
      });
    } catch (err) {
      if (err instanceof UserError) {
        return c.html(
          <UploadForm ctx={pageContext(c)} unit={unitTyped} institution={instTyped} error={sayIn(lang, err.said)} />,
          err.status === 413 ? 413 : 422,
        );
      }
      throw err;
    }
    // a scan still being read: its progress, on a page of its own
    if ('readingId' in started) return c.redirect(`/ke-hoach/doc/${started.readingId}`, 303);
    return c.redirect(`/ke-hoach/${started.planId}/duyet`, 303);
  })
  .use('/ke-hoach/doc/:id', requireLogin())
  .get('/ke-hoach/doc/:id', async (c) => {
    const ctx = pageContext(c);
    const reading = await readingState(c.var.store.db, Number(c.req.param('id')), c.var.principal.userId ?? noAccessFor());
    if (reading.state === 'read') return c.redirect(`/ke-hoach/${reading.planId}/duyet`, 303);
    if (reading.state === 'refused')
      return c.html(<UploadForm ctx={ctx} unit={reading.unitTyped} institution={reading.institutionTyped} error={sayIn(ctx.lang, reading.said)} />, 422);
    return c.html(<ReadingProgress ctx={ctx} reading={reading} path={c.req.path} />);
  });
