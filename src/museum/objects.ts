import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { optionalText, parseInput, text } from '../core/validate.ts';
import { indexDocs } from '../search/public-docs.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { museumErrors as E } from './messages.ts';
import { addImage } from './images.ts';
import { checkTerm, TERM_FIELD, termsById, VOCABULARIES } from './vocabularies.ts';

/** A term chosen from a vocabulary (museum/vocabularies.ts), or none. */
const termId = z.number().int().positive().nullable().default(null);

/** A museum object (hiện vật) described with Dublin Core-style fields, provenance and ethnic group. */
export const NewObjectSchema = z.object({
  institutionId: z.number().int().positive(),
  collectionId: z.number().int().positive().nullable().default(null),
  identifier: text(60),
  title: text(300),
  creator: optionalText(300),
  subject: optionalText(300),
  description: z.string().trim().max(10000, 'Tối đa 10000 ký tự').default(''),
  dateText: optionalText(100),
  type: optionalText(100),
  format: optionalText(300),
  provenance: optionalText(2000),
  ethnicGroup: optionalText(100),
  rights: optionalText(300),
  typeTerm: termId,
  materialTerm: termId,
  periodTerm: termId,
  ethnicTerm: termId,
});
export type NewObject = z.input<typeof NewObjectSchema>;

export async function createObject(db: DB, input: NewObject, userId: number | null): Promise<number> {
  const o = parseInput(NewObjectSchema, input, 'Hiện vật');
  return inTransaction(db, async (trx) => {
    const taken = await trx
      .selectFrom('museum_objects')
      .select('id')
      .where('institution_id', '=', o.institutionId)
      .where('identifier', '=', o.identifier)
      .executeTakeFirst();
    if (taken) throw new UserError(E.identifierTaken({ identifier: o.identifier }), 409, [{ field: 'identifier', said: E.exists() }]);
    for (const v of VOCABULARIES) await checkTerm(trx, v, o[TERM_FIELD[v]]);
    if (o.collectionId !== null) {
      const col = await trx.selectFrom('museum_collections').select('institution_id').where('id', '=', o.collectionId).executeTakeFirst();
      if (col?.institution_id !== o.institutionId) throw new UserError(E.collectionNotOfMuseum(), 422, [{ field: 'collectionId', said: E.invalid() }]);
    }
    const row = await trx
      .insertInto('museum_objects')
      .values({
        institution_id: o.institutionId,
        collection_id: o.collectionId,
        identifier: o.identifier,
        title: o.title,
        creator: o.creator,
        subject: o.subject,
        description: o.description,
        date_text: o.dateText,
        type: o.type,
        format: o.format,
        provenance: o.provenance,
        ethnic_group: o.ethnicGroup,
        rights: o.rights,
        type_term_id: o.typeTerm,
        material_term_id: o.materialTerm,
        period_term_id: o.periodTerm,
        ethnic_term_id: o.ethnicTerm,
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'museum_object', key: String(row.id), newValue: o });
    await indexDocs(trx, [
      {
        kind: 'object',
        refId: row.id,
        institutionId: o.institutionId,
        unitId: await unitOfInstitution(trx, o.institutionId),
        title: o.title,
        creator: o.creator,
        body: [o.description, o.provenance, o.ethnicGroup, o.dateText].filter(Boolean).join(' '),
        subjects: [o.subject, o.ethnicGroup].filter((x): x is string => !!x),
        url: `/hien-vat/${row.id}`,
      },
    ]);
    return row.id;
  });
}

export async function createCollection(db: DB, c: { institutionId: number; name: string; description?: string }, userId: number | null): Promise<number> {
  const v = parseInput(
    z.object({ institutionId: z.number().int().positive(), name: text(300), description: z.string().trim().max(5000).default('') }),
    c,
    'Sưu tập',
  );
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('museum_collections')
      .values({ institution_id: v.institutionId, name: v.name, description: v.description })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'museum_collection', key: String(row.id), newValue: v });
    return row.id;
  });
}

export async function getObject(db: DB, id: number) {
  const o = await db
    .selectFrom('museum_objects as o')
    .innerJoin('institutions as i', 'i.id', 'o.institution_id')
    .leftJoin('museum_collections as c', 'c.id', 'o.collection_id')
    .selectAll('o')
    .select(['i.name as institution', 'c.name as collection'])
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!o) throw notFound('hiện vật', 'Object');
  const images = await db.selectFrom('object_images').select(['id', 'alt', 'caption', 'width', 'height']).where('object_id', '=', id).orderBy('id').execute();
  const terms = await termsById(db, [o.type_term_id, o.material_term_id, o.period_term_id, o.ethnic_term_id]);
  return {
    ...o,
    images,
    /** The object's terms by vocabulary (labels in both languages), absent where none was chosen. */
    terms: {
      type: o.type_term_id === null ? undefined : terms.get(o.type_term_id),
      material: o.material_term_id === null ? undefined : terms.get(o.material_term_id),
      period: o.period_term_id === null ? undefined : terms.get(o.period_term_id),
      ethnic: o.ethnic_term_id === null ? undefined : terms.get(o.ethnic_term_id),
    },
  };
}

export async function listObjects(db: DB, institutionId: number) {
  return db
    .selectFrom('museum_objects')
    .select(['id', 'identifier', 'title', 'ethnic_group'])
    .where('institution_id', '=', institutionId)
    .orderBy('identifier')
    .limit(500)
    .execute();
}

/**
 * An object and its first image in one transaction: a refused image (not an image, too large, no description)
 * saves nothing, and a missing description is refused before the image is read.
 */
export async function createObjectWithImage(
  db: DB,
  input: NewObject,
  file: { bytes: Uint8Array; name: string } | null,
  alt: string,
  userId: number | null,
): Promise<number> {
  if (file && alt.trim() === '') throw new UserError(E.altRequired(), 422, [{ field: 'alt', said: E.notEmpty() }]);
  return inTransaction(db, async (trx) => {
    const id = await createObject(trx, input, userId);
    if (file) await addImage(trx, id, file, alt, userId);
    return id;
  });
}
