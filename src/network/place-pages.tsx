import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { forbidden, UserError } from '../core/errors.ts';
import { formatDate, formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { FORM_LIMIT, type UploadLimit } from '../core/web/body-limit.ts';
import { ErrorSummary, formProblems, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { readDay } from './institution-edits.ts';
import type { LineageLink } from './lineage.ts';
import { builtinMaps, loadBuiltinMap, previewBuiltinMap, type MapPreview } from './map-preview.ts';
import type { BuiltinMap } from './map-import.ts';
import { levelCount, levelName, placeAdminText, placeErrors as P } from './messages.ts';
import { placeRecord, placeTree, searchPlaces, type TreeChild } from './place-admin.ts';
import { editPopulation, importPopulation, type PopulationPlan } from './population.ts';
import type { Unit } from './units.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { SearchForm } from '../core/web/search-form.tsx';

/**
 * `/quan-tri/dia-ban`: the administration of places (issue 19, part 2). The dated map browsed from the top level by
 * level on any day and searched by name; each unit's page with its code, dates, parent, lineage and population by
 * year (edited there, or imported from a CSV file after a check); the official maps shipped with the platform loaded
 * after a preview (admins). Everything works without JavaScript; a refused form keeps what was typed, each reason
 * beside its field.
 */
export const PLACES_BASE = '/quan-tri/dia-ban';
const UNIT_BASE = `${PLACES_BASE}/don-vi`;
const IMPORT_PATH = `${PLACES_BASE}/dan-so`;
const MAPS_PATH = `${PLACES_BASE}/ban-do`;
const MAX_FILE = 5 * 1024 * 1024;
/** At most this many changes are listed after a check. */
const LISTED_CHANGES = 200;

/** The population file's upload may be larger than a page form. */
export const placeUploads: UploadLimit[] = [{ path: /^\/quan-tri\/dia-ban\/dan-so$/, maxBytes: MAX_FILE + FORM_LIMIT }];

const unitHref = (code: string) => `${UNIT_BASE}/${encodeURIComponent(code)}`;
const treeHref = (code: string, day: string) => `${PLACES_BASE}?don-vi=${encodeURIComponent(code)}&ngay=${encodeURIComponent(formatDate(day))}`;
const nameOf = (u: Pick<Unit, 'name' | 'fullName' | 'level'>) => (u.level === 'nation' ? u.name : (u.fullName ?? u.name));

function managers(c: AppContext) {
  const who = signedIn(c);
  if (who.role !== 'admin' && who.role !== 'official') throw forbidden();
  return who;
}

function dates(lang: Lang, u: Pick<Unit, 'validFrom' | 'validTo'>): string {
  const s = placeAdminText(lang);
  if (u.validFrom && u.validTo) return s.validFromTo({ from: formatDate(u.validFrom), to: formatDate(u.validTo) });
  if (u.validFrom) return s.validFrom({ from: formatDate(u.validFrom) });
  if (u.validTo) return s.validTo({ to: formatDate(u.validTo) });
  return s.validAlways;
}

function Crumbs(props: { lang: Lang; path: Unit[]; day: string; last?: Unit }) {
  const s = placeAdminText(props.lang);
  if (props.path.length === 0 && !props.last) return null;
  return (
    <nav aria-label={s.path}>
      <ol class="crumbs">
        {props.path.map((u) => (
          <li>
            <a href={treeHref(u.code, props.day)}>{u.name}</a>
          </li>
        ))}
        {props.last ? <li aria-current="page">{props.last.name}</li> : null}
      </ol>
    </nav>
  );
}

/** Units one level down (or the units a unit was formed from), each with what lies below it on the day. */
function ChildTable(props: { lang: Lang; rows: TreeChild[]; day: string; labelledBy: string }) {
  const { lang } = props;
  const s = placeAdminText(lang);
  return (
    <table class="cards" aria-labelledby={props.labelledBy}>
      <thead>
        <tr>
          <th scope="col">{s.colName}</th>
          <th scope="col">{s.colLevel}</th>
          <th scope="col">{s.colBelow}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((ch) => (
          <tr>
            <td data-label={s.colName}>
              <a href={unitHref(ch.unit.code)}>{nameOf(ch.unit)}</a>
            </td>
            <td data-label={s.colLevel}>{levelName(lang, ch.unit.level)}</td>
            <td data-label={s.colBelow}>
              {ch.below.length === 0 ? (
                s.nothingBelow
              ) : (
                <a href={treeHref(ch.unit.code, props.day)}>{ch.below.map((b) => levelCount(lang, b.level, b.n)).join(', ')}</a>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The tree at a day, or the units found by name. */
async function treePage(c: AppContext) {
  const who = managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const { db } = c.var.store;
  const typedDay = c.req.query('ngay') ?? '';
  const parsed = typedDay.trim() === '' ? todayLocal() : readDay(typedDay);
  const day = parsed ?? todayLocal();
  const error = parsed ? undefined : new UserError(P.dateNeeded(), 400, [{ field: 'ngay', said: P.dateNeeded() }]);
  const p = formProblems(lang, error);
  const q = (c.req.query('q') ?? '').trim();
  const tree = await placeTree(db, who, c.req.query('don-vi') || undefined, day);
  const found = q ? await searchPlaces(db, who, q, day) : undefined;
  const shownDay = formatDate(day);
  return c.html(
    <Layout ctx={ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <ErrorSummary lang={lang} error={error} title={s.thereIsAProblem} labels={{ ngay: s.date }} />
      <SearchForm action={PLACES_BASE} label={s.search} hint={s.searchHint} value={q} button={s.show} primary>
        {c.req.query('don-vi') ? <input type="hidden" name="don-vi" value={tree.unit.code} /> : null}
        <div>
          <label for="ngay">{s.date}</label>
          <p.Err field="ngay" />
          <input id="ngay" name="ngay" inputmode="numeric" size={12} value={error ? typedDay : shownDay} {...p.aria('ngay', 'ngay-hint')} />
          <span id="ngay-hint" class="muted hint">
            {s.dateHint}
          </span>
        </div>
      </SearchForm>
      {found ? (
        found.places.length === 0 ? (
          <p role="status">{s.none({ q, date: shownDay })}</p>
        ) : (
          <>
            <p role="status">{found.more ? s.foundMore({ shown: found.places.length, q }) : s.found({ n: found.places.length, q, date: shownDay })}</p>
            <table class="cards">
              <caption class="vh">{s.search}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colName}</th>
                  <th scope="col">{s.colLevel}</th>
                  <th scope="col">{s.colWithin}</th>
                </tr>
              </thead>
              <tbody>
                {found.places.map((f) => (
                  <tr>
                    <td data-label={s.colName}>
                      <a href={unitHref(f.code)}>{f.fullName}</a>
                    </td>
                    <td data-label={s.colLevel}>{levelName(lang, f.level)}</td>
                    <td data-label={s.colWithin}>{f.parentName ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
      <Crumbs lang={lang} path={tree.path} day={day} last={tree.path.length > 0 ? tree.unit : undefined} />
      <h2 id="children-h">{s.children({ unit: nameOf(tree.unit), date: shownDay, n: tree.children.length })}</h2>
      <p>
        <a href={unitHref(tree.unit.code)}>{s.unitPage({ unit: nameOf(tree.unit) })}</a>
      </p>
      {tree.inForce ? null : <p class="notice">{s.notInForce({ unit: nameOf(tree.unit), date: shownDay })}</p>}
      {tree.children.length === 0 ? <p>{s.noChildren}</p> : <ChildTable lang={lang} rows={tree.children} day={day} labelledBy="children-h" />}
      {tree.formedFrom.length > 0 ? (
        <>
          <h3 id="earlier-h">{s.formedThen({ unit: nameOf(tree.unit), date: shownDay })}</h3>
          <ChildTable lang={lang} rows={tree.formedFrom} day={day} labelledBy="earlier-h" />
        </>
      ) : null}
      <h2 id="tools-h">{s.tools}</h2>
      <ul aria-labelledby="tools-h">
        <li>
          <a href={IMPORT_PATH}>{s.importLink}</a>
        </li>
        {who.role === 'admin' ? (
          <li>
            <a href={MAPS_PATH}>{s.mapsLink}</a>
          </li>
        ) : null}
      </ul>
    </Layout>,
    error ? 400 : 200,
  );
}

function Links(props: { lang: Lang; links: LineageLink[] }) {
  const s = placeAdminText(props.lang);
  return (
    <ul>
      {props.links.map((l) => (
        <li>
          <a href={unitHref(l.unit.code)}>{nameOf(l.unit)}</a> {l.partial ? `${s.part} ` : ''}
          <span class="muted">
            ({levelName(props.lang, l.unit.level)}, {dates(props.lang, l.unit)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One unit: its facts, lineage and population, and the form setting a year's population. */
async function unitPage(c: AppContext, again?: { error: UserError; typed: Record<string, string> }) {
  const who = managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const r = await placeRecord(c.var.store.db, who, c.req.param('code') ?? '');
  const { unit } = r;
  const p = formProblems(lang, again?.error);
  const saved = again ? undefined : c.req.query('da-luu');
  const typed = (f: string, d = '') => again?.typed[f] ?? d;
  const today = todayLocal();
  const defaultYear = String(unit.validTo && unit.validTo < today ? Number(unit.validTo.slice(0, 4)) : Number(today.slice(0, 4)));
  return c.html(
    <Layout ctx={ctx} title={nameOf(unit)}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <Crumbs lang={lang} path={r.path} day={unit.validTo && unit.validTo < today ? unit.validTo : today} />
      <h1>{nameOf(unit)}</h1>
      {saved ? (
        <p class="ok" role="status">
          {s.saved({ year: saved })}
        </p>
      ) : null}
      <ErrorSummary lang={lang} error={again?.error} title={s.thereIsAProblem} labels={{ year: s.year, total: s.total }} />
      <dl class="facts">
        <dt>{s.level}</dt>
        <dd>{levelName(lang, unit.level)}</dd>
        <dt>{s.validity}</dt>
        <dd>{dates(lang, unit)}</dd>
        <dt>{s.parent}</dt>
        <dd>{r.parent ? <a href={unitHref(r.parent.code)}>{nameOf(r.parent)}</a> : s.noParent}</dd>
        <dt>{s.code}</dt>
        <dd>
          <small>
            <code>{unit.code}</code>
          </small>
        </dd>
      </dl>
      <p>
        <a href={treeHref(unit.code, unit.validTo && unit.validTo < today ? unit.validTo : today)}>{s.below}</a> ·{' '}
        <a href={`/don-vi/${encodeURIComponent(unit.code)}`}>{s.dashboard}</a>
      </p>
      <h2 id="lineage-h">{s.lineage}</h2>
      {r.predecessors.length === 0 && r.successors.length === 0 ? <p>{s.noLineage}</p> : null}
      {r.predecessors.length > 0 ? (
        <section aria-labelledby="formed-h" data-lineage="formed">
          <h3 id="formed-h">{s.formedFrom}</h3>
          <Links lang={lang} links={r.predecessors} />
        </section>
      ) : null}
      {r.successors.length > 0 ? (
        <section aria-labelledby="passed-h" data-lineage="passed">
          <h3 id="passed-h">{s.passedInto}</h3>
          <Links lang={lang} links={r.successors} />
        </section>
      ) : null}
      <h2 id="population-h">{s.population}</h2>
      <p class="muted">{s.populationIntro}</p>
      {r.population.length === 0 ? (
        <p>{s.noPopulation}</p>
      ) : (
        <table class="cards" aria-labelledby="population-h" id="population">
          <thead>
            <tr>
              <th scope="col">{s.colYear}</th>
              <th scope="col" class="num">
                {s.colOwn}
              </th>
              <th scope="col" class="num">
                {s.colBelowSum}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.population.map((row) => (
              <tr>
                <th scope="row" data-label={s.colYear}>
                  {row.year}
                </th>
                <td class="num" data-label={s.colOwn}>
                  {formatNumber(lang, row.own)}
                </td>
                <td class="num" data-label={s.colBelowSum}>
                  {formatNumber(lang, row.below)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 id="set-h">{s.setPopulation}</h3>
      <form method="post" action={`${unitHref(unit.code)}/dan-so`} aria-labelledby="set-h" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <TextField problems={p} name="year" label={s.year} value={typed('year', defaultYear)} inputmode="numeric" />
        <TextField problems={p} name="total" label={s.total} value={typed('total')} inputmode="numeric" hint={s.totalHint} />
        <p>
          <button class="primary" type="submit">
            {s.save}
          </button>
        </p>
      </form>
    </Layout>,
    again?.error.status ?? 200,
  );
}

const EXAMPLE = 'Mã đơn vị,Năm,Dân số\n19777,2026,"23.456"\nPhường Vỹ Dạ,2025,23.100';

/** The population file: the form, then the problems by row and column, or the changes a check found. */
async function importPage(c: AppContext, result?: { error?: UserError; plan?: PopulationPlan; applied?: boolean; text?: string }) {
  managers(c);
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const error = result?.error;
  const fileProblem = error?.problems.find((x) => x.field === 'file');
  const rows = error?.problems.filter((x) => x.field !== 'file') ?? [];
  const plan = result?.plan;
  return c.html(
    <Layout ctx={ctx} title={s.importTitle}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <h1>{s.importTitle}</h1>
      <p>{s.importIntro}</p>
      <details>
        <summary>{s.example}</summary>
        <pre>{EXAMPLE}</pre>
      </details>
      {error ? (
        <div class="error error-summary" role="alert" aria-labelledby="import-err-h">
          <h2 id="import-err-h">{s.thereIsAProblem}</h2>
          <p>{sayIn(lang, error.said)}</p>
          {fileProblem ? (
            <p>
              <a href="#file">
                {s.file}: {sayIn(lang, fileProblem.said)}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {rows.length > 0 ? (
        <table class="cards" id="problems">
          <caption>{s.problems}</caption>
          <thead>
            <tr>
              <th scope="col">{s.colRow}</th>
              <th scope="col">{s.colColumn}</th>
              <th scope="col">{s.colProblem}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr>
                <td data-label={s.colRow}>{x.row ?? '—'}</td>
                <td data-label={s.colColumn}>{x.field ?? '—'}</td>
                <td data-label={s.colProblem}>{sayIn(lang, x.said)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan ? (
        <>
          <p class="ok" role="status">
            {result?.applied
              ? s.applied({ changes: plan.changes.length, unchanged: plan.unchanged })
              : s.checked({ rows: plan.rows, changes: plan.changes.length, unchanged: plan.unchanged })}
          </p>
          {plan.changes.length > 0 ? (
            <table class="cards" id="changes">
              <caption>{s.changesTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colRow}</th>
                  <th scope="col">{s.colUnit}</th>
                  <th scope="col">{s.colYear}</th>
                  <th scope="col" class="num">
                    {s.colOld}
                  </th>
                  <th scope="col" class="num">
                    {s.colNew}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.changes.slice(0, LISTED_CHANGES).map((ch) => (
                  <tr>
                    <td data-label={s.colRow}>{ch.row}</td>
                    <td data-label={s.colUnit}>
                      <a href={unitHref(ch.unit.code)}>{nameOf(ch.unit)}</a>
                    </td>
                    <td data-label={s.colYear}>{ch.year}</td>
                    <td class="num" data-label={s.colOld}>
                      {formatNumber(lang, ch.old)}
                    </td>
                    <td class="num" data-label={s.colNew}>
                      {formatNumber(lang, ch.total)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {plan.changes.length > LISTED_CHANGES ? <p>{s.changesMore({ n: plan.changes.length - LISTED_CHANGES })}</p> : null}
          {!result?.applied && plan.changes.length > 0 && result?.text !== undefined ? (
            <form method="post" action={IMPORT_PATH}>
              <input type="hidden" name="_csrf" value={ctx.csrf} />
              <input type="hidden" name="noi-dung" value={Buffer.from(result.text, 'utf8').toString('base64')} />
              <button class="primary" type="submit" name="buoc" value="nap">
                {s.applyChecked}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="rule-form">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="file">{s.file}</label>
        {fileProblem ? (
          <span id="file-err" class="field-error">
            {sayIn(lang, fileProblem.said)}
          </span>
        ) : null}
        <input
          id="file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          aria-invalid={fileProblem ? 'true' : undefined}
          aria-describedby={fileProblem ? 'file-err' : undefined}
        />
        <p class="actions">
          <button class="primary" type="submit" name="buoc" value="kiem-tra">
            {s.check}
          </button>{' '}
          <button type="submit" name="buoc" value="nap">
            {s.apply}
          </button>
        </p>
      </form>
    </Layout>,
    error ? error.status : 200,
  );
}

const MAP_WORDS = { '2025-06': 'map2025_06', '2025-07': 'map2025_07', mergers: 'mapMergers' } as const satisfies Record<BuiltinMap, string>;
const mapName = (lang: Lang, map: BuiltinMap) => placeAdminText(lang)[MAP_WORDS[map]];

function Sample(props: { lang: Lang; n: number; items: string[] }) {
  const s = placeAdminText(props.lang);
  if (props.items.length === 0) return null;
  return (
    <ul>
      {props.items.map((i) => (
        <li>{i}</li>
      ))}
      {props.n > props.items.length ? <li class="muted">{s.andMore({ n: formatNumber(props.lang, props.n - props.items.length) })}</li> : null}
    </ul>
  );
}

function PreviewOf(props: { lang: Lang; preview: MapPreview; csrf: string }) {
  const { lang, preview: v } = props;
  const s = placeAdminText(lang);
  const n = (x: number) => formatNumber(lang, x);
  const nothing = v.added.n + v.ended.n + v.renamed.n + v.merged.n + v.recoded === 0;
  return (
    <section aria-labelledby="preview-h" id="preview" data-map={v.map}>
      <h2 id="preview-h">{s.previewOf({ map: mapName(lang, v.map) })}</h2>
      {nothing ? (
        <p role="status">{s.nothingChanges}</p>
      ) : (
        <>
          <h3 data-count="added">{s.added({ n: n(v.added.n) })}</h3>
          <Sample lang={lang} n={v.added.n} items={v.added.sample} />
          <h3 data-count="ended">{s.ended({ n: n(v.ended.n) })}</h3>
          <Sample lang={lang} n={v.ended.n} items={v.ended.sample} />
          <h3 data-count="renamed">{s.renamed({ n: n(v.renamed.n) })}</h3>
          <Sample lang={lang} n={v.renamed.n} items={v.renamed.sample.map((r) => `${r.from} → ${r.to}`)} />
          <h3 data-count="merged">{s.merged({ n: n(v.merged.n) })}</h3>
          <Sample lang={lang} n={v.merged.n} items={v.merged.sample.map((r) => `${r.from} → ${r.to}`)} />
          {v.recoded > 0 ? <p>{s.recoded({ n: n(v.recoded) })}</p> : null}
        </>
      )}
      <form method="post" action={MAPS_PATH}>
        <input type="hidden" name="_csrf" value={props.csrf} />
        <input type="hidden" name="map" value={v.map} />
        <button class="primary" type="submit">
          {s.confirm}
        </button>
      </form>
    </section>
  );
}

/** The shipped maps, each with a preview link; a preview asked for, with its confirmation. */
async function mapsPage(c: AppContext, done?: string) {
  const who = signedIn(c);
  if (who.role !== 'admin') throw forbidden();
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = placeAdminText(lang);
  const asked = c.req.query('xem');
  const preview = asked ? await previewBuiltinMap(c.var.store.db, who, asked) : undefined;
  return c.html(
    <Layout ctx={ctx} title={s.mapsTitle}>
      <p>
        <a href={PLACES_BASE}>← {s.back}</a>
      </p>
      <h1>{s.mapsTitle}</h1>
      <p>{s.mapsIntro}</p>
      <StatusNote said={done} />
      <ul>
        {builtinMaps().map((m) => (
          <li>
            {mapName(lang, m)} —{' '}
            <a href={`${MAPS_PATH}?xem=${m}#preview`}>
              {s.preview}
              <span class="vh">: {mapName(lang, m)}</span>
            </a>
          </li>
        ))}
      </ul>
      {preview ? <PreviewOf lang={lang} preview={preview} csrf={ctx.csrf} /> : null}
    </Layout>,
  );
}

async function fileText(v: unknown): Promise<string | undefined> {
  if (v instanceof File && v.size > 0) return v.text();
  return undefined;
}

export const placePages = new Hono<AppEnv>()
  .use(PLACES_BASE, requireLogin())
  .use(`${PLACES_BASE}/*`, requireLogin())
  .get(PLACES_BASE, (c) => treePage(c))
  .get(IMPORT_PATH, (c) => importPage(c))
  .post(IMPORT_PATH, async (c) => {
    const who = managers(c);
    const body = await c.req.parseBody();
    const carried = typeof body['noi-dung'] === 'string' ? Buffer.from(body['noi-dung'], 'base64').toString('utf8') : undefined;
    const text = carried ?? (await fileText(body.file));
    if (text === undefined) return importPage(c, { error: new UserError(P.csvNoFile(), 422, [{ field: 'file', said: P.csvNoFile() }]) });
    const apply = body.buoc === 'nap';
    try {
      const plan = await importPopulation(c.var.store.db, who, text, { apply, lang: c.var.lang });
      return importPage(c, { plan, applied: apply, text });
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return importPage(c, { error: e });
      throw e;
    }
  })
  .get(MAPS_PATH, (c) => mapsPage(c))
  .post(MAPS_PATH, async (c) => {
    const who = signedIn(c);
    const body = await c.req.parseBody();
    const map = typeof body.map === 'string' ? body.map : '';
    const summary = await loadBuiltinMap(c.var.store.db, who, map);
    const s = placeAdminText(c.var.lang);
    const name = mapName(c.var.lang, map as BuiltinMap);
    const done = summary.mergers
      ? s.loadedMergers({ map: name, links: formatNumber(c.var.lang, summary.mergers.links) })
      : s.loaded({
          map: name,
          created: formatNumber(c.var.lang, summary.created),
          updated: formatNumber(c.var.lang, summary.updated),
          unchanged: formatNumber(c.var.lang, summary.unchanged),
        });
    return mapsPage(c, done);
  })
  .get(`${UNIT_BASE}/:code`, (c) => unitPage(c))
  .post(`${UNIT_BASE}/:code/dan-so`, async (c) => {
    const who = managers(c);
    const body = await c.req.parseBody();
    const typed = { year: String(body.year ?? ''), total: String(body.total ?? '') };
    try {
      const change = await editPopulation(c.var.store.db, who, c.req.param('code'), typed, c.var.lang);
      return c.redirect(`${unitHref(c.req.param('code'))}?da-luu=${change.year}#population-h`, 303);
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return unitPage(c, { error: e, typed });
      throw e;
    }
  });
