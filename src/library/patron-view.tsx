import { formatDate, type Lang } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { Csrf, ErrorSummary, FormField, type Refusal } from './form-bits.tsx';
import type { HistoryLine } from './holds.ts';
import { deskText } from './desk-messages.ts';
import { holdText } from './hold-messages.ts';
import { patronCategoryName, patronText } from './patron-messages.ts';
import { FOUND_MAX, type LinkedAccount } from './patron-records.ts';
import { PATRON_CATEGORIES, type Patron, type PatronCategory } from './patrons.ts';
import type { Place } from './places.ts';
import type { OpenLoan, ReaderHold } from './reader-account.ts';
import type { TitleChoice } from './staff-holds.ts';
import { lendHref } from './scan-desk-view.tsx';
import { LoanTable, ReturnedLoans } from './loan-tables.tsx';
import { StatusNote } from '../core/web/status-note.tsx';

/** A patron's file shows the desk's links and fields and the holds placed for them beside the patron's own words. */
const words = (lang: Lang) => ({ ...deskText(lang), ...holdText(lang), ...patronText(lang) });
type T = ReturnType<typeof words>;
/** The patron's own words (the reader's page names its loans and holds with them too). */
type P = ReturnType<typeof patronText>;

/** The patron pages' addresses. */
export const patronsPath = (lib: Place) => `/thu-vien/${encodeURIComponent(lib.code)}/ban-doc`;
export const patronPath = (lib: Place, id: number, path = '') => `${patronsPath(lib)}/${id}${path}`;

const PATRON_CSS = `.patron-facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1rem}
.patron-facts dt{font-weight:600}.patron-facts dd{margin:0}
.patron-forms{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,20rem),1fr));gap:0 2rem}
.patron-find{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}.patron-find .field{margin:0;flex:0 1 24rem}
.late{color:#8a1710;font-weight:700}
.hold-choices{list-style:none;padding:0}.hold-choices li{margin:.25rem 0}.link-button{text-align:left;white-space:normal;max-width:100%}
table.compact td,table.compact th{padding:4px 6px}
@media (max-width:30rem){.patron-facts{grid-template-columns:1fr}.patron-facts dd{margin-bottom:.5rem}}`;

/** Where the desk's other pages are. */
function DeskLinks(props: { lib: Place; t: T; back?: boolean }) {
  const { lib, t } = props;
  const code = encodeURIComponent(lib.code);
  return (
    <p>
      {lib.name} · <a href={`/thu-vien/${code}/quay`}>{t.scanDesk}</a> · <a href={`/thu-vien/${code}/dat-truoc`}>{t.pickupList}</a> ·{' '}
      <a href={`/thu-vien/${code}/nhac-tra`}>{t.noticesLink}</a>
      {props.back ? (
        <>
          {' · '}
          <a href={patronsPath(lib)}>{t.backToFind}</a>
        </>
      ) : null}
    </p>
  );
}

/** The search form: card, name (with or without diacritics) or phone. */
function FindForm(props: { lib: Place; t: T; q: string; r: Refusal | undefined }) {
  return (
    <form method="get" action={patronsPath(props.lib)} class="patron-find" role="search">
      <FormField form="find" name="q" label={props.t.findPatronLabel} r={props.r} value={props.q} required />
      <p>
        <button class="primary" type="submit">
          {props.t.findButton}
        </button>
      </p>
    </form>
  );
}

