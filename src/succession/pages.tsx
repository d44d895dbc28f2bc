import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { requireLogin } from '../core/web/guards.ts';
import { UserError } from '../core/errors.ts';
import { formatDate, formatDateTime, sayIn, type Lang } from '../core/i18n/index.ts';
import { fold } from '../core/text/vietnamese.ts';
import { kindNames } from '../network/institutions.ts';
import { applyHandover, handoverPreview, institutionField, userField, type Choices, type Handover, type Which } from './handover.ts';
import { roleName, successionText } from './messages.ts';

const BASE = '/quan-tri/ban-giao';
const SHOWN = 200;
/** The element id of a choice's select: its field, safe in an id. */
const fieldId = (field: string) => `f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The choices a form sent: `user:<username>` and `institution:<code>` selects, each a successor's code. */
function choicesOf(body: Record<string, unknown>): Choices {
  const choices: Required<Choices> = { users: {}, institutions: {} };
  for (const [name, value] of Object.entries(body)) {
    if (typeof value !== 'string' || value === '') continue;
    if (name.startsWith('user:')) choices.users[name.slice(5)] = value;
    else if (name.startsWith('institution:')) choices.institutions[name.slice(12)] = value;
  }
  return choices;
}

/** The summary of a refused hand-over (the GOV.UK error summary): the reason, then each problem linking to its select. */
function ErrorSummary(props: { lang: Lang; error: UserError }) {
  const { lang, error } = props;
  return (
    <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{successionText(lang).thereIsAProblem}</h2>
      <p>{sayIn(lang, error.said)}</p>
      <ul>
        {error.problems.map((p) => (
          <li>{p.field ? <a href={`#${fieldId(p.field)}`}>{sayIn(lang, p.said)}</a> : sayIn(lang, p.said)}</li>
        ))}
      </ul>
    </div>
  );
}

