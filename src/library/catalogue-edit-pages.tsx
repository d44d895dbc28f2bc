import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { editableRecord, updateItem, updateRecord, withdrawItem } from './catalogue-edit.ts';
import { catalogueEditView, editRecordPath } from './catalogue-edit-view.tsx';
import { refusal, type Refusal } from './form-bits.tsx';
import { catalogueText } from './catalogue-messages.ts';

/**
 * Catalogue editing at the desk (issue 20): `/thu-vien/<code>/sach/<id>` the record's fields, its copies (each
 * editable, or withdrawn with a reason) and its MARC view, for the staff of the library that owns it. Each form
 * posts, then back to the page saying what was done; a refusal shows the page again, that form as typed.
 */
type Status = 200 | 403 | 404 | 409 | 422;
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const ids = (c: AppContext) => [signedIn(c), c.req.param('code') ?? '', Number(c.req.param('id'))] as const;

async function page(c: AppContext, notice: string | null, r?: Refusal, status: Status = 200) {
  const rec = await editableRecord(c.var.store.db, ...ids(c));
  return c.html(catalogueEditView({ ctx: pageContext(c), rec, notice, r }), status);
}

async function act(c: AppContext, form: string, work: (b: Record<string, string>, audience: string[]) => Promise<string>) {
  const raw = await c.req.parseBody({ all: true });
  const audience = ([] as unknown[]).concat(raw.audience ?? []).map(text);
  const b = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, text(v)]));
  delete b._csrf;
  b.audience = audience.join(',');
  try {
    const notice = await work(b, audience);
    const rec = await editableRecord(c.var.store.db, ...ids(c));
    return c.redirect(`${editRecordPath(rec.lib, rec.id)}?${new URLSearchParams({ tb: notice })}`, 303);
  } catch (e) {
    if (!(e instanceof UserError) || ![409, 422].includes(e.status)) throw e;
    return page(c, null, refusal(c.var.lang, form, e, b), e.status as Status);
  }
}

export const catalogueEditPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/sach/*', requireLogin())
  .get('/thu-vien/:code/sach/:id{[0-9]+}', (c) => page(c, c.req.query('tb') ?? null))
  .post('/thu-vien/:code/sach/:id{[0-9]+}', (c) =>
    act(c, 'record', async (b, audience) => {
      await updateRecord(c.var.store.db, ...ids(c), {
        title: b.title ?? '',
        author: b.author,
        isbn: b.isbn,
        publisher: b.publisher,
        year: b.year,
        language: b.language,
        material: b.material,
        subjects: b.subjects,
        audience,
        notes: b.notes,
      });
      return catalogueText(c.var.lang).recordSaved;
    }),
  )
  .post('/thu-vien/:code/sach/:id{[0-9]+}/ban/:item{[0-9]+}', (c) =>
    act(c, `item-${c.req.param('item')}`, async (b) => {
      const it = await updateItem(c.var.store.db, signedIn(c), c.req.param('code'), Number(c.req.param('item')), {
        barcode: b.barcode ?? '',
        callNumber: b.callNumber ?? '',
        location: b.location ?? '',
        status: b.status ?? '',
      });
      return catalogueText(c.var.lang).itemSaved({ barcode: it.barcode });
    }),
  )
  .post('/thu-vien/:code/sach/:id{[0-9]+}/ban/:item{[0-9]+}/thanh-ly', (c) =>
    act(c, `withdraw-${c.req.param('item')}`, async (b) => {
      const it = await withdrawItem(c.var.store.db, signedIn(c), c.req.param('code'), Number(c.req.param('item')), b.reason ?? '');
      return catalogueText(c.var.lang).itemWithdrawnNow({ barcode: it.barcode, reason: it.withdrawnReason ?? '' });
    }),
  );
