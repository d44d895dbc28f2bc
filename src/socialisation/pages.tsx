import { Hono } from 'hono';
import type { AppContext, AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { notFound, UserError } from '../core/errors.ts';
import { DateHint, DateInput } from '../core/web/date-input.tsx';
import { ErrorSummary } from '../core/web/error-summary.tsx';
import { typedDay } from '../core/web/typed-days.ts';
import { formatDate, formatNumber, sayIn } from '../core/i18n/index.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution, type Institution } from '../network/institutions.ts';
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
  .get('/quan-ly/xa-hoi-hoa/:code', requireLogin(), async (c) => managePage(c, await writableInstitution(c)))
  .post('/quan-ly/xa-hoi-hoa/:code/:what{tai-tro|khen-thuong}', requireLogin(), async (c) => {
    const inst = await writableInstitution(c);
    const b = await c.req.parseBody();
    const userId = c.var.principal.userId;
    const which = c.req.param('what') === 'tai-tro' ? 'donation' : 'commendation';
    const fields =
      which === 'donation' ? ['donor', 'kind', 'amount', 'description', 'onDate', 'thank'] : ['recipient', 'recipientType', 'title', 'issuer', 'onDate'];
    const values: Record<string, string> = Object.fromEntries(fields.map((f) => [f, str(b[f])]));
    try {
      const onDate = typedDay('onDate', values.onDate);
      if (which === 'donation')
        await recordDonation(
          c.var.store.db,
          {
            institutionId: inst.id,
            donor: values.donor ?? '',
            kind: values.kind as 'money',
            amount: Number(values.amount || NaN),
            description: values.description ?? '',
            onDate,
            thankPublicly: values.thank === '1',
          },
          userId,
        );
      else
        await recordCommendation(
          c.var.store.db,
          {
            institutionId: inst.id,
            recipient: values.recipient ?? '',
            recipientType: values.recipientType as 'collective',
            title: values.title ?? '',
            issuer: values.issuer ?? '',
            onDate,
          },
          userId,
        );
    } catch (err) {
      // refused: the page again, the form with what was typed and each reason beside its field
      if (err instanceof UserError && err.status === 422) return managePage(c, inst, { form: which, values, error: err });
      throw err;
    }
    return c.redirect(`/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });

/** The institution of the address, when the signed-in person records for it. */
async function writableInstitution(c: AppContext & { var: { principal: NonNullable<AppContext['var']['principal']> } }) {
  const inst = await findInstitution(c.var.store.db, c.req.param('code') ?? '');
  if (!inst) throw notFound('cơ sở', 'Institution');
  if (!(await mayWriteFor(c.var.store.db, c.var.principal, inst.id))) throw writeRefusal(inst.name);
  return inst;
}

/** A refused form of the organisers' page: which, what was typed, what was wrong. */
interface SocialAgain {
  form: 'donation' | 'commendation';
  values: Record<string, string>;
  error: UserError;
}

/** The organisers' page of an institution: record a donation, a commendation; `again` is a refused one, shown again. */
function managePage(c: AppContext, inst: Institution, again?: SocialAgain) {
  const ctx = pageContext(c);
  const t = socialisationText(ctx.lang);
  const base = `/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}`;
  const labels: Record<string, string> = {
    donor: t.donor,
    amount: t.amount,
    description: t.content,
    onDate: t.date,
    recipient: t.recipient,
    title: t.honourTitle,
    issuer: t.issuer,
  };
  /** A form's typed values and its reasons beside the fields (the commendation's day is `k-onDate`). */
  const form = (which: SocialAgain['form']) => {
    const a = again?.form === which ? again : undefined;
    const id = (field: string) => (which === 'commendation' && field === 'onDate' ? 'k-onDate' : field);
    const said = (field: string) => {
      const p = a?.error.problems.find((x) => x.field === field);
      return p ? sayIn(ctx.lang, p.said) : undefined;
    };
    return {
      v: (field: string) => a?.values[field],
      summary: a ? (
        <ErrorSummary
          focus
          lang={ctx.lang}
          error={
            new UserError(
              a.error.said,
              a.error.status,
              a.error.problems.map((x) => ({ ...x, field: x.field ? id(x.field) : undefined })),
            )
          }
          labels={Object.fromEntries(Object.entries(labels).map(([f, l]) => [id(f), l]))}
          title={t.thereIsAProblem}
        />
      ) : null,
      Err: (p: { field: string }) =>
        said(p.field) ? (
          <span class="field-error" id={`${id(p.field)}-err`}>
            {said(p.field)}
          </span>
        ) : null,
      err: (field: string) => (said(field) ? `${id(field)}-err` : undefined),
    };
  };
  const d = form('donation');
  const k = form('commendation');
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
        {d.summary}
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="donor">{t.donor}</label>
        <d.Err field="donor" />
        <input id="donor" name="donor" required value={d.v('donor')} aria-describedby={d.err('donor')} />
        <label for="kind">{t.donationKind}</label>
        <select id="kind" name="kind">
          {DONATION_KINDS.map((kind) => (
            <option value={kind} selected={d.v('kind') === kind}>
              {donationKindName(ctx.lang, kind)}
            </option>
          ))}
        </select>
        <label for="amount">{t.amount}</label>
        <d.Err field="amount" />
        <input id="amount" name="amount" type="number" min="1" required value={d.v('amount')} aria-describedby={d.err('amount')} />
        <label for="description">{t.content}</label>
        <d.Err field="description" />
        <input id="description" name="description" value={d.v('description')} aria-describedby={d.err('description')} />
        <label for="onDate">{t.date}</label>
        <DateHint id="onDate" lang={ctx.lang} />
        <d.Err field="onDate" />
        <DateInput id="onDate" required value={d.v('onDate')} errorId={d.err('onDate')} />
        <label>
          <input type="checkbox" name="thank" value="1" checked={again?.form === 'donation' ? d.v('thank') === '1' : true} /> {t.thankPublicly}
        </label>
        <p>
          <button class="primary" type="submit">
            {ctx.t.save}
          </button>
        </p>
      </form>
      <form method="post" action={`${base}/khen-thuong`}>
        <h2>{t.recordCommendation}</h2>
        {k.summary}
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="recipient">{t.recipient}</label>
        <k.Err field="recipient" />
        <input id="recipient" name="recipient" required value={k.v('recipient')} aria-describedby={k.err('recipient')} />
        <label for="recipientType">{t.recipientType}</label>
        <select id="recipientType" name="recipientType">
          <option value="collective">{t.collectiveOption}</option>
          <option value="individual" selected={k.v('recipientType') === 'individual'}>
            {t.individualOption}
          </option>
        </select>
        <label for="title">{t.honourTitle}</label>
        <k.Err field="title" />
        <input id="title" name="title" required value={k.v('title')} aria-describedby={k.err('title')} />
        <label for="issuer">{t.issuer}</label>
        <k.Err field="issuer" />
        <input id="issuer" name="issuer" required value={k.v('issuer')} aria-describedby={k.err('issuer')} />
        <label for="k-onDate">{t.date}</label>
        <DateHint id="k-onDate" lang={ctx.lang} />
        <k.Err field="onDate" />
        <DateInput id="k-onDate" name="onDate" required value={k.v('onDate')} errorId={k.err('onDate')} />
        <p>
          <button type="submit">{ctx.t.save}</button>
        </p>
      </form>
    </Layout>,
    again ? 422 : 200,
  );
}