export function patronSearchView(p: { ctx: PageContext; lib: Place; q: string; found: Patron[] | null; r?: Refusal }) {
  const { ctx, lib } = p;
  const t = words(ctx.lang);
  return (
    <Layout ctx={ctx} title={`${t.findPatron} · ${lib.name}`}>
      <style>{PATRON_CSS}</style>
      <h1>{t.findPatron}</h1>
      <DeskLinks lib={lib} t={t} />
      <ErrorSummary lang={ctx.lang} r={p.r} />
      <FindForm lib={lib} t={t} q={p.q} r={p.r} />
      {p.found === null ? null : p.found.length === 0 ? (
        <p role="status">{t.foundNone({ q: p.q })}</p>
      ) : (
        <section aria-labelledby="found-h">
          <h2 id="found-h">{t.foundSome({ n: p.found.length })}</h2>
          {p.found.length >= FOUND_MAX ? <p class="muted">{t.foundMax({ n: FOUND_MAX })}</p> : null}
          <table class="compact">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.cardNumber}</th>
                <th scope="col">{t.phone}</th>
              </tr>
            </thead>
            <tbody>
              {p.found.map((f) => (
                <tr>
                  <td>
                    <a href={patronPath(lib, f.id)}>{f.name}</a>
                    {f.blocked ? <span class="late"> · {t.cardBlockedShort}</span> : null}
                  </td>
                  <td>{f.cardNumber}</td>
                  <td>{f.phone ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Layout>
  );
}

/** A loan's state in words: overdue by how many days, else not due yet. */
export const loanStateWords = (t: P, l: OpenLoan) => (l.overdueDays > 0 ? t.overdueDays({ days: l.overdueDays }) : t.notOverdue);

/** A hold's state in words: its place in the queue, or ready until when. */
export const holdStateWords = (t: P, h: ReaderHold) =>
  h.status === 'ready' ? (h.readyUntil ? t.holdReady({ date: formatDate(h.readyUntil) }) : t.holdReadyNoDate) : t.holdWaiting({ n: h.position ?? 1 });

export interface PatronPageProps {
  ctx: PageContext;
  lib: Place;
  patron: Patron;
  account: LinkedAccount | null;
  loans: OpenLoan[];
  holds: ReaderHold[];
  history: HistoryLine[];
  today: string;
  /** The expiry a renewal offers. */
  nextExpiry: string;
  notice: string | null;
  r?: Refusal;
  /** Titles offered when the words typed for a hold matched several. */
  holdChoices?: TitleChoice[];
}

/** The hold the desk places for the reader: a title by ISBN, barcode or words; several matches offered to choose from. */
function StaffHold(props: { p: PatronPageProps; t: T }) {
  const { p, t } = props;
  const action = patronPath(p.lib, p.patron.id, '/dat-truoc');
  const typed = p.r?.form === 'hold' ? (p.r.typed.title ?? '') : '';
  return (
    <section aria-labelledby="staff-hold-h">
      <h3 id="staff-hold-h">{t.staffHoldH}</h3>
      <p class="muted">{t.staffHoldHint({ library: p.lib.name })}</p>
      <form method="post" action={action} class="patron-find">
        <Csrf token={p.ctx.csrf} />
        <FormField form="hold" name="title" label={t.staffHoldLabel} r={p.r} required />
        <p>
          <button type="submit">{t.staffHoldButton}</button>
        </p>
      </form>
      {p.holdChoices?.length ? (
        <section aria-labelledby="hold-choices-h">
          <h4 id="hold-choices-h">{t.holdChoicesH}</h4>
          <ul class="hold-choices">
            {p.holdChoices.map((c) => (
              <li>
                <form method="post" action={action}>
                  <Csrf token={p.ctx.csrf} />
                  <input type="hidden" name="record" value={String(c.id)} />
                  <input type="hidden" name="title" value={typed} />
                  <button type="submit" class="link-button">
                    {t.holdThisTitle({ title: [c.title, c.author, c.year].filter(Boolean).join(' — ') })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function Facts(props: { p: PatronPageProps; t: T }) {
  const { patron, account, today, ctx } = props.p;
  const t = props.t;
  const expired = patron.expiresAt !== null && patron.expiresAt < today;
  return (
    <dl class="patron-facts">
      <dt>{t.cardNumber}</dt>
      <dd>{patron.cardNumber}</dd>
      <dt>{t.patronCategory}</dt>
      <dd>{patronCategoryName(ctx.lang, patron.category as PatronCategory) ?? patron.category}</dd>
      <dt>{t.phone}</dt>
      <dd>{patron.phone ?? t.noPhone}</dd>
      <dt>{t.emailLabel}</dt>
      <dd>{patron.email ?? t.noEmail}</dd>
      <dt>{t.cardExpiry}</dt>
      <dd class={expired ? 'late' : undefined}>
        {patron.expiresAt ? (expired ? t.expiredOn({ date: formatDate(patron.expiresAt) }) : formatDate(patron.expiresAt)) : t.noExpiry}
      </dd>
      <dt>{t.cardState}</dt>
      <dd class={patron.blocked ? 'late' : undefined}>
        {patron.blocked ? (patron.blockReason ? t.blockedBecause({ reason: patron.blockReason }) : t.cardBlockedShort) : t.cardActive}
      </dd>
      <dt>{t.account}</dt>
      <dd>{account ? t.linkedTo({ name: account.displayName, username: account.username }) : t.notLinked}</dd>
    </dl>
  );
}

function Holds(props: { t: T; holds: ReaderHold[] }) {
  const { t } = props;
  if (props.holds.length === 0) return <p>{t.noHolds}</p>;
  return (
    <table class="compact" aria-labelledby="holds-h">
      <thead>
        <tr>
          <th scope="col">{t.title}</th>
          <th scope="col">{t.pickupAt}</th>
          <th scope="col">{t.loanState}</th>
        </tr>
      </thead>
      <tbody>
        {props.holds.map((h) => (
          <tr>
            <td>{h.title}</td>
            <td>{h.library}</td>
            <td>{holdStateWords(t, h)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function patronPageView(p: PatronPageProps) {
  const { ctx, lib, patron, r } = p;
  const t = words(ctx.lang);
  const action = (path: string) => patronPath(lib, patron.id, path);
  const category = r?.form === 'edit' ? (r.typed.category ?? patron.category) : patron.category;
  const categoryProblem = r?.form === 'edit' ? r.fields.category : undefined;
  return (
    <Layout ctx={ctx} title={`${patron.name} · ${t.patronFile}`}>
      <style>{PATRON_CSS}</style>
      <DeskLinks lib={lib} t={t} back />
      <h1>{patron.name}</h1>
      <StatusNote said={p.notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      <Facts p={p} t={t} />
      <p>
        <a href={lendHref(lib, patron.cardNumber, [])}>{t.lendToThisReader}</a>
      </p>
      <h2 id="loans-h">{`${t.openLoansH} (${p.loans.length})`}</h2>
      {p.loans.length === 0 ? (
        <p>{t.noOpenLoans}</p>
      ) : (
        <LoanTable lang={ctx.lang} loans={p.loans} state={(l) => loanStateWords(t, l)} late={(l) => l.overdueDays > 0} labelledBy="loans-h" />
      )}
      <h2 id="holds-h">{t.holdsH}</h2>
      <Holds t={t} holds={p.holds} />
      <StaffHold p={p} t={t} />
      <h2 id="history-h">{t.historyH}</h2>
      <ReturnedLoans lang={ctx.lang} lines={p.history} labelledBy="history-h" />
      <div class="patron-forms">
        <section aria-labelledby="renew-h">
          <h2 id="renew-h">{t.renewCardH}</h2>
          <form method="post" action={action('/gia-han-the')}>
            <Csrf token={ctx.csrf} />
            <FormField form="renew" name="expires" label={t.newExpiryDmy} r={r} value={formatDate(p.nextExpiry)} required />
            <button type="submit">{t.renewCardButton}</button>
          </form>
        </section>
        {patron.blocked ? (
          <section aria-labelledby="block-h">
            <h2 id="block-h">{t.unblockH}</h2>
            <form method="post" action={action('/mo-khoa')}>
              <Csrf token={ctx.csrf} />
              <button type="submit">{t.unblockButton}</button>
            </form>
          </section>
        ) : (
          <section aria-labelledby="block-h">
            <h2 id="block-h">{t.blockH}</h2>
            <form method="post" action={action('/khoa')}>
              <Csrf token={ctx.csrf} />
              <FormField form="block" name="reason" label={t.blockReason} r={r} required />
              <button type="submit">{t.blockButton}</button>
            </form>
          </section>
        )}
        <section aria-labelledby="edit-h">
          <h2 id="edit-h">{t.editH}</h2>
          <form method="post" action={action('/sua')}>
            <Csrf token={ctx.csrf} />
            <FormField form="edit" name="name" label={t.name} r={r} value={patron.name} required />
            <FormField form="edit" name="category" label={t.patronCategory} r={r}>
              <select
                id="edit-category"
                name="category"
                style="display:block"
                aria-invalid={categoryProblem ? 'true' : undefined}
                aria-describedby={categoryProblem ? 'edit-category-err' : undefined}
              >
                {PATRON_CATEGORIES.map((k) => (
                  <option value={k} selected={k === category}>
                    {patronCategoryName(ctx.lang, k)}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField form="edit" name="phone" type="tel" inputmode="tel" label={t.phoneHint} r={r} value={patron.phone ?? ''} autocomplete="off" />
            <FormField form="edit" name="email" type="email" label={t.emailOptional} r={r} value={patron.email ?? ''} autocomplete="off" />
            <button type="submit">{t.saveButton}</button>
          </form>
        </section>
        <section aria-labelledby="link-h">
          <h2 id="link-h">{t.linkH}</h2>
          <p class="muted">{t.linkHint}</p>
          <form method="post" action={action('/lien-ket')}>
            <Csrf token={ctx.csrf} />
            <FormField form="link" name="code" label={t.linkCode} r={r} />
            <FormField form="link" name="username" label={t.orUsername} r={r} />
            <button type="submit">{t.linkButton}</button>
          </form>
          {p.account ? (
            <form method="post" action={action('/bo-lien-ket')} style="margin-top:.75rem">
              <Csrf token={ctx.csrf} />
              <button type="submit">{t.unlinkButton}</button>
            </form>
          ) : null}
        </section>
      </div>
    </Layout>
  );
}
