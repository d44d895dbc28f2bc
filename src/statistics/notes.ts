import type { DB } from '../core/db/database.ts';
import type { Principal } from '../core/auth/principal.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { noAccess, notFound, UserError } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { nowIso } from '../core/time.ts';
import { canReadInstitution, mayWriteFor, writeRefusal } from '../network/access.ts';
import { findInstitution, type Institution } from '../network/institutions.ts';
import { listElements, type DataElement } from './elements.ts';
import { statisticsErrors as E } from './messages.ts';
import { parsePeriod } from './periods.ts';

/**
 * A value's comment and follow-up flag (DHIS2's comment and "mark for follow-up"), kept beside the value in
 * `value_notes` with who set them and when; a comment that confirmed a warning of the entry form (an outlier, a
 * broken rule) says which in `confirmed`. Anyone who may write the value's period may change its note; every
 * change is audited. A cell may have a note before it has a value (DHIS2 allows the same).
 */

export interface ValueNote {
  comment: string | null;
  followUp: boolean;
  /** The warnings the comment confirmed: 'outlier', 'rule' (space-separated), or null. */
  confirmed: string | null;
  setBy: string | null;
  setAt: string;
}

/** A note's key in a sheet: `LIB_VISITS:2025-03`. */
export const noteKey = (element: string, period: string) => `${element}:${period}`;

/** A comment is at most this long (a paragraph, not a report). */
export const COMMENT_MAX = 2000;

/** The notes of an institution's cells in a year (monthly and yearly), by `noteKey`. */
export async function notesOf(db: DB, institutionId: number, year: number): Promise<Map<string, ValueNote>> {
  const rows = await db
    .selectFrom('value_notes as n')
    .innerJoin('data_elements as e', 'e.id', 'n.element_id')
    .leftJoin('users as u', 'u.id', 'n.set_by')
    .select(['e.code', 'n.period', 'n.comment', 'n.follow_up', 'n.confirmed', 'n.set_at', 'u.display_name'])
    .where('n.institution_id', '=', institutionId)
    .where('n.period', '>=', String(year))
    .where('n.period', '<', String(year + 1))
    .execute();
  return new Map(
    rows.map((r) => [
      noteKey(r.code, r.period),
      { comment: r.comment, followUp: Number(r.follow_up) === 1, confirmed: r.confirmed, setBy: r.display_name, setAt: r.set_at },
    ]),
  );
}

/** A change of a cell's note: what is left undefined stays as it is. */
export interface NoteChange {
  elementId: number;
  element: string;
  period: string;
  comment?: string | null;
  followUp?: boolean;
  confirmed?: string | null;
}

/**
 * Writes notes of an institution's cells, in the caller's transaction (the entry form's save writes the comments
 * confirming its warnings with the values): each changed note upserted and audited with its old and new state;
 * a note left with nothing (no comment, no flag, nothing confirmed) is removed.
 */
export async function writeNotes(db: DB, userId: number | null, institution: { id: number; code: string }, changes: NoteChange[]): Promise<number> {
  let written = 0;
  for (const n of changes) {
    const where = { institution_id: institution.id, element_id: n.elementId, period: n.period };
    const old = await db
      .selectFrom('value_notes')
      .select(['comment', 'follow_up', 'confirmed'])
      .where('institution_id', '=', where.institution_id)
      .where('element_id', '=', where.element_id)
      .where('period', '=', where.period)
      .executeTakeFirst();
    const before = old ? { comment: old.comment, followUp: Number(old.follow_up) === 1, confirmed: old.confirmed } : undefined;
    const after = {
      comment: n.comment !== undefined ? n.comment || null : (before?.comment ?? null),
      followUp: n.followUp ?? before?.followUp ?? false,
      confirmed: n.confirmed !== undefined ? n.confirmed : (before?.confirmed ?? null),
    };
    if (before && before.comment === after.comment && before.followUp === after.followUp && before.confirmed === after.confirmed) continue;
    const empty = after.comment === null && !after.followUp && after.confirmed === null;
    if (!before && empty) continue;
    const del = () =>
      db
        .deleteFrom('value_notes')
        .where('institution_id', '=', where.institution_id)
        .where('element_id', '=', where.element_id)
        .where('period', '=', where.period)
        .execute();
    if (empty) await del();
    else {
      const row = { comment: after.comment, follow_up: after.followUp ? 1 : 0, confirmed: after.confirmed, set_by: userId, set_at: nowIso() };
      await db
        .insertInto('value_notes')
        .values({ ...where, ...row })
        .onConflict((oc) => oc.columns(['institution_id', 'element_id', 'period']).doUpdateSet(row))
        .execute();
    }
    await audit(db, {
      userId,
      action: !before ? 'create' : empty ? 'delete' : 'update',
      entity: 'value_note',
      key: `${institution.code}:${n.element}:${n.period}`,
      oldValue: before,
      newValue: empty ? undefined : after,
    });
    written++;
  }
  return written;
}

/** A comment as stored: NFC, spaces of each line collapsed, blank lines kept to one; empty is none. */
export function cleanComment(text: string): string | null {
  const lines = text.normalize('NFC').split(/\r?\n/).map(clean);
  const joined = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return joined === '' ? null : joined;
}

/** One cell of an institution: its element, its period, its value and note, and its recent changes. */
export interface CellSheet {
  institution: Institution;
  element: DataElement;
  period: string;
  value: number | undefined;
  updatedBy: string | null;
  updatedAt: string | null;
  note: ValueNote | undefined;
  canWrite: boolean;
  /** The value's changes, newest first (the audit log's). */
  history: { at: string; by: string | null; old: string | null; value: string | null }[];
}

