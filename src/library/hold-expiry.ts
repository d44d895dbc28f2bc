import type { DB } from '../core/db/database.ts';
import { audit, type AuditEntry } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { addDays, todayLocal } from '../core/time.ts';
import { maskCard } from './cards.ts';
import { lendingPlace } from './desk.ts';
import { ruleFor } from './loan-rules.ts';

/**
 * Holds nobody collected (Koha's CancelExpiredReserves, run nightly by cron there): a hold 'ready' — its copy set
 * aside on the pickup shelf — whose pickup period ended before today becomes 'expired', and its copy goes to the
 * next reader waiting for the title at that library (set aside for them from today, for their rule's pickup days)
 * or back on the shelf. The desk's "Cho hết hạn ngay" (pickup.ts `expireHold`) expires one; `expireLapsedHolds`
 * every lapsed one of a library or of all, audited as the system (no user): the nightly run inside the server and
 * `lifelong holds expire`. Holds feed no statistic, so nothing is fed. Every write is guarded on the state read
 * (the hold still 'ready', the next one still 'waiting', the copy still 'on-hold'), so two runs at once — two
 * processes, or a run and the desk — expire each hold once and set a copy aside for one reader only.
 */

/** A hold awaiting pickup as read before it expires. */
export interface ReadyHold {
  id: number;
  record_id: number;
  institution_id: number;
  expires_at: string | null;
  item_id: number;
  title: string;
  barcode: string | null;
}

export interface Expired {
  holdId: number;
  title: string;
  barcode: string;
  /** The next reader the copy is now set aside for (named when their card is this library's, else masked), or null: back on the shelf. */
  next: string | null;
  nextUntil: string | null;
}

/**
 * Expires one hold awaiting pickup, inside the caller's transaction (no checks of who or when: the callers make
 * them): null when it is no longer 'ready' (another run, the desk, the reader got there first), and nothing written.
 */
export async function lapseHold(trx: DB, h: ReadyHold, userId: number | null, today: string): Promise<Expired | null> {
  const done = await trx.updateTable('lib_holds').set({ status: 'expired' }).where('id', '=', h.id).where('status', '=', 'ready').executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) return null;
  const barcode = h.barcode ?? '';
  const entries: AuditEntry[] = [
    {
      userId,
      action: 'update',
      entity: 'lib_hold',
      key: String(h.id),
      oldValue: { status: 'ready', until: h.expires_at },
      newValue: { status: 'expired' },
    },
  ];
  const waiting = await trx
    .selectFrom('lib_holds as w')
    .innerJoin('lib_patrons as p', 'p.id', 'w.patron_id')
    .select(['w.id', 'p.category', 'p.name', 'p.card_number', 'p.institution_id'])
    .where('w.record_id', '=', h.record_id)
    .where('w.institution_id', '=', h.institution_id)
    .where('w.status', '=', 'waiting')
    .orderBy('w.id')
    .execute();
  // the first still waiting when written: one a check-in set aside meanwhile is passed over
  let next: (typeof waiting)[number] | undefined;
  let until: string | null = null;
  for (const w of waiting) {
    const days = (await ruleFor(trx, h.institution_id, w.category)).holdDays;
    const set = await trx
      .updateTable('lib_holds')
      .set({ status: 'ready', item_id: h.item_id, expires_at: addDays(today, days) })
      .where('id', '=', w.id)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    if (Number(set.numUpdatedRows) === 1) {
      next = w;
      until = addDays(today, days);
      break;
    }
  }
  if (next) {
    entries.push({
      userId,
      action: 'update',
      entity: 'lib_hold',
      key: String(next.id),
      oldValue: { status: 'waiting' },
      newValue: { status: 'ready', itemId: h.item_id, until },
    });
  } else {
    await trx.updateTable('lib_items').set({ status: 'available' }).where('id', '=', h.item_id).where('status', '=', 'on-hold').execute();
    entries.push({
      userId,
      action: 'update',
      entity: 'lib_item',
      key: barcode,
      oldValue: { status: 'on-hold', holdId: h.id },
      newValue: { status: 'available' },
    });
  }
  await audit(trx, entries);
  const nextWho = next ? (next.institution_id === h.institution_id ? `${next.name} (${next.card_number})` : maskCard(next.card_number)) : null;
  return { holdId: h.id, title: h.title, barcode, next: nextWho, nextUntil: until };
}

/** The hold as {@link lapseHold} reads it. */
export function readyHolds(db: DB) {
  return db
    .selectFrom('lib_holds as h')
    .innerJoin('lib_records as r', 'r.id', 'h.record_id')
    .leftJoin('lib_items as it', 'it.id', 'h.item_id')
    .select(['h.id', 'h.record_id', 'h.status', 'h.institution_id', 'h.expires_at', 'h.item_id', 'r.title', 'it.barcode']);
}

export interface ExpiryRun {
  /** The day the run counted from: holds ready until a day before it expired. */
  today: string;
  dryRun: boolean;
  /** Each hold expired (or, in a dry run, that would be), with its library, in the order of the holds. */
  expired: (Expired & { library: { code: string; name: string } })[];
  /** Lapsed holds found that another run or the desk expired (or the reader collected) between the reading and the writing. */
  gone: number;
}

/** Lapsed holds read at a time: the run's memory stays small however many there are. */
const BATCH = 200;

class DryRunDone extends Error {
  constructor(readonly run: ExpiryRun) {
    super('dry run rolled back');
  }
}

/**
 * Expires every hold awaiting pickup whose period ended before `today`, at the library named (code, any case it is
 * stored in) or at all: each hold in a transaction of its own, audited as the system. A second run the same day
 * finds nothing. `dryRun`: the same run in one transaction rolled back, so it lists exactly what would happen.
 */
export async function expireLapsedHolds(db: DB, opts: { libraryCode?: string; today?: string; dryRun?: boolean } = {}): Promise<ExpiryRun> {
  const today = opts.today ?? todayLocal();
  const lib = opts.libraryCode !== undefined ? await lendingPlace(db, opts.libraryCode) : undefined;
  const work = async (on: DB): Promise<ExpiryRun> => {
    const run: ExpiryRun = { today, dryRun: Boolean(opts.dryRun), expired: [], gone: 0 };
    const libraries = new Map<number, { code: string; name: string }>();
    let after = 0;
    for (;;) {
      let q = readyHolds(on)
        .innerJoin('institutions as i', 'i.id', 'h.institution_id')
        .select(['i.code', 'i.name'])
        .where('h.status', '=', 'ready')
        .where('h.expires_at', '<', today)
        .where('h.item_id', 'is not', null)
        .where('h.id', '>', after)
        .orderBy('h.id')
        .limit(BATCH);
      if (lib) q = q.where('h.institution_id', '=', lib.id);
      const batch = await q.execute();
      for (const h of batch) {
        const done = await inTransaction(on, (trx) => lapseHold(trx, { ...h, item_id: h.item_id! }, null, today));
        if (!done) run.gone++;
        else {
          const library = libraries.get(h.institution_id) ?? { code: h.code, name: h.name };
          libraries.set(h.institution_id, library);
          run.expired.push({ ...done, library });
        }
      }
      if (batch.length < BATCH) return run;
      after = batch[batch.length - 1]!.id;
    }
  };
  if (!opts.dryRun) return work(db);
  try {
    await db.transaction().execute(async (trx) => {
      throw new DryRunDone(await work(trx));
    });
  } catch (e) {
    if (e instanceof DryRunDone) return e.run;
    throw e;
  }
  throw new Error('unreachable: a dry run always rolls back');
}
