import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { optionalText, parseInput, text } from '../core/validate.ts';
import { indexDocs, removeDocs } from '../search/public-docs.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { museumErrors as E } from './messages.ts';
import { checkTerm, TERM_COLUMN, TERM_FIELD, VOCABULARIES } from './vocabularies.ts';

/** What an edit may change of an object: any of its described fields (absent ones stay as they are). */
export const ObjectPatchSchema = z
  .object({
    identifier: text(60),
    title: text(300),
    creator: optionalText(300),
    subject: optionalText(300),
    description: z.string().trim().max(10000),
    dateText: optionalText(100),
    type: optionalText(100),
    format: optionalText(300),
    provenance: optionalText(2000),
    ethnicGroup: optionalText(100),
    rights: optionalText(300),
    typeTerm: z.number().int().positive().nullable(),
    materialTerm: z.number().int().positive().nullable(),
    periodTerm: z.number().int().positive().nullable(),
    ethnicTerm: z.number().int().positive().nullable(),
  })
  .partial()
  .strict();
export type ObjectPatch = z.input<typeof ObjectPatchSchema>;

const COLUMN: Record<keyof ObjectPatch, string> = {
  identifier: 'identifier',
  title: 'title',
  creator: 'creator',
  subject: 'subject',
  description: 'description',
  dateText: 'date_text',
  type: 'type',
  format: 'format',
  provenance: 'provenance',
  ethnicGroup: 'ethnic_group',
  rights: 'rights',
  typeTerm: 'type_term_id',
  materialTerm: 'material_term_id',
  periodTerm: 'period_term_id',
  ethnicTerm: 'ethnic_term_id',
};

/** The object's row, locked for the change; its institution is the one the caller's access was checked for. */
async function objectRow(trx: DB, id: number) {
  const o = await trx.selectFrom('museum_objects').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) throw notFound('hiện vật', 'Object');
  return o;
}

/** Edits an object's description: the fields given change, the audit keeps the old and new values, the search follows. */
export async function updateObject(db: DB, id: number, patch: ObjectPatch, userId: number | null): Promise<void> {
  const v = parseInput(ObjectPatchSchema, patch, 'Hiện vật');
  await inTransaction(db, async (trx) => {
    const old = await objectRow(trx, id);
    if (v.identifier !== undefined && v.identifier !== old.identifier) {
      const taken = await trx
        .selectFrom('museum_objects')
        .select('id')
        .where('institution_id', '=', old.institution_id)
        .where('identifier', '=', v.identifier)
        .executeTakeFirst();
      if (taken) throw new UserError(E.identifierTaken({ identifier: v.identifier }), 409, [{ field: 'identifier', said: E.exists() }]);
    }
    for (const voc of VOCABULARIES) {
      const chosen = v[TERM_FIELD[voc]];
      if (chosen !== undefined) await checkTerm(trx, voc, chosen, old[TERM_COLUMN[voc]]);
    }
    const set: Record<string, string | number | null> = {};
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(v) as [keyof ObjectPatch, string | number | null | undefined][]) {
      if (value === undefined) continue;
      if ((old as Record<string, unknown>)[COLUMN[key]] === value) continue;
      set[COLUMN[key]] = value;
      before[key] = (old as Record<string, unknown>)[COLUMN[key]];
      after[key] = value;
    }
    if (Object.keys(set).length === 0) return;
    await trx.updateTable('museum_objects').set(set).where('id', '=', id).execute();
    await audit(trx, { userId, action: 'update', entity: 'museum_object', key: String(id), oldValue: before, newValue: after });
    const o = await objectRow(trx, id);
    await indexDocs(trx, [
      {
        kind: 'object',
        refId: id,
        institutionId: o.institution_id,
        unitId: await unitOfInstitution(trx, o.institution_id),
        title: o.title,
        creator: o.creator,
        body: [o.description, o.provenance, o.ethnic_group, o.date_text].filter(Boolean).join(' '),
        subjects: [o.subject, o.ethnic_group].filter((x): x is string => !!x),
        url: `/hien-vat/${id}`,
      },
    ]);
  });
}

/**
 * Deletes an object with the reason why (kept in the audit with everything it described): its images go with it, and
 * it leaves the draft exhibitions that showed it. An object a published exhibition shows is refused (409, naming it):
 * unpublish the exhibition first.
 */
export async function deleteObject(db: DB, id: number, reason: string, userId: number | null): Promise<void> {
  const why = parseInput(z.object({ reason: text(1000) }), { reason }, 'Xóa hiện vật').reason;
  await inTransaction(db, async (trx) => {
    const old = await objectRow(trx, id);
    const shown = await trx
      .selectFrom('exhibition_items as i')
      .innerJoin('exhibitions as x', 'x.id', 'i.exhibition_id')
      .select(['x.id', 'x.title', 'x.published'])
      .where('i.object_id', '=', id)
      .execute();
    const published = shown.filter((x) => x.published === 1);
    if (published.length > 0)
      throw new UserError(E.objectOnShow({ exhibitions: published.map((x) => x.title).join(', ') }), 409, [{ field: 'reason', said: E.onShow() }]);
    const images = await trx.selectFrom('object_images').select('id').where('object_id', '=', id).execute();
    await trx.deleteFrom('exhibition_items').where('object_id', '=', id).execute();
    await trx.deleteFrom('object_images').where('object_id', '=', id).execute();
    await trx.deleteFrom('museum_objects').where('id', '=', id).execute();
    const { created_at: _c, created_by: _b, ...described } = old;
    await audit(trx, {
      userId,
      action: 'delete',
      entity: 'museum_object',
      key: String(id),
      oldValue: { ...described, images: images.map((m) => m.id), exhibitions: shown.map((x) => x.id) },
      newValue: { reason: why },
    });
    await removeDocs(trx, 'object', [id]);
  });
}
