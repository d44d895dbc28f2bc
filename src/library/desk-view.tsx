import { formatDate, type Lang } from '../core/i18n/index.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { todayLocal } from '../core/time.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import type { OverdueLoan } from './circulation.ts';
import type { Place } from './places.ts';
import { PATRON_CATEGORIES } from './patrons.ts';
import { DIGITAL_FORMATS } from './digital.ts';
import { catalogueText } from './catalogue-messages.ts';
import { deskText, digitalFormatText, rotationStatusName } from './desk-messages.ts';
import { patronCategoryName } from './patron-messages.ts';
import { searchText } from './search-messages.ts';
import { visitTripText } from './visit-trip-messages.ts';
import type { Rotation } from './rotation.ts';
import { MATCH_RULES } from './catalogue.ts';
import { StatusNote } from '../core/web/status-note.tsx';

/** Who a title or a resource is for (the `audience` facet), as checkboxes; `accessible` says what "accessible" means there. */
function AudienceFields(props: { t: ReturnType<typeof searchText>; accessible: string }) {
  const { t } = props;
  return (
    <fieldset>
      <legend>{t.f_audience}</legend>
      <label>
        <input type="checkbox" name="audience" value="children" /> {t.a_children}
      </label>
      <br />
      <label>
        <input type="checkbox" name="audience" value="ethnic-minority" /> {t['a_ethnic-minority']}
      </label>
      <br />
      <label>
        <input type="checkbox" name="audience" value="accessible" /> {props.accessible}
      </label>
    </fieldset>
  );
}

/** A labelled input of the desk's forms, its reason beside it after a refusal; a day typed dd/mm/yyyy when `date`. */
function Field(props: { id: string; label: string; name: string; type?: string; date?: Lang; required?: boolean; value?: string; problem?: string }) {
  const errorId = props.problem ? `${props.id}-err` : undefined;
  return (
    <p>
      <label for={props.id}>{props.label}</label>
      {props.date ? <DateHint id={props.id} lang={props.date} /> : <br />}
      {props.problem ? (
        <span class="field-error" id={errorId}>
          {props.problem}
        </span>
      ) : null}
      {props.date ? (
        <DateInput id={props.id} name={props.name} required={props.required} value={props.value} errorId={errorId} />
      ) : (
        <input
          id={props.id}
          name={props.name}
          type={props.type ?? 'text'}
          required={props.required}
          value={props.value}
          aria-invalid={errorId ? 'true' : undefined}
          aria-describedby={errorId}
        />
      )}
    </p>
  );
}

/** Lend, take back, renew: the library's own staff only. */
function CirculationForms(props: { t: ReturnType<typeof deskText>; action: (path: string) => string; token: string }) {
  const { t, action } = props;
  const csrf = <input type="hidden" name="_csrf" value={props.token} />;
  return (
    <>
      <section aria-labelledby="lend-h">
        <h2 id="lend-h">{t.lend}</h2>
        <form method="post" action={action('/muon')}>
          {csrf}
          <Field id="lend-barcode" name="barcode" label={t.itemBarcode} required />
          <Field id="lend-card" name="card" label={t.libraryCard} required />
          <button class="primary" type="submit">
            {t.lend}
          </button>
        </form>
      </section>
      <section aria-labelledby="return-h">
        <h2 id="return-h">{t.returnRenew}</h2>
        <form method="post" action={action('/tra')}>
          {csrf}
          <Field id="return-barcode" name="barcode" label={t.barcodeReturned} required />
          <button class="primary" type="submit">
            {t.takeBack}
          </button>
        </form>
        <form method="post" action={action('/gia-han')}>
          {csrf}
          <Field id="renew-barcode" name="barcode" label={t.barcodeToRenew} required />
          <button type="submit">{t.renew}</button>
        </form>
      </section>
    </>
  );
}

