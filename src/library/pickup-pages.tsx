import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { requireLogin } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { Layout } from '../core/web/layout.tsx';
import { Csrf, ErrorSummary, FormField, refusal, type Refusal } from './form-bits.tsx';
import { deskText } from './desk-messages.ts';
import { holdText } from './hold-messages.ts';
import { expireHold, fillHold, pickupList, type PullLine, type ReadyLine } from './pickup.ts';
import type { Place } from './places.ts';
import { patronsPath } from './patron-view.tsx';
import { lendHref } from './scan-desk-view.tsx';
import { StatusNote } from '../core/web/status-note.tsx';

/**
 * The holds pickup list at a library's desk (issue 20): holds to pull from the shelf (each with the copy's barcode
 * to scan and "Giữ cho bạn đọc"), and copies set aside awaiting their reader (handed out at the scan desk).
 */
type T = ReturnType<typeof holdText>;
/** The words the desk pages share. */
type D = ReturnType<typeof deskText>;
const pickupPath = (lib: Place) => `/thu-vien/${encodeURIComponent(lib.code)}/dat-truoc`;
const text = (v: unknown) => (typeof v === 'string' ? v : '');

const readerWords = (t: T, l: { reader: string; card: string }) => (l.reader ? `${l.reader} (${l.card})` : t.readerOfOtherLibrary({ card: l.card }));

