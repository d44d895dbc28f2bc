import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { formatDate, sayIn } from '../core/i18n/index.ts';
import { canWriteInstitution } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { placeByCode, type Place } from './places.ts';
import { checkin, checkout, overdue, renew } from './circulation.ts';
import { importMarc } from './marc-import.ts';
import { catalogueOne } from './record-form.ts';
import { registerPatron, type PatronCategory } from './patrons.ts';
import { receiveRotation, returnRotation, rotationDestinations, rotationsOf, sendRotation } from './rotation.ts';
import { recordVisits } from './visits.ts';
import { createTrip } from './trips.ts';
import { addDigital, type DigitalFormat } from './digital.ts';
import type { Audience } from './bib.ts';
import { deskView } from './desk-view.tsx';
import { todayLocal } from '../core/time.ts';
import { libraryErrors as E, libraryText } from './messages.ts';

const MAX_UPLOAD = 50 * 1024 * 1024;
/** A MARC file and its form's fields (server/app.tsx bounds every body before it is read). */
export const deskUploads: UploadLimit[] = [{ path: /^\/thu-vien\/[^/]+\/nhap-marc$/, maxBytes: MAX_UPLOAD + FORM_LIMIT }];
const today = () => todayLocal();
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The library named in the URL when the signed-in user may work its desk (its staff, officials above it, admins). */
export async function deskLibrary(c: AppContext): Promise<Place> {
  const lib = await placeByCode(c.var.store.db, c.req.param('code') ?? '');
  if (!lib) throw notFound('thư viện', 'Library');
  if (!(await canWriteInstitution(c.var.store.db, c.var.principal, lib.id))) throw noAccess();
  return lib;
}

