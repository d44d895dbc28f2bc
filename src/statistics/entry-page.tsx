import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import type { UserError, Said } from '../core/errors.ts';
import { formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { assetPath } from '../core/web/assets.ts';
import { YearForm } from '../core/web/year-form.tsx';
import { TemplateLinks } from './import-page.tsx';
import { AttributeForm } from './attribute-form.tsx';
import type { CellWarning } from './checks.ts';
import { cellName, entrySheet, noteName } from './entry.ts';
import { statisticsText } from './messages.ts';
import { noteKey } from './notes.ts';
import { cellHref, fieldId, named } from './entry-fields.ts';

/**
 * A refused save's summary at the top of the page (the GOV.UK error summary): the reason, then each problem in words,
 * a field's linking to that field (a cell by its element's name and month, never its code), then the warnings to
 * confirm, each linking to its comment box.
 */
function ErrorSummary(props: { lang: Lang; error: UserError; warnings: CellWarning[]; labels: ReadonlyMap<string, string> }) {
  const { lang, error, labels, warnings } = props;
  const s = statisticsText(lang);
  const onlyWarnings = error.problems.every((p) => p.field?.startsWith('n:'));
  const Item = (p: { field: string | undefined; said: Said }) => {
    const label = p.field ? labels.get(p.field) : undefined;
    return (
      <li>
        {label && p.field ? (
          <a href={`#${fieldId(p.field)}`}>
            {label}: {sayIn(lang, p.said)}
          </a>
        ) : (
          sayIn(lang, p.said)
        )}
      </li>
    );
  };
  return (
    <div class={onlyWarnings ? 'warn error-summary' : 'error error-summary'} role="alert" aria-labelledby="error-summary-h">
      <h2 id="error-summary-h">{onlyWarnings ? s.checkThese : s.thereIsAProblem}</h2>
      <p>{sayIn(lang, error.said)}</p>
      {error.problems.length > 0 ? (
        <ul>
          {error.problems.map((p) => (
            <Item field={p.field} said={p.said} />
          ))}
        </ul>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <p>{s.toConfirm}</p>
          <ul>
            {warnings.map((w) => (
              <Item field={noteName(w.element, w.period)} said={w.said} />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** A refused save: the refusal, the warnings to confirm, and what was typed (shown again in the form). */
export interface Again {
  error: UserError;
  warnings: CellWarning[];
  typed: Readonly<Record<string, unknown>>;
}

const pct = (lang: Lang, part: number, whole: number) => formatNumber(lang, whole === 0 ? 0 : (part / whole) * 100, 0);

/** The entry page of an institution for a year; after a refused save, again with the reason and what was typed. */
/**
 * Where the institution's staff do their daily work, from the page they land on: a library's circulation desk and its
 * other desk work, a museum's or a cultural centre's management page (addresses only: those modules draw them).
 */
function WorkLinks(props: { lang: Lang; code: string; sector: string | undefined }) {
  const s = statisticsText(props.lang);
  const code = encodeURIComponent(props.code);
  const links: [string, string][] =
    props.sector === 'library' || props.sector === 'service_point'
      ? [
          [`/thu-vien/${code}/quay`, s.circulationDesk],
          [`/thu-vien/${code}`, s.libraryWork],
        ]
      : props.sector === 'museum'
        ? [[`/quan-ly/bao-tang/${code}`, s.museumWork]]
        : props.sector === 'culture'
          ? [[`/quan-ly/van-hoa/${code}`, s.cultureWork]]
          : [];
  if (links.length === 0) return null;
  return (
    <nav aria-label={s.workPages}>
      <p>
        {links.map(([href, label], i) => (
          <>
            {i > 0 ? ' · ' : ''}
            <a href={href}>{label}</a>
          </>
        ))}
      </p>
    </nav>
  );
}

export async function entryPage(c: AppContext, asked: string | undefined, again?: Again) {
  const ctx = pageContext(c);
  const { t, lang } = ctx;
  const s = statisticsText(lang);
  const sheet = await entrySheet(c.var.store.db, signedIn(c), c.req.param('code') ?? '', asked);
  const { institution: inst, kind, canWrite, year, years, months, monthly, yearly, values, notes, completeness } = sheet;
  const saved = !again && c.req.query('da-luu') === '1';
  // after a refused save: what the person typed, in place of what is stored
  const typed = (name: string, stored: string) => {
    const v = again?.typed[name];
    return typeof v === 'string' ? v : stored;
  };
  // each field's words (element's name, the month or the year; the attribute's name), for its label and its error
  const labels = new Map<string, string>();
  for (const e of monthly) for (const m of months) labels.set(cellName(e.code, m), `${named(lang, e.nameVi, e.nameEn)}, ${t.month} ${Number(m.slice(5))}`);
  for (const e of yearly) labels.set(cellName(e.code, String(year)), `${named(lang, e.nameVi, e.nameEn)}, ${t.yearly} ${year}`);
  for (const [name, label] of [...labels]) labels.set(`n:${name.slice(2)}`, `${s.notes} (${label})`);
  for (const a of sheet.attributes) labels.set(`f:${a.code}`, `${named(lang, a.name_vi, a.name_en)}: ${s.evidenceFile}`);
  // after a refused save: the first problem of each field, shown beside it; the first bad field has the focus
  const bad = new Map<string, Said>();
  for (const p of again?.error.problems ?? []) if (p.field && labels.has(p.field) && !bad.has(p.field)) bad.set(p.field, p.said);
  const warned = new Map<string, CellWarning[]>();
  for (const w of again?.warnings ?? []) {
    const name = cellName(w.element, w.period);
    warned.set(name, [...(warned.get(name) ?? []), w]);
  }
  const firstBad = bad.keys().next().value ?? (warned.size > 0 ? `n:${[...warned.keys()][0]!.slice(2)}` : undefined);
  /** A stored value as the page writes numbers ("5.846", "25,5"), read back the same way on save. */
  const shown = (v: number | undefined) => (v === undefined ? '' : formatNumber(lang, v, 3));
  const Cell = (props: { element: string; period: string; stored: string }) => {
    const name = cellName(props.element, props.period);
    const id = fieldId(name);
    const said = bad.get(name);
    const warnings = warned.get(name);
    const note = notes.get(noteKey(props.element, props.period));
    const comment = noteName(props.element, props.period);
    const commentSaid = bad.get(comment);
    const describedBy = [said ? `${id}-err` : '', warnings ? `${id}-warn` : ''].filter(Boolean).join(' ');
    return (
      <td class={warnings ? 'warned' : undefined}>
        <input
          id={id}
          name={name}
          inputmode="decimal"
          value={typed(name, props.stored)}
          aria-label={labels.get(name)}
          aria-invalid={said ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          autofocus={name === firstBad}
          disabled={!canWrite}
        />
        {note ? (
          <a class="mark" href={cellHref(inst.code, props.element, props.period)} title={note.comment ?? undefined}>
            <span aria-hidden="true">{note.followUp ? '⚑' : '✎'}</span>
            <span class="vh">
              {s.noteOfCell({ cell: labels.get(name) ?? '' })}. {note.followUp ? s.markedFollowUp : ''}{' '}
              {note.comment ? s.hasComment({ comment: note.comment }) : ''}
            </span>
          </a>
        ) : null}
        {said ? (
          <span id={`${id}-err`} class="field-error">
            {sayIn(lang, said)}
          </span>
        ) : null}
        {warnings ? (
          <>
            <span id={`${id}-warn`}>
              {warnings.map((w) => (
                <span class="field-warn">
                  {s.warning}: {sayIn(lang, w.said)}
                </span>
              ))}
            </span>
            <label for={fieldId(comment)}>{s.commentWhy}</label>
            {commentSaid ? (
              <span id={`${fieldId(comment)}-err`} class="field-error">
                {sayIn(lang, commentSaid)}
              </span>
            ) : null}
            <textarea
              id={fieldId(comment)}
              name={comment}
              rows={3}
              aria-invalid={commentSaid ? 'true' : undefined}
              aria-describedby={commentSaid ? `${fieldId(comment)}-err ${id}-warn` : `${id}-warn`}
              autofocus={comment === firstBad}
            >
              {typed(comment, '')}
            </textarea>
          </>
        ) : null}
      </td>
    );
  };
  /** A row's label, with its notes: each month's cell page (comment, follow-up), a disclosure that needs no script. */
  const RowLabel = (props: { element: string; name: string; periods: string[] }) => (
    <th scope="row" style="font-weight:normal">
      {props.name}
      <details class="row-notes">
        <summary>
          {s.notes}
          <span class="vh"> ({props.name})</span>
        </summary>
        {props.periods.map((p) => (
          <a href={cellHref(inst.code, props.element, p)} aria-label={s.noteOfCell({ cell: labels.get(cellName(props.element, p)) ?? '' })}>
            {p.length === 7 ? s.monthShort({ m: Number(p.slice(5)) }) : p}
          </a>
        ))}
      </details>
    </th>
  );
  const saveButton = canWrite ? (
    <p>
      <button class="primary" type="submit">
        {t.save}
      </button>
    </p>
  ) : null;
  const due = [...completeness.months.values()].reduce((a, m) => ({ filled: a.filled + (m.expected ? m.filled : 0), expected: a.expected + m.expected }), {
    filled: 0,
    expected: 0,
  });
  return c.html(
    <Layout ctx={ctx} title={inst.name}>
      <p>
        <a href={`/don-vi/${encodeURIComponent(inst.unit)}?nam=${year}`}>← {inst.unitName}</a>
      </p>
      <h1>{inst.name}</h1>
      <p>
        {t.kind}: {named(lang, kind?.vi, kind?.en)} · {t.ownership}: {inst.ownership === 'public' ? t.public : t.nonPublic}
        {inst.address ? ` · ${t.address}: ${inst.address}` : ''}
      </p>
      {canWrite ? <WorkLinks lang={lang} code={inst.code} sector={kind?.sector} /> : null}
      <YearForm action={`/co-so/${encodeURIComponent(inst.code)}`} year={year} years={years} t={t} />
      {canWrite ? <TemplateLinks lang={lang} code={inst.code} year={year} /> : null}
      {again ? <ErrorSummary lang={lang} error={again.error} warnings={again.warnings} labels={labels} /> : null}
      {saved ? (
        <p class="ok" role="status">
          {t.saved}
        </p>
      ) : null}
      <AttributeForm ctx={ctx} sheet={sheet} typed={typed} bad={bad} first={firstBad} />
      <h2 id="entry-h">
        {t.dataEntry} {year}
      </h2>
      {due.expected > 0 ? (
        <p id="completeness">
          {s.completeness({
            filled: formatNumber(lang, due.filled, 0),
            expected: formatNumber(lang, due.expected, 0),
            rate: pct(lang, due.filled, due.expected),
          })}
          {completeness.year.expected > 0 ? ` ${s.yearCompleteness({ filled: completeness.year.filled, expected: completeness.year.expected })}` : ''}
        </p>
      ) : null}
      <p class="muted">
        {s.notesHelp} <a href="/theo-doi">{s.followUpsLink}</a>
      </p>
      <form method="post" action={`/co-so/${encodeURIComponent(inst.code)}/so-lieu?nam=${year}`}>
        <input type="hidden" name="_csrf" value={c.var.csrf} />
        {/* the months scroll inside their box, the row labels stay (sticky); entry-grid.js adds the keys */}
        <div class="scroll grid" role="region" aria-labelledby="entry-h" tabindex={0}>
          <table data-grid>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                {months.map((m) => (
                  <th scope="col">
                    {t.month} {Number(m.slice(5))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthly.map((e) => (
                <tr>
                  <RowLabel element={e.code} name={named(lang, e.nameVi, e.nameEn)} periods={months} />
                  {months.map((m) => (
                    <Cell element={e.code} period={m} stored={shown(values.get(e.code)?.get(m))} />
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{s.filledRow}</th>
                {months.map((m) => {
                  const k = completeness.months.get(m)!;
                  return <td class="num">{k.expected > 0 ? `${k.filled}/${k.expected}` : <span class="muted">{s.notExpected}</span>}</td>;
                })}
              </tr>
            </tfoot>
          </table>
        </div>
        <div class="scroll grid">
          <table data-grid>
            <thead>
              <tr>
                <th scope="col">{t.indicator}</th>
                <th scope="col">
                  {t.yearly} {year}
                </th>
              </tr>
            </thead>
            <tbody>
              {yearly.map((e) => (
                <tr>
                  <RowLabel element={e.code} name={named(lang, e.nameVi, e.nameEn)} periods={[String(year)]} />
                  <Cell element={e.code} period={String(year)} stored={shown(values.get(e.code)?.get(String(year)))} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{s.filledRow}</th>
                <td class="num">
                  {completeness.year.expected > 0 ? `${completeness.year.filled}/${completeness.year.expected}` : <span class="muted">{s.notExpected}</span>}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        {saveButton}
      </form>
      {canWrite ? <script src={assetPath('entry-grid.js')} defer /> : null}
    </Layout>,
    again?.error.status ?? 200,
  );
}
