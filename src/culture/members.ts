import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { thisYear, todayLocal } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { isoDate, optionalText, parseInput, text } from '../core/validate.ts';
import { fold } from '../core/text/vietnamese.ts';
import { snapshot } from './clubs.ts';
import { cultureErrors as E } from './messages.ts';

/** What the club's staff type about a member: a name, and (for someone without an account) a year of birth and a contact. */
export interface MemberInput {
  name: string;
  birthYear?: number | null;
  contact?: string;
}

const MemberSchema = z.object({ name: text(200), birthYear: z.number().nullable().default(null), contact: optionalText(200) });

/** A year of birth is a whole year from 1900 to this one (or none). */
function checkBirthYear(y: number | null | undefined): void {
  if (y === null || y === undefined) return;
  if (!Number.isInteger(y) || y < 1900 || y > thisYear())
    throw new UserError(E.badBirthYear({ max: thisYear() }), 422, [{ field: 'birthYear', said: E.badBirthYear({ max: thisYear() }) }]);
}

async function clubOf(trx: DB, clubId: number) {
  const club = await trx.selectFrom('clubs').select(['institution_id']).where('id', '=', clubId).executeTakeFirst();
  if (!club) throw notFound('câu lạc bộ', 'Club');
  return club;
}

/** The club's members now (not left), or one of them; `left` too with `withLeft`. */
export async function membersOf(db: DB, clubId: number, opts: { withLeft?: boolean } = {}) {
  let q = db
    .selectFrom('club_members as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.id', 'm.name', 'm.birth_year', 'm.contact', 'm.joined_on', 'm.left_on', 'm.user_id', 'u.username'])
    .where('m.club_id', '=', clubId);
  if (!opts.withLeft) q = q.where('m.left_on', 'is', null);
  return q.orderBy('m.name').orderBy('m.id').execute();
}

/** Someone already on the list: the same account, or the same name (without marks, any case) and year of birth. */
async function sameMember(trx: DB, clubId: number, m: { userId: number | null; name: string; birthYear: number | null }, except?: number) {
  const rows = await trx
    .selectFrom('club_members')
    .select(['id', 'name', 'birth_year', 'user_id'])
    .where('club_id', '=', clubId)
    .where('left_on', 'is', null)
    .execute();
  return rows.find(
    (r) => r.id !== except && ((m.userId !== null && r.user_id === m.userId) || (fold(r.name) === fold(m.name) && (r.birth_year ?? null) === m.birthYear)),
  );
}

/**
 * A member joins: a citizen with an account (their learning record then lists the sessions they attend) or a person
 * without one (an elderly member, a child) whom the staff name, with a year of birth and a contact if they wish.
 * The same person twice is refused (409, beside the name).
 */
export async function addMember(
  db: DB,
  clubId: number,
  m: MemberInput & { userId?: number | null; joinedOn?: string },
  by: number | null,
  today = todayLocal(),
): Promise<number> {
  checkBirthYear(m.birthYear);
  const v = parseInput(MemberSchema.extend({ joinedOn: isoDate }), { ...m, joinedOn: m.joinedOn ?? today }, 'Thành viên');
  const userId = m.userId ?? null;
  return inTransaction(db, async (trx) => {
    const club = await clubOf(trx, clubId);
    const dup = await sameMember(trx, clubId, { userId, name: v.name, birthYear: v.birthYear });
    if (dup) {
      const said = userId !== null && dup.user_id === userId ? E.alreadyMember() : E.memberTwice({ name: dup.name });
      throw new UserError(said, 409, [{ field: 'name', said: E.alreadyListed() }]);
    }
    const row = await trx
      .insertInto('club_members')
      .values({ club_id: clubId, user_id: userId, name: v.name, birth_year: v.birthYear, contact: v.contact, joined_on: v.joinedOn, left_on: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId: by, action: 'create', entity: 'club_member', key: `${clubId}:${row.id}`, newValue: { ...v, userId } });
    await snapshot(trx, club.institution_id, Number(v.joinedOn.slice(0, 4)), by);
    return row.id;
  });
}

async function memberRow(trx: DB, clubId: number, memberId: number) {
  const r = await trx.selectFrom('club_members').selectAll().where('id', '=', memberId).where('club_id', '=', clubId).executeTakeFirst();
  if (!r || r.left_on !== null) throw new UserError(E.noSuchMember(), 404);
  return r;
}

/** Corrects a member's name, year of birth or contact. */
export async function updateMember(db: DB, clubId: number, memberId: number, m: MemberInput, by: number | null): Promise<void> {
  checkBirthYear(m.birthYear);
  const v = parseInput(MemberSchema, m, 'Thành viên');
  await inTransaction(db, async (trx) => {
    const old = await memberRow(trx, clubId, memberId);
    const dup = await sameMember(trx, clubId, { userId: null, name: v.name, birthYear: v.birthYear }, memberId);
    if (dup) throw new UserError(E.memberTwice({ name: dup.name }), 409, [{ field: 'name', said: E.alreadyListed() }]);
    await trx.updateTable('club_members').set({ name: v.name, birth_year: v.birthYear, contact: v.contact }).where('id', '=', memberId).execute();
    await audit(trx, {
      userId: by,
      action: 'update',
      entity: 'club_member',
      key: `${clubId}:${memberId}`,
      oldValue: { name: old.name, birthYear: old.birth_year, contact: old.contact },
      newValue: v,
    });
  });
}

/** A member leaves: off the list (and the year's member count from next year), their attendance kept. */
export async function removeMember(db: DB, clubId: number, memberId: number, by: number | null, today = todayLocal()): Promise<void> {
  await inTransaction(db, async (trx) => {
    const club = await clubOf(trx, clubId);
    await memberRow(trx, clubId, memberId);
    await trx.updateTable('club_members').set({ left_on: today }).where('id', '=', memberId).execute();
    await audit(trx, { userId: by, action: 'update', entity: 'club_member', key: `${clubId}:${memberId}`, newValue: { leftOn: today } });
    await snapshot(trx, club.institution_id, Number(today.slice(0, 4)), by);
  });
}

/** Links a member without an account to a citizen's account (by username): the sessions they attended join their learning record. */
export async function linkMember(db: DB, clubId: number, memberId: number, username: string, by: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const m = await memberRow(trx, clubId, memberId);
    const user = await trx.selectFrom('users').select(['id', 'role']).where('username', '=', username.trim()).executeTakeFirst();
    if (user?.role !== 'citizen') throw new UserError(E.noSuchCitizen({ username: username.trim() }), 422, [{ field: 'username', said: E.notACitizen() }]);
    const taken = await trx
      .selectFrom('club_members')
      .select('id')
      .where('club_id', '=', clubId)
      .where('user_id', '=', user.id)
      .where('left_on', 'is', null)
      .executeTakeFirst();
    if (taken) throw new UserError(E.alreadyMember(), 409, [{ field: 'username', said: E.alreadyListed() }]);
    await trx.updateTable('club_members').set({ user_id: user.id }).where('id', '=', memberId).execute();
    await audit(trx, {
      userId: by,
      action: 'update',
      entity: 'club_member',
      key: `${clubId}:${memberId}`,
      oldValue: { userId: m.user_id },
      newValue: { userId: user.id },
    });
  });
}
