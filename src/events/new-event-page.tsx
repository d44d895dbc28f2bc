import type { Context } from 'hono';
import type { AppEnv, SignedInEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { sayIn } from '../core/i18n/index.ts';
import { findInstitutionAnyCase } from '../network/institutions.ts';
import { organiserInstitutions, PICKER_LIMIT } from './organisers.ts';
import { EVENT_KINDS, listEventDays } from './catalogue.ts';
import { eventsText, kindName } from './messages.ts';
import { tasksFor } from './tasks.ts';

/** `/quan-ly/su-kien/moi`: the form of a new event, for the institutions the person organises for. */
export async function newEventPage(c: Context<AppEnv & SignedInEnv>) {
  const ctx = pageContext(c);
  const s = eventsText(ctx.lang);
  const days = await listEventDays(c.var.store.db);
  const mine = await organiserInstitutions(c.var.store.db, c.var.principal);
  const asked = c.req.query('co-so') ?? (mine.length === 1 ? mine[0]!.code : '');
  const found = asked ? await findInstitutionAnyCase(c.var.store.db, asked) : undefined;
  const inst = found?.code ?? asked;
  const tasks = found ? await tasksFor(c.var.store.db, found.id) : [];
  const picker = mine.length > 0 && mine.length <= PICKER_LIMIT;
  return c.html(
    <Layout ctx={ctx} title={s.newEvent}>
      <h1>{s.newEvent}</h1>
      <form method="post" action="/quan-ly/su-kien">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        {picker ? (
          <>
            <label for="institution">{s.institution}</label>
            <select id="institution" name="institution" required>
              {mine.length > 1 ? <option value="">{s.chooseInstitution}</option> : null}
              {mine.map((i) => (
                <option value={i.code} selected={i.code === inst}>{`${i.name} — ${i.unitName}`}</option>
              ))}
            </select>
          </>
        ) : (
          <>
            <label for="institution">{s.institutionCode}</label>
            <input id="institution" name="institution" required value={inst} />
          </>
        )}
        <label for="kind">{ctx.t.kind}</label>
        <select id="kind" name="kind">
          {EVENT_KINDS.map((k) => (
            <option value={k.code}>{kindName(k.code, ctx.lang)}</option>
          ))}
        </select>
        <label for="title">{s.title}</label>
        <input id="title" name="title" required maxlength={300} />
        <label for="description">{s.description}</label>
        <textarea id="description" name="description" rows={4}></textarea>
        <label for="place">{s.where}</label>
        <input id="place" name="place" required />
        <label for="startsAt">{s.starts}</label>
        <input id="startsAt" name="startsAt" type="datetime-local" required />
        <label for="endsAt">{s.ends}</label>
        <input id="endsAt" name="endsAt" type="datetime-local" required />
        <label for="capacity">{s.capacity}</label>
        <input id="capacity" name="capacity" type="number" min="1" />
        <fieldset>
          <legend>{s.day}</legend>
          {days.map((d) => (
            <label>
              <input type="checkbox" name="days" value={d.code} /> {sayIn(ctx.lang, { vi: d.name_vi, en: d.name_en })}
            </label>
          ))}
        </fieldset>
        {tasks.length > 0 ? (
          <fieldset>
            <legend>{s.tasks}</legend>
            {tasks.map((t) => (
              <label>
                <input type="checkbox" name="tasks" value={String(t.id)} /> {t.text} <small>({t.number ?? t.title})</small>
              </label>
            ))}
          </fieldset>
        ) : null}
        <p>
          <button class="primary" type="submit">
            {s.publish}
          </button>
        </p>
      </form>
    </Layout>,
  );
}