function Pull(props: { t: T; d: D; lib: Place; lines: PullLine[]; token: string; r: Refusal | undefined }) {
  const { t, d, lib, r } = props;
  if (props.lines.length === 0) return <p>{t.noneToPull}</p>;
  return (
    <ul style="list-style:none;padding:0;margin:0">
      {props.lines.map((l) => {
        const form = `fill-${l.holdId}`;
        return (
          <li style="border-top:1px solid #ccc;padding:.5rem 0">
            <strong>{l.title}</strong>
            <br />
            {`${d.reader}: ${readerWords(t, l)} · ${t.queueNo}: ${l.position} · ${t.placedOn}: ${formatDate(l.placedAt)}`}
            <br />
            {`${t.onShelf}: ${l.onShelf.join(', ')}`}
            <form method="post" action={`${pickupPath(lib)}/${l.holdId}/giu`} class="patron-find">
              <Csrf token={props.token} />
              <FormField form={form} name="barcode" label={t.copyToSetAside({ title: l.title })} r={r} value={l.onShelf[0]} required />
              <p>
                <button class="primary" type="submit">
                  {t.setAsideButton}
                </button>
              </p>
            </form>
            {r?.form === form && r.fields.hold ? <p class="field-error">{r.fields.hold}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

function Ready(props: { t: T; d: D; lib: Place; lines: ReadyLine[]; token: string; r: Refusal | undefined }) {
  const { t, d, lib, r } = props;
  if (props.lines.length === 0) return <p>{t.noneReady}</p>;
  return (
    <table class="compact" aria-labelledby="ready-h">
      <thead>
        <tr>
          <th scope="col">{d.title}</th>
          <th scope="col">{d.reader}</th>
          <th scope="col">{t.keptUntil}</th>
        </tr>
      </thead>
      <tbody>
        {props.lines.map((l) => (
          <tr>
            <td>
              {l.title}
              <br />
              <span class="muted">{`${d.barcode}: ${l.barcode}`}</span>
            </td>
            <td>
              {readerWords(t, l)}
              {l.known ? (
                <>
                  <br />
                  <a href={lendHref(lib, l.card, [])}>{t.handOut}</a>
                </>
              ) : null}
            </td>
            <td class={l.lapsed ? 'late' : undefined}>
              {l.until ? (l.lapsed ? t.pickupLapsed({ date: formatDate(l.until) }) : formatDate(l.until)) : ''}
              {l.lapsed ? (
                <form method="post" action={`${pickupPath(lib)}/${l.holdId}/het-han`}>
                  <Csrf token={props.token} />
                  <button type="submit" aria-label={t.expireNowLabel({ title: l.title, reader: readerWords(t, l) })}>
                    {t.expireNowButton}
                  </button>
                </form>
              ) : null}
              {r?.form === `expire-${l.holdId}` ? (
                <p class="field-error" id={`expire-${l.holdId}-hold`}>
                  {r.fields.hold ?? r.said}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

async function page(c: AppContext, notice: string | null, r?: Refusal, status: 200 | 404 | 409 | 422 = 200) {
  const ctx = pageContext(c);
  const t = holdText(ctx.lang);
  const d = deskText(ctx.lang);
  const { lib, pull, ready } = await pickupList(c.var.store.db, signedIn(c), c.req.param('code') ?? '');
  const code = encodeURIComponent(lib.code);
  return c.html(
    <Layout ctx={ctx} title={`${d.pickupList} · ${lib.name}`}>
      <style>{`.patron-find{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}.patron-find .field{margin:0;flex:0 1 24rem}.late{color:#8a1710;font-weight:700}table.compact td,table.compact th{padding:4px 6px}`}</style>
      <h1>{d.pickupList}</h1>
      <p>
        {lib.name} · <a href={`/thu-vien/${code}/quay`}>{d.scanDesk}</a> · <a href={patronsPath(lib)}>{d.findPatron}</a>
      </p>
      <StatusNote said={notice} />
      <ErrorSummary lang={ctx.lang} r={r} />
      <section aria-labelledby="pull-h">
        <h2 id="pull-h">{`${t.toPullH} (${pull.length})`}</h2>
        <p class="muted">{t.toPullHint}</p>
        <Pull t={t} d={d} lib={lib} lines={pull} token={ctx.csrf} r={r} />
      </section>
      <section aria-labelledby="ready-h">
        <h2 id="ready-h">{`${t.readyH} (${ready.length})`}</h2>
        <p class="muted">{t.readyHint}</p>
        <Ready t={t} d={d} lib={lib} lines={ready} token={ctx.csrf} r={r} />
      </section>
    </Layout>,
    status,
  );
}

export const pickupPages = new Hono<AppEnv>()
  .use('/thu-vien/:code/dat-truoc', requireLogin())
  .use('/thu-vien/:code/dat-truoc/*', requireLogin())
  .get('/thu-vien/:code/dat-truoc', (c) => page(c, c.req.query('tb') ?? null))
  .post('/thu-vien/:code/dat-truoc/:id{[0-9]+}/giu', async (c) => {
    const b = await c.req.parseBody();
    const barcode = text(b.barcode);
    const holdId = Number(c.req.param('id'));
    try {
      const done = await fillHold(c.var.store.db, signedIn(c), c.req.param('code'), holdId, barcode);
      const notice = holdText(c.var.lang).filled({ barcode: done.barcode, title: done.title, until: formatDate(done.until) });
      return c.redirect(`/thu-vien/${encodeURIComponent(c.req.param('code'))}/dat-truoc?${new URLSearchParams({ tb: notice })}`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || ![404, 409, 422].includes(e.status)) throw e;
      const r = refusal(c.var.lang, `fill-${holdId}`, e, { barcode });
      if (!e.problems.length) r.fields.barcode = r.said;
      return page(c, null, r, e.status as 404 | 409 | 422);
    }
  })
  .post('/thu-vien/:code/dat-truoc/:id{[0-9]+}/het-han', async (c) => {
    const holdId = Number(c.req.param('id'));
    try {
      const done = await expireHold(c.var.store.db, signedIn(c), c.req.param('code'), holdId);
      const t = holdText(c.var.lang);
      const notice = done.next
        ? t.expiredToNext({ title: done.title, barcode: done.barcode, reader: done.next, until: formatDate(done.nextUntil) })
        : t.expiredToShelf({ title: done.title, barcode: done.barcode });
      return c.redirect(`/thu-vien/${encodeURIComponent(c.req.param('code'))}/dat-truoc?${new URLSearchParams({ tb: notice })}`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || ![404, 409].includes(e.status)) throw e;
      return page(c, null, refusal(c.var.lang, `expire-${holdId}`, e, {}), e.status as 404 | 409);
    }
  });
