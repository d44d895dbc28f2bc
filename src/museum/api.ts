import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, errorResponse, signedIn } from '../core/web/api-kit.ts';
import { mayWriteFor, writeRefusal } from '../network/access.ts';
import { deleteObject, type ObjectPatch as ObjectPatchInput, updateObject } from './object-edits.ts';
import { UserError } from '../core/errors.ts';
import type { DB } from '../core/db/database.ts';
import type { AppEnv } from '../core/web/env.ts';
import { getExhibition } from './exhibitions.ts';
import { findInstitution } from '../network/institutions.ts';
import { findUnit } from '../network/units.ts';
import { museumErrors as E } from './messages.ts';
import { termsById } from './vocabularies.ts';

const Image = z.object({ url: z.string(), thumbnail: z.string(), alt: z.string(), width: z.number(), height: z.number() }).openapi('MuseumImage');
const TermJson = z
  .object({ id: z.number(), code: z.string(), vi: z.string(), en: z.string() })
  .openapi('MuseumTerm', { description: 'A term of a museum vocabulary, its labels in Vietnamese and English' });
const MuseumObject = z
  .object({
    id: z.number(),
    identifier: z.string(),
    title: z.string(),
    creator: z.string().nullable(),
    subject: z.string().nullable(),
    description: z.string(),
    date: z.string().nullable(),
    type: z.string().nullable(),
    format: z.string().nullable(),
    provenance: z.string().nullable(),
    ethnicGroup: z.string().nullable(),
    rights: z.string().nullable(),
    institution: z.string(),
    institutionCode: z.string(),
    collection: z.string().nullable(),
    images: z.array(Image),
    terms: z
      .object({ type: TermJson.nullable(), material: TermJson.nullable(), period: TermJson.nullable(), ethnic: TermJson.nullable() })
      .openapi({ description: 'The terms of the vocabularies chosen for the object (null where none), beside the free text' }),
    url: z.string(),
    manifest: z.string().openapi({ description: 'The object as a IIIF Presentation 3 manifest' }),
  })
  .openapi('MuseumObject', { description: 'A museum object (hiện vật), Dublin Core-style fields' });
const Exhibition = z
  .object({
    id: z.number(),
    kind: z.string(),
    title: z.string(),
    intro: z.string(),
    opensOn: z.string(),
    closesOn: z.string().nullable(),
    institution: z.string(),
    institutionCode: z.string(),
    items: z.array(z.object({ objectId: z.number(), identifier: z.string(), title: z.string(), caption: z.string(), images: z.array(Image) })),
    stops: z.array(z.object({ place: z.string(), startsOn: z.string(), endsOn: z.string() })),
    url: z.string(),
    manifest: z.string().openapi({ description: 'The exhibition as a IIIF Presentation 3 manifest' }),
  })
  .openapi('Exhibition');

const imageOf = (m: { id: number; alt: string; width: number; height: number }) => ({
  url: `/anh/${m.id}.jpg`,
  thumbnail: `/anh/${m.id}/nho.jpg`,
  alt: m.alt,
  width: m.width,
  height: m.height,
});

async function objectsPage(db: DB, q: { institution?: string; unit?: string; limit: number; offset: number; id?: number }) {
  let query = db
    .selectFrom('museum_objects as o')
    .innerJoin('institutions as i', 'i.id', 'o.institution_id')
    .leftJoin('museum_collections as c', 'c.id', 'o.collection_id')
    .selectAll('o')
    .select(['i.name as institution', 'i.code as institutionCode', 'c.name as collection']);
  if (q.id !== undefined) query = query.where('o.id', '=', q.id);
  if (q.institution) {
    const inst = await findInstitution(db, q.institution);
    if (!inst) throw new UserError(E.unknownInstitution({ code: q.institution }), 404, [{ field: 'institution', said: E.notFoundHere() }]);
    query = query.where('o.institution_id', '=', inst.id);
  }
  if (q.unit) {
    const unit = await findUnit(db, q.unit);
    if (!unit) throw new UserError(E.unknownUnit({ code: q.unit }), 404, [{ field: 'unit', said: E.notFoundHere() }]);
    query = query.where('o.institution_id', 'in', (eb) =>
      eb
        .selectFrom('institution_units as iu')
        .innerJoin('unit_closure as uc', 'uc.descendant_id', 'iu.unit_id')
        .select('iu.institution_id')
        .where('iu.valid_to', 'is', null)
        .where('uc.ancestor_id', '=', unit.id),
    );
  }
  const rows = await query.orderBy('o.id').limit(q.limit).offset(q.offset).execute();
  const ids = rows.map((r) => r.id);
  const images = ids.length
    ? await db.selectFrom('object_images').select(['id', 'object_id', 'alt', 'width', 'height']).where('object_id', 'in', ids).orderBy('id').execute()
    : [];
  const terms = await termsById(
    db,
    rows.flatMap((o) => [o.type_term_id, o.material_term_id, o.period_term_id, o.ethnic_term_id]),
  );
  const term = (id: number | null) => {
    const t = id === null ? undefined : terms.get(id);
    return t ? { id: t.id, code: t.code, vi: t.labelVi, en: t.labelEn } : null;
  };
  return rows.map((o) => ({
    id: o.id,
    identifier: o.identifier,
    title: o.title,
    creator: o.creator,
    subject: o.subject,
    description: o.description,
    date: o.date_text,
    type: o.type,
    format: o.format,
    provenance: o.provenance,
    ethnicGroup: o.ethnic_group,
    rights: o.rights,
    institution: o.institution,
    institutionCode: o.institutionCode,
    collection: o.collection,
    images: images.filter((m) => m.object_id === o.id).map(imageOf),
    terms: { type: term(o.type_term_id), material: term(o.material_term_id), period: term(o.period_term_id), ethnic: term(o.ethnic_term_id) },
    url: `/hien-vat/${o.id}`,
    manifest: `/iiif/objects/${o.id}/manifest.json`,
  }));
}

