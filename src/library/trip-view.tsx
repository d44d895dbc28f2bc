import { formatDate, formatNumber } from '../core/i18n/index.ts';
import { Layout, type PageContext } from '../core/web/layout.tsx';
import { maskCard } from './cards.ts';
import { Csrf, ErrorSummary, FormField, type Refusal } from './form-bits.tsx';
import { itemStatusText } from './catalogue-messages.ts';
import { deskText } from './desk-messages.ts';
import { visitTripText } from './visit-trip-messages.ts';
import type { Place } from './places.ts';
import type { TripDetail, TripSummary } from './trips.ts';
import { StatusNote } from '../core/web/status-note.tsx';

export const tripsPath = (lib: Place, rest = '') => `/thu-vien/${encodeURIComponent(lib.code)}/luu-dong${rest}`;
const wrap = 'overflow-wrap:anywhere';

/** `/thu-vien/<code>/luu-dong`: the trips made, latest first, each with its stops; a trip recorded with the copies it carries. */
export function tripsView(p: { ctx: PageContext; lib: Place; trips: TripSummary[]; today: string; notice: string | null; r?: Refusal }) {
  const { ctx, lib, r } = p;
  const t = visitTripText(ctx.lang);
  const lt = deskText(ctx.lang);
  const n = (x: number) => formatNumber(ctx.lang, x, 0);
  return (
    <Layout ctx={ctx} title={`${t.tripsTitle} · ${lib.name}`}>
      <p>
        <a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{lt.backToDesk}</a> · <a href={`/thu-vien/${encodeURIComponent(lib.code)}/luot`}>{t.seeVisits}</a>
      </p>
      <h1>
        {t.tripsTitle} · {lib.name}
      </h1>
      <StatusNote said={p.notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      <section aria-labelledby="made-h">
        <h2 id="made-h">{t.tripsMade}</h2>
        {p.trips.length === 0 ? <p>{t.noTrips}</p> : null}
        {p.trips.map((trip) => (
          <article aria-labelledby={`trip-${trip.id}`}>
            <h3 id={`trip-${trip.id}`} style={wrap}>
              <a href={tripsPath(lib, `/${trip.id}`)}>{t.tripHeading({ day: formatDate(trip.day), name: trip.name })}</a>
            </h3>
            <ul>
              {trip.stops.map((s) => (
                <li style={wrap}>{t.stopLine({ place: s.place, visitors: n(s.visitors), loans: n(s.loans) })}</li>
              ))}
            </ul>
            <p class="muted">{t.carriedCount({ n: n(trip.items) })}</p>
          </article>
        ))}
      </section>
      <section aria-labelledby="new-h">
        <h2 id="new-h">{t.newTrip}</h2>
        <form method="post" action={tripsPath(lib)}>
          <Csrf token={ctx.csrf} />
          <FormField form="trip" name="day" label={t.tripDay} r={r} value={formatDate(p.today)} inputmode="numeric" required />
          <FormField form="trip" name="name" label={t.tripName} r={r} />
          <TextArea form="trip" name="stops" label={t.stopsOneALine} r={r} rows={3} />
          <TextArea form="trip" name="barcodes" label={t.carriedOneALine} r={r} rows={4} />
          <button class="primary" type="submit">
            {t.recordTrip}
          </button>
        </form>
      </section>
    </Layout>
  );
}

/** A text area of a form, what was typed kept and the problem beside it after a refusal (rows named when the service names them). */
function TextArea(props: { form: string; name: string; label: string; r: Refusal | undefined; rows: number }) {
  const id = `${props.form}-${props.name}`;
  const mine = props.r?.form === props.form ? props.r : undefined;
  const problem = mine?.fields[props.name];
  return (
    <p class="field">
      <label for={id}>{props.label}</label>
      {problem ? (
        <span id={`${id}-err`} class="field-error">
          {problem}
        </span>
      ) : null}
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-err` : undefined}
        style="display:block;width:100%;max-width:24rem;box-sizing:border-box"
      >
        {mine?.typed[props.name] ?? ''}
      </textarea>
    </p>
  );
}

/**
 * `/thu-vien/<code>/luu-dong/<id>`: a trip's stops, each with its readers (entered, corrected) and the loans made
 * there from the copies carried (lending: the library's own staff); the copies carried with their status now.
 */
export function tripView(p: {
  ctx: PageContext;
  lib: Place;
  trip: TripDetail;
  /** Whether the person lends here (the library's own staff, admins). */
  circulates: boolean;
  /** Whether readers' names may be shown (the library's own staff). */
  names: boolean;
  /** The card last lent to and the stop it was at: kept in the stop's card field, the barcode field focused. */
  card: string;
  stop: number | null;
  notice: string | null;
  r?: Refusal;
}) {
  const { ctx, lib, trip, r } = p;
  const t = visitTripText(ctx.lang);
  const lt = deskText(ctx.lang);
  const st = itemStatusText(ctx.lang);
  const n = (x: number) => formatNumber(ctx.lang, x, 0);
  const stopPath = (id: number, rest: string) => tripsPath(lib, `/${trip.id}/diem/${id}${rest}`);
  return (
    <Layout ctx={ctx} title={`${trip.name} · ${lib.name}`}>
      <p>
        <a href={tripsPath(lib)}>{t.allTrips}</a> · <a href={`/thu-vien/${encodeURIComponent(lib.code)}`}>{lt.backToDesk}</a>
      </p>
      <h1 style={wrap}>{t.tripHeading({ day: formatDate(trip.day), name: trip.name })}</h1>
      <StatusNote said={p.notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      {p.circulates ? null : <p class="muted">{lt.circulationStaffOnly}</p>}
      {trip.stops.map((s, i) => {
        const readers = `r${s.id}`;
        const lend = `l${s.id}`;
        const here = p.stop === s.id && !r;
        return (
          <section aria-labelledby={`stop-${s.id}`} id={`diem-${s.id}`}>
            <h2 id={`stop-${s.id}`} style={wrap}>
              {t.stopN({ n: i + 1, place: s.place })}
            </h2>
            <form method="post" action={stopPath(s.id, '/ban-doc')}>
              <Csrf token={ctx.csrf} />
              <FormField form={readers} name="visitors" label={t.readersAt({ place: s.place })} r={r} value={String(s.visitors)} inputmode="numeric" required />
              <button type="submit">{t.saveReaders}</button>
            </form>
            {p.circulates ? (
              <form method="post" action={stopPath(s.id, '/muon')} aria-label={t.lendAt({ place: s.place })}>
                <Csrf token={ctx.csrf} />
                <FormField form={lend} name="card" label={lt.libraryCard} r={r} value={here ? p.card : ''} required />
                <p class="field">
                  <label for={`${lend}-barcode`}>{lt.itemBarcode}</label>
                  {r?.form === lend && r.fields.barcode ? (
                    <span id={`${lend}-barcode-err`} class="field-error">
                      {r.fields.barcode}
                    </span>
                  ) : null}
                  <input
                    id={`${lend}-barcode`}
                    name="barcode"
                    autocomplete="off"
                    required
                    value={r?.form === lend ? (r.typed.barcode ?? '') : ''}
                    autofocus={here || (r?.form === lend && !!r.fields.barcode) ? true : undefined}
                    aria-invalid={r?.form === lend && r.fields.barcode ? 'true' : undefined}
                    aria-describedby={r?.form === lend && r.fields.barcode ? `${lend}-barcode-err` : undefined}
                    style="display:block;width:100%;max-width:24rem;box-sizing:border-box"
                  />
                </p>
                <button class="primary" type="submit">
                  {lt.lend}
                </button>
              </form>
            ) : null}
            {s.loans.length ? (
              <ul aria-label={t.loansAt({ place: s.place })}>
                {s.loans.map((l) => (
                  <li style={wrap}>
                    {l.barcode} · {l.title} · {p.names ? `${l.patron} (${l.card})` : maskCard(l.card)} ·{' '}
                    {l.returnedAt ? t.returnedOn({ date: formatDate(l.returnedAt) }) : `${lt.due} ${formatDate(l.dueAt)}`}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="muted">{t.noLoansAt}</p>
            )}
          </section>
        );
      })}
      <section aria-labelledby="carried-h">
        <h2 id="carried-h">
          {t.carried} ({n(trip.items.length)})
        </h2>
        {trip.items.length ? (
          <ul>
            {trip.items.map((it) => (
              <li style={wrap}>
                {it.barcode} · {it.title} · {(st as Readonly<Record<string, string>>)[it.status] ?? it.status}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t.noneCarried}</p>
        )}
        <form method="post" action={tripsPath(lib, `/${trip.id}/sach`)}>
          <Csrf token={ctx.csrf} />
          <TextArea form="carry" name="barcodes" label={t.carriedOneALine} r={r} rows={3} />
          <button type="submit">{t.addCarried}</button>
        </form>
      </section>
    </Layout>
  );
}
