import { Hono } from 'hono';
import { requireLogin, type SignedInEnv } from '../core/web/guards.ts';
import { signedIn } from '../core/web/api-kit.ts';
import { UserError } from '../core/errors.ts';
import { formatDateTime } from '../core/i18n/index.ts';
import { accountsErrors } from '../accounts/messages.ts';
import { createPerson, updatePerson } from '../accounts/people.ts';
import { requireManager } from '../accounts/people-reach.ts';
import { issueResetLink } from '../accounts/reset-mail.ts';
import { mailTransport } from '../core/mail.ts';
import { problemsOf } from './form-bits.tsx';
import { adminText } from './messages.ts';
import { PEOPLE, personPath } from './people-paths.ts';
import { placeOf, placesFor, RENAME, typedOf } from './person-form-values.ts';
import { listPage } from './people-list-page.tsx';
import { newPage } from './person-new-page.tsx';
import { editPage } from './person-edit-page.tsx';

/** `/quan-tri/nguoi-dung`: the accounts a person manages; create, edit, disable, reset links. */
export const peoplePages = new Hono<SignedInEnv>()
  .use(`${PEOPLE}`, requireLogin())
  .use(`${PEOPLE}/*`, requireLogin())
  .get(PEOPLE, (c) => listPage(c))
  .get(`${PEOPLE}/moi`, (c) => newPage(c))
  .post(`${PEOPLE}/moi`, async (c) => {
    const who = signedIn(c);
    requireManager(who);
    const body = await c.req.parseBody();
    const typed = typedOf(body);
    const place = await placeOf(body, await placesFor(c));
    try {
      if (place.problem) throw new UserError(accountsErrors.notSaved(), 422, [place.problem]);
      const made = await createPerson(c.var.store.db, who, {
        username: typed.username,
        password: String(body.password ?? ''),
        name: typed.name,
        email: typed.email,
        role: typed.role,
        unit: place.unit ?? null,
        institution: place.institution ?? null,
      });
      return c.redirect(`${personPath(made.username)}?tb=tao`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      return newPage(c, typed, problemsOf(c.var.lang, e.problems, RENAME), place.choose, 422);
    }
  })
  .get(`${PEOPLE}/:username`, (c) => {
    const a = adminText(c.var.lang);
    const tb = c.req.query('tb');
    const username = c.req.param('username');
    const notice =
      tb === 'tao' ? a.created({ username }) : tb === 'luu' ? a.saved : tb === 'khoa' ? a.disabledNow : tb === 'mo-khoa' ? a.enabledNow : undefined;
    return editPage(c, username, { notice });
  })
  .post(`${PEOPLE}/:username`, async (c) => {
    const who = signedIn(c);
    const username = c.req.param('username');
    const body = await c.req.parseBody();
    const typed = typedOf(body);
    const place = await placeOf(body, await placesFor(c));
    try {
      if (place.problem) throw new UserError(accountsErrors.notSaved(), 422, [place.problem]);
      const scopeTyped = typed.place.trim() !== '' || place.unit !== undefined || place.institution !== undefined;
      await updatePerson(c.var.store.db, who, username, {
        name: typed.name,
        email: typed.email,
        role: typed.role,
        unit: scopeTyped ? (place.unit ?? null) : null,
        institution: scopeTyped ? (place.institution ?? null) : null,
      });
      return c.redirect(`${personPath(username)}?tb=luu`, 303);
    } catch (e) {
      if (!(e instanceof UserError) || e.status !== 422) throw e;
      return editPage(c, username, { typed, problems: problemsOf(c.var.lang, e.problems, RENAME), choose: place.choose }, 422);
    }
  })
  .post(`${PEOPLE}/:username/khoa`, async (c) => {
    const username = c.req.param('username');
    await updatePerson(c.var.store.db, signedIn(c), username, { disabled: true });
    return c.redirect(`${personPath(username)}?tb=khoa`, 303);
  })
  .post(`${PEOPLE}/:username/mo-khoa`, async (c) => {
    const username = c.req.param('username');
    await updatePerson(c.var.store.db, signedIn(c), username, { disabled: false });
    return c.redirect(`${personPath(username)}?tb=mo-khoa`, 303);
  })
  .post(`${PEOPLE}/:username/dat-lai-mat-khau`, async (c) => {
    const username = c.req.param('username');
    const made = await issueResetLink(c.var.store.db, signedIn(c), username, c.req.url, mailTransport());
    // mailed to the account's owner; else shown once, on this answer (never in an address the browser keeps)
    c.header('Cache-Control', 'no-store');
    return editPage(c, username, {
      reset: { link: made.mailedTo ? null : made.link, until: formatDateTime(made.expiresAt), mailedTo: made.mailedTo, failed: made.mailFailed },
    });
  });
