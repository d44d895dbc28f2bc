import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound } from '../core/errors.ts';
import { formatDate, formatNumber } from '../core/i18n/index.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit } from '../network/units.ts';
import { todayLocal } from '../core/time.ts';
import { commendationsIn, DONATION_KINDS, recordCommendation, recordDonation, thankYouList } from './donations.ts';
import { donationKindName, socialisationText } from './messages.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The public thank-you list and honours of a place; the organisers' forms to record them. */
export const socialisationPages = new Hono<AppEnv>()
  .get('/cam-on/:unit', async (c) => {
    const ctx = pageContext(c);
    const t = socialisationText(ctx.lang);
    const unit = await findUnit(c.var.store.db, c.req.param('unit'));
    if (!unit) throw notFound('đơn vị', 'Unit');
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const [donations, honours] = await Promise.all([thankYouList(c.var.store.db, unit.id, year), commendationsIn(c.var.store.db, unit.id, year)]);
    return c.html(
      <Layout ctx={ctx} title={t.thanks}>
        <h1>{t.thanksIn({ unit: unit.name, year })}</h1>
        <h2>{t.donors}</h2>
        <ul>
          {donations.map((d) => (
            <li>
              {d.donor}: {formatNumber(ctx.lang, d.amount, 0)} {donationKindName(ctx.lang, d.kind)}
              {d.description ? ` — ${d.description}` : ''} ({d.institution}, {formatDate(d.on_date)})
            </li>
          ))}
        </ul>
        <h2>{t.commendations}</h2>
        <ul>
          {honours.map((k) => (
            <li>
              {k.recipient} ({k.recipient_type === 'collective' ? t.collective : t.individual}): {k.title} — {k.issuer}, {formatDate(k.on_date)}
            </li>
          ))}
        </ul>
      </Layout>,
    );
  })
  .get('/quan-ly/xa-hoi-hoa/:code', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const t = socialisationText(ctx.lang);
    const inst = await findInstitution(c.var.store.db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const base = `/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}`;
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <h1>
          {t.manage}: {inst.name}
        </h1>
        {c.req.query('ok') ? (
          <p class="ok" role="status">
            {ctx.t.saved}
          </p>
        ) : null}
        <form method="post" action={`${base}/tai-tro`}>
          <h2>{t.recordDonation}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="donor">{t.donor}</label>
          <input id="donor" name="donor" required />
          <label for="kind">{t.donationKind}</label>
          <select id="kind" name="kind">
            {DONATION_KINDS.map((k) => (
              <option value={k}>{donationKindName(ctx.lang, k)}</option>
            ))}
          </select>
          <label for="amount">{t.amount}</label>
          <input id="amount" name="amount" type="number" min="1" required />
          <label for="description">{t.content}</label>
          <input id="description" name="description" />
          <label for="onDate">{t.date}</label>
          <input id="onDate" name="onDate" type="date" required />
          <label>
            <input type="checkbox" name="thank" value="1" checked /> {t.thankPublicly}
          </label>
          <p>
            <button class="primary" type="submit">
              {ctx.t.save}
            </button>
          </p>
        </form>
        <form method="post" action={`${base}/khen-thuong`}>
          <h2>{t.recordCommendation}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="recipient">{t.recipient}</label>
          <input id="recipient" name="recipient" required />
          <label for="recipientType">{t.recipientType}</label>
          <select id="recipientType" name="recipientType">
            <option value="collective">{t.collectiveOption}</option>
            <option value="individual">{t.individualOption}</option>
          </select>
          <label for="title">{t.honourTitle}</label>
          <input id="title" name="title" required />
          <label for="issuer">{t.issuer}</label>
          <input id="issuer" name="issuer" required />
          <label for="k-onDate">{t.date}</label>
          <input id="k-onDate" name="onDate" type="date" required />
          <p>
            <button type="submit">{ctx.t.save}</button>
          </p>
        </form>
      </Layout>,
    );
  })
  .post('/quan-ly/xa-hoi-hoa/:code/:what{tai-tro|khen-thuong}', requireLogin(), async (c) => {
    const inst = await findInstitution(c.var.store.db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
    const b = await c.req.parseBody();
    const userId = c.var.principal.userId;
    if (c.req.param('what') === 'tai-tro')
      await recordDonation(
        c.var.store.db,
        {
          institutionId: inst.id,
          donor: str(b.donor),
          kind: str(b.kind) as 'money',
          amount: Number(str(b.amount) || NaN),
          description: str(b.description),
          onDate: str(b.onDate),
          thankPublicly: b.thank === '1',
        },
        userId,
      );
    else
      await recordCommendation(
        c.var.store.db,
        {
          institutionId: inst.id,
          recipient: str(b.recipient),
          recipientType: str(b.recipientType) as 'collective',
          title: str(b.title),
          issuer: str(b.issuer),
          onDate: str(b.onDate),
        },
        userId,
      );
    return c.redirect(`/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });
