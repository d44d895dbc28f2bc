import nodemailer, { type Transporter } from 'nodemailer';

/**
 * The platform's outgoing mail: one SMTP configuration for every module that mails (report reminders, overdue
 * notices). `LIFELONG_SMTP_URL` (e.g. `smtp://user:pass@mail.example.vn:587`) turns mail on; without it nothing is
 * mailed and the callers show what would have been sent on their pages instead. `LIFELONG_MAIL_FROM` is the sender.
 */
export type MailTransport = Transporter;

/** The mail transport when SMTP is configured; null without it. */
export function mailTransport(smtpUrl = process.env.LIFELONG_SMTP_URL): MailTransport | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

/** The sender's address. */
export const mailFrom = (): string => process.env.LIFELONG_MAIL_FROM ?? 'lifelong@localhost';
