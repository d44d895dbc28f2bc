import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { todayLocal } from '../core/time.ts';
import { refusal, type Refusal } from './form-bits.tsx';
import { loanHistory } from './holds.ts';
import { holdText } from './hold-messages.ts';
import { patronText } from './patron-messages.ts';
import { blockPatron, editPatron, findPatrons, linkCard, linkedAccount, nextExpiry, renewCard, staffPatron, unlinkCard } from './patron-records.ts';
import { openLoans, readerHolds } from './reader-account.ts';
import { circulationDesk } from './desk.ts';
import { placeStaffHold, type TitleChoice } from './staff-holds.ts';
import { patronPageView, patronPath, patronSearchView } from './patron-view.tsx';

/**
 * Patron records at the desk (issue 20): `/thu-vien/<code>/ban-doc` finds a reader (a card found whole opens its
 * record), `/thu-vien/<code>/ban-doc/<id>` is the record with its forms. Only the library's own staff (and admins).
 * Each form posts, then back to the record with what was done; a refusal shows the record again, the form as typed.
 */
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const SHOWN = [404, 409, 422];
type Status = 200 | 404 | 409 | 422;

async function recordPage(c: AppContext, notice: string | null, r?: Refusal, status: Status = 200, holdChoices?: TitleChoice[]) {
  const db = c.var.store.db;
  const { lib, patron } = await staffPatron(db, signedIn(c), c.req.param('code') ?? '', Number(c.req.param('id')));
  const today = todayLocal();
  const [account, loans, holds, history] = await Promise.all([
    linkedAccount(db, patron),
    openLoans(db, [patron.id], today),
    readerHolds(db, [patron.id]),
    loanHistory(db, patron.id),
  ]);
  const view = patronPageView({
    ctx: pageContext(c),
    lib,
    patron,
    account,
    loans,
    holds,
    history,
    today,
    nextExpiry: nextExpiry(patron, today),
    notice,
    r,
    holdChoices,
  });
  return c.html(view, status);
}

/** A form of the record: done, back to the record saying so; refused, the record with the form as typed. */
async function act(c: AppContext, form: string, work: (b: Record<string, string>) => Promise<string>) {
  const raw = await c.req.parseBody();
  const b = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, text(v)]));
  delete b._csrf;
  try {
    const notice = await work(b);
    const { lib } = await staffPatron(c.var.store.db, signedIn(c), c.req.param('code') ?? '', Number(c.req.param('id')));
    return c.redirect(`${patronPath(lib, Number(c.req.param('id')))}?${new URLSearchParams({ tb: notice })}`, 303);
  } catch (e) {
    if (!(e instanceof UserError) || !SHOWN.includes(e.status) || (e.status === 404 && !e.problems.length)) throw e;
    const choices = (e as UserError & { choices?: TitleChoice[] }).choices;
    return recordPage(c, null, refusal(c.var.lang, form, e, b), e.status as Status, choices);
  }
}

const ids = (c: AppContext) => [signedIn(c), c.req.param('code') ?? '', Number(c.req.param('id'))] as const;

export const patronPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/ban-doc', requireLogin())
  .use('/thu-vien/:code/ban-doc/*', requireLogin())
  .get('/thu-vien/:code/ban-doc', async (c) => {
    const db = c.var.store.db;
    const who = signedIn(c);
    const q = c.req.query('q');
    if (q === undefined) return c.html(patronSearchView({ ctx: pageContext(c), lib: await circulationDesk(db, who, c.req.param('code')), q: '', found: null }));
    try {
      const { lib, found } = await findPatrons(db, who, c.req.param('code'), q);
      // a card scanned whole: straight to its record
      if (found.length === 1 && found[0]!.cardNumber.toUpperCase() === q.trim().toUpperCase()) return c.redirect(patronPath(lib, found[0]!.id), 303);
      return c.html(patronSearchView({ ctx: pageContext(c), lib, q, found }));
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      const lib = await circulationDesk(db, who, c.req.param('code'));
      return c.html(patronSearchView({ ctx: pageContext(c), lib, q, found: null, r: refusal(c.var.lang, 'find', e, { q }) }), 422);
    }
  })
  .get('/thu-vien/:code/ban-doc/:id{[0-9]+}', (c) => recordPage(c, c.req.query('tb') ?? null))
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/gia-han-the', (c) =>
    act(c, 'renew', async (b) => patronText(c.var.lang).cardRenewed({ date: formatDate(await renewCard(c.var.store.db, ...ids(c), b.expires ?? '')) })),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/dat-truoc', (c) =>
    act(c, 'hold', async (b) => {
      const h = await placeStaffHold(c.var.store.db, ...ids(c), { title: b.title ?? '', recordId: b.record ? Number(b.record) : undefined });
      return holdText(c.var.lang).staffHoldPlaced({ title: h.title, n: h.position });
    }),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/khoa', (c) =>
    act(c, 'block', async (b) => {
      await blockPatron(c.var.store.db, ...ids(c), b.reason ?? '');
      return patronText(c.var.lang).cardBlockedNow({ reason: (b.reason ?? '').trim() });
    }),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/mo-khoa', (c) =>
    act(c, 'unblock', async () => {
      await blockPatron(c.var.store.db, ...ids(c), null);
      return patronText(c.var.lang).cardUnblocked;
    }),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/sua', (c) =>
    act(c, 'edit', async (b) => {
      await editPatron(c.var.store.db, ...ids(c), { name: b.name ?? '', category: b.category ?? '', phone: b.phone ?? '', email: b.email ?? '' });
      return patronText(c.var.lang).patronSaved;
    }),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/lien-ket', (c) =>
    act(c, 'link', async (b) => {
      const a = await linkCard(c.var.store.db, ...ids(c), { code: b.code, username: b.username });
      return patronText(c.var.lang).linked({ name: a.displayName });
    }),
  )
  .post('/thu-vien/:code/ban-doc/:id{[0-9]+}/bo-lien-ket', (c) =>
    act(c, 'unlink', async () => {
      await unlinkCard(c.var.store.db, ...ids(c));
      return patronText(c.var.lang).unlinked;
    }),
  );