/** The librarian's desk: lend, take back, renew, catalogue, import MARC, cards, visits, rotation, mobile trips, overdue loans. */
export function deskView(p: {
  ctx: PageContext;
  lib: Place;
  rotations: Rotation[];
  late: OverdueLoan[];
  dests: { id: number; name: string }[];
  notice: string | null;
  /** A refusal of the last action, shown above the forms (the person stays on them). */
  error?: string;
  /** A refused card: what was typed and each field's reason, in words. */
  patron?: { values: Record<string, string>; problems: Record<string, string> };
  /** Whether the person lends and takes back here (the library's own staff): else the circulation forms are not shown. */
  circulates: boolean;
}) {
  const { ctx, lib } = p;
  const t = deskText(ctx.lang);
  const st = searchText(ctx.lang);
  const ct = catalogueText(ctx.lang);
  const vt = visitTripText(ctx.lang);
  const action = (path: string) => `/thu-vien/${encodeURIComponent(lib.code)}${path}`;
  const csrf = <input type="hidden" name="_csrf" value={ctx.csrf} />;
  return (
    <Layout ctx={ctx} title={`${t.desk} · ${lib.name}`}>
      <h1>{lib.name}</h1>
      <p>
        <a href={action('/quay')}>{t.scanDesk}</a> · <a href={action('/ban-doc')}>{t.findPatron}</a> · <a href={action('/dat-truoc')}>{t.pickupList}</a> ·{' '}
        <a href={action('/nhac-tra')}>{t.noticesLink}</a> · <a href="/tra-cuu">{t.searchCatalogue}</a> ·{' '}
        <a href={`/co-so/${encodeURIComponent(lib.code)}`}>{t.statistics}</a> · <a href={action('/quy-dinh-muon')}>{t.loanRules}</a>
      </p>
      <StatusNote said={p.notice} />
      {p.error ? (
        <p class="error" role="alert">
          {p.error}
        </p>
      ) : null}
      {p.circulates ? null : <p class="muted">{t.circulationStaffOnly}</p>}
      <div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">
        {p.circulates ? <CirculationForms t={t} action={action} token={ctx.csrf} /> : null}
        <section aria-labelledby="import-h">
          <h2 id="import-h">{t.importMarc}</h2>
          <form method="post" action={action('/nhap-marc')} enctype="multipart/form-data">
            {csrf}
            <p>
              <label for="marc-file">{t.marcFile}</label>
              <br />
              <input id="marc-file" name="file" type="file" required />
            </p>
            <fieldset>
              <legend>{t.whenBroken}</legend>
              <label>
                <input type="radio" name="onError" value="skip" checked /> {t.skipBroken}
              </label>
              <br />
              <label>
                <input type="radio" name="onError" value="reject" /> {t.rejectFile}
              </label>
            </fieldset>
            <p>
              <label for="marc-rule">{ct.matchRuleLabel}</label>
              <br />
              <select id="marc-rule" name="rule" style="max-width:100%">
                {MATCH_RULES.map((m) => (
                  <option value={m}>{ct[`rule_${m}`]}</option>
                ))}
              </select>
            </p>
            <button class="primary" type="submit" formaction={action('/nhap-marc/xem-truoc')}>
              {ct.previewButton}
            </button>{' '}
            <button type="submit">{t.import}</button>
          </form>
        </section>
        <section aria-labelledby="rotation-h">
          <h2 id="rotation-h">{t.rotation}</h2>
          <form method="post" action={action('/luan-chuyen')}>
            {csrf}
            <p>
              <label for="rot-to">{t.destination}</label>
              <br />
              <select id="rot-to" name="to" required>
                {p.dests.map((d) => (
                  <option value={String(d.id)}>{d.name}</option>
                ))}
              </select>
            </p>
            <p>
              <label for="rot-barcodes">{t.barcodesOneALine}</label>
              <br />
              <textarea id="rot-barcodes" name="barcodes" rows={4} required></textarea>
            </p>
            <button class="primary" type="submit">
              {t.sendBatch}
            </button>
          </form>
          {p.rotations.length ? (
            <table>
              <caption>{t.batches}</caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t.rotationTo}</th>
                  <th scope="col">{t.items}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col">
                    <span class="muted">{t.action}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.rotations.slice(0, 20).map((r) => (
                  <tr>
                    <td>{r.id}</td>
                    <td>{r.toName}</td>
                    <td>{r.items}</td>
                    <td>{rotationStatusName(ctx.lang, r.status)}</td>
                    <td>
                      {r.status !== 'returned' ? (
                        <form method="post" action={action(`/luan-chuyen/${r.id}/${r.status === 'sent' ? 'nhan' : 'tra'}`)}>
                          {csrf}
                          <button type="submit">{(r.status === 'sent' ? t.markReceived : t.bringBack)({ id: r.id })}</button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </section>
        <section aria-labelledby="catalogue-h">
          <h2 id="catalogue-h">{t.catalogueOne}</h2>
          <form method="post" action={action('/bien-muc')}>
            {csrf}
            <Field id="cat-title" name="title" label={t.title} required />
            <Field id="cat-author" name="author" label={st.by} />
            <Field id="cat-isbn" name="isbn" label="ISBN" />
            <Field id="cat-publisher" name="publisher" label={st.publisher} />
            <Field id="cat-year" name="year" label={t.yearPublished} />
            <Field id="cat-language" name="language" label={t.languageCode} value="vie" />
            <Field id="cat-subjects" name="subjects" label={t.subjects} />
            <AudienceFields t={st} accessible={st.a_accessible} />
            <Field id="cat-barcodes" name="barcodes" label={t.copyBarcodes} />
            <button class="primary" type="submit">
              {t.saveRecord}
            </button>
          </form>
        </section>
        <section aria-labelledby="patron-h">
          <h2 id="patron-h">{t.issueCard}</h2>
          <form method="post" action={action('/ban-doc')}>
            {csrf}
            <p class="muted">{t.cardNumberGiven}</p>
            <Field id="pat-name" name="name" label={t.name} required value={p.patron?.values.name} problem={p.patron?.problems.name} />
            <p>
              <label for="pat-cat">{t.patronCategory}</label>
              <br />
              <select id="pat-cat" name="category">
                {PATRON_CATEGORIES.map((k) => (
                  <option value={k} selected={p.patron?.values.category === k}>
                    {patronCategoryName(ctx.lang, k)}
                  </option>
                ))}
              </select>
            </p>
            <Field id="pat-expires" name="expires" date={ctx.lang} label={t.expires} value={p.patron?.values.expires} problem={p.patron?.problems.expires} />
            <button type="submit">{t.issue}</button>
          </form>
          <h2>{t.visits}</h2>
          <p>
            <a href={action('/luot')}>{vt.seeVisits}</a>
          </p>
          <form method="post" action={action('/luot')}>
            {csrf}
            <Field id="vis-day" name="day" label={vt.dayTyped} value={formatDate(todayLocal())} />
            <Field id="vis-count" name="count" type="number" label={t.visitCount} required />
            <button type="submit">{t.recordVisits}</button>
          </form>
        </section>
        <section aria-labelledby="trip-h">
          <h2 id="trip-h">{t.trip}</h2>
          <p>
            <a href={action('/luu-dong')}>{vt.seeTrips}</a>
          </p>
          <form method="post" action={action('/luu-dong')}>
            {csrf}
            <Field id="trip-day" name="day" label={vt.tripDay} value={formatDate(todayLocal())} required />
            <Field id="trip-name" name="name" label={t.tripName} />
            <p>
              <label for="trip-stops">{t.stopsOneALine}</label>
              <br />
              <textarea id="trip-stops" name="stops" rows={3} required></textarea>
            </p>
            <button type="submit">{t.recordTrip}</button>
          </form>
        </section>
        <section aria-labelledby="digital-h">
          <h2 id="digital-h">{t.digital}</h2>
          <form method="post" action={action('/tai-nguyen-so')}>
            {csrf}
            <Field id="dig-title" name="title" label={t.title} required />
            <Field id="dig-creator" name="creator" label={t.creator} />
            <p>
              <label for="dig-format">{t.format}</label>
              <br />
              <select id="dig-format" name="format">
                {DIGITAL_FORMATS.map((k) => (
                  <option value={k}>{digitalFormatText(ctx.lang)[k]}</option>
                ))}
              </select>
            </p>
            <Field id="dig-url" name="url" type="url" label={t.link} required />
            <Field id="dig-licence" name="licence" label={t.licence} required />
            <Field id="dig-language" name="language" label={t.digitalLanguage} value="vie" />
            <Field id="dig-year" name="year" label={ctx.t.year} />
            <AudienceFields t={st} accessible={t.accessibleDigital} />
            <button type="submit">{t.addResource}</button>
          </form>
        </section>
      </div>
      <h2>{t.overdue}</h2>
      {p.late.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.barcode}</th>
              <th scope="col">{t.title}</th>
              <th scope="col">{t.reader}</th>
              <th scope="col">{t.due}</th>
              <th scope="col">{t.days}</th>
            </tr>
          </thead>
          <tbody>
            {p.late.map((l) => (
              <tr>
                <td>{l.barcode}</td>
                <td>{l.title}</td>
                <td>{l.patron ? `${l.patron} (${l.card})` : l.card}</td>
                <td>{formatDate(l.dueAt)}</td>
                <td>{l.days}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.noOverdue}</p>
      )}
    </Layout>
  );
}
