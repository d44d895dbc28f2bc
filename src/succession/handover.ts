import type { DB } from '../core/db/database.ts';
import type { Principal, Role } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { todayLocal } from '../core/time.ts';
import { moveUserUnit, usersOfUnits } from '../accounts/users.ts';
import { institutionsAt, institutionsMovedFrom, moveInstitution } from '../network/institutions.ts';
import { dayAfterEnd, successorsInForce } from '../network/lineage.ts';
import { findUnit, unitsByIds, type Unit } from '../network/units.ts';
import { leftOpen, retire, unitsLeftOpen, type BlankDraft, type OpenCycle } from '../reporting/retire.ts';
import { successionErrors } from './messages.ts';

/**
 * The hand-over of an ended unit (a commune merged on 01/07/2025) to its successors: its users move to a successor,
 * its institutions belong to one from the day after its end, its open reporting cycles for years it no longer receives
 * reports close and its untouched drafts for years it is not asked go. `handoverPreview` says what would change;
 * `applyHandover` makes it all in one transaction, audited (who, when, what), and does nothing the second time.
 * Where the unit was split among several successors, each user and institution needs a choice (none is guessed).
 */
export interface UserMove {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The successor, when there is only one (preselected); null when a choice is needed or there is none. */
  to: Unit | null;
}
export interface InstitutionMove {
  id: number;
  code: string;
  name: string;
  kind: string;
  /** The first day at the successor: the day after the unit's end. */
  from: string;
  to: Unit | null;
}
export interface Handover {
  unit: Unit;
  /** The successors in force today, by name: the choices. */
  successors: Unit[];
  users: UserMove[];
  institutions: InstitutionMove[];
  /** Its open cycles for years it no longer receives reports: closed. */
  cycles: OpenCycle[];
  /** Its blank drafts for years it is not asked: removed. */
  drafts: BlankDraft[];
  /** Institutions that already left it (moved with the reform's map, or by an earlier hand-over): nothing to do, shown to reassure. */
  moved: { code: string; name: string; unitName: string; since: string }[];
  /** The unit's last hand-over, from the audit log. */
  last: { at: string; by: string | null } | null;
}
export interface HandoverResult {
  units: number;
  users: number;
  institutions: number;
  cycles: number;
  drafts: number;
}
/** Which ended units: one (by code) or several, or every one with something left to hand over. */
export type Which = 'all' | string[];
/** The chosen successor (its code) per username and per institution code, where the unit was split. */
export interface Choices {
  users?: Record<string, string>;
  institutions?: Record<string, string>;
}

function mustBeAdmin(p: Principal | undefined): void {
  if (p?.role !== 'admin') throw new UserError(successionErrors.adminOnly(), 403);
}

/** The ended units asked for: each must exist and have ended before today. */
async function endedUnits(db: DB, codes: string[], today: string): Promise<Unit[]> {
  const out: Unit[] = [];
  for (const code of codes) {
    const unit = await findUnit(db, code);
    if (!unit) throw new UserError(successionErrors.unknownUnit({ code }), 404);
    if (unit.validTo === null || unit.validTo >= today) throw new UserError(successionErrors.notEnded({ unit: unit.name }), 409);
    out.push(unit);
  }
  return out;
}

/** Every unit ended before today that still has a user, an institution, or something open in reporting (`unitsLeftOpen`). */
export async function pendingUnitIds(db: DB, today: string = todayLocal()): Promise<number[]> {
  const ended = db.selectFrom('units').select('id').where('valid_to', '<', today);
  const [users, institutions, reporting] = await Promise.all([
    db.selectFrom('users').select('unit_id as id').where('unit_id', 'in', ended).distinct().execute(),
    db.selectFrom('institution_units').select('unit_id as id').where('valid_to', 'is', null).where('unit_id', 'in', ended).distinct().execute(),
    unitsLeftOpen(db, today),
  ]);
  return [...new Set([...users.map((r) => r.id!), ...institutions.map((r) => r.id), ...reporting])];
}

/** What handing over would change, unit by unit (admins only). `which`: codes of ended units, or 'all' pending. */
export async function handoverPreview(db: DB, p: Principal | undefined, which: Which, today: string = todayLocal()): Promise<Handover[]> {
  mustBeAdmin(p);
  const units =
    which === 'all'
      ? [...(await unitsByIds(db, await pendingUnitIds(db, today))).values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code))
      : await endedUnits(db, which, today);
  return describe(db, units, today);
}

