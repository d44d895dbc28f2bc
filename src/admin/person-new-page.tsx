import type { AppContext } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { grantableRoles, requireManager } from '../accounts/people-reach.ts';
import type { Place } from '../statistics/template-places.ts';
import { ErrorSummary, type FieldProblems } from './form-bits.tsx';
import { adminText } from './messages.ts';
import { PEOPLE } from './people-paths.ts';
import { PersonForm } from './person-form.tsx';
import { placesFor, type Typed } from './person-form-values.ts';

/** A new account's form; `typed`, `problems` and `choose` when a first try was refused. */
export async function newPage(c: AppContext, typed?: Typed, problems: FieldProblems = new Map(), choose?: Place[], status: 200 | 403 | 404 | 422 = 200) {
  const ctx = pageContext(c);
  const a = adminText(ctx.lang);
  const who = signedIn(c);
  requireManager(who);
  const roles = grantableRoles(who);
  const form = typed ?? { name: '', username: '', email: '', role: who.role === 'admin' ? 'official' : 'staff', place: '' };
  return c.html(
    <Layout ctx={ctx} title={a.createTitle}>
      <p class="muted flush">
        <a href={PEOPLE}>{a.back}</a>
      </p>
      <h1>{a.createTitle}</h1>
      <ErrorSummary lang={ctx.lang} problems={problems} />
      <PersonForm c={c} action={`${PEOPLE}/moi`} typed={form} problems={problems} places={await placesFor(c)} choose={choose} roles={roles} isNew />
    </Layout>,
    status,
  );
}
