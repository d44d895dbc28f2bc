import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { todayLocal } from '../core/time.ts';
import { checkin, checkout } from './circulation.ts';
import { circulationDesk } from './desk.ts';
import { deskText } from './desk-messages.ts';
import type { Place } from './places.ts';
import { outTo, readerAtDesk, SESSION_MAX, sessionIds, sessionLoans, type DeskReader } from './scan-desk.ts';
import { deskPath, lendHref, onLoanWords, scanDeskView, slipView, type ScanDeskProps } from './scan-desk-view.tsx';

/** The library's static files (core/web/assets.ts): the slip's Print button, the scan field's selection after a refusal. */
export const libraryAssets = {
  'desk-print.js': new URL('./desk-print.js', import.meta.url),
  'desk-scan.js': new URL('./desk-scan.js', import.meta.url),
};

const text = (v: unknown) => (typeof v === 'string' ? v : '');
/** The refusals a scan can meet, shown on the desk page (anything else is the site's error page). */
const SHOWN = [403, 404, 409, 422];
/** The codes of "already on loan" (libraryErrors.itemOnLoan, itemOnLoanDue): the desk offers to take the copy back. */
const ON_LOAN = ['E6004', 'E6005'];

type Status = 200 | 403 | 404 | 409 | 422;
const statusOf = (e: UserError) => e.status as Status;

/** The desk page: the person must be the library's own staff (or an admin), as for every loan. */
async function page(c: AppContext, props: Omit<ScanDeskProps, 'ctx' | 'notice'> & { notice?: string | null }, status: Status = 200) {
  return c.html(scanDeskView({ ...props, ctx: pageContext(c), notice: props.notice ?? null }), status);
}

/** The lend tab: a reader scanned (`the`), this sitting's loans (`m`); without a card, the card field. */
async function lendTab(c: AppContext, q: { card: string; ids: number[]; notice?: string | null }, error?: ScanDeskProps['error'], status: Status = 200) {
  const who = signedIn(c);
  const db = c.var.store.db;
  const code = c.req.param('code') ?? '';
  if (!q.card) return page(c, { lib: await circulationDesk(db, who, code), tab: 'lend', reader: null, session: [], notice: q.notice, error }, status);
  let found: { lib: Place; reader: DeskReader };
  try {
    found = await readerAtDesk(db, who, code, q.card);
  } catch (e) {
    if (!(e instanceof UserError) || e.status !== 404 || e.problems.length) throw e;
    // a card no longer found (or mistyped in the address): the card field again, saying so
    const lib = await circulationDesk(db, who, code);
    return page(c, { lib, tab: 'lend', reader: null, session: [], error: { said: sayIn(c.var.lang, e.said), field: 'card', typed: q.card } }, 404);
  }
  const session = await sessionLoans(db, found.lib, q.ids, found.reader.card);
  return page(c, { lib: found.lib, tab: 'lend', reader: found.reader, session, notice: q.notice, error }, status);
}

async function returnTab(c: AppContext, q: { ids: number[]; notice?: string | null }, error?: ScanDeskProps['error'], status: Status = 200) {
  const db = c.var.store.db;
  const lib = await circulationDesk(db, signedIn(c), c.req.param('code') ?? '');
  const session = await sessionLoans(db, lib, q.ids, null);
  return page(c, { lib, tab: 'return', reader: null, session, notice: q.notice, error }, status);
}

/** Runs a scan; a refusal shown in place (what was scanned kept, the reason beside it), else rethrown. */
async function refusedInPlace<R>(work: () => Promise<R>, refused: (e: UserError) => Promise<Response>): Promise<R | Response> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof UserError && SHOWN.includes(e.status)) return refused(e);
    throw e;
  }
}

const withId = (ids: number[], id: number) => [...ids.filter((x) => x !== id), id].slice(-SESSION_MAX);

