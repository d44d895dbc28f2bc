import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { when } from './components.tsx';
import { getEvent } from './events.ts';
import { registrationsOf } from './registration.ts';
import { eventsText, registrationStatusName, statusName } from './messages.ts';

/** `/su-kien/<id>/quan-ly`: the organiser's attendance list and the event's cancellation. */
export async function attendancePage(c: AppContext, id: number) {
  const { db } = c.var.store;
  const ctx = pageContext(c);
  const s = eventsText(ctx.lang);
  const e = await getEvent(db, id);
  if (!(await mayWriteFor(db, c.var.principal, e.institutionId))) throw writeRefusal(e.institution);
  const regs = await registrationsOf(db, e.id);
  return c.html(
    <Layout ctx={ctx} title={`${s.attendance}: ${e.title}`}>
      <h1>
        {s.attendance}: {e.title}
      </h1>
      <p>
        <time datetime={e.startsAt}>{when(e.startsAt)}</time> · {e.place} · {s.status}: {statusName(ctx.lang, e.status)}
      </p>
      {e.status !== 'cancelled' ? (
        <p>
          <a href={`/su-kien/${e.id}/diem-danh`}>{s.checkIn}</a>
        </p>
      ) : null}
      <form method="post" action={`/su-kien/${e.id}/tham-gia`}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <table>
          <caption>{s.participants}</caption>
          <thead>
            <tr>
              <th scope="col">{s.name}</th>
              <th scope="col">{s.status}</th>
              <th scope="col">{s.attendedQ}</th>
            </tr>
          </thead>
          <tbody>
            {regs.map((r) => (
              <tr>
                <th scope="row">{r.name}</th>
                <td>{registrationStatusName(ctx.lang, r.attended === 1 ? 'attended' : r.status)}</td>
                <td>
                  <input
                    type="checkbox"
                    name="attended"
                    value={String(r.id)}
                    id={`att-${r.id}`}
                    checked={r.attended === 1}
                    aria-label={`${s.attendedQ}: ${r.name}`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label for="walkIns">{s.walkIns}</label>
        <input id="walkIns" name="walkIns" type="number" min="0" value="0" />
        <p>
          <button class="primary" type="submit">
            {s.saveAttendance}
          </button>
        </p>
      </form>
      {e.status !== 'cancelled' ? (
        <form method="post" action={`/su-kien/${e.id}/huy-su-kien`} aria-labelledby="cancel-h">
          <h2 id="cancel-h">{s.cancelEvent}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="note">{s.cancelNote}</label>
          <textarea id="note" name="note" required maxlength={1000}></textarea>
          <p>
            <button type="submit">{s.cancelEvent}</button>
          </p>
        </form>
      ) : (
        <p class="error">
          {s.eventCancelled}
          {e.cancelNote ? `: ${e.cancelNote}` : ''}
        </p>
      )}
    </Layout>,
  );
}
