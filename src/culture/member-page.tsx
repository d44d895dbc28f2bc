import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { membersOf } from './members.ts';
import { cultureText } from './messages.ts';
import { MemberFields, TextField, type Again } from './forms.tsx';
import type { Club } from './club-access.ts';

/** One member, for the club's staff: correct, link to a citizen's account, or remove. */
export async function memberPage(c: AppContext, k: Club, again?: Again) {
  const ctx = pageContext(c);
  const t = cultureText(ctx.lang);
  const m = (await membersOf(c.var.store.db, k.id)).find((x) => x.id === Number(c.req.param('mid')));
  if (!m) throw notFound('thành viên', 'Member');
  const base = `/cau-lac-bo/${k.id}/thanh-vien/${m.id}`;
  const labels = { name: t.memberName, birthYear: t.birthYear, contact: t.contact, username: t.username };
  const values = again?.values ?? { name: m.name, birthYear: m.birth_year === null ? '' : String(m.birth_year), contact: m.contact ?? '' };
  return (
    <Layout ctx={ctx} title={`${m.name} — ${k.name}`}>
      <h1>{m.name}</h1>
      <p>
        <a href={`/cau-lac-bo/${k.id}`}>{k.name}</a> · {t.joined} {formatDate(m.joined_on)}
      </p>
      {again?.error ? <ErrorSummary lang={ctx.lang} error={again.error} labels={labels} title={t.thereIsAProblem} /> : null}
      <form method="post" action={base} aria-labelledby="edit-member">
        <h2 id="edit-member">{t.editMember}</h2>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <MemberFields lang={ctx.lang} again={{ form: 'member', values, error: again?.form === 'member' ? again.error : undefined }} />
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      {m.user_id === null ? (
        <form method="post" action={`${base}/tai-khoan`} aria-labelledby="link-member">
          <h2 id="link-member">{t.linkAccount}</h2>
          <TextField id="username" label={t.username} lang={ctx.lang} required again={again?.form === 'link' ? again : undefined} />
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <p>
            <button type="submit">{t.link}</button>
          </p>
        </form>
      ) : (
        <p>
          {t.account}: {m.username}
        </p>
      )}
      <form method="post" action={`${base}/xoa`} aria-labelledby="remove-member">
        <h2 id="remove-member">{t.removeMember}</h2>
        <p>{t.removeExplained}</p>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <p>
          <button type="submit">{t.removeMember}</button>
        </p>
      </form>
    </Layout>
  );
}