/** The cell named, if the person may read the institution's data (404 for an unknown cell, 403). */
async function cellOf(db: DB, who: Principal, code: string, elementCode: string, period: string) {
  const institution = await findInstitution(db, code);
  if (!institution) throw notFound('cơ sở', 'Institution');
  if (!(await canReadInstitution(db, who, institution.id))) throw noAccess();
  const element = (await listElements(db)).find((e) => e.code === elementCode);
  const p = parsePeriod(period);
  if (!element || !p || p.text !== period || p.type !== element.periodType) throw notFound('ô số liệu', 'Cell');
  return { institution, element };
}

const HISTORY_SHOWN = 20;

/** What the cell's page shows. */
export async function cellSheet(db: DB, who: Principal, code: string, elementCode: string, period: string): Promise<CellSheet> {
  const { institution, element } = await cellOf(db, who, code, elementCode, period);
  const [stored, notes, history, canWrite] = await Promise.all([
    db
      .selectFrom('data_values as v')
      .leftJoin('users as u', 'u.id', 'v.updated_by')
      .select(['v.value', 'v.updated_at', 'u.display_name'])
      .where('v.institution_id', '=', institution.id)
      .where('v.element_id', '=', element.id)
      .where('v.period', '=', period)
      .where('v.year', '=', Number(period.slice(0, 4))) // the period's year: the one partition read (PostgreSQL)
      .executeTakeFirst(),
    notesOf(db, institution.id, Number(period.slice(0, 4))),
    db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.at', 'a.old_value', 'a.new_value', 'u.display_name'])
      .where('a.entity', '=', 'data_value')
      .where('a.entity_key', '=', `${institution.code}:${element.code}:${period}`)
      .orderBy('a.id', 'desc')
      .limit(HISTORY_SHOWN)
      .execute(),
    mayWriteFor(db, who, institution.id, period),
  ]);
  return {
    institution,
    element,
    period,
    value: stored ? Number(stored.value) : undefined,
    updatedBy: stored?.display_name ?? null,
    updatedAt: stored?.updated_at ?? null,
    note: notes.get(noteKey(element.code, period)),
    canWrite,
    history: history.map((h) => ({ at: h.at, by: h.display_name, old: h.old_value, value: h.new_value })),
  };
}

/**
 * Sets a cell's comment and follow-up flag (the cell's page, the API): whoever may write the value's period
 * (403 naming the institution and period); a comment over {@link COMMENT_MAX} characters is refused at its field.
 */
export async function saveCellNote(
  db: DB,
  who: Principal,
  code: string,
  elementCode: string,
  period: string,
  given: { comment: string; followUp: boolean },
): Promise<{ institution: Institution; written: number }> {
  const { institution, element } = await cellOf(db, who, code, elementCode, period);
  if (!(await mayWriteFor(db, who, institution.id, period))) throw writeRefusal(institution.name, period);
  const comment = cleanComment(given.comment);
  if (comment && comment.length > COMMENT_MAX) throw new UserError(E.noteInvalid(), 422, [{ field: 'comment', said: E.commentTooLong({ max: COMMENT_MAX }) }]);
  const written = await inTransaction(db, (trx) =>
    writeNotes(trx, who.userId, institution, [{ elementId: element.id, element: element.code, period, comment, followUp: given.followUp }]),
  );
  return { institution, written };
}

export interface FollowUp {
  institution: string;
  institutionName: string;
  element: string;
  nameVi: string;
  nameEn: string;
  period: string;
  value: number | null;
  comment: string | null;
  setBy: string | null;
  setAt: string;
}

/**
 * The values marked for follow-up that the person may read, newest first: an official's or viewer's whole
 * subtree (every institution that belonged to a unit of it), staff's own institution, everything for an admin.
 */
export async function followUps(db: DB, who: Principal, limit = 500): Promise<FollowUp[]> {
  if (who.role === 'citizen' || (who.role === 'staff' && who.institutionId === null)) return [];
  if ((who.role === 'official' || who.role === 'viewer') && who.unitId === null) return [];
  let q = db
    .selectFrom('value_notes as n')
    .innerJoin('institutions as i', 'i.id', 'n.institution_id')
    .innerJoin('data_elements as e', 'e.id', 'n.element_id')
    .leftJoin('data_values as v', (j) =>
      j.onRef('v.institution_id', '=', 'n.institution_id').onRef('v.element_id', '=', 'n.element_id').onRef('v.period', '=', 'n.period'),
    )
    .leftJoin('users as u', 'u.id', 'n.set_by')
    .select([
      'i.code as institution',
      'i.name as institutionName',
      'e.code as element',
      'e.name_vi',
      'e.name_en',
      'n.period',
      'v.value',
      'n.comment',
      'u.display_name',
      'n.set_at',
    ])
    .where('n.follow_up', '=', 1);
  if (who.role === 'staff') q = q.where('n.institution_id', '=', who.institutionId!);
  else if (who.role !== 'admin') {
    const unitId = who.unitId!;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('institution_units as iu')
          .innerJoin('unit_closure as c', 'c.descendant_id', 'iu.unit_id')
          .select('iu.institution_id')
          .whereRef('iu.institution_id', '=', 'n.institution_id')
          .where('c.ancestor_id', '=', unitId),
      ),
    );
  }
  const rows = await q.orderBy('n.set_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    institution: r.institution,
    institutionName: r.institutionName,
    element: r.element,
    nameVi: r.name_vi,
    nameEn: r.name_en,
    period: r.period,
    value: r.value === null ? null : Number(r.value),
    comment: r.comment,
    setBy: r.display_name,
    setAt: r.set_at,
  }));
}
