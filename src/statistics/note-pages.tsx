import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError, type Said } from '../core/errors.ts';
import { formatDateTime, formatMonth, formatNumber, sayIn, type Lang } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { cellHref, named } from './entry-fields.ts';
import { statisticsText } from './messages.ts';
import { cellSheet, COMMENT_MAX, followUps, saveCellNote } from './notes.ts';

/** A cell's period in words: "tháng 03/2025", "năm 2025". */
const periodWords = (lang: Lang, element: string, period: string) => {
  const s = statisticsText(lang);
  return period.length === 7 ? s.cellMonth({ element, month: formatMonth(period) }) : s.cellYear({ element, year: period });
};

/** An audited value ("5846", null) as the page writes numbers. */
const auditedNumber = (lang: Lang, v: string | null) => (v === null || v === '' || Number.isNaN(Number(v)) ? '—' : formatNumber(lang, Number(v), 3));

/**
 * The page of one cell (`/co-so/<code>/o/<element>/<period>`): its value with who changed it last, its comment and
 * follow-up flag (a form that needs no script, for whoever may write the period) and its recorded changes.
 */
async function cellPage(c: AppContext, again?: { said: Said; typed: { comment: string; followUp: boolean } }) {
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = statisticsText(lang);
  const code = c.req.param('code') ?? '';
  const cell = await cellSheet(c.var.store.db, signedIn(c), code, c.req.param('element') ?? '', c.req.param('period') ?? '');
  const { institution: inst, element, period, note } = cell;
  const title = periodWords(lang, named(lang, element.nameVi, element.nameEn), period);
  const year = period.slice(0, 4);
  const comment = again ? again.typed.comment : (note?.comment ?? '');
  const followUp = again ? again.typed.followUp : (note?.followUp ?? false);
  return c.html(
    <Layout ctx={ctx} title={title}>
      <p>
        <a href={`/co-so/${encodeURIComponent(inst.code)}?nam=${year}`}>← {s.backToForm({ year })}</a>
      </p>
      <h1>{title}</h1>
      <p>{inst.name}</p>
      {again ? (
        <div class="error error-summary" role="alert" aria-labelledby="error-summary-h">
          <h2 id="error-summary-h">{s.thereIsAProblem}</h2>
          <p>
            <a href="#comment">{sayIn(lang, again.said)}</a>
          </p>
        </div>
      ) : null}
      {c.req.query('da-luu') === '1' && !again ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>
        {s.storedValue}: <strong>{cell.value === undefined ? s.noValue : formatNumber(lang, cell.value, 3)}</strong>
        {cell.updatedAt ? (
          <>
            <br />
            <span class="muted">{s.changedBy({ by: cell.updatedBy ?? s.unknownUser, at: formatDateTime(cell.updatedAt) })}</span>
          </>
        ) : null}
      </p>
      {note?.confirmed ? (
        <p class="muted">
          {note.confirmed.split(' ').includes('outlier') ? s.confirmedOutlier : ''} {note.confirmed.split(' ').includes('rule') ? s.confirmedRule : ''}
        </p>
      ) : null}
      {cell.canWrite ? (
        <form method="post" action={cellHref(inst.code, element.code, period)}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="comment">{s.comment}</label>
          {again ? (
            <span id="comment-err" class="field-error">
              {sayIn(lang, again.said)}
            </span>
          ) : null}
          <textarea
            id="comment"
            name="comment"
            rows={4}
            maxlength={COMMENT_MAX}
            style="width:100%"
            aria-invalid={again ? 'true' : undefined}
            aria-describedby={again ? 'comment-err' : undefined}
          >
            {comment}
          </textarea>
          <p>
            <input id="followUp" name="followUp" type="checkbox" value="1" checked={followUp} />{' '}
            <label for="followUp" style="display:inline;font-weight:normal">
              {s.followUp}
            </label>
          </p>
          <p>
            <button class="primary" type="submit">
              {ctx.t.save}
            </button>
          </p>
        </form>
      ) : (
        <>
          <h2>{s.comment}</h2>
          <p style="white-space:pre-wrap">{note?.comment ?? s.noNote}</p>
          {note?.followUp ? <p>{s.markedFollowUp}</p> : null}
        </>
      )}
      {note ? <p class="muted">{s.noteBy({ by: note.setBy ?? s.unknownUser, at: formatDateTime(note.setAt) })}</p> : null}
      <h2 id="history-h">{s.history}</h2>
      {cell.history.length === 0 ? (
        <p>{s.noHistory}</p>
      ) : (
        <div class="scroll" role="region" aria-labelledby="history-h" tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{s.when}</th>
                <th scope="col">{s.who}</th>
                <th scope="col">{s.oldValue}</th>
                <th scope="col">{s.newValue}</th>
              </tr>
            </thead>
            <tbody>
              {cell.history.map((h) => (
                <tr>
                  <td>{formatDateTime(h.at)}</td>
                  <td>{h.by ?? s.unknownUser}</td>
                  <td class="num">{auditedNumber(lang, h.old)}</td>
                  <td class="num">{auditedNumber(lang, h.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>,
    again ? 422 : 200,
  );
}

/** The values marked for follow-up that the person may read (`/theo-doi`), with a link to each cell. */
async function followUpPage(c: AppContext) {
  const ctx = pageContext(c);
  const { lang } = ctx;
  const s = statisticsText(lang);
  const rows = await followUps(c.var.store.db, signedIn(c));
  return c.html(
    <Layout ctx={ctx} title={s.followUps}>
      <h1 id="follow-h">{s.followUps}</h1>
      <p>{s.followUpsIntro}</p>
      {rows.length === 0 ? (
        <p>{s.noFollowUps}</p>
      ) : (
        <ul class="follow-ups">
          {rows.map((r) => (
            <li>
              <a href={cellHref(r.institution, r.element, r.period)}>{periodWords(lang, named(lang, r.nameVi, r.nameEn), r.period)}</a>
              <br />
              {r.institutionName} · {s.storedValue}: {r.value === null ? s.noValue : formatNumber(lang, r.value, 3)}
              {r.comment ? <p class="comment">{r.comment}</p> : null}
              <span class="muted">
                {s.markedBy}: {r.setBy ?? s.unknownUser}, {formatDateTime(r.setAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Layout>,
  );
}

export const notePages = new Hono<AppEnv>()
  .use('/theo-doi', requireLogin())
  .use('/co-so/*', requireLogin())
  .get('/theo-doi', followUpPage)
  .get('/co-so/:code/o/:element/:period', (c) => cellPage(c))
  .post('/co-so/:code/o/:element/:period', async (c) => {
    const form = await c.req.parseBody();
    const typed = { comment: typeof form.comment === 'string' ? form.comment : '', followUp: form.followUp === '1' };
    const { code, element, period } = c.req.param();
    try {
      await saveCellNote(c.var.store.db, signedIn(c), code, element, period, typed);
    } catch (e) {
      if (e instanceof UserError && e.status === 422) return cellPage(c, { said: e.problems[0]?.said ?? e.said, typed });
      throw e;
    }
    return c.redirect(`${cellHref(code, element, period)}?da-luu=1`, 303);
  });