const back = (c: AppContext, lib: Place, message: string) => c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}?tb=${encodeURIComponent(message)}`, 303);

export const deskPages = new Hono<AppEnv>()
  .use('/thu-vien/*', requireLogin())
  .get('/thu-vien/:code', async (c) => {
    const lib = await deskLibrary(c);
    const db = c.var.store.db;
    const [rotations, late, dests] = await Promise.all([rotationsOf(db, lib.id), overdue(db, lib.id, today()), rotationDestinations(db, lib)]);
    return c.html(deskView({ ctx: pageContext(c), lib, rotations, late, dests, notice: c.req.query('tb') ?? null }));
  })
  .post('/thu-vien/:code/muon', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const r = await checkout(c.var.store.db, text(b.barcode), text(b.card), { institutionId: lib.id, userId: c.var.principal.userId });
    return back(c, lib, libraryText(c.var.lang).lent({ patron: r.patron, barcode: r.barcode, due: formatDate(r.dueAt) }));
  })
  .post('/thu-vien/:code/tra', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const r = await checkin(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal.userId });
    const t = libraryText(c.var.lang);
    const late = r.overdueDays ? t.daysLate({ days: r.overdueDays }) : '';
    const held = r.heldFor ? t.setAside({ reader: r.heldFor, until: formatDate(r.heldUntil) }) : '';
    return back(c, lib, `${t.returned({ barcode: r.barcode })}${late}${held}`);
  })
  .post('/thu-vien/:code/gia-han', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const r = await renew(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal.userId });
    return back(c, lib, libraryText(c.var.lang).renewed({ barcode: r.barcode, due: formatDate(r.dueAt) }));
  })
  .post('/thu-vien/:code/nhap-marc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const file = b.file;
    if (!(file instanceof File) || file.size === 0) throw new UserError(E.chooseMarcFile(), 400, [{ field: 'file', said: E.noFileChosen() }]);
    if (file.size > MAX_UPLOAD) throw new UserError(E.fileTooLarge(), 413);
    const r = await importMarc(c.var.store.db, new Uint8Array(await file.arrayBuffer()), {
      libraryCode: lib.code,
      onError: b.onError === 'reject' ? 'reject' : 'skip',
      userId: c.var.principal.userId,
      fileName: file.name,
    });
    const summary = libraryText(c.var.lang).imported({
      file: file.name,
      read: r.read,
      imported: r.imported,
      merged: r.merged,
      items: r.items,
      rejected: r.rejected.length,
    });
    return back(c, lib, [summary, ...r.rejected.slice(0, 20).map((p) => sayIn(c.var.lang, p.said))].join(' '));
  })
  .post('/thu-vien/:code/bien-muc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody({ all: true });
    const r = await catalogueOne(
      c.var.store.db,
      lib,
      {
        title: text(b.title),
        author: text(b.author),
        isbn: text(b.isbn),
        publisher: text(b.publisher),
        year: text(b.year),
        language: text(b.language),
        subjects: text(b.subjects),
        barcodes: text(b.barcodes),
        audience: ([] as unknown[]).concat(b.audience ?? []).map(text),
      },
      c.var.principal.userId,
    );
    const t = libraryText(c.var.lang);
    return back(c, lib, (r.merged ? t.cataloguedMerged : t.catalogued)({ id: r.recordId, items: r.items }));
  })
  .post('/thu-vien/:code/ban-doc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    await registerPatron(
      c.var.store.db,
      {
        cardNumber: text(b.card),
        institutionId: lib.id,
        name: text(b.name),
        category: (text(b.category) || 'adult') as PatronCategory,
        expiresAt: text(b.expires) || null,
      },
      c.var.principal.userId,
    );
    return back(c, lib, libraryText(c.var.lang).cardIssued({ card: text(b.card) }));
  })
  .post('/thu-vien/:code/luot', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    await recordVisits(c.var.store.db, { institutionId: lib.id, day: text(b.day) || today(), count: Number(b.count), source: 'door' }, c.var.principal.userId);
    return back(c, lib, libraryText(c.var.lang).visitsRecorded({ count: Number(b.count) }));
  })
  .post('/thu-vien/:code/luan-chuyen', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const id = await sendRotation(
      c.var.store.db,
      { from: lib.id, to: Number(b.to), barcodes: text(b.barcodes).split(/[\s,;]+/), note: text(b.note) || null },
      c.var.principal.userId,
    );
    return back(c, lib, libraryText(c.var.lang).batchSent({ id }));
  })
  .post('/thu-vien/:code/luan-chuyen/:id/:action{nhan|tra}', async (c) => {
    const lib = await deskLibrary(c);
    const id = Number(c.req.param('id'));
    const r = await c.var.store.db.selectFrom('lib_rotations').select(['from_institution_id', 'to_institution_id']).where('id', '=', id).executeTakeFirst();
    if (!r || (r.from_institution_id !== lib.id && r.to_institution_id !== lib.id)) throw notFound('đợt luân chuyển', 'Rotation');
    const t = libraryText(c.var.lang);
    if (c.req.param('action') === 'nhan') await receiveRotation(c.var.store.db, id, c.var.principal.userId);
    else await returnRotation(c.var.store.db, id, c.var.principal.userId);
    return back(c, lib, (c.req.param('action') === 'nhan' ? t.batchReceived : t.batchBack)({ id }));
  })
  .post('/thu-vien/:code/tai-nguyen-so', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody({ all: true });
    const year = Number(text(b.year));
    const id = await addDigital(
      c.var.store.db,
      {
        institutionId: lib.id,
        title: text(b.title),
        creator: text(b.creator) || null,
        format: (text(b.format) || 'ebook') as DigitalFormat,
        url: text(b.url) || null,
        licence: text(b.licence),
        language: text(b.language) || null,
        year: Number.isInteger(year) && year > 0 ? year : null,
        audience: ([] as unknown[]).concat(b.audience ?? []).map(text) as Audience[],
      },
      c.var.principal.userId,
    );
    return back(c, lib, libraryText(c.var.lang).digitalAdded({ id }));
  })
  .post('/thu-vien/:code/luu-dong', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const { tripId } = await createTrip(
      c.var.store.db,
      {
        institutionId: lib.id,
        day: text(b.day),
        name: text(b.name),
        stops: text(b.stops)
          .split('\n')
          .map((place) => ({ place })),
      },
      c.var.principal.userId,
    );
    return back(c, lib, libraryText(c.var.lang).tripRecorded({ id: tripId }));
  });