/** A select of the unit's successors by name: preselected when there is one, else a choice to make (what was sent kept). */
function SuccessorSelect(props: { h: Handover; field: string; label: string; chosen: string | undefined; problem: string | undefined; lang: Lang }) {
  const { h, field, chosen, problem } = props;
  const id = fieldId(field);
  const selected = chosen ?? (h.successors.length === 1 ? h.successors[0]!.code : '');
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={field} aria-invalid={problem ? 'true' : undefined} aria-describedby={problem ? `${id}-err` : undefined}>
        {h.successors.length > 1 ? (
          <option value="" selected={selected === ''}>
            {successionText(props.lang).choose}
          </option>
        ) : null}
        {h.successors.map((s) => (
          <option value={s.code} selected={s.code === selected}>
            {s.fullName ?? s.name}
          </option>
        ))}
      </select>
      {problem ? (
        <span id={`${id}-err`} class="field-error">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

/** One ended unit's hand-over: its successors, then who and what moves where, then its cycles and drafts. */
function UnitHandover(props: { h: Handover; lang: Lang; kinds: Map<string, { vi: string; en: string }>; sent: Choices; error?: UserError }) {
  const { h, lang, kinds, sent, error } = props;
  const t = successionText(lang);
  const problemOf = (field: string) => {
    const p = error?.problems.find((x) => x.field === field);
    return p ? sayIn(lang, p.said) : undefined;
  };
  const ended = formatDate(h.unit.validTo);
  const headingId = `h-${fieldId(h.unit.code)}`;
  return (
    <section aria-labelledby={headingId} class="handover" data-unit={h.unit.code}>
      <h2 id={headingId}>
        <a href={`/don-vi/${encodeURIComponent(h.unit.code)}`}>{h.unit.fullName ?? h.unit.name}</a>
      </h2>
      {h.successors.length > 0 ? (
        <p>
          {t.endedInto({ date: ended })}{' '}
          {h.successors.map((s, i) => (
            <>
              {i > 0 ? ', ' : ''}
              <a href={`/don-vi/${encodeURIComponent(s.code)}`}>{s.fullName ?? s.name}</a>
            </>
          ))}
        </p>
      ) : (
        <p>{t.noSuccessor({ date: ended })}</p>
      )}
      {h.successors.length > 1 && (h.users.length > 0 || h.institutions.length > 0) ? <p class="muted">{t.splitNote}</p> : null}
      {h.last ? <p class="muted">{t.lastHandover({ at: formatDateTime(h.last.at), by: h.last.by ?? t.someone })}</p> : null}
      <h3>{t.usersHeading}</h3>
      {h.users.length === 0 ? <p class="muted">{t.noUsers}</p> : null}
      {h.users.map((u) => {
        const label = t.moveUser({ name: u.displayName, username: u.username, role: roleName(lang, u.role) });
        return h.successors.length > 0 ? (
          <SuccessorSelect
            h={h}
            field={userField(u.username)}
            label={label}
            chosen={sent.users?.[u.username]}
            problem={problemOf(userField(u.username))}
            lang={lang}
          />
        ) : (
          <p>{label} —</p>
        );
      })}
      <h3>{t.institutionsHeading}</h3>
      {h.institutions.length === 0 ? <p class="muted">{t.noInstitutions}</p> : null}
      {h.institutions.map((i) => {
        const label = t.moveInstitution({ name: i.name, kind: sayIn(lang, kinds.get(i.kind) ?? { vi: i.kind, en: i.kind }), from: formatDate(i.from) });
        return h.successors.length > 0 ? (
          <SuccessorSelect
            h={h}
            field={institutionField(i.code)}
            label={label}
            chosen={sent.institutions?.[i.code]}
            problem={problemOf(institutionField(i.code))}
            lang={lang}
          />
        ) : (
          <p>{label} —</p>
        );
      })}
      {h.moved.length > 0 ? (
        <details>
          <summary>{t.alreadyMoved({ n: h.moved.length })}</summary>
          <ul>
            {h.moved.map((m) => (
              <li>{t.movedTo({ name: m.name, unit: m.unitName, since: formatDate(m.since) })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <h3>{t.cyclesHeading}</h3>
      {h.cycles.length === 0 && h.drafts.length === 0 ? <p class="muted">{t.noCycles}</p> : null}
      {h.cycles.length + h.drafts.length > 0 ? (
        <ul>
          {h.cycles.map((c) => (
            <li>{t.closeCycle({ year: c.year, due: formatDate(c.deadline) })}</li>
          ))}
          {h.drafts.map((d) => (
            <li>{t.dropDraft({ year: d.year })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

const hasWork = (h: Handover) => h.users.length + h.institutions.length + h.cycles.length + h.drafts.length > 0;

/** The preview of one unit's hand-over (or every pending one's), with the form that applies it; after a refusal, again with the problems. */
async function previewPage(c: AppContext, which: Which, again?: { error: UserError; sent: Choices }) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const t = successionText(ctx.lang);
  const list = await handoverPreview(db, c.var.principal, which);
  const kinds = await kindNames(db);
  const first = list[0]?.unit;
  const title = which === 'all' ? t.previewAllTitle : t.previewTitle({ unit: first ? (first.fullName ?? first.name) : '' });
  const action = which === 'all' ? `${BASE}/tat-ca` : `${BASE}/${encodeURIComponent(list[0]!.unit.code)}`;
  const done = c.req.query('xong');
  const counts = done?.split('.').map(Number) ?? [];
  const work = list.some(hasWork);
  return c.html(
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={BASE}>{t.back}</a>
      </p>
      <h1>{title}</h1>
      {counts.length === 4 ? (
        <p class="ok" role="status">
          {t.done({ users: counts[0]!, institutions: counts[1]!, cycles: counts[2]!, drafts: counts[3]! })}
        </p>
      ) : null}
      {again ? <ErrorSummary lang={ctx.lang} error={again.error} /> : null}
      <form method="post" action={action}>
        <input type="hidden" name="_csrf" value={c.var.csrf} />
        {list.map((h) => (
          <UnitHandover h={h} lang={ctx.lang} kinds={kinds} sent={again?.sent ?? {}} error={again?.error} />
        ))}
        {work ? (
          <>
            <p>{t.confirmNote}</p>
            <p>
              <button class="primary" type="submit">
                {t.confirm}
              </button>
            </p>
          </>
        ) : (
          <p class="muted">{t.nothingToDo}</p>
        )}
      </form>
    </Layout>,
    again ? 422 : 200,
  );
}

/** Applies what the preview's form sent; a refusal (a choice missing) shows the preview again with the choices kept. */
async function apply(c: AppContext, which: Which, back: string) {
  const body = await c.req.parseBody();
  const sent = choicesOf(body);
  try {
    const r = await applyHandover(c.var.store.db, c.var.principal, which, sent);
    return c.redirect(`${back}?xong=${r.users}.${r.institutions}.${r.cycles}.${r.drafts}`, 303);
  } catch (e) {
    if (e instanceof UserError && e.status === 422) return previewPage(c, which, { error: e, sent });
    throw e;
  }
}

export const successionPages = new Hono<AppEnv>()
  .use(`${BASE}`, requireLogin())
  .use(`${BASE}/*`, requireLogin())
  .get(BASE, async (c) => {
    const { db } = c.var.store;
    const ctx = pageContext(c);
    const t = successionText(ctx.lang);
    const all = await handoverPreview(db, c.var.principal, 'all');
    const q = (c.req.query('q') ?? '').trim();
    const found = q ? all.filter((h) => fold(`${h.unit.fullName ?? ''} ${h.unit.name}`).includes(fold(q))) : all;
    const shown = found.slice(0, SHOWN);
    const counts = c.req.query('xong')?.split('.').map(Number) ?? [];
    return c.html(
      <Layout ctx={ctx} title={t.title}>
        <h1>{t.title}</h1>
        {counts.length === 4 ? (
          <p class="ok" role="status">
            {t.done({ users: counts[0]!, institutions: counts[1]!, cycles: counts[2]!, drafts: counts[3]! })}
          </p>
        ) : null}
        <p>{t.intro}</p>
        <form method="get" action={BASE} class="inline" role="search">
          <div>
            <label for="q">{t.search}</label>
            <input id="q" name="q" value={q} />
          </div>
          <button type="submit">{t.searchButton}</button>
        </form>
        {all.length === 0 ? (
          <p>{t.nonePending}</p>
        ) : (
          <>
            <p>
              <a href={`${BASE}/tat-ca`}>{t.previewAll}</a> · {t.shownOf({ shown: shown.length, total: found.length })}
            </p>
            <ul class="handover-list" aria-label={t.pendingCaption}>
              {shown.map((h) => (
                <li data-unit={h.unit.code}>
                  <a href={`${BASE}/${encodeURIComponent(h.unit.code)}`}>{h.unit.fullName ?? h.unit.name}</a>
                  <span class="muted">
                    {' '}
                    · {t.endedColumn} {formatDate(h.unit.validTo)} · {t.successorsColumn}: {h.successors.map((s) => s.fullName ?? s.name).join(', ') || '—'} ·{' '}
                    {t.counts({ users: h.users.length, institutions: h.institutions.length, cycles: h.cycles.length + h.drafts.length })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Layout>,
    );
  })
  .get(`${BASE}/tat-ca`, (c) => previewPage(c, 'all'))
  .post(`${BASE}/tat-ca`, (c) => apply(c, 'all', BASE))
  .get(`${BASE}/:code`, (c) => previewPage(c, [c.req.param('code')]))
  .post(`${BASE}/:code`, (c) => apply(c, [c.req.param('code')], `${BASE}/${encodeURIComponent(c.req.param('code'))}`));
