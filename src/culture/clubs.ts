import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { localYear, nowIso, startOfLocalDay } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { isoDate, parseInput, text } from '../core/validate.ts';
import { recordSnapshots } from '../statistics/feed.ts';
import { indexDocs } from '../search/public-docs.ts';
import { nameFacetValues } from '../search/facet-names.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { updateRegularStatus } from './regular.ts';
import { clubKindName, cultureErrors as E, type ClubKind } from './messages.ts';

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
async function snapshot(db: DB, institutionId: number, year: number, userId: number | null) {
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

/** A member joins: a citizen account (learning record) or a name the organiser types. */
export async function addMember(db: DB, clubId: number, m: { userId?: number | null; name: string; joinedOn: string }, by: number | null): Promise<number> {
  const v = parseInput(z.object({ name: text(200), joinedOn: isoDate }), m, 'Thành viên');
  return inTransaction(db, async (trx) => {
    const club = await trx.selectFrom('clubs').select(['institution_id']).where('id', '=', clubId).executeTakeFirst();
    if (!club) throw notFound('câu lạc bộ', 'Club');
    if (m.userId) {
      const dup = await trx.selectFrom('club_members').select('id').where('club_id', '=', clubId).where('user_id', '=', m.userId).executeTakeFirst();
      if (dup) throw new UserError(E.alreadyMember(), 409);
    }
    const row = await trx
      .insertInto('club_members')
      .values({ club_id: clubId, user_id: m.userId ?? null, name: v.name, joined_on: v.joinedOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: by, action: 'create', entity: 'club_member', key: `${clubId}:${row.id}`, newValue: { ...v, userId: m.userId ?? null } });
    await snapshot(trx, club.institution_id, Number(v.joinedOn.slice(0, 4)), by);
    return row.id;
  });
}

/** A session held on a day with the members present; the institution's "regular activities" status follows. */
export async function recordSession(db: DB, clubId: number, s: { onDate: string; note?: string; present: number[] }, by: number | null): Promise<number> {
  const v = parseInput(z.object({ onDate: isoDate, note: z.string().trim().max(1000).default(''), present: z.array(z.number().int()) }), s, 'Buổi sinh hoạt');
  return inTransaction(db, async (trx) => {
    const club = await trx.selectFrom('clubs').select(['institution_id']).where('id', '=', clubId).executeTakeFirst();
    if (!club) throw notFound('câu lạc bộ', 'Club');
    const members = new Set((await trx.selectFrom('club_members').select('id').where('club_id', '=', clubId).execute()).map((r) => r.id));
    const bad = v.present.filter((id) => !members.has(id));
    if (bad.length > 0) throw new UserError(E.notMembers({ ids: bad.join(', ') }), 422, [{ field: 'present', said: E.notMembers({ ids: bad.join(', ') }) }]);
    const row = await trx.insertInto('club_sessions').values({ club_id: clubId, on_date: v.onDate, note: v.note }).returning('id').executeTakeFirstOrThrow();
    const present = [...new Set(v.present)];
    if (present.length > 0)
      await trx
        .insertInto('club_attendance')
        .values(present.map((member_id) => ({ session_id: row.id, member_id })))
        .execute();
    await audit(trx, { userId: by, action: 'create', entity: 'club_session', key: `${clubId}:${row.id}`, newValue: v });
    await updateRegularStatus(trx, club.institution_id, Number(v.onDate.slice(0, 4)), by);
    return row.id;
  });
}
