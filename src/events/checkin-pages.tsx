import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { UserError } from '../core/errors.ts';
import { sayIn } from '../core/i18n/index.ts';
import { assetPath } from '../core/web/assets.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { when } from './components.tsx';
import { getEvent } from './events.ts';
import { checkedIn, checkInByCode } from './checkin.ts';
import { eventsErrors as E, eventsText, statusName } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

const CSS = '.checkin input{font-size:1.4rem;font-family:monospace;letter-spacing:.1em;max-width:100%}.checkin .row{display:flex;flex-wrap:wrap;gap:.5rem}';

async function ownEvent(c: AppContext) {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id) || id <= 0) throw new UserError(E.invalidId(), 404);
  const e = await getEvent(c.var.store.db, id);
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
  return e;
}

/**
 * The door of an event: one field, focused on arrival, where a scanner (which types the code and Enter) or a person
 * enters a registrant's code. Each check-in comes back to the same page, the field empty and focused again, the last
 * person named; a refusal keeps the code in the field (selected by the small script, so the next scan replaces it)
 * with the reason beside it. No mouse is needed, and no script: `autofocus` puts the cursor there.
 */
async function page(c: AppContext, refused?: { typed: string; error: UserError }) {
  const ctx = pageContext(c);
  const s = eventsText(ctx.lang);
  const e = await ownEvent(c);
  const list = await checkedIn(c.var.store.db, e.id);
  const last = c.req.query('vua');
  const lastOne = last ? list.find((r) => String(r.id) === last) : undefined;
  const problem = refused?.error.problems.find((p) => p.field === 'code');
  return c.html(
    <Layout ctx={ctx} title={`${s.checkIn}: ${e.title}`}>
      <style dangerouslySetInnerHTML={{ __html: CSS }} />
      <h1>
        {s.checkIn}: {e.title}
      </h1>
      <p>
        <time datetime={e.startsAt}>{when(e.startsAt)}</time> · {e.place} · {s.status}: {statusName(ctx.lang, e.status)}
      </p>
      {refused ? (
        <div class="error" role="alert">
          <p>{sayIn(ctx.lang, refused.error.said)}</p>
        </div>
      ) : lastOne?.checked_in_at ? (
        <p class="ok" role="status">
          {s.checkedInOk({ name: lastOne.name, at: lastOne.checked_in_at.slice(11, 16) })}
        </p>
      ) : null}
      <form method="post" action={`/su-kien/${e.id}/diem-danh`} class="checkin">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="code">{s.checkInCode}</label>
        {problem ? (
          <span class="field-error" id="code-err">
            {sayIn(ctx.lang, problem.said)}
          </span>
        ) : null}
        <div class="row">
          <input
            id="code"
            name="code"
            value={refused?.typed ?? ''}
            autofocus
            required
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            aria-invalid={problem ? 'true' : undefined}
            aria-describedby={problem ? 'code-err' : undefined}
          />
          <button class="primary" type="submit">
            {s.checkInButton}
          </button>
        </div>
      </form>
      <h2 id="in-h">{s.checkedInSoFar({ n: String(list.length) })}</h2>
      {list.length === 0 ? (
        <p>{s.noneYet}</p>
      ) : (
        <table aria-labelledby="in-h">
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col">{s.at}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr>
                <th scope="row">{r.name}</th>
                <td>
                  <time datetime={r.checked_in_at ?? ''}>{(r.checked_in_at ?? '').slice(11, 16)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={`/su-kien/${e.id}/quan-ly`}>{s.attendance}</a> · <a href={`/su-kien/${e.id}`}>{s.backToEvent}</a>
      </p>
      {/* the library's scan-desk script: after a refusal, the code kept in the field is selected (the next scan replaces it) */}
      <script src={assetPath('desk-scan.js')} defer />
    </Layout>,
    refused ? (refused.error.status === 409 ? 409 : 422) : 200,
  );
}

/** Checking in at the door by the code on each registrant's confirmation (organisers of the event's institution). */
export const checkinPages = new Hono<AppEnv>()
  .use('/su-kien/:id/diem-danh', requireLogin())
  .get('/su-kien/:id/diem-danh', (c) => page(c))
  .post('/su-kien/:id/diem-danh', async (c) => {
    const e = await ownEvent(c);
    const typed = str((await c.req.parseBody()).code);
    try {
      const done = await checkInByCode(c.var.store.db, e.id, typed, c.var.principal.userId);
      return c.redirect(`/su-kien/${e.id}/diem-danh?vua=${done.registrationId}`, 303);
    } catch (err) {
      if (err instanceof UserError && (err.status === 409 || err.status === 422)) return page(c, { typed, error: err });
      throw err;
    }
  });
