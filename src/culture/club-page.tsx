import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { formatDate } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { mayWriteFor } from '../network/access.ts';
import { todayLocal } from '../core/time.ts';
import { membersOf } from './members.ts';
import { sessionsOf } from './sessions.ts';
import { clubKindName, cultureText } from './messages.ts';
import { MemberFields, PresentBoxes, TextField, type Again } from './forms.tsx';
import type { Club } from './club-access.ts';

/** The club's page: what it is for everyone; a citizen joins; its staff keep the members and the sessions. */
export async function clubPage(c: AppContext, k: Club, again?: Again) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const { db } = c.var.store;
  const members = await membersOf(db, k.id);
  const manager = await mayWriteFor(db, c.var.principal, k.institution_id);
  const me = c.var.principal?.userId;
  const isMember = me ? members.some((m) => m.user_id === me) : false;
  const sessions = manager ? await sessionsOf(db, k.id) : [];
  const labels = { name: t.memberName, birthYear: t.birthYear, contact: t.contact, onDate: t.day, present: t.present };
  const base = `/cau-lac-bo/${k.id}`;
  return (
    <Layout ctx={ctx} title={k.name}>
      <h1>{k.name}</h1>
      {c.req.query('ok') ? (
        <p class="ok" role="status">
          {ctx.t.saved}
        </p>
      ) : null}
      <p>
        {clubKindName(ctx.lang, k.kind)} · {k.institution}
      </p>
      <p>
        {t.schedule}: {k.schedule}
      </p>
      {k.description ? <p>{k.description}</p> : null}
      <p>
        {t.members}: {members.length}
      </p>
      {manager ? null : c.var.principal && !isMember ? (
        <form method="post" action={`${base}/tham-gia`}>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <button class="primary" type="submit">
            {t.join}
          </button>
        </form>
      ) : isMember ? (
        <p>{t.isMember}</p>
      ) : (
        <p>
          <a href={`/dang-nhap?next=${base}`}>{t.loginToJoin}</a>
        </p>
      )}
      {manager ? (
        <>
          <div class="scroll">
            <table>
              <caption>{t.memberList}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.memberName}</th>
                  <th scope="col">{t.birthYear}</th>
                  <th scope="col">{t.contact}</th>
                  <th scope="col">{t.account}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((m) => (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/thanh-vien/${m.id}`}>{m.name}</a>
                    </th>
                    <td>{m.birth_year ?? ''}</td>
                    <td>{m.contact ?? ''}</td>
                    <td>{m.username ?? t.noAccount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2 id="add-member">{t.addMember}</h2>
          {again?.form === 'member' && again.error ? (
            <ErrorSummary focus lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} />
          ) : null}
          <form method="post" action={`${base}/thanh-vien`} aria-labelledby="add-member">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <MemberFields lang={ctx.lang} again={again?.form === 'member' ? again : undefined} />
            <p>
              <button type="submit">{t.addMember}</button>
            </p>
          </form>
          <h2 id="record-session">{t.recordSession}</h2>
          {again?.form === 'session' && again.error ? (
            <ErrorSummary focus lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} />
          ) : null}
          <form method="post" action={`${base}/buoi`} aria-labelledby="record-session">
            <input type="hidden" name="_csrf" value={ctx.csrf} />
            <TextField
              id="onDate"
              label={t.day}
              date
              required
              value={again?.form === 'session' ? again.values.onDate : todayLocal()}
              lang={ctx.lang}
              again={again?.form === 'session' ? again : undefined}
            />
            <PresentBoxes lang={ctx.lang} members={members} checked={again?.form === 'session' ? (again.present ?? []) : []} />
            <TextField id="note" label={t.note} lang={ctx.lang} value={again?.form === 'session' ? again.values.note : ''} />
            <p>
              <button type="submit">{ctx.t.save}</button>
            </p>
          </form>
          <div class="scroll">
            <table>
              <caption>{t.sessions}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.day}</th>
                  <th scope="col">{t.presentCount}</th>
                  <th scope="col">{t.noteHeader}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr>
                    <th scope="row">
                      <a href={`${base}/buoi/${s.id}`} aria-label={t.correctSessionOf({ date: formatDate(s.on_date) })}>
                        {formatDate(s.on_date)}
                      </a>
                    </th>
                    <td>{s.present}</td>
                    <td>{s.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sessions.length === 0 ? <p>{t.noSessionsYet}</p> : null}
        </>
      ) : null}
    </Layout>
  );
}
