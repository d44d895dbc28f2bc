import { Hono } from 'hono';
import type { AppEnv } from '../core/web/env.ts';
import { Layout } from '../core/web/layout.tsx';
import { pageContext } from '../core/web/page-context.ts';
import { noAccess, notFound } from '../core/errors.ts';
import { canWriteInstitution } from '../network/access.ts';
import { requireLogin } from '../core/web/guards.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit } from '../network/units.ts';
import { todayLocal } from '../core/time.ts';
import { commendationsIn, DONATION_KINDS, recordCommendation, recordDonation, thankYouList } from './donations.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const L = (lang: string, vi: string, en: string) => (lang === 'en' ? en : vi);
const fmt = (n: number) => n.toLocaleString('vi-VN');

/** The public thank-you list and honours of a place; the organisers' forms to record them. */
export const socialisationPages = new Hono<AppEnv>()
  .get('/cam-on/:unit', async (c) => {
    const ctx = pageContext(c);
    const unit = await findUnit(c.var.store.db, c.req.param('unit'));
    if (!unit) throw notFound('đơn vị', 'Unit');
    const year = Number(c.req.query('nam') ?? todayLocal().slice(0, 4));
    const [donations, honours] = await Promise.all([thankYouList(c.var.store.db, unit.id, year), commendationsIn(c.var.store.db, unit.id, year)]);
    return c.html(
      <Layout ctx={ctx} title={L(ctx.lang, 'Ghi nhận, cảm ơn', 'Thanks and honours')}>
        <h1>{L(ctx.lang, `Ghi nhận và cảm ơn — ${unit.name}, ${year}`, `Thanks and honours — ${unit.name}, ${year}`)}</h1>
        <h2>{L(ctx.lang, 'Nhà tài trợ, người quyên góp', 'Sponsors and donors')}</h2>
        <ul>{donations.map((d) => <li>{d.donor}: {fmt(d.amount)} {DONATION_KINDS[d.kind as keyof typeof DONATION_KINDS]?.[ctx.lang === 'en' ? 'en' : 'vi']}{d.description ? ` — ${d.description}` : ''} ({d.institution}, {d.on_date})</li>)}</ul>
        <h2>{L(ctx.lang, 'Khen thưởng', 'Commendations')}</h2>
        <ul>{honours.map((k) => <li>{k.recipient} ({k.recipient_type === 'collective' ? L(ctx.lang, 'tập thể', 'collective') : L(ctx.lang, 'cá nhân', 'individual')}): {k.title} — {k.issuer}, {k.on_date}</li>)}</ul>
      </Layout>,
    );
  })
  .get('/quan-ly/xa-hoi-hoa/:code', requireLogin(), async (c) => {
    const ctx = pageContext(c);
    const inst = await findInstitution(c.var.store.db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await canWriteInstitution(c.var.store.db, c.var.principal, inst.id))) throw noAccess();
    const base = `/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}`;
    return c.html(
      <Layout ctx={ctx} title={inst.name}>
        <h1>{L(ctx.lang, 'Xã hội hóa và khen thưởng', 'Socialisation and honours')}: {inst.name}</h1>
        {c.req.query('ok') ? <p class="ok" role="status">{L(ctx.lang, 'Đã lưu.', 'Saved.')}</p> : null}
        <form method="post" action={`${base}/tai-tro`}>
          <h2>{L(ctx.lang, 'Ghi nhận tài trợ, quyên góp', 'Record a donation')}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="donor">{L(ctx.lang, 'Nhà tài trợ', 'Donor')}</label><input id="donor" name="donor" required />
          <label for="kind">{L(ctx.lang, 'Hình thức', 'Kind')}</label>
          <select id="kind" name="kind">{Object.entries(DONATION_KINDS).map(([k, v]) => <option value={k}>{ctx.lang === 'en' ? v.en : v.vi}</option>)}</select>
          <label for="amount">{L(ctx.lang, 'Số lượng, giá trị', 'Amount')}</label><input id="amount" name="amount" type="number" min="1" required />
          <label for="description">{L(ctx.lang, 'Nội dung', 'Description')}</label><input id="description" name="description" />
          <label for="onDate">{L(ctx.lang, 'Ngày', 'Date')}</label><input id="onDate" name="onDate" type="date" required />
          <label><input type="checkbox" name="thank" value="1" checked /> {L(ctx.lang, 'Đưa vào danh sách cảm ơn công khai', 'Thank publicly')}</label>
          <p><button class="primary" type="submit">{L(ctx.lang, 'Lưu', 'Save')}</button></p>
        </form>
        <form method="post" action={`${base}/khen-thuong`}>
          <h2>{L(ctx.lang, 'Ghi nhận khen thưởng', 'Record a commendation')}</h2>
          <input type="hidden" name="_csrf" value={ctx.csrf} />
          <label for="recipient">{L(ctx.lang, 'Tập thể, cá nhân được khen', 'Recipient')}</label><input id="recipient" name="recipient" required />
          <label for="recipientType">{L(ctx.lang, 'Đối tượng', 'Type')}</label>
          <select id="recipientType" name="recipientType"><option value="collective">{L(ctx.lang, 'Tập thể', 'Collective')}</option><option value="individual">{L(ctx.lang, 'Cá nhân', 'Individual')}</option></select>
          <label for="title">{L(ctx.lang, 'Hình thức khen thưởng', 'Title')}</label><input id="title" name="title" required />
          <label for="issuer">{L(ctx.lang, 'Cơ quan khen thưởng', 'Issuer')}</label><input id="issuer" name="issuer" required />
          <label for="k-onDate">{L(ctx.lang, 'Ngày', 'Date')}</label><input id="k-onDate" name="onDate" type="date" required />
          <p><button type="submit">{L(ctx.lang, 'Lưu', 'Save')}</button></p>
        </form>
      </Layout>,
    );
  })
  .post('/quan-ly/xa-hoi-hoa/:code/:what{tai-tro|khen-thuong}', requireLogin(), async (c) => {
    const inst = await findInstitution(c.var.store.db, c.req.param('code'));
    if (!inst) throw notFound('cơ sở', 'Institution');
    if (!(await canWriteInstitution(c.var.store.db, c.var.principal, inst.id))) throw noAccess();
    const b = await c.req.parseBody();
    const userId = c.var.principal!.userId;
    if (c.req.param('what') === 'tai-tro')
      await recordDonation(c.var.store.db, { institutionId: inst.id, donor: str(b.donor), kind: str(b.kind) as 'money', amount: Number(str(b.amount) || NaN), description: str(b.description), onDate: str(b.onDate), thankPublicly: b.thank === '1' }, userId);
    else await recordCommendation(c.var.store.db, { institutionId: inst.id, recipient: str(b.recipient), recipientType: str(b.recipientType) as 'collective', title: str(b.title), issuer: str(b.issuer), onDate: str(b.onDate) }, userId);
    return c.redirect(`/quan-ly/xa-hoi-hoa/${encodeURIComponent(inst.code)}?ok=1`, 303);
  });