export const scanDeskPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/quay', requireLogin())
  .use('/thu-vien/:code/quay/*', requireLogin())
  .get('/thu-vien/:code/quay', (c) => lendTab(c, { card: c.req.query('the') ?? '', ids: sessionIds(c.req.query('m')), notice: c.req.query('tb') ?? null }))
  .get('/thu-vien/:code/quay/tra', (c) => returnTab(c, { ids: sessionIds(c.req.query('m')), notice: c.req.query('tb') ?? null }))
  // a card scanned: the reader selected (kept in the address from now on), or the card field again saying why not
  .post('/thu-vien/:code/quay/the', async (c) => {
    const b = await c.req.parseBody();
    const card = text(b.the).trim();
    const r = await refusedInPlace(
      () => readerAtDesk(c.var.store.db, signedIn(c), c.req.param('code'), card, { audit: true }),
      (e) => lendTab(c, { card: '', ids: [] }, { said: sayIn(c.var.lang, e.said), field: 'card', typed: card }, statusOf(e)),
    );
    if (r instanceof Response) return r;
    return c.redirect(lendHref(r.lib, r.reader.card, []), 303);
  })
  // a copy scanned for the reader: lent, back to the item field with the loan listed; refused, said beside the field
  .post('/thu-vien/:code/quay/muon', async (c) => {
    const who = signedIn(c);
    const db = c.var.store.db;
    const b = await c.req.parseBody();
    const card = text(b.the);
    const barcode = text(b.barcode).trim();
    const ids = sessionIds(text(b.m));
    const lib = await circulationDesk(db, who, c.req.param('code'));
    const r = await refusedInPlace(
      () => checkout(db, barcode, card, { institutionId: lib.id, userId: who.userId }),
      async (e) => {
        const out = ON_LOAN.includes(e.code ?? '') ? await outTo(db, lib, barcode, card) : null;
        const said = out ? onLoanWords(deskText(c.var.lang), out) : sayIn(c.var.lang, e.said);
        return lendTab(c, { card, ids }, { said, field: 'barcode', typed: barcode, outTo: out }, statusOf(e));
      },
    );
    if (r instanceof Response) return r;
    const t = deskText(c.var.lang);
    return c.redirect(lendHref(lib, card, withId(ids, r.loanId), t.lentItem({ barcode: r.barcode, due: formatDate(r.dueAt) })), 303);
  })
  // a copy scanned on the check-in tab: taken back, the next one
  .post('/thu-vien/:code/quay/tra', async (c) => {
    const who = signedIn(c);
    const db = c.var.store.db;
    const b = await c.req.parseBody();
    const barcode = text(b.barcode).trim();
    const ids = sessionIds(text(b.m));
    const lib = await circulationDesk(db, who, c.req.param('code'));
    const r = await refusedInPlace(
      () => checkin(db, barcode, { institutionId: lib.id, userId: who.userId }),
      (e) => returnTab(c, { ids }, { said: sayIn(c.var.lang, e.said), field: 'barcode', typed: barcode }, statusOf(e)),
    );
    if (r instanceof Response) return r;
    const q = new URLSearchParams({ m: withId(ids, r.loanId).join(','), tb: returnedWords(c, r) });
    return c.redirect(`${deskPath(lib, '/tra')}?${q}`, 303);
  })
  // "Trả sách này": a copy found already out, taken back where it was scanned; the reader (if any) stays selected
  .post('/thu-vien/:code/quay/tra-ngay', async (c) => {
    const who = signedIn(c);
    const db = c.var.store.db;
    const b = await c.req.parseBody();
    const barcode = text(b.barcode).trim();
    const card = text(b.the);
    const ids = sessionIds(text(b.m));
    const lib = await circulationDesk(db, who, c.req.param('code'));
    const refused = (e: UserError) => {
      const error = { said: sayIn(c.var.lang, e.said), field: 'barcode' as const, typed: barcode };
      return card ? lendTab(c, { card, ids }, error, statusOf(e)) : returnTab(c, { ids }, error, statusOf(e));
    };
    const r = await refusedInPlace(() => checkin(db, barcode, { institutionId: lib.id, userId: who.userId }), refused);
    if (r instanceof Response) return r;
    if (card) return c.redirect(lendHref(lib, card, ids, returnedWords(c, r)), 303);
    return c.redirect(`${deskPath(lib, '/tra')}?${new URLSearchParams({ m: withId(ids, r.loanId).join(','), tb: returnedWords(c, r) })}`, 303);
  })
  // the slip of this sitting's loans, for the printer
  .get('/thu-vien/:code/quay/phieu', async (c) => {
    const db = c.var.store.db;
    const { lib, reader } = await readerAtDesk(db, signedIn(c), c.req.param('code'), c.req.query('the') ?? '');
    const session = await sessionLoans(db, lib, sessionIds(c.req.query('m')), reader.card);
    return c.html(slipView({ ctx: pageContext(c), lib, reader, session, today: todayLocal() }));
  });

/** What the desk says of a copy taken back: returned, how late, set aside for whom. */
function returnedWords(c: AppContext, r: Awaited<ReturnType<typeof checkin>>): string {
  const t = deskText(c.var.lang);
  const late = r.overdueDays ? t.daysLate({ days: r.overdueDays }) : '';
  const held = r.heldFor ? t.setAside({ reader: r.heldFor, until: formatDate(r.heldUntil) }) : '';
  return `${t.returned({ barcode: r.barcode })}${late}${held}`;
}
