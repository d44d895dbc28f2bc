import { formatDate } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { assetPath } from '../core/web/assets.ts';
import { deskText } from './desk-messages.ts';
import type { Place } from './places.ts';
import type { DeskReader, OutTo, SessionLoan } from './scan-desk.ts';
import { StatusNote } from '../core/web/status-note.tsx';

type T = ReturnType<typeof deskText>;

/**
 * The scan-and-go desk (Koha's checkout screen as the anchor): the reader's card scanned once, then copies one after
 * another — each scan is characters and Enter, the item field has the focus on every page — and the check-in tab
 * where a scan alone takes a copy back. Plain forms and redirects: it works without JavaScript. A refusal is said
 * beside the field, what was scanned kept, with the next thing to do ("Trả sách này" for a copy already out).
 */
export interface ScanDeskProps {
  ctx: PageContext;
  lib: Place;
  tab: 'lend' | 'return';
  /** The reader selected (lend tab), when a card has been scanned. */
  reader: DeskReader | null;
  /** The loans of this sitting: lent to the reader, or taken back. */
  session: SessionLoan[];
  notice: string | null;
  /** A refusal of the last scan: its words, the field it is about, what was typed there. */
  error?: { said: string; field: 'card' | 'barcode'; typed: string; outTo?: OutTo | null };
}

/** The desk's addresses. */
export const deskPath = (lib: Place, path = '') => `/thu-vien/${encodeURIComponent(lib.code)}/quay${path}`;
/** The address of the lend tab with a reader and this sitting's loans. */
export const lendHref = (lib: Place, card: string, ids: number[], notice?: string) => {
  const q = new URLSearchParams({ the: card });
  if (ids.length) q.set('m', ids.join(','));
  if (notice) q.set('tb', notice);
  return `${deskPath(lib)}?${q}`;
};

const PRINT_CSS = `@media print{header,footer,.skip,.no-print{display:none!important}main{max-width:none;margin:0}table{width:100%}}
.desk-tabs{display:flex;gap:1rem;list-style:none;padding:0;margin:0 0 1rem;border-bottom:2px solid #ccc}
.desk-tabs a{display:inline-block;padding:.5rem .25rem}
.desk-tabs a[aria-current=page]{font-weight:700;border-bottom:3px solid currentColor;margin-bottom:-2px}
.scan input{font-size:1.25rem;width:100%;max-width:24rem;box-sizing:border-box}
.scan-row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.reader-box{border:1px solid #999;border-radius:4px;padding:.5rem .75rem;margin-bottom:1rem}
.next-step{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}`;