async function describe(db: DB, units: Unit[], today: string): Promise<Handover[]> {
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const successors = await successorsInForce(db, ids, today);
  const open = await leftOpen(db, ids);
  const users = await usersOfUnits(db, ids);
  const institutions = await institutionsAt(db, ids);
  const moved = await institutionsMovedFrom(db, ids);
  const last = new Map<string, { at: string; by: string | null }>();
  for (let i = 0; i < ids.length; i += 1000) {
    const done = await db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.entity_key', 'a.at', 'u.display_name'])
      .where('a.entity', '=', 'unit_handover')
      .where(
        'a.entity_key',
        'in',
        units.slice(i, i + 1000).map((u) => u.code),
      )
      .orderBy('a.id')
      .execute();
    for (const d of done) last.set(d.entity_key, { at: d.at, by: d.display_name });
  }
  return units.map((unit) => {
    const next = successors.get(unit.id) ?? [];
    const only = next.length === 1 ? next[0]! : null;
    const from = dayAfterEnd(unit)!;
    return {
      unit,
      successors: next,
      users: users.filter((u) => u.unitId === unit.id).map((u) => ({ id: u.id, username: u.username, displayName: u.displayName, role: u.role, to: only })),
      institutions: institutions
        .filter((i) => i.unitId === unit.id)
        .map((i) => ({ id: i.id, code: i.code, name: i.name, kind: i.kind, from: startAt(from, only), to: only })),
      moved: moved.filter((m) => m.fromUnitId === unit.id).map((m) => ({ code: m.code, name: m.name, unitName: m.unitName, since: m.since })),
      cycles: open.get(unit.id)?.cycles ?? [],
      drafts: open.get(unit.id)?.drafts ?? [],
      last: last.get(unit.code) ?? null,
    };
  });
}

/** The first day at the successor: the day after the old unit's end, or the successor's own first day when later. */
const startAt = (dayAfter: string, to: Unit | null): string => (to?.validFrom && to.validFrom > dayAfter ? to.validFrom : dayAfter);

/** The field a choice is sent in, on the page and in the problems the API answers: `user:<username>`, `institution:<code>`. */
export const userField = (username: string) => `user:${username}`;
export const institutionField = (code: string) => `institution:${code}`;

/**
 * Hands the units over: every move decided first (a missing or wrong choice refuses the whole, 422, each problem at
 * its field), then written in one transaction with an audit row per change and one per unit (`unit_handover`).
 */
export async function applyHandover(
  db: DB,
  p: Principal | undefined,
  which: Which,
  choices: Choices = {},
  today: string = todayLocal(),
): Promise<HandoverResult> {
  mustBeAdmin(p);
  return inTransaction(db, async (trx) => {
    const plan = await handoverPreview(trx, p, which, today);
    const problems: Problem[] = [];
    let missing = 0;
    const decide = (h: Handover, field: string, name: string, chosen: string | undefined): Unit | null => {
      if (chosen) {
        const to = h.successors.find((s) => s.code === chosen);
        if (!to)
          problems.push({
            field,
            said: successionErrors.notASuccessor({ chosen, unit: h.unit.name, options: h.successors.map((s) => s.name).join(', ') || '—' }),
          });
        return to ?? null;
      }
      if (h.successors.length === 1) return h.successors[0]!;
      if (h.successors.length > 1) {
        missing++;
        problems.push({ field, said: successionErrors.chooseSuccessor({ name }) });
      }
      return null; // no successor in force: stays where it is
    };
    const decided = plan.map((h) => ({
      h,
      users: h.users.map((u) => ({ u, to: decide(h, userField(u.username), u.displayName, choices.users?.[u.username]) })),
      institutions: h.institutions.map((i) => ({ i, to: decide(h, institutionField(i.code), i.name, choices.institutions?.[i.code]) })),
    }));
    if (problems.length > 0)
      throw new UserError(missing === problems.length ? successionErrors.choicesMissing({ n: missing }) : successionErrors.badChoices(), 422, problems);

    const result: HandoverResult = { units: 0, users: 0, institutions: 0, cycles: 0, drafts: 0 };
    const by = p!.userId;
    for (const { h, users, institutions } of decided) {
      const done = {
        users: [] as { username: string; to: string }[],
        institutions: [] as { code: string; to: string; from: string }[],
        cycles: [] as number[],
        drafts: [] as number[],
      };
      for (const { u, to } of users)
        if (to && (await moveUserUnit(trx, u, h.unit, to, by, { handover: h.unit.code }))) done.users.push({ username: u.username, to: to.code });
      for (const { i, to } of institutions) {
        if (!to) continue;
        const from = startAt(dayAfterEnd(h.unit)!, to);
        await moveInstitution(trx, i.id, to.id, from, by);
        done.institutions.push({ code: i.code, to: to.code, from });
      }
      Object.assign(done, await retire(trx, h.unit.code, h, by));
      const changed = done.users.length + done.institutions.length + done.cycles.length + done.drafts.length;
      if (changed === 0) continue;
      await audit(trx, { userId: by, action: 'update', entity: 'unit_handover', key: h.unit.code, newValue: done });
      result.units++;
      result.users += done.users.length;
      result.institutions += done.institutions.length;
      result.cycles += done.cycles.length;
      result.drafts += done.drafts.length;
    }
    return result;
  });
}
