import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, formatDateTime, sayIn } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { Layout } from '../core/web/layout.tsx';
import { todayLocal } from '../core/time.ts';
import { Csrf } from './form-bits.tsx';
import { loanHistory } from './holds.ts';
import { LINK_CODE_MINUTES, newLinkCode } from './link-codes.ts';
import { deskText } from './desk-messages.ts';
import { patronText } from './patron-messages.ts';
import { searchText } from './search-messages.ts';
import { patronsOfUser, type Patron } from './patrons.ts';
import { holdStateWords, loanStateWords } from './patron-view.tsx';
import { ReturnedLoans } from './loan-tables.tsx';
import { cancelReaderHold, openLoans, readerHolds, renewReaderLoan, type OpenLoan, type ReaderHold } from './reader-account.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * The reader's own page `/ban-doc` (issue 20): for each card linked to the account, the loans out (due dates,
 * overdue said in words) each with a renew button — a refusal said beside that loan —, the holds with their place in
 * the queue and a cancel button, the loans returned; and the one-time code that has a card linked at the desk.
 */
type T = ReturnType<typeof patronText>;

interface ReaderPageProps {
  notice: string | null;
  /** A refusal beside one loan or hold: which, and its words. */
  refused?: { loanId?: number; holdId?: number; said: string };
  /** A link code just made: as shown, and until when (ISO). */
  code?: { code: string; expiresAt: string };
}

