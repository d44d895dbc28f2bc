import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { localYear, nowIso, startOfLocalDay } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { parseInput, text } from '../core/validate.ts';
import { recordSnapshots } from '../statistics/feed.ts';
import { indexDocs } from '../search/public-docs.ts';
import { nameFacetValues } from '../search/facet-names.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { clubKindName, type ClubKind } from './messages.ts';

/** A club's subject in the search is its kind's code: named for the search pages. */
nameFacetValues('subject', clubKindName);

/** The kinds of club, in the order forms list them (their names: `clubKindName`). */
export const CLUB_KINDS = Object.keys(clubKindName.entries) as ClubKind[];

const ClubSchema = z.object({
  institutionId: z.number().int().positive(),
  kind: z.enum(CLUB_KINDS as [ClubKind, ...ClubKind[]], { message: 'club | talent_class | interest_group' }),
  name: text(300),
  description: z.string().trim().max(5000).default(''),
  schedule: text(300),
});

/** The yearly stocks the plans count: clubs of the institution and their members (this year, Vietnam's: created before its end). */
export async function snapshot(db: DB, institutionId: number, year: number, userId: number | null) {
  const clubs = async (on: DB) => {
    const r = await on
      .selectFrom('clubs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('institution_id', '=', institutionId)
      .where('created_at', '<', startOfLocalDay(`${year + 1}-01-01`))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  const members = async (on: DB) => {
    const r = await on
      .selectFrom('club_members as m')
      .innerJoin('clubs as c', 'c.id', 'm.club_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('c.institution_id', '=', institutionId)
      .where('m.joined_on', '<=', `${year}-12-31`)
      .where((eb) => eb.or([eb('m.left_on', 'is', null), eb('m.left_on', '>=', `${year}-01-01`)]))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  };
  await recordSnapshots(
    db,
    [
      { institutionId, element: 'CUL_CLUBS', year, count: clubs },
      { institutionId, element: 'CUL_CLUB_MEMBERS', year, count: members },
    ],
    userId,
  );
}

export async function createClub(db: DB, input: z.input<typeof ClubSchema>, userId: number | null, now = nowIso()): Promise<number> {
  const v = parseInput(ClubSchema, input, 'Câu lạc bộ');
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('clubs')
      .values({ institution_id: v.institutionId, kind: v.kind, name: v.name, description: v.description, schedule: v.schedule, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'club', key: String(row.id), newValue: v });
    await snapshot(trx, v.institutionId, localYear(now), userId);
    await indexDocs(trx, [
      {
        kind: 'club',
        refId: row.id,
        institutionId: v.institutionId,
        unitId: await unitOfInstitution(trx, v.institutionId),
        title: v.name,
        body: `${v.description} ${v.schedule}`,
        subjects: [v.kind],
        url: `/cau-lac-bo/${row.id}`,
      },
    ]);
    return row.id;
  });
}
