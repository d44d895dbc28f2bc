import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPerson, updatePerson } from '../../src/accounts/people.ts';
import { resetLinkAccount } from '../../src/accounts/password-changes.ts';
import { issueResetLink } from '../../src/accounts/reset-mail.ts';
import type { Principal } from '../../src/accounts/users.ts';
import type { Store } from '../../src/core/db/database.ts';
import { UserError } from '../../src/core/errors.ts';
import { mailTransport } from '../../src/core/mail.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { ENGINES, freshStore } from '../support/engines.ts';
import { principalOf } from '../support/people.ts';
import { Client, csrfFrom, DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';
import { mailText, smtpSink } from '../support/smtp-sink.ts';

const GOOD = 'một câu ngắn dễ nhớ';

/** Issue 19: a one-time reset link goes by e-mail when SMTP is configured and the account has an address. */
describe.each(ENGINES)('reset links by e-mail on %s', (engine) => {
  let store: Store;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  let hue: Principal;
  beforeAll(async () => {
    [store, sink] = await Promise.all([freshStore(engine), smtpSink()]);
    await seedDemo(store);
    hue = await principalOf(store.db, 'canbo.hue');
    await createPerson(store.db, hue, {
      username: 'canbo.aluoi3',
      password: GOOD,
      name: 'UBND xã A Lưới 3',
      role: 'official',
      unit: '20044',
      email: 'aluoi3@hue.gov.vn',
    });
  }, 120_000);
  afterAll(async () => {
    await sink?.close();
    await store?.close();
  });

  it('refuses an address that is none, at its field', async () => {
    const e = await updatePerson(store.db, hue, 'canbo.aluoi3', { email: 'aluoi3 at hue' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).problems).toEqual([
      { field: 'email', said: expect.objectContaining({ vi: '"aluoi3 at hue" không phải một địa chỉ e-mail (dạng ten@mien.vn).' }) },
    ]);
  });

  it('mails the link to the account’s address, not to the issuer; the mailed link opens the reset page for that account; audited', async () => {
    const made = await issueResetLink(store.db, hue, 'canbo.aluoi3', 'https://lifelong.example.vn/quan-tri', mailTransport(sink.url));
    expect(made.mailedTo).toBe('aluoi3@hue.gov.vn');
    expect(sink.mails).toHaveLength(1);
    const mail = sink.mails[0]!;
    expect(mail.to).toEqual(['aluoi3@hue.gov.vn']);
    const text = mailText(mail.data);
    expect(text).toContain('Xin chào UBND xã A Lưới 3');
    const link = /https:\/\/lifelong\.example\.vn\/dat-lai-mat-khau\/(\S+)/.exec(text);
    expect(link?.[0]).toBe(made.link);
    expect((await resetLinkAccount(store.db, decodeURIComponent(link![1]!)))?.username).toBe('canbo.aluoi3');
    const trail = await store.db
      .selectFrom('audit_log')
      .select('new_value')
      .where('entity', '=', 'password_reset')
      .where('entity_key', '=', 'canbo.aluoi3')
      .execute();
    expect(JSON.parse(trail.at(-1)!.new_value!).sentTo).toBe('aluoi3@hue.gov.vn');
  });

  it('without SMTP, or for an account without an address, the link is for the issuer (as before), and nothing is mailed', async () => {
    const before = sink.mails.length;
    const noSmtp = await issueResetLink(store.db, hue, 'canbo.aluoi3', 'https://lifelong.example.vn/', null);
    expect(noSmtp.mailedTo).toBeNull();
    expect((await resetLinkAccount(store.db, decodeURIComponent(noSmtp.link.split('/').pop()!)))?.username).toBe('canbo.aluoi3');
    await updatePerson(store.db, hue, 'canbo.aluoi3', { email: '' });
    const noAddress = await issueResetLink(store.db, hue, 'canbo.aluoi3', 'https://lifelong.example.vn/', mailTransport(sink.url));
    expect(noAddress.mailedTo).toBeNull();
    expect(sink.mails.length).toBe(before);
  });

  it('a mail server that refuses: the link is shown instead, and the audit says the mail failed', async () => {
    await updatePerson(store.db, hue, 'canbo.aluoi3', { email: 'aluoi3@hue.gov.vn' });
    const made = await issueResetLink(store.db, hue, 'canbo.aluoi3', 'https://lifelong.example.vn/', mailTransport('smtp://127.0.0.1:1'));
    expect(made).toMatchObject({ mailedTo: null, mailFailed: true });
    expect(made.link).toMatch(/\/dat-lai-mat-khau\//);
  });
});

describe('the reset link from the person’s page, with SMTP configured', () => {
  let server: TestServer;
  let sink: Awaited<ReturnType<typeof smtpSink>>;
  const saved = process.env.LIFELONG_SMTP_URL;
  beforeAll(async () => {
    [server, sink] = await Promise.all([startServer('sqlite'), smtpSink()]);
    process.env.LIFELONG_SMTP_URL = sink.url;
  }, 120_000);
  afterAll(async () => {
    if (saved === undefined) delete process.env.LIFELONG_SMTP_URL;
    else process.env.LIFELONG_SMTP_URL = saved;
    await sink?.close();
    await server?.close();
  });

  it('the address typed on the form gets the link; the page says where it went and does not show it', async () => {
    const official = new Client(server.url);
    expect((await official.login('canbo.kontum', DEMO_PASSWORD)).status).toBe(303);
    const page = '/quan-tri/nguoi-dung/canbo.xa';
    const form = await (await official.get(page)).text();
    expect(form).toContain('E-mail (không bắt buộc)');
    const bad = await official.postForm(page, { _csrf: csrfFrom(form), name: 'Cán bộ xã', email: 'canbo.xa@', role: 'official', noi: '' });
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('id="email-err" class="field-error">&quot;canbo.xa@&quot; không phải một địa chỉ e-mail');
    const person = await server.store.db.selectFrom('users').select(['display_name', 'role']).where('username', '=', 'canbo.xa').executeTakeFirstOrThrow();
    const place = /name="noi" value="([^"]*)"/.exec(form)![1]!.replace(/&amp;/g, '&');
    const ok = await official.postForm(page, {
      _csrf: csrfFrom(form),
      name: person.display_name,
      email: 'canbo.xa@kontum.gov.vn',
      role: person.role,
      noi: place,
    });
    expect(ok.status).toBe(303);
    const sent = await official.postForm(`${page}/dat-lai-mat-khau`, { _csrf: csrfFrom(form) });
    const html = await sent.text();
    expect(html).toContain('Đã gửi liên kết đặt lại mật khẩu đến canbo.xa@kontum.gov.vn');
    expect(sink.mails.map((m) => m.to)).toEqual([['canbo.xa@kontum.gov.vn']]);
    const token = /\/dat-lai-mat-khau\/(\S+)/.exec(mailText(sink.mails[0]!.data))![1]!;
    expect(html).not.toContain(token);
    expect((await official.get(`/dat-lai-mat-khau/${token}`)).status).toBe(200);
  });
});
