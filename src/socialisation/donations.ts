import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { isoDate, parseInput, text } from '../core/validate.ts';
import { recordHappenings, recordSnapshots } from '../statistics/feed.ts';
import { donationKindName, type DonationKind } from './messages.ts';

/** The kinds of donation, in the order forms list them (their names: `donationKindName`). */
export const DONATION_KINDS = Object.keys(donationKindName.entries) as DonationKind[];
/** Money (VND) and books are counted by the plans; equipment is recorded and thanked. */
const KIND_ELEMENT: Readonly<Record<DonationKind, string | null>> = { money: 'DONATIONS_MONEY', books: 'DONATIONS_BOOKS', equipment: null };

const DonationSchema = z.object({
  institutionId: z.number().int().positive(),
  donor: text(300),
  kind: z.enum(DONATION_KINDS as [DonationKind, ...DonationKind[]], { message: 'money | books | equipment' }),
  amount: z.number().int('Số nguyên').positive('Phải lớn hơn 0').max(1e13, 'Quá lớn'),
  description: z.string().trim().max(2000).default(''),
  onDate: isoDate,
  thankPublicly: z.boolean().default(true),
});

export async function recordDonation(db: DB, input: z.input<typeof DonationSchema>, userId: number | null): Promise<number> {
  const v = parseInput(DonationSchema, input, 'Tài trợ, quyên góp');
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('donations')
      .values({
        institution_id: v.institutionId,
        donor: v.donor,
        kind: v.kind,
        amount: v.amount,
        description: v.description,
        on_date: v.onDate,
        thank_publicly: v.thankPublicly ? 1 : 0,
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const element = KIND_ELEMENT[v.kind];
    if (element) await recordHappenings(trx, [{ institutionId: v.institutionId, element, date: v.onDate, count: v.amount }], userId);
    await audit(trx, { userId, action: 'create', entity: 'donation', key: String(row.id), newValue: v });
    return row.id;
  });
}

const CommendationSchema = z.object({
  institutionId: z.number().int().positive(),
  recipient: text(300),
  recipientType: z.enum(['collective', 'individual'], { message: 'collective | individual' }),
  title: text(300),
  issuer: text(300),
  onDate: isoDate,
});

/** A commendation of a collective or an individual; the yearly count is a stock in the statistics. */
export async function recordCommendation(db: DB, input: z.input<typeof CommendationSchema>, userId: number | null): Promise<number> {
  const v = parseInput(CommendationSchema, input, 'Khen thưởng');
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('commendations')
      .values({
        institution_id: v.institutionId,
        recipient: v.recipient,
        recipient_type: v.recipientType,
        title: v.title,
        issuer: v.issuer,
        on_date: v.onDate,
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const year = Number(v.onDate.slice(0, 4));
    const count = async (on: DB) => {
      const n = await on
        .selectFrom('commendations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('institution_id', '=', v.institutionId)
        .where('on_date', '>=', `${year}-01-01`)
        .where('on_date', '<=', `${year}-12-31`)
        .executeTakeFirstOrThrow();
      return Number(n.n);
    };
    await recordSnapshots(trx, [{ institutionId: v.institutionId, element: 'COMMENDATIONS', year, count }], userId);
    await audit(trx, { userId, action: 'create', entity: 'commendation', key: String(row.id), newValue: v });
    return row.id;
  });
}

/** The public thank-you list of a unit's subtree: donors who agreed to be thanked, with what they gave. */
export async function thankYouList(db: DB, unitId: number, year: number) {
  return db
    .selectFrom('donations as d')
    .innerJoin('institutions as i', 'i.id', 'd.institution_id')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .select(['d.donor', 'd.kind', 'd.amount', 'd.description', 'd.on_date', 'i.name as institution'])
    .where('d.thank_publicly', '=', 1)
    .where('d.on_date', '>=', `${year}-01-01`)
    .where('d.on_date', '<=', `${year}-12-31`)
    .where('iu.unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId))
    .orderBy('d.on_date', 'desc')
    .limit(500)
    .execute();
}

export async function commendationsIn(db: DB, unitId: number, year: number) {
  return db
    .selectFrom('commendations as k')
    .innerJoin('institutions as i', 'i.id', 'k.institution_id')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .select(['k.recipient', 'k.recipient_type', 'k.title', 'k.issuer', 'k.on_date', 'i.name as institution'])
    .where('k.on_date', '>=', `${year}-01-01`)
    .where('k.on_date', '<=', `${year}-12-31`)
    .where('iu.unit_id', 'in', (eb) => eb.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId))
    .orderBy('k.on_date', 'desc')
    .limit(500)
    .execute();
}
