import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { mailTransport } from '../core/mail.ts';
import { todayLocal } from '../core/time.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { refusal, type Refusal } from './form-bits.tsx';
import { noticeText } from './notice-messages.ts';
import { overdueByReader, sendNotices } from './notices.ts';
import { noticesPrintView, noticesView } from './notices-view.tsx';

/**
 * Overdue notices at a library's desk (issue 20): `/thu-vien/<code>/nhac-tra` lists the overdue loans by reader and
 * sends the notices chosen (e-mail when SMTP is configured and the reader has an address, else recorded for paper);
 * `/thu-vien/<code>/nhac-tra/in` prints the letters of the readers chosen (all overdue readers when none is).
 */
async function page(c: AppContext, notice: string | null, paper: number[], r?: Refusal, status: 200 | 422 = 200) {
  const { lib, readers } = await overdueByReader(c.var.store.db, signedIn(c), c.req.param('code') ?? '');
  return c.html(noticesView({ ctx: pageContext(c), lib, readers, mail: mailTransport() !== null, notice, paper, r }), status);
}

const ids = (v: string[] | undefined) => (v ?? []).map(Number).filter((n) => Number.isSafeInteger(n) && n > 0);

export const noticesPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/nhac-tra', requireLogin())
  .use('/thu-vien/:code/nhac-tra/*', requireLogin())
  .get('/thu-vien/:code/nhac-tra', (c) => page(c, c.req.query('tb') ?? null, ids(c.req.queries('in-giay'))))
  .get('/thu-vien/:code/nhac-tra/in', async (c) => {
    const today = todayLocal();
    const { lib, readers } = await overdueByReader(c.var.store.db, signedIn(c), c.req.param('code'), today);
    const chosen = new Set(ids([...(c.req.queries('ban-doc') ?? []), ...(c.req.queries('patron') ?? [])]));
    const shown = chosen.size ? readers.filter((x) => chosen.has(x.patronId)) : readers;
    return c.html(noticesPrintView({ ctx: pageContext(c), lib, readers: shown, today }));
  })
  .post('/thu-vien/:code/nhac-tra', async (c) => {
    const b = await c.req.parseBody({ all: true });
    const chosen = ([] as unknown[]).concat(b.patron ?? []).filter((v): v is string => typeof v === 'string');
    try {
      const r = await sendNotices(c.var.store.db, signedIn(c), c.req.param('code'), chosen.map(Number), { transport: mailTransport() });
      const t = noticeText(c.var.lang);
      const q = new URLSearchParams({ tb: t.noticesSent({ mailed: r.mailed.length, paper: r.onPaper.length, skipped: r.skipped.length }) });
      for (const x of r.onPaper) q.append('in-giay', String(x.patronId));
      return c.redirect(`/thu-vien/${encodeURIComponent(c.req.param('code'))}/nhac-tra?${q}`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      return page(c, null, [], refusal(c.var.lang, 'notice', e, { patron: chosen.join(',') }), 422);
    }
  });
