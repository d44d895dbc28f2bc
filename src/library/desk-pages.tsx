import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { formatDate, sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { typedDays } from '../core/web/typed-days.ts';
import type { Place } from './places.ts';
import { circulationDesk, deskOf } from './desk.ts';
import { maskCard, newCardNumber } from './cards.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { checkin, checkout, overdue, renew } from './circulation.ts';
import { importMarc } from './marc-import.ts';
import { MATCH_RULES, type MatchRule } from './catalogue.ts';
import { catalogueOne } from './record-form.ts';
import { registerPatron, type PatronCategory } from './patrons.ts';
import { receiveRotation, returnRotation, rotationDestinations, rotationsOf, sendRotation } from './rotation.ts';
import { addDigital, type DigitalFormat } from './digital.ts';
import type { Audience } from './bib.ts';
import { deskView } from './desk-view.tsx';
import { todayLocal } from '../core/time.ts';
import { catalogueText } from './catalogue-messages.ts';
import { deskText } from './desk-messages.ts';
import { libraryErrors as E } from './errors.ts';

export const MAX_UPLOAD = 50 * 1024 * 1024;
/** The matching rule chosen on the import form (refused when it is none of them). */
export function matchRule(v: unknown): MatchRule {
  const r = typeof v === 'string' && v ? v : 'auto';
  if (!(MATCH_RULES as readonly string[]).includes(r)) throw new UserError(E.matchRuleUnknown(), 422, [{ field: 'rule', said: E.matchRuleUnknown() }]);
  return r as MatchRule;
}
/** A MARC file and its form's fields (server/app.tsx bounds every body before it is read). */
export const deskUploads: UploadLimit[] = [{ path: /^\/thu-vien\/[^/]+\/nhap-marc(\/xem-truoc)?$/, maxBytes: MAX_UPLOAD + FORM_LIMIT }];
const today = () => todayLocal();
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/** The library named in the URL when the signed-in user may work its desk today (its staff, officials above it, admins). */
export const deskLibrary = (c: AppContext): Promise<Place> => deskOf(c.var.store.db, c.var.principal, c.req.param('code') ?? '');

const back = (c: AppContext, lib: Place, message: string) => c.redirect(`/thu-vien/${encodeURIComponent(lib.code)}?tb=${encodeURIComponent(message)}`, 303);

/** Whether the signed-in user lends and takes back here (the library's own staff, admins): see desk.ts. */
const circulates = (c: AppContext, lib: Place) => ownStaff(c, lib) || c.var.principal?.role === 'admin';
const ownStaff = (c: AppContext, lib: Place) => c.var.principal?.role === 'staff' && c.var.principal.institutionId === lib.id;

/** The desk page, with a notice or a refusal; the overdue readers named only to the library's own staff. */
async function deskPage(
  c: AppContext,
  lib: Place,
  said: { notice?: string | null; error?: string; patron?: { values: Record<string, string>; problems: Record<string, string> } },
  status: 200 | 403 | 404 | 409 | 422 = 200,
) {
  const db = c.var.store.db;
  const [rotations, late, dests] = await Promise.all([rotationsOf(db, lib.id), overdue(db, lib.id, today()), rotationDestinations(db, lib)]);
  const shown = ownStaff(c, lib) ? late : late.map((l) => ({ ...l, patron: '', card: maskCard(l.card) }));
  const view = deskView({
    ctx: pageContext(c),
    lib,
    rotations,
    late: shown,
    dests,
    notice: said.notice ?? null,
    error: said.error,
    patron: said.patron,
    circulates: circulates(c, lib),
  });
  return c.html(view, status);
}

/**
 * A circulation action (lend, take back, renew) at a library's desk, by its staff: done, back to the desk with
 * what happened; refused (not the library's staff, an unknown copy or card, a blocked card…), the desk again
 * with the reason, the person still on the form.
 */
async function circulation(c: AppContext, work: (lib: Place, t: ReturnType<typeof deskText>) => Promise<string>) {
  const lib = await deskLibrary(c);
  try {
    await circulationDesk(c.var.store.db, c.var.principal, lib.code);
    return back(c, lib, await work(lib, deskText(c.var.lang)));
  } catch (e) {
    if (!(e instanceof UserError) || ![403, 404, 409, 422].includes(e.status)) throw e;
    return deskPage(c, lib, { error: sayIn(c.var.lang, e.said) }, e.status as 403 | 404 | 409 | 422);
  }
}

/** The reader as a desk answer names them: their name, else their masked card. */
const readerWords = (t: ReturnType<typeof deskText>, r: { patron: string | null; card: string }) => r.patron ?? t.readerOfCard({ card: r.card });

export const deskPages = new Hono<AppEnv>()
  .use('/thu-vien/*', requireLogin())
  .get('/thu-vien/:code', async (c) => deskPage(c, await deskLibrary(c), { notice: c.req.query('tb') ?? null }))
  .post('/thu-vien/:code/muon', (c) =>
    circulation(c, async (lib, t) => {
      const b = await c.req.parseBody();
      const r = await checkout(c.var.store.db, text(b.barcode), text(b.card), { institutionId: lib.id, userId: c.var.principal.userId });
      return t.lent({ patron: readerWords(t, r), barcode: r.barcode, due: formatDate(r.dueAt) });
    }),
  )
  .post('/thu-vien/:code/tra', (c) =>
    circulation(c, async (lib, t) => {
      const b = await c.req.parseBody();
      const r = await checkin(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal.userId });
      const late = r.overdueDays ? t.daysLate({ days: r.overdueDays }) : '';
      const held = r.heldFor ? t.setAside({ reader: r.heldFor, until: formatDate(r.heldUntil) }) : '';
      return `${t.returned({ barcode: r.barcode })}${late}${held}`;
    }),
  )
  .post('/thu-vien/:code/gia-han', (c) =>
    circulation(c, async (lib, t) => {
      const b = await c.req.parseBody();
      const r = await renew(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal.userId });
      return t.renewed({ barcode: r.barcode, due: formatDate(r.dueAt) });
    }),
  )
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
      rule: matchRule(b.rule),
    });
    const summary = catalogueText(c.var.lang).imported({
      file: file.name,
      read: r.read,
      imported: r.imported,
      merged: r.merged,
      unchanged: r.unchanged,
      items: r.items,
      unchangedItems: r.unchangedItems,
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
    const t = deskText(c.var.lang);
    return back(c, lib, (r.merged ? t.cataloguedMerged : t.catalogued)({ id: r.recordId, items: r.items }));
  })
  .post('/thu-vien/:code/ban-doc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const card = newCardNumber();
    const values = { name: text(b.name), category: text(b.category), expires: text(b.expires) };
    try {
      const { expires } = typedDays(values, { expires: {} });
      await registerPatron(
        c.var.store.db,
        { cardNumber: card, institutionId: lib.id, name: values.name, category: (values.category || 'adult') as PatronCategory, expiresAt: expires ?? null },
        c.var.principal.userId,
      );
    } catch (e) {
      // refused: the desk again, the card form with what was typed and each reason beside its field
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      const problems = Object.fromEntries(e.problems.map((x) => [x.field ?? '', sayIn(c.var.lang, x.said)]));
      return deskPage(c, lib, { error: sayIn(c.var.lang, e.said), patron: { values, problems } }, 422);
    }
    return back(c, lib, deskText(c.var.lang).cardIssued({ card }));
  })
  .post('/thu-vien/:code/luan-chuyen', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const id = await sendRotation(
      c.var.store.db,
      { from: lib.id, to: Number(b.to), barcodes: text(b.barcodes).split(/[\s,;]+/), note: text(b.note) || null },
      c.var.principal.userId,
    );
    return back(c, lib, deskText(c.var.lang).batchSent({ id }));
  })
  .post('/thu-vien/:code/luan-chuyen/:id/:action{nhan|tra}', async (c) => {
    const lib = await deskLibrary(c);
    const id = Number(c.req.param('id'));
    const r = await c.var.store.db.selectFrom('lib_rotations').select(['from_institution_id', 'to_institution_id']).where('id', '=', id).executeTakeFirst();
    if (!r || (r.from_institution_id !== lib.id && r.to_institution_id !== lib.id)) throw notFound('đợt luân chuyển', 'Rotation');
    const t = deskText(c.var.lang);
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
    return back(c, lib, deskText(c.var.lang).digitalAdded({ id }));
  });
