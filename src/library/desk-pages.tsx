import { Hono, type Context } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { canWriteInstitution } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
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

const MAX_UPLOAD = 50 * 1024 * 1024;
const today = () => new Date().toISOString().slice(0, 10);
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
    const r = await checkout(c.var.store.db, text(b.barcode), text(b.card), { institutionId: lib.id, userId: c.var.principal!.userId });
    return back(c, lib, c.var.lang === 'en' ? `Lent ${r.barcode} to ${r.patron}, due ${r.dueAt}.` : `Đã cho ${r.patron} mượn ${r.barcode}, hạn trả ${r.dueAt.split('-').reverse().join('/')}.`);
  })
  .post('/thu-vien/:code/tra', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const r = await checkin(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal!.userId });
    const late = r.overdueDays ? (c.var.lang === 'en' ? ` ${r.overdueDays} day(s) late.` : ` Quá hạn ${r.overdueDays} ngày.`) : '';
    const until = r.heldUntil ?? '';
    const held = r.heldFor ? (c.var.lang === 'en' ? ` Set aside for ${r.heldFor} until ${until}.` : ` Giữ lại cho bạn đọc đặt trước: ${r.heldFor}, đến ngày ${until.split('-').reverse().join('/')}.`) : '';
    return back(c, lib, `${c.var.lang === 'en' ? `Returned ${r.barcode}.` : `Đã nhận lại ${r.barcode}.`}${late}${held}`);
  })
  .post('/thu-vien/:code/gia-han', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const r = await renew(c.var.store.db, text(b.barcode), { institutionId: lib.id, userId: c.var.principal!.userId });
    return back(c, lib, c.var.lang === 'en' ? `Renewed ${r.barcode}, due ${r.dueAt}.` : `Đã gia hạn ${r.barcode}, hạn mới ${r.dueAt.split('-').reverse().join('/')}.`);
  })
  .post('/thu-vien/:code/nhap-marc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const file = b.file;
    if (!(file instanceof File) || file.size === 0) throw new UserError('Chọn một tệp MARC.', 400, [{ field: 'file', message: 'Chưa chọn tệp' }], 'Choose a MARC file.');
    if (file.size > MAX_UPLOAD) throw new UserError('Tệp quá lớn (tối đa 50 MB).', 413);
    const r = await importMarc(c.var.store.db, new Uint8Array(await file.arrayBuffer()), { libraryCode: lib.code, onError: b.onError === 'reject' ? 'reject' : 'skip', userId: c.var.principal!.userId, fileName: file.name });
    const summary = c.var.lang === 'en'
      ? `${file.name}: ${r.read} records read, ${r.imported} imported, ${r.merged} merged into existing records, ${r.items} items, ${r.rejected.length} rejected.`
      : `${file.name}: đọc ${r.read} biểu ghi, nhập ${r.imported}, gộp ${r.merged} vào biểu ghi đã có, ${r.items} bản sách, từ chối ${r.rejected.length}.`;
    return back(c, lib, [summary, ...r.rejected.slice(0, 20).map((p) => (c.var.lang === 'en' ? (p.messageEn ?? p.message) : p.message))].join(' '));
  })
  .post('/thu-vien/:code/bien-muc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody({ all: true });
    const r = await catalogueOne(c.var.store.db, lib, { title: text(b.title), author: text(b.author), isbn: text(b.isbn), publisher: text(b.publisher), year: text(b.year), language: text(b.language), subjects: text(b.subjects), barcodes: text(b.barcodes), audience: ([] as unknown[]).concat(b.audience ?? []).map(text) }, c.var.principal!.userId);
    return back(c, lib, r.merged ? `Biểu ghi đã có trong mạng lưới (#${r.recordId}); đã thêm ${r.items} bản.` : `Đã biên mục biểu ghi #${r.recordId} với ${r.items} bản.`);
  })
  .post('/thu-vien/:code/ban-doc', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    await registerPatron(c.var.store.db, { cardNumber: text(b.card), institutionId: lib.id, name: text(b.name), category: (text(b.category) || 'adult') as PatronCategory, expiresAt: text(b.expires) || null }, c.var.principal!.userId);
    return back(c, lib, `Đã cấp thẻ ${text(b.card)}.`);
  })
  .post('/thu-vien/:code/luot', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    await recordVisits(c.var.store.db, { institutionId: lib.id, day: text(b.day) || today(), count: Number(b.count), source: 'door' }, c.var.principal!.userId);
    return back(c, lib, `Đã ghi ${Number(b.count)} lượt.`);
  })
  .post('/thu-vien/:code/luan-chuyen', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const id = await sendRotation(c.var.store.db, { from: lib.id, to: Number(b.to), barcodes: text(b.barcodes).split(/[\s,;]+/), note: text(b.note) || null }, c.var.principal!.userId);
    return back(c, lib, `Đã gửi đợt luân chuyển #${id}.`);
  })
  .post('/thu-vien/:code/luan-chuyen/:id/:action{nhan|tra}', async (c) => {
    const lib = await deskLibrary(c);
    const id = Number(c.req.param('id'));
    const r = await c.var.store.db.selectFrom('lib_rotations').select(['from_institution_id', 'to_institution_id']).where('id', '=', id).executeTakeFirst();
    if (!r || (r.from_institution_id !== lib.id && r.to_institution_id !== lib.id)) throw notFound('đợt luân chuyển', 'Rotation');
    if (c.req.param('action') === 'nhan') await receiveRotation(c.var.store.db, id, c.var.principal!.userId);
    else await returnRotation(c.var.store.db, id, c.var.principal!.userId);
    return back(c, lib, c.req.param('action') === 'nhan' ? `Đã nhận đợt luân chuyển #${id}.` : `Đợt luân chuyển #${id} đã trở về.`);
  })
  .post('/thu-vien/:code/tai-nguyen-so', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody({ all: true });
    const year = Number(text(b.year));
    const id = await addDigital(c.var.store.db, {
      institutionId: lib.id, title: text(b.title), creator: text(b.creator) || null, format: (text(b.format) || 'ebook') as DigitalFormat, url: text(b.url) || null,
      licence: text(b.licence), language: text(b.language) || null, year: Number.isInteger(year) && year > 0 ? year : null, audience: ([] as unknown[]).concat(b.audience ?? []).map(text) as Audience[],
    }, c.var.principal!.userId);
    return back(c, lib, `Đã thêm tài nguyên số #${id}.`);
  })
  .post('/thu-vien/:code/luu-dong', async (c) => {
    const lib = await deskLibrary(c);
    const b = await c.req.parseBody();
    const { tripId } = await createTrip(c.var.store.db, { institutionId: lib.id, day: text(b.day), name: text(b.name), stops: text(b.stops).split('\n').map((place) => ({ place })) }, c.var.principal!.userId);
    return back(c, lib, `Đã ghi chuyến lưu động #${tripId}.`);
  });

