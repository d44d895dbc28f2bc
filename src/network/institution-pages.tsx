import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError, type Problem } from '../core/errors.ts';
import { formatDate, formatNumber, parseNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { DatedActionForm, ErrorSummary, formProblems, SelectField, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import type { Principal } from '../core/auth/principal.ts';
import type { DB } from '../core/db/database.ts';
import { KINDS, OWNERSHIPS } from './catalogue.ts';
import { addInstitution, institutionRecord, LISTED, searchInstitutions, type InstitutionRecord } from './institution-admin.ts';
import { changeInstitution, readDay } from './institution-edits.ts';
import { institutionAdminText, networkErrors as E } from './messages.ts';
import { IMPORT_PATH } from './institution-import-page.tsx';
import { importText } from './import-messages.ts';
import { findUnitChoices, unitChoices, UNITS_LISTED, type UnitChoice } from './unit-picker.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { SearchForm } from '../core/web/search-form.tsx';

/**
 * `/quan-tri/co-so`: the administration of institutions (issue 19). A search by name, the form adding one, and each
 * institution's page with its details, a move to another unit from a day, its closing from a day and its unit history.
 * Units are chosen by name (a `<datalist>`, matched on the server without diacritics); every form works without
 * JavaScript and, refused, comes back with everything typed and each reason beside its field.
 */
export const INSTITUTIONS_BASE = '/quan-tri/co-so';

type Typed = Readonly<Record<string, string>>;
const DETAIL_FIELDS = ['name', 'kind', 'ownership', 'address', 'contact', 'openingHours', 'latitude', 'longitude'] as const;

function kindName(lang: Lang, code: string): string {
  const k = KINDS.find((x) => x.code === code);
  return k ? sayIn(lang, { vi: k.vi, en: k.en }) : code;
}

/** A number typed the Vietnamese way ("21,0285"); empty: none; not a number: NaN (refused at its field). */
function typedNumber(text: string | undefined, lang: Lang): number | null {
  if (!text || text.trim() === '') return null;
  const n = parseNumber(text, lang);
  return n.ok ? n.value : Number.NaN;
}

const coordinate = (lang: Lang, v: number | null) =>
  v === null
    ? ''
    : formatNumber(lang, v, 6)
        .replace(/(,\d*?)0+$/, '$1')
        .replace(/,$/, '');

/** The unit a typed name names among the person's choices, or the problem at `field`. */
function chosenUnit(choices: UnitChoice[], typed: string, field: string): { unit?: UnitChoice; problem?: Problem } {
  const found = findUnitChoices(choices, typed);
  if (found.exact) return { unit: found.exact };
  if (typed.trim() === '') return { problem: { field, said: E.unitMissing() } };
  if (found.matches.length > 1) return { problem: { field, said: E.unitAmbiguous({ n: found.matches.length, typed: typed.trim() }) } };
  return { problem: { field, said: E.unitNotFoundByName({ typed: typed.trim() }) } };
}

function UnitList(props: { choices: UnitChoice[]; typed?: string }) {
  // many units (an admin's whole map): only those the typed name holds are offered
  const list = props.choices.length <= UNITS_LISTED ? props.choices : findUnitChoices(props.choices, props.typed ?? '').matches;
  return (
    <datalist id="unit-names">
      {list.map((u) => (
        <option value={u.label} />
      ))}
    </datalist>
  );
}

async function body(c: AppContext): Promise<Record<string, string>> {
  const b = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(b)) if (typeof v === 'string') out[k] = v;
  return out;
}

function DetailFields(props: { lang: Lang; typed: (f: string, d?: string) => string; p: ReturnType<typeof formProblems> }) {
  const { lang, typed, p } = props;
  const s = institutionAdminText(lang);
  return (
    <>
      <TextField problems={p} name="name" label={s.name} value={typed('name')} maxlength={300} />
      <SelectField
        problems={p}
        name="kind"
        label={s.kind}
        value={typed('kind')}
        options={KINDS.map((k) => ({ value: k.code, label: kindName(lang, k.code) }))}
      />
      <SelectField
        problems={p}
        name="ownership"
        label={s.ownership}
        value={typed('ownership', 'public')}
        options={OWNERSHIPS.map((o) => ({ value: o, label: o === 'public' ? s.ownershipPublic : s.ownershipNonPublic }))}
      />
      <TextField problems={p} name="address" label={s.address} value={typed('address')} maxlength={500} />
      <label for="contact">{s.contact}</label>
      <input id="contact" name="contact" value={typed('contact')} maxlength={300} />
      <label for="openingHours">{s.openingHours}</label>
      <input id="openingHours" name="openingHours" value={typed('openingHours')} maxlength={300} aria-describedby="hours-hint" />
      <p id="hours-hint" class="muted">
        {s.openingHoursHint}
      </p>
      <p id="location-hint" class="muted">
        {s.locationHint}
      </p>
      <TextField problems={p} name="latitude" label={s.latitude} value={typed('latitude')} inputmode="decimal" hintId="location-hint" />
      <TextField problems={p} name="longitude" label={s.longitude} value={typed('longitude')} inputmode="decimal" hintId="location-hint" />
    </>
  );
}

const labelsOf = (lang: Lang): Record<string, string> => {
  const s = institutionAdminText(lang);
  return {
    code: s.code,
    name: s.name,
    kind: s.kind,
    ownership: s.ownership,
    address: s.address,
    latitude: s.latitude,
    longitude: s.longitude,
    unit: s.unit,
    since: s.since,
    from: s.from,
    closedOn: s.closeOn,
  };
};

/** The list: a search by name, the institutions found, and the form adding one (again with what was typed after a refusal). */
async function listPage(c: AppContext, again?: { error: UserError; typed: Typed }) {
  const who = signedIn(c);
  if (who.role !== 'admin' && who.role !== 'official') throw notFound('trang', 'Page');
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = institutionAdminText(lang);
  const { db } = c.var.store;
  const q = c.req.query('q') ?? '';
  const [found, choices] = await Promise.all([searchInstitutions(db, who, q), unitChoices(db, who, lang)]);
  const typed = (f: string, d = '') => again?.typed[f] ?? d;
  const p = formProblems(lang, again?.error);
  const notice = !again && c.req.query('da-them') === '1' ? s.added : undefined;
  return c.html(
    <Layout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <p>
        <a href={IMPORT_PATH}>{importText(lang).link}</a>
      </p>
      <StatusNote said={notice} />
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
      <SearchForm action={INSTITUTIONS_BASE} label={s.search} hint={s.searchHint} value={q} button={s.searchButton} primary />
      {found.rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <>
          <p role="status">{found.total > LISTED ? s.foundMore({ shown: LISTED, n: found.total }) : s.found({ n: found.total })}</p>
          <table class="cards">
            <caption class="vh">{s.title}</caption>
            <thead>
              <tr>
                <th scope="col">{s.colName}</th>
                <th scope="col">{s.colKind}</th>
                <th scope="col">{s.colUnit}</th>
                <th scope="col">{s.colState}</th>
              </tr>
            </thead>
            <tbody>
              {found.rows.map((r) => (
                <tr>
                  <td data-label={s.colName}>
                    <a href={`${INSTITUTIONS_BASE}/${encodeURIComponent(r.code)}`}>{r.name}</a>
                  </td>
                  <td data-label={s.colKind}>{kindName(lang, r.kind)}</td>
                  <td data-label={s.colUnit}>{r.unitName ?? '—'}</td>
                  <td data-label={s.colState}>{r.closedOn ? s.closedOn({ date: formatDate(r.closedOn) }) : s.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <h2 id="add-h">{s.add}</h2>
      <form method="post" action={INSTITUTIONS_BASE} aria-labelledby="add-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <UnitList choices={choices} typed={typed('unit')} />
        <TextField problems={p} name="code" label={s.code} value={typed('code')} maxlength={60} autocomplete="off" hint={s.codeHint} />
        <DetailFields lang={lang} typed={typed} p={p} />
        <TextField problems={p} name="unit" label={s.unit} value={typed('unit')} list="unit-names" autocomplete="off" hint={s.unitHint} hintFirst />
        <TextField problems={p} name="since" label={s.since} value={typed('since', formatDate(todayLocal()))} inputmode="numeric" hint={s.dateHint} />
        <p>
          <button class="primary" type="submit">
            {s.add}
          </button>
        </p>
      </form>
    </Layout>,
    again?.error.status ?? 200,
  );
}

const detailsOf = (lang: Lang, r: InstitutionRecord): Record<string, string> => ({
  name: r.name,
  kind: r.kind,
  ownership: r.ownership,
  address: r.address ?? '',
  contact: r.contact ?? '',
  openingHours: r.openingHours ?? '',
  latitude: coordinate(lang, r.latitude),
  longitude: coordinate(lang, r.longitude),
});

/** One institution: its details, the move and the closing forms, its unit history. */
async function institutionPage(c: AppContext, again?: { error: UserError; typed: Typed; form: 'details' | 'move' | 'close' }) {
  const who = signedIn(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = institutionAdminText(lang);
  const { db } = c.var.store;
  const r = await institutionRecord(db, who, c.req.param('code') ?? '');
  if (!r) throw notFound('cơ sở', 'Institution');
  const choices = await unitChoices(db, who, lang);
  const base = detailsOf(lang, r);
  const typedIn =
    (form: string) =>
    (f: string, d = '') =>
      again?.form === form ? (again.typed[f] ?? d) : (base[f] ?? d);
  const p = (form: string) => formProblems(lang, again?.form === form ? again.error : undefined);
  const pd = p('details');
  const pm = p('move');
  const pc = p('close');
  const done = c.req.query('xong');
  const notice = again
    ? undefined
    : done === 'sua'
      ? s.saved
      : done === 'chuyen'
        ? s.moved
        : done === 'dong'
          ? s.closed
          : done === 'them'
            ? s.added
            : undefined;
  const url = `${INSTITUTIONS_BASE}/${encodeURIComponent(r.code)}`;
  const open = r.closedOn === null;
  return c.html(
    <Layout ctx={ctx} title={r.name}>
      <p>
        <a href={INSTITUTIONS_BASE}>← {s.back}</a>
      </p>
      <h1>{r.name}</h1>
      <p class="muted">
        {s.code}: {r.code} · {r.closedOn ? s.closedOn({ date: formatDate(r.closedOn) }) : s.open}
      </p>
      <StatusNote said={notice} />
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
      <UnitList choices={choices} typed={again?.typed.unit} />
      <h2 id="details-h">{s.details}</h2>
      <form method="post" action={`${url}/sua`} aria-labelledby="details-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <DetailFields lang={lang} typed={typedIn('details')} p={pd} />
        <p>
          <button class="primary" type="submit">
            {s.save}
          </button>
        </p>
      </form>
      {open ? (
        <>
          <h2 id="move-h">{s.move}</h2>
          <p>{s.moveIntro}</p>
          <form method="post" action={`${url}/chuyen`} aria-labelledby="move-h" class="rule-form">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <TextField
              problems={pm}
              name="unit"
              label={s.newUnit}
              value={typedIn('move')('unit')}
              list="unit-names"
              autocomplete="off"
              hint={s.unitHint}
              hintFirst
            />
            <TextField
              problems={pm}
              name="from"
              label={s.from}
              value={typedIn('move')('from', formatDate(todayLocal()))}
              inputmode="numeric"
              hint={s.dateHint}
            />
            <p>
              <button class="primary" type="submit">
                {s.moveButton}
              </button>
            </p>
          </form>
          <h2 id="close-h">{s.close}</h2>
          <p>{s.closeIntro}</p>
          <DatedActionForm
            action={`${url}/dong`}
            csrf={ctx.csrf}
            labelledBy="close-h"
            field="closedOn"
            label={s.closeOn}
            value={typedIn('close')('closedOn', formatDate(todayLocal()))}
            hint={s.dateHint}
            button={s.closeButton}
            problems={pc}
          />
        </>
      ) : null}
      <h2 id="history-h">{s.history}</h2>
      <table class="cards" aria-labelledby="history-h">
        <thead>
          <tr>
            <th scope="col">{s.colUnit}</th>
            <th scope="col">{s.historyFrom}</th>
            <th scope="col">{s.historyTo}</th>
          </tr>
        </thead>
        <tbody>
          {r.history.map((h) => (
            <tr>
              <td data-label={s.colUnit}>{h.unitName}</td>
              <td data-label={s.historyFrom}>{formatDate(h.from)}</td>
              <td data-label={s.historyTo}>{h.to ? formatDate(h.to) : s.now}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
    again?.error.status ?? 200,
  );
}

/** A day typed in a form, or the problem at its field. */
function typedDay(text: string | undefined, field: string): { day?: string; problem?: Problem } {
  const day = readDay(text ?? '');
  return day ? { day } : { problem: { field, said: E.dateNeeded() } };
}

/** Runs a change; a refusal (422) comes back as the page with what was typed. */
async function refusedAgain(run: () => Promise<void>, again: (e: UserError) => Promise<Response>, done: () => Response): Promise<Response> {
  try {
    await run();
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return again(e);
    throw e;
  }
  return done();
}

const refuse = (problems: Problem[]) => new UserError(E.institutionInvalid(), 422, problems);

async function unitFor(db: DB, who: Principal, lang: Lang, typed: string, field: string) {
  return chosenUnit(await unitChoices(db, who, lang), typed, field);
}

export const institutionAdminPages = new Hono<AppEnv>()
  .use(`${INSTITUTIONS_BASE}`, requireLogin())
  .use(`${INSTITUTIONS_BASE}/*`, requireLogin())
  .get(INSTITUTIONS_BASE, (c) => listPage(c))
  .post(INSTITUTIONS_BASE, async (c) => {
    const who = signedIn(c);
    const typed = await body(c);
    const lang = c.var.lang;
    const unit = await unitFor(c.var.store.db, who, lang, typed.unit ?? '', 'unit');
    const since = typedDay(typed.since, 'since');
    return refusedAgain(
      () =>
        addInstitution(
          c.var.store.db,
          who,
          { ...inputOf(typed, lang), unitId: unit.unit?.id, since: since.day },
          [unit.problem, since.problem].filter((x): x is Problem => x !== undefined),
        ),
      (e) => listPage(c, { error: e, typed }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(typed.code ?? '')}?xong=them`, 303),
    );
  })
  .get(`${INSTITUTIONS_BASE}/:code`, (c) => institutionPage(c))
  .post(`${INSTITUTIONS_BASE}/:code/sua`, async (c) => {
    const typed = await body(c);
    const { code: _code, ...details } = inputOf(typed, c.var.lang);
    return refusedAgain(
      () => changeInstitution(c.var.store.db, signedIn(c), c.req.param('code'), details),
      (e) => institutionPage(c, { error: e, typed, form: 'details' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=sua`, 303),
    );
  })
  .post(`${INSTITUTIONS_BASE}/:code/chuyen`, async (c) => {
    const who = signedIn(c);
    const typed = await body(c);
    const unit = await unitFor(c.var.store.db, who, c.var.lang, typed.unit ?? '', 'unit');
    const from = typedDay(typed.from, 'from');
    return refusedAgain(
      async () => {
        const problems = [unit.problem, from.problem].filter((x): x is Problem => x !== undefined);
        if (problems.length > 0) throw refuse(problems);
        await changeInstitution(c.var.store.db, who, c.req.param('code'), { move: { unitId: unit.unit!.id, from: from.day! } });
      },
      (e) => institutionPage(c, { error: e, typed, form: 'move' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=chuyen`, 303),
    );
  })
  .post(`${INSTITUTIONS_BASE}/:code/dong`, async (c) => {
    const typed = await body(c);
    const on = typedDay(typed.closedOn, 'closedOn');
    return refusedAgain(
      async () => {
        if (on.problem) throw refuse([on.problem]);
        await changeInstitution(c.var.store.db, signedIn(c), c.req.param('code'), { close: { on: on.day! } });
      },
      (e) => institutionPage(c, { error: e, typed, form: 'close' }),
      () => c.redirect(`${INSTITUTIONS_BASE}/${encodeURIComponent(c.req.param('code'))}?xong=dong`, 303),
    );
  });

/** The fields of the details form as the service takes them. */
function inputOf(typed: Typed, lang: Lang) {
  const text = (f: (typeof DETAIL_FIELDS)[number]) => typed[f] ?? '';
  return {
    code: (typed.code ?? '').trim(),
    name: text('name'),
    kind: text('kind'),
    ownership: text('ownership'),
    address: text('address'),
    contact: text('contact'),
    openingHours: text('openingHours'),
    latitude: typedNumber(typed.latitude, lang),
    longitude: typedNumber(typed.longitude, lang),
  };
}