function LoanTable(props: { t: T; d: ReturnType<typeof deskText>; loans: OpenLoan[]; token: string; refused: ReaderPageProps['refused']; card: Patron }) {
  const { t } = props;
  if (props.loans.length === 0) return <p>{t.noOpenLoans}</p>;
  return (
    <ul style="list-style:none;padding:0;margin:0">
      {props.loans.map((l) => {
        const refused = props.refused?.loanId === l.loanId ? props.refused.said : null;
        return (
          <li style="border-top:1px solid #ccc;padding:.5rem 0" id={`loan-${l.loanId}`}>
            <strong>{l.title}</strong>
            <br />
            {`${props.d.due}: ${formatDate(l.dueAt)} · `}
            <span class={l.overdueDays > 0 ? 'late' : undefined}>{loanStateWords(t, l)}</span>
            {` · ${l.library}`}
            <form method="post" action={`/ban-doc/gia-han/${l.loanId}`} style="margin-top:.25rem">
              <Csrf token={props.token} />
              <button type="submit" aria-describedby={refused ? `loan-${l.loanId}-err` : undefined}>
                {t.renewLoan({ title: l.title })}
              </button>
            </form>
            {refused ? (
              <p class="field-error" id={`loan-${l.loanId}-err`} role="alert">
                {refused}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function HoldList(props: { t: T; holds: ReaderHold[]; token: string; refused: ReaderPageProps['refused'] }) {
  const { t } = props;
  if (props.holds.length === 0) return <p>{t.noHolds}</p>;
  return (
    <ul style="list-style:none;padding:0;margin:0">
      {props.holds.map((h) => (
        <li style="border-top:1px solid #ccc;padding:.5rem 0" id={`hold-${h.holdId}`}>
          <a href={`/tra-cuu/sach/${h.recordId}`}>
            <strong>{h.title}</strong>
          </a>
          <br />
          {`${t.pickupAt}: ${h.library} · `}
          <span class="hold-state">{holdStateWords(t, h)}</span>
          <form method="post" action={`/ban-doc/huy/${h.holdId}`} style="margin-top:.25rem">
            <Csrf token={props.token} />
            <button type="submit">{t.cancelHoldOf({ title: h.title })}</button>
          </form>
          {props.refused?.holdId === h.holdId ? <p class="field-error">{props.refused.said}</p> : null}
        </li>
      ))}
    </ul>
  );
}

async function readerPage(c: AppContext, p: ReaderPageProps, status: 200 | 404 | 409 | 422 = 200) {
  const ctx = pageContext(c);
  const t = patronText(ctx.lang);
  const db = c.var.store.db;
  const who = signedIn(c);
  // a reader's loans are theirs alone: only the cards linked to the signed-in account are read
  const cards = who.userId ? await patronsOfUser(db, who.userId) : [];
  const today = todayLocal();
  const per = await Promise.all(
    cards.map(async (card) => ({
      card,
      loans: await openLoans(db, [card.id], today),
      holds: await readerHolds(db, [card.id]),
      history: await loanHistory(db, card.id),
    })),
  );
  return c.html(
    <Layout ctx={ctx} title={t.myLoans}>
      <style>
        {
          '.late{color:#8a1710;font-weight:700}table.compact td,table.compact th{padding:4px 6px}.link-code{font-size:2rem;letter-spacing:.15em;font-family:monospace;margin:.25rem 0}'
        }
      </style>
      <h1>{t.myLoans}</h1>
      <StatusNote said={p.notice} />
      {cards.length === 0 ? <p>{searchText(ctx.lang).noCard}</p> : null}
      {per.map(({ card, loans, holds, history }) => (
        <section aria-labelledby={`card-${card.id}-h`}>
          <h2 id={`card-${card.id}-h`}>{t.myCards({ card: card.cardNumber, name: card.name })}</h2>
          {card.blocked ? <p class="field-error">{card.blockReason ? t.blockedBecause({ reason: card.blockReason }) : t.cardBlockedShort}</p> : null}
          <h3>{`${t.openLoansH} (${loans.length})`}</h3>
          <LoanTable t={t} d={deskText(ctx.lang)} loans={loans} token={ctx.csrf} refused={p.refused} card={card} />
          <h3>{`${t.holdsH} (${holds.length})`}</h3>
          <HoldList t={t} holds={holds} token={ctx.csrf} refused={p.refused} />
          <h3>{t.historyH}</h3>
          <ReturnedLoans lang={ctx.lang} lines={history} />
        </section>
      ))}
      <section aria-labelledby="link-code-h">
        <h2 id="link-code-h">{t.linkCodeH}</h2>
        <p>{t.linkCodeExplain({ minutes: LINK_CODE_MINUTES })}</p>
        {p.code ? (
          <div class="ok" role="status">
            <p style="margin:0">{t.yourLinkCode}</p>
            <p class="link-code" id="link-code">
              {p.code.code}
            </p>
            <p style="margin:0">{t.linkCodeUntil({ time: formatDateTime(p.code.expiresAt) })}</p>
          </div>
        ) : null}
        <form method="post" action="/ban-doc/ma-lien-ket" style="margin-top:.75rem">
          <Csrf token={ctx.csrf} />
          <button type="submit" class={p.code ? undefined : 'primary'}>
            {t.makeLinkCode}
          </button>
        </form>
      </section>
    </Layout>,
    status,
  );
}

/** A reader's action: done, back to the page saying so; refused, the page with the words beside the loan or hold. */
async function act(c: AppContext, where: { loanId?: number; holdId?: number }, work: (userId: number) => Promise<string>) {
  const who = signedIn(c);
  try {
    const notice = await work(who.userId ?? 0);
    return c.redirect(`/ban-doc?${new URLSearchParams({ tb: notice })}`, 303);
  } catch (e) {
    if (!(e instanceof UserError) || ![404, 409, 422].includes(e.status)) throw e;
    return readerPage(c, { notice: null, refused: { ...where, said: sayIn(c.var.lang, e.said) } }, e.status as 404 | 409 | 422);
  }
}

export const readerPages = new Hono<AppEnv>()
  .use('/ban-doc', requireLogin())
  .use('/ban-doc/*', requireLogin())
  .get('/ban-doc', (c) => readerPage(c, { notice: c.req.query('tb') ?? null }))
  .post('/ban-doc/gia-han/:id{[0-9]+}', (c) => {
    const loanId = Number(c.req.param('id'));
    return act(c, { loanId }, async (userId) => {
      const title =
        (
          await openLoans(
            c.var.store.db,
            (await patronsOfUser(c.var.store.db, userId)).map((p) => p.id),
          )
        ).find((l) => l.loanId === loanId)?.title ?? '';
      const r = await renewReaderLoan(c.var.store.db, userId, loanId);
      return patronText(c.var.lang).loanRenewed({ title, due: formatDate(r.dueAt) });
    });
  })
  .post('/ban-doc/huy/:id{[0-9]+}', (c) => {
    const holdId = Number(c.req.param('id'));
    return act(c, { holdId }, async (userId) => {
      await cancelReaderHold(c.var.store.db, userId, holdId);
      return patronText(c.var.lang).holdCancelled;
    });
  })
  .post('/ban-doc/ma-lien-ket', async (c) => {
    const who = signedIn(c);
    if (!who.userId) return c.redirect('/ban-doc', 303);
    const code = await newLinkCode(c.var.store.db, who.userId);
    return readerPage(c, { notice: null, code });
  });
