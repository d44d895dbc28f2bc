import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The platform's outgoing mail (report reminders, password reset links, overdue notices): one SMTP transport when
 * `LIFELONG_SMTP_URL` is set (e.g. `smtp://user:pass@mail.example.vn:587`), none otherwise — the callers then show
 * on a page what they would have mailed. The sender is `LIFELONG_MAIL_FROM`.
 */
export type MailTransport = Transporter;

/** The mail transport when SMTP is configured; null without it. */
export function mailTransport(smtpUrl = process.env.LIFELONG_SMTP_URL): MailTransport | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

/** The address mails come from. */
export const mailFrom = (): string => process.env.LIFELONG_MAIL_FROM ?? 'lifelong@localhost';

export interface Mail {
  to: string | string[];
  subject: string;
  text: string;
}

/** Sends one plain-text mail through the transport (its errors are the caller's to handle). */
export async function sendMail(transport: MailTransport, mail: Mail, from = mailFrom()): Promise<void> {
  await transport.sendMail({ from, ...mail });
}
