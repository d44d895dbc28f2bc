import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { UserError } from '../core/errors.ts';
import { requireLogin } from '../core/web/guards.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { EVIDENCE_MAX_BYTES } from '../network/evidence.ts';
import { yearParam } from './years.ts';
import { CheckedRefusal } from './checks.ts';
import { saveEntryAttributes, saveEntryForm } from './entry.ts';
import { entryPage } from './entry-page.tsx';
import { evidenceDownload } from './evidence-download.ts';
import { thisYear } from '../core/time.ts';

/** The statistics' static files (core/web/assets.ts): the entry grid's keys. */
export const statisticsAssets = { 'entry-grid.js': new URL('./entry-grid.js', import.meta.url) };

/** The most status attributes a kind of institution is asked (a library's): the files one save may carry. */
const ATTRIBUTE_FILES = 4;
/** The status attributes' evidence files (server/app.tsx bounds every body before it is read). */
export const statisticsUploads: UploadLimit[] = [
  // a library's four at their limit; a larger body is cut while it streams
  { path: /^\/co-so\/[^/]+\/thuoc-tinh$/, maxBytes: ATTRIBUTE_FILES * EVIDENCE_MAX_BYTES + FORM_LIMIT },
];

/** A save of the entry page: done, back to the page; refused, the page again with the reason (the person stays on the form). */
async function saving(c: AppContext, year: number, form: Readonly<Record<string, unknown>>, save: () => Promise<{ institution: { code: string } }>) {
  try {
    const { institution } = await save();
    return c.redirect(`/co-so/${encodeURIComponent(institution.code)}?nam=${year}&da-luu=1`, 303);
  } catch (e) {
    if (e instanceof UserError && [403, 409, 422].includes(e.status))
      return entryPage(c, String(year), { error: e, warnings: e instanceof CheckedRefusal ? e.warnings : [], typed: form });
    throw e;
  }
}

export const institutionPages = new Hono<AppEnv>()
  .use('/co-so/*', requireLogin())
  .get('/co-so/:code', (c) => entryPage(c, c.req.query('nam')))
  .get('/co-so/:code/minh-chung/:attribute/:year', evidenceDownload)
  .post('/co-so/:code/so-lieu', async (c) => {
    const year = yearParam(c.req.query('nam'), thisYear());
    const form = await c.req.parseBody();
    return saving(c, year, form, () => saveEntryForm(c.var.store.db, c.var.principal, c.req.param('code'), year, form, c.var.lang));
  })
  .post('/co-so/:code/thuoc-tinh', async (c) => {
    const year = yearParam(c.req.query('nam'), thisYear());
    const form = await c.req.parseBody();
    return saving(c, year, form, () => saveEntryAttributes(c.var.store.db, c.var.principal, c.req.param('code'), year, form));
  });
