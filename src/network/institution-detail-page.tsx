import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, type UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { DatedActionForm, ErrorSummary, formProblems, TextField } from '../core/web/problems.tsx';
import { todayLocal } from '../core/time.ts';
import { StatusNote } from '../core/web/status-note.tsx';
import { institutionRecord } from './institution-admin.ts';
import { institutionAdminText } from './messages.ts';
import { unitChoices } from './unit-picker.ts';
import { DetailFields, labelsOf } from './institution-fields.tsx';
import { detailsOf, type Typed } from './institution-form-values.ts';
import { INSTITUTIONS_BASE } from './institution-paths.ts';
import { UnitList } from './unit-list.tsx';

/** One institution: its details, the move and the closing forms, its unit history. */
export async function institutionPage(c: AppContext, again?: { error: UserError; typed: Typed; form: 'details' | 'move' | 'close' }) {
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
      <ErrorSummary focus lang={lang} error={again?.error} title={s.thereIsAProblem} labels={labelsOf(lang)} />
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
