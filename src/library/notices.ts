import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { UserError } from '../core/errors.ts';
import { formatDate } from '../core/i18n/index.ts';
import { mailFrom, type MailTransport } from '../core/mail.ts';
import { daysBetween, nowIso, todayLocal } from '../core/time.ts';
import { circulationDesk } from './desk.ts';
import { libraryErrors as E } from './errors.ts';
import { noticeText } from './notice-messages.ts';
import type { Place } from './places.ts';

/**
 * Overdue notices (issue 20, Koha's overdue notices): a library's overdue loans grouped by reader, and a notice sent
 * per reader — mailed when SMTP is configured and the reader has an address, else recorded as handed over on paper
 * (the print view). One row per loan and local day (`lib_notices`, unique): a loan noticed today is not noticed again
 * today, whoever sends, however often. Only the library's own staff (and admins): these are its readers.
 */

export interface NoticeLoan {
  loanId: number;
  title: string;
  barcode: string;
  dueAt: string;
  days: number;
  /** The last notice of this loan: its day, who sent it, mailed or on paper. */
  last: { on: string; at: string; by: string | null; mailed: boolean } | null;
}

export interface NoticeReader {
  patronId: number;
  name: string;
  card: string;
  email: string | null;
  loans: NoticeLoan[];
  /** Every overdue loan of theirs has been noticed today. */
  noticedToday: boolean;
}

/** The library's overdue loans on `today`, by reader (most overdue first), each with its last notice. */
export async function overdueByReader(
  db: DB,
  who: Principal | undefined,
  code: string,
  today = todayLocal(),
): Promise<{ lib: Place; readers: NoticeReader[] }> {
  const lib = await circulationDesk(db, who, code);
  return { lib, readers: await overdueReaders(db, lib.id, today) };
}

async function overdueReaders(db: DB, institutionId: number, today: string, patronIds?: number[]): Promise<NoticeReader[]> {
  let q = db
    .selectFrom('lib_loans as l')
    .innerJoin('lib_items as it', 'it.id', 'l.item_id')
    .innerJoin('lib_records as r', 'r.id', 'it.record_id')
    .innerJoin('lib_patrons as p', 'p.id', 'l.patron_id')
    .select(['l.id', 'l.due_at', 'it.barcode', 'r.title', 'p.id as patron_id', 'p.name', 'p.card_number', 'p.email'])
    .where('l.institution_id', '=', institutionId)
    .where('l.returned_at', 'is', null)
    .where('l.due_at', '<', today);
  if (patronIds) q = q.where('p.id', 'in', patronIds.length ? patronIds : [-1]);
  const rows = await q.orderBy('l.due_at').orderBy('l.id').execute();
  const last = new Map<number, NoticeLoan['last']>();
  if (rows.length) {
    const sent = await db
      .selectFrom('lib_notices as n')
      .leftJoin('users as u', 'u.id', 'n.sent_by')
      .select(['n.loan_id', 'n.sent_on', 'n.sent_at', 'n.email', 'u.display_name'])
      .where('n.institution_id', '=', institutionId)
      .where(
        'n.loan_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('n.sent_at')
      .execute();
    for (const s of sent) last.set(s.loan_id, { on: s.sent_on, at: s.sent_at, by: s.display_name ?? null, mailed: s.email !== null });
  }
  const byReader = new Map<number, NoticeReader>();
  for (const r of rows) {
    let reader = byReader.get(r.patron_id);
    if (!reader)
      byReader.set(r.patron_id, (reader = { patronId: r.patron_id, name: r.name, card: r.card_number, email: r.email, loans: [], noticedToday: true }));
    const l = last.get(r.id) ?? null;
    reader.loans.push({ loanId: r.id, title: r.title, barcode: r.barcode, dueAt: r.due_at, days: daysBetween(r.due_at, today), last: l });
    if (l?.on !== today) reader.noticedToday = false;
  }
  return [...byReader.values()];
}

/** The e-mail of a notice, in Vietnamese (a reader's language is not known): each loan with its due date and days overdue. */
export function noticeMail(lib: Place, r: NoticeReader): { subject: string; text: string } {
  const t = noticeText('vi');
  const lines = r.loans.map((l) => t.noticeLine({ title: l.title, barcode: l.barcode, due: formatDate(l.dueAt), days: l.days }));
  return {
    subject: t.noticeSubject({ library: lib.name }),
    text: [
      t.noticeGreeting({ name: r.name }),
      '',
      t.noticeIntro({ library: lib.name, card: r.card }),
      ...lines,
      '',
      t.noticeClosing({ library: lib.name }),
    ].join('\n'),
  };
}

export interface NoticeOptions {
  today?: string;
  /** SMTP (core/mail.ts), or null: notices are then recorded as handed over on paper. */
  transport: MailTransport | null;
  from?: string;
}

export interface NoticeResult {
  /** Readers mailed now. */
  mailed: NoticeReader[];
  /** Readers noticed on paper now (no SMTP, or no address). */
  onPaper: NoticeReader[];
  /** Readers whose overdue loans had all been noticed today already: nothing sent. */
  skipped: NoticeReader[];
}

/**
 * Notices the chosen readers of their overdue loans, the loans not yet noticed today only. Each reader's rows are
 * claimed first (the unique loan and day turns a second send into nothing, even from two desks at once), audited,
 * then mailed; a mail that fails takes its rows back so it can be sent again, and the error goes up.
 */
export async function sendNotices(db: DB, who: Principal, code: string, patronIds: number[], o: NoticeOptions): Promise<NoticeResult> {
  const lib = await circulationDesk(db, who, code);
  const wanted = [...new Set(patronIds.filter((n) => Number.isSafeInteger(n)))];
  if (wanted.length === 0) throw new UserError(E.noticeNoneChosen(), 422, [{ field: 'patron', said: E.noticeNoneChosen() }]);
  const today = o.today ?? todayLocal();
  const from = o.from ?? mailFrom();
  const out: NoticeResult = { mailed: [], onPaper: [], skipped: [] };
  for (const reader of await overdueReaders(db, lib.id, today, wanted)) {
    const mailing = o.transport !== null && reader.email !== null;
    const at = nowIso();
    const fresh: NoticeReader = { ...reader, loans: [] };
    const claimed = await db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (const l of reader.loans) {
        const row = await trx
          .insertInto('lib_notices')
          .values({
            loan_id: l.loanId,
            institution_id: lib.id,
            patron_id: reader.patronId,
            sent_on: today,
            sent_at: at,
            sent_by: who.userId,
            overdue_days: l.days,
            email: mailing ? reader.email : null,
          })
          .onConflict((oc) => oc.columns(['loan_id', 'sent_on']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (row) {
          ids.push(row.id);
          fresh.loans.push(l);
        }
      }
      if (ids.length)
        await audit(trx, {
          userId: who.userId,
          action: 'create',
          entity: 'lib_notice',
          key: `${reader.card}:${today}`,
          newValue: { loans: fresh.loans.map((l) => l.barcode), email: mailing ? reader.email : null },
        });
      return ids;
    });
    if (claimed.length === 0) {
      out.skipped.push(reader);
      continue;
    }
    if (!mailing) {
      out.onPaper.push(fresh);
      continue;
    }
    try {
      await o.transport!.sendMail({ from, to: reader.email!, ...noticeMail(lib, fresh) });
    } catch (e) {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('lib_notices').where('id', 'in', claimed).execute();
        await audit(trx, { userId: who.userId, action: 'delete', entity: 'lib_notice', key: `${reader.card}:${today}` });
      });
      throw e;
    }
    out.mailed.push(fresh);
  }
  return out;
}