function Csrf(props: { token: string }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** The one scan field of a form: label, the field with the focus, the refusal beside it when it is about this field. */
function ScanField(props: { id: string; name: string; label: string; t: T; error?: ScanDeskProps['error']; field: 'card' | 'barcode'; button: string }) {
  const err = props.error?.field === props.field ? props.error : undefined;
  return (
    <div class="scan">
      <label for={props.id}>{props.label}</label>
      {err ? (
        <span id={`${props.id}-err`} class="field-error">
          <span class="visually-hidden">{props.t.errorLabel} </span>
          {err.said}
        </span>
      ) : null}
      <div class="scan-row">
        <input
          id={props.id}
          name={props.name}
          value={err?.typed ?? ''}
          autofocus
          required
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          aria-invalid={err ? 'true' : undefined}
          aria-describedby={err ? `${props.id}-err` : undefined}
        />
        <button class="primary" type="submit">
          {props.button}
        </button>
      </div>
    </div>
  );
}

function ReaderBox(props: { r: DeskReader; t: T; lib: Place }) {
  const { r, t } = props;
  return (
    <section class="reader-box" aria-labelledby="reader-h">
      <h2 id="reader-h" style="margin:0;font-size:1.1rem">
        {r.name ? `${t.readerNow}: ${r.name}` : t.readerOtherLibrary({ card: r.shownCard })}
      </h2>
      <p style="margin:.25rem 0">
        {r.name ? `${t.cardShown({ card: r.shownCard })} · ` : ''}
        {t.loansOpen({ n: r.openLoans })} ·{' '}
        {r.patronId !== null ? (
          <>
            <a class="no-print" href={`/thu-vien/${encodeURIComponent(props.lib.code)}/ban-doc/${r.patronId}`}>
              {t.patronFile}
            </a>{' '}
            ·{' '}
          </>
        ) : null}
        <a class="no-print" href={deskPath(props.lib)}>
          {t.anotherReader}
        </a>
      </p>
      {r.blocked ? <p class="field-error">{r.blockReason ? t.readerBlockedBecause({ reason: r.blockReason }) : t.readerBlocked}</p> : null}
      {r.expiredOn ? <p class="field-error">{t.readerExpired({ date: formatDate(r.expiredOn) })}</p> : null}
    </section>
  );
}

/** "Already on loan": to whom (as this desk may say), and "Trả sách này" — the copy taken back here and now. */
function OnLoanNextStep(props: { o: OutTo; t: T; lib: Place; token: string; card: string | null; ids: number[] }) {
  const { o, t } = props;
  return (
    <form method="post" action={deskPath(props.lib, '/tra-ngay')} class="next-step">
      <Csrf token={props.token} />
      <input type="hidden" name="barcode" value={o.barcode} />
      {props.card ? <input type="hidden" name="the" value={props.card} /> : null}
      <input type="hidden" name="m" value={props.ids.join(',')} />
      <button type="submit">{t.checkInThis}</button>
      <span>{t.orScanAnother}</span>
    </form>
  );
}

/** What the refusal says of a copy already out: its borrower as this desk may name them. */
export function onLoanWords(t: T, o: OutTo): string {
  const due = formatDate(o.dueAt);
  if (o.sameReader) return t.onLoanToThisReader({ barcode: o.barcode, due });
  return o.name ? t.onLoanTo({ barcode: o.barcode, name: o.name, card: o.card, due }) : t.onLoanToCard({ barcode: o.barcode, card: o.card, due });
}

function SessionTable(props: { t: T; rows: SessionLoan[]; caption: string; returned: boolean; labelledBy?: string }) {
  const { t } = props;
  if (props.rows.length === 0) return <p class="muted">{`${props.caption}: ${t.noneYet}`}</p>;
  return (
    <table aria-labelledby={props.labelledBy}>
      {props.labelledBy ? null : <caption>{props.caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t.barcode}</th>
          <th scope="col">{t.title}</th>
          <th scope="col">{t.due}</th>
          {props.returned ? <th scope="col">{t.returnedOnDay}</th> : null}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((l) => (
          <tr>
            <td>{l.barcode}</td>
            <td>{l.title}</td>
            <td>{formatDate(l.dueAt)}</td>
            {props.returned ? <td>{formatDate(l.returnedAt)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function scanDeskView(p: ScanDeskProps) {
  const { ctx, lib, reader } = p;
  const t = deskText(ctx.lang);
  const ids = p.session.map((l) => l.loanId);
  const lend = p.tab === 'lend';
  return (
    <Layout ctx={ctx} title={`${t.scanDesk} · ${lib.name}`}>
      <style>{PRINT_CSS}</style>
      <h1>{t.scanDesk}</h1>
      <p class="no-print">
        {lib.name} · <a href={`/thu-vien/${encodeURIComponent(lib.code)}/ban-doc`}>{t.findPatron}</a> ·{' '}
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}/dat-truoc`}>{t.pickupList}</a> ·{' '}
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{t.otherDeskWork}</a>
      </p>
      <nav aria-label={t.deskTabs} class="no-print">
        <ul class="desk-tabs">
          <li>
            <a href={reader ? lendHref(lib, reader.card, []) : deskPath(lib)} aria-current={lend ? 'page' : undefined}>
              {t.lend}
            </a>
          </li>
          <li>
            <a href={deskPath(lib, '/tra')} aria-current={lend ? undefined : 'page'}>
              {t.takeBack}
            </a>
          </li>
        </ul>
      </nav>
      <StatusNote said={p.notice} />
      {lend && reader ? <ReaderBox r={reader} t={t} lib={lib} /> : null}
      {lend && !reader ? (
        <form method="post" action={deskPath(lib, '/the')} class="no-print">
          <Csrf token={ctx.csrf} />
          <ScanField id="desk-card" name="the" label={t.scanCard} t={t} error={p.error} field="card" button={t.chooseReader} />
        </form>
      ) : null}
      {lend && reader ? (
        <form method="post" action={deskPath(lib, '/muon')} class="no-print">
          <Csrf token={ctx.csrf} />
          <input type="hidden" name="the" value={reader.card} />
          <input type="hidden" name="m" value={ids.join(',')} />
          <ScanField id="desk-item" name="barcode" label={t.scanItem} t={t} error={p.error} field="barcode" button={t.lend} />
        </form>
      ) : null}
      {!lend ? (
        <form method="post" action={deskPath(lib, '/tra')} class="no-print">
          <Csrf token={ctx.csrf} />
          <input type="hidden" name="m" value={ids.join(',')} />
          <ScanField id="desk-return" name="barcode" label={t.scanReturn} t={t} error={p.error} field="barcode" button={t.takeBack} />
        </form>
      ) : null}
      {p.error?.outTo ? <OnLoanNextStep o={p.error.outTo} t={t} lib={lib} token={ctx.csrf} card={lend ? (reader?.card ?? null) : null} ids={ids} /> : null}
      {lend && !reader ? null : (
        <section aria-labelledby="session-h">
          <h2 id="session-h">{lend ? t.sessionLent : t.sessionReturned}</h2>
          <SessionTable t={t} rows={p.session} caption={lend ? t.sessionLent : t.sessionReturned} returned={!lend} labelledBy="session-h" />
          {lend && reader && p.session.length ? (
            <p class="no-print">
              <a href={`${deskPath(lib, '/phieu')}?${new URLSearchParams({ the: reader.card, m: ids.join(',') })}`}>{t.printSlip}</a>
            </p>
          ) : null}
        </section>
      )}
      <script src={assetPath('desk-scan.js')} defer />
    </Layout>
  );
}

/** The loan slip of a sitting, for the printer (print CSS: the site's header and footer left out). */
export function slipView(p: { ctx: PageContext; lib: Place; reader: DeskReader; session: SessionLoan[]; today: string }) {
  const { ctx, lib, reader } = p;
  const t = deskText(ctx.lang);
  return (
    <Layout ctx={ctx} title={`${t.slipTitle} · ${lib.name}`}>
      <style>{PRINT_CSS}</style>
      <p class="no-print">
        <a
          href={lendHref(
            lib,
            reader.card,
            p.session.map((l) => l.loanId),
          )}
        >
          ← {t.backToScanDesk}
        </a>
      </p>
      <h1>{t.slipTitle}</h1>
      <p>
        {lib.name}
        <br />
        {reader.name ? `${t.readerNow}: ${reader.name} · ${t.cardShown({ card: reader.shownCard })}` : t.readerOtherLibrary({ card: reader.shownCard })}
        <br />
        {t.slipDate({ date: formatDate(p.today) })}
      </p>
      <SessionTable t={t} rows={p.session} caption={t.sessionLent} returned={false} />
      <p class="no-print muted">{t.slipHint}</p>
      <p class="no-print">
        <button type="button" data-print hidden>
          {t.printNow}
        </button>
      </p>
      <script src={assetPath('desk-print.js')} defer />
    </Layout>
  );
}