/** The object, for the staff of the museum that owns it (404 when there is none, 403 to anyone else). */
async function ownedObject(c: { var: AppEnv['Variables'] }, id: number) {
  const p = signedIn(c);
  const { db } = c.var.store;
  const o = await db
    .selectFrom('museum_objects as o')
    .innerJoin('institutions as i', 'i.id', 'o.institution_id')
    .select(['o.id', 'o.institution_id', 'i.name'])
    .where('o.id', '=', id)
    .executeTakeFirst();
  if (!o) throw new UserError(E.notFound(), 404);
  if (!(await mayWriteFor(db, p, o.institution_id))) throw writeRefusal(o.name);
  return { ...o, userId: p.userId };
}

const ObjectPatch = z
  .object({
    identifier: z.string(),
    title: z.string(),
    creator: z.string().nullable(),
    subject: z.string().nullable(),
    description: z.string(),
    dateText: z.string().nullable(),
    type: z.string().nullable(),
    format: z.string().nullable(),
    provenance: z.string().nullable(),
    ethnicGroup: z.string().nullable(),
    rights: z.string().nullable(),
    typeTerm: z.number().int().positive().nullable(),
    materialTerm: z.number().int().positive().nullable(),
    periodTerm: z.number().int().positive().nullable(),
    ethnicTerm: z.number().int().positive().nullable(),
  })
  .partial()
  .openapi('MuseumObjectPatch', { description: 'The fields to change; the others stay as they are' });

/** The museum's public JSON: objects (Dublin Core-style) and published exhibitions, listed in /api/v1/openapi.json. */
export const museumApi = apiApp()
  .openapi(
    createRoute({
      method: 'get',
      path: '/museum/objects',
      summary: 'Museum objects, of one museum or of the museums in a unit’s subtree (public)',
      request: {
        query: z.object({
          institution: z.string().optional(),
          unit: z.string().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
      },
      responses: {
        200: { description: 'Objects by id', content: { 'application/json': { schema: z.array(MuseumObject) } } },
        404: errorResponse('Unknown institution or unit'),
      },
    }),
    async (c) => c.json(await objectsPage(c.var.store.db, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/museum/objects/{id}',
      summary: "Edits an object's description (staff of the museum that owns it)",
      request: {
        params: z.object({ id: z.coerce.number().int().positive() }),
        body: { content: { 'application/json': { schema: ObjectPatch } } },
      },
      responses: {
        200: { description: 'The object as it now is', content: { 'application/json': { schema: MuseumObject } } },
        403: errorResponse('Not staff of the owning museum'),
        404: errorResponse('No such object'),
        409: errorResponse('Identifier already used in the museum'),
        422: errorResponse('A field is not valid'),
      },
    }),
    async (c) => {
      const o = await ownedObject(c, c.req.valid('param').id);
      // null clears an optional field (as an empty one does)
      // null clears a term too (none chosen)
      const body: ObjectPatchInput = Object.fromEntries(Object.entries(c.req.valid('json')).map(([k, v]) => [k, v ?? (k.endsWith('Term') ? null : '')]));
      const { db } = c.var.store;
      await updateObject(db, o.id, body, o.userId);
      const [now] = (await objectsPage(db, { limit: 1, offset: 0, id: o.id })) as Awaited<ReturnType<typeof objectsPage>>;
      return c.json(now!, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/museum/objects/{id}',
      summary: 'Deletes an object with the reason why (staff of the museum that owns it); refused while a published exhibition shows it',
      request: { params: z.object({ id: z.coerce.number().int().positive() }), query: z.object({ reason: z.string() }) },
      responses: {
        204: { description: 'Deleted' },
        403: errorResponse('Not staff of the owning museum'),
        404: errorResponse('No such object'),
        409: errorResponse('Shown in a published exhibition'),
        422: errorResponse('No reason given'),
      },
    }),
    async (c) => {
      const o = await ownedObject(c, c.req.valid('param').id);
      await deleteObject(c.var.store.db, o.id, c.req.valid('query').reason, o.userId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exhibitions/{id}',
      summary: 'A published exhibition with its objects, captions, images and stops (public)',
      request: { params: z.object({ id: z.coerce.number().int().positive() }) },
      responses: {
        200: { description: 'Exhibition', content: { 'application/json': { schema: Exhibition } } },
        404: errorResponse('Unknown or unpublished exhibition'),
      },
    }),
    async (c) => {
      const x = await getExhibition(c.var.store.db, c.req.valid('param').id);
      if (!x.published) throw new UserError(E.exhibitionNotPublished(), 404);
      return c.json(
        {
          id: x.id,
          kind: x.kind,
          title: x.title,
          intro: x.intro,
          opensOn: x.opens_on,
          closesOn: x.closes_on,
          institution: x.institution,
          institutionCode: x.institutionCode,
          items: x.items.map((i) => ({ objectId: i.id, identifier: i.identifier, title: i.title, caption: i.caption, images: i.images.map(imageOf) })),
          stops: x.stops.map((s) => ({ place: s.place, startsOn: s.starts_on, endsOn: s.ends_on })),
          url: `/trien-lam/${x.id}`,
          manifest: `/iiif/exhibitions/${x.id}/manifest.json`,
        },
        200,
      );
    },
  );
