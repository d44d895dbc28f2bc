import { audit } from '../core/audit.ts';
import type { DB } from '../core/db/database.ts';
import { formatDateTime } from '../core/i18n/index.ts';
import { sendMail, type MailTransport } from '../core/mail.ts';
import { accountsText } from './messages.ts';
import { issuePasswordReset, resetPath } from './password-changes.ts';
import type { Principal } from './users.ts';

/** What became of a reset link: mailed to the account's address, or to be handed over by the person who issued it. */
export interface ResetLink {
  link: string;
  expiresAt: string;
  /** The address it was mailed to; null when it was not (no SMTP, no address, or the mail failed). */
  mailedTo: string | null;
  /** SMTP is configured and the account has an address, but the mail server refused it: the link is shown instead. */
  mailFailed: boolean;
}

/**
 * Issues a one-time reset link (accounts/password-changes.ts: same reach, audited) and mails it to the account's e-mail when SMTP
 * is configured and the account has one; otherwise the link is for the issuer to hand over, as before. The link is
 * never both mailed and shown: a mailed link is the account owner's alone.
 */
export async function issueResetLink(db: DB, by: Principal, username: string, origin: string, transport: MailTransport | null): Promise<ResetLink> {
  const account = await db.selectFrom('users').select(['display_name', 'email']).where('username', '=', username).executeTakeFirst();
  const mailing = transport !== null && Boolean(account?.email);
  const made = await issuePasswordReset(db, by, username, { mailing });
  const link = new URL(resetPath(made.token), origin).toString();
  if (!mailing || !made.email) return { link, expiresAt: made.expiresAt, mailedTo: null, mailFailed: false };
  const t = accountsText('vi');
  try {
    await sendMail(transport!, {
      to: made.email,
      subject: t.resetMailSubject,
      text: t.resetMailBody({ name: account?.display_name ?? username, username, until: formatDateTime(made.expiresAt), link }),
    });
    return { link, expiresAt: made.expiresAt, mailedTo: made.email, mailFailed: false };
  } catch {
    await audit(db, { userId: by.userId, action: 'update', entity: 'password_reset', key: username, newValue: { mailFailed: true } });
    return { link, expiresAt: made.expiresAt, mailedTo: null, mailFailed: true };
  }
}
