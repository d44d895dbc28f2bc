import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { isoDate, parseInput, text } from '../core/validate.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { indexDocs, removeDocs } from '../search/public-docs.ts';
import { nameFacetValues } from '../search/facet-names.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { exhibitionKindName, museumErrors as E, type ExhibitionKind } from './messages.ts';

/** An exhibition's subject in the search is its kind's code: named for the search pages. */
nameFacetValues('subject', exhibitionKindName);

export type { ExhibitionKind } from './messages.ts';
/** The kinds of exhibition, in the order forms list them (their names: `exhibitionKindName`). */
export const EXHIBITION_KINDS = Object.keys(exhibitionKindName.entries) as ExhibitionKind[];
/** What publishing an exhibition of a kind counts in the statistics (a permanent display, nothing). */
export const KIND_ELEMENT: Readonly<Record<ExhibitionKind, string | null>> = {
  permanent: null,
  thematic: 'MUS_EXH_THEMATIC',
  travelling: 'MUS_EXH_TRAVELLING',
  virtual: 'MUS_EXH_VIRTUAL',
};

const NewExhibitionSchema = z.object({
  institutionId: z.number().int().positive(),
  kind: z.enum(EXHIBITION_KINDS as [ExhibitionKind, ...ExhibitionKind[]], { message: 'Loại triển lãm: permanent | thematic | travelling | virtual' }),
  title: text(300),
  intro: z.string().trim().max(10000, 'Tối đa 10000 ký tự').default(''),
  opensOn: isoDate,
  closesOn: isoDate.nullable().default(null),
});

export async function createExhibition(db: DB, input: z.input<typeof NewExhibitionSchema>, userId: number | null): Promise<number> {
  const x = parseInput(NewExhibitionSchema, input, 'Triển lãm');
  if (x.closesOn && x.closesOn < x.opensOn) throw new UserError(E.closesBeforeOpens(), 422, [{ field: 'closesOn', said: E.beforeOpening() }]);
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('exhibitions')
      .values({
        institution_id: x.institutionId,
        kind: x.kind,
        title: x.title,
        intro: x.intro,
        opens_on: x.opensOn,
        closes_on: x.closesOn,
        published: 0,
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, { userId, action: 'create', entity: 'exhibition', key: String(row.id), newValue: x });
    return row.id;
  });
}

/** Adds (or re-captions) an object of the same museum, at the end unless a position is given. */
export async function addItem(db: DB, exhibitionId: number, objectId: number, caption: string, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').select(['institution_id']).where('id', '=', exhibitionId).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    const o = await trx.selectFrom('museum_objects').select('institution_id').where('id', '=', objectId).executeTakeFirst();
    if (!o || o.institution_id !== x.institution_id) throw new UserError(E.objectNotOfMuseum(), 422, [{ field: 'objectId', said: E.invalid() }]);
    const last = await trx
      .selectFrom('exhibition_items')
      .select((eb) => eb.fn.max('position').as('p'))
      .where('exhibition_id', '=', exhibitionId)
      .executeTakeFirst();
    const position = Number(last?.p ?? 0) + 1;
    await trx
      .insertInto('exhibition_items')
      .values({ exhibition_id: exhibitionId, object_id: objectId, position, caption: caption.trim().slice(0, 5000) })
      .onConflict((oc) => oc.columns(['exhibition_id', 'object_id']).doUpdateSet({ caption: caption.trim().slice(0, 5000) }))
      .execute();
    await audit(trx, { userId, action: 'update', entity: 'exhibition_item', key: `${exhibitionId}:${objectId}`, newValue: { caption } });
  });
}

/** A stop of a travelling exhibition. */
export async function addStop(db: DB, exhibitionId: number, s: { place: string; startsOn: string; endsOn: string }, userId: number | null): Promise<void> {
  const v = parseInput(z.object({ place: text(300), startsOn: isoDate, endsOn: isoDate }), s, 'Điểm dừng');
  if (v.endsOn < v.startsOn) throw new UserError(E.endsBeforeStarts(), 422, [{ field: 'endsOn', said: E.beforeStart() }]);
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').select('kind').where('id', '=', exhibitionId).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    if (x.kind !== 'travelling') throw new UserError(E.stopsOnlyTravelling(), 422, [{ field: 'kind', said: E.stopsOnlyTravelling() }]);
    await trx.insertInto('exhibition_stops').values({ exhibition_id: exhibitionId, place: v.place, starts_on: v.startsOn, ends_on: v.endsOn }).execute();
    await audit(trx, { userId, action: 'create', entity: 'exhibition_stop', key: String(exhibitionId), newValue: v });
  });
}

/** Publishes: the exhibition counts once in its kind's statistic (month of opening) and enters the search. */
export async function publishExhibition(db: DB, exhibitionId: number, userId: number | null): Promise<void> {
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').selectAll().where('id', '=', exhibitionId).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    if (x.published) return;
    const items = await trx.selectFrom('exhibition_items').select('object_id').where('exhibition_id', '=', exhibitionId).execute();
    if (x.kind === 'virtual' && items.length === 0) throw new UserError(E.virtualNeedsObject(), 422, [{ field: 'items', said: E.empty() }]);
    await trx.updateTable('exhibitions').set({ published: 1 }).where('id', '=', exhibitionId).execute();
    const element = KIND_ELEMENT[x.kind as ExhibitionKind];
    if (element) await recordHappenings(trx, [{ institutionId: x.institution_id, element, date: x.opens_on, count: 1 }], userId);
    await audit(trx, { userId, action: 'update', entity: 'exhibition', key: String(exhibitionId), newValue: { published: true } });
    await indexDocs(trx, [
      {
        kind: 'exhibition',
        refId: x.id,
        institutionId: x.institution_id,
        unitId: await unitOfInstitution(trx, x.institution_id),
        title: x.title,
        body: x.intro,
        year: Number(x.opens_on.slice(0, 4)),
        subjects: [x.kind],
        url: `/trien-lam/${x.id}`,
      },
    ]);
  });
}

/**
 * Withdraws a published exhibition (the reason, when given, kept in the audit): its page is a draft again (only its museum sees it), it leaves the search,
 * and the statistic its publication counted is taken back through the feed (publishing again counts it again).
 */
export async function unpublishExhibition(db: DB, exhibitionId: number, userId: number | null, reason = ''): Promise<void> {
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').selectAll().where('id', '=', exhibitionId).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    if (!x.published) throw new UserError(E.notPublishedYet(), 409);
    await trx.updateTable('exhibitions').set({ published: 0 }).where('id', '=', exhibitionId).execute();
    const element = KIND_ELEMENT[x.kind as ExhibitionKind];
    if (element) await recordHappenings(trx, [{ institutionId: x.institution_id, element, date: x.opens_on, count: -1 }], userId);
    await audit(trx, {
      userId,
      action: 'update',
      entity: 'exhibition',
      key: String(exhibitionId),
      oldValue: { published: true },
      newValue: reason.trim() ? { published: false, reason: reason.trim().slice(0, 1000) } : { published: false },
    });
    await removeDocs(trx, 'exhibition', [exhibitionId]);
  });
}

export async function getExhibition(db: DB, id: number) {
  const x = await db
    .selectFrom('exhibitions as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .selectAll('x')
    .select(['i.name as institution', 'i.code as institutionCode'])
    .where('x.id', '=', id)
    .executeTakeFirst();
  if (!x) throw notFound('triển lãm', 'Exhibition');
  const items = await db
    .selectFrom('exhibition_items as it')
    .innerJoin('museum_objects as o', 'o.id', 'it.object_id')
    .select(['o.id', 'o.identifier', 'o.title', 'o.description', 'o.date_text', 'o.ethnic_group', 'o.provenance', 'o.creator', 'it.caption', 'it.position'])
    .where('it.exhibition_id', '=', id)
    .orderBy('it.position')
    .execute();
  const ids = items.map((i) => i.id);
  const images = ids.length
    ? await db.selectFrom('object_images').select(['id', 'object_id', 'alt', 'width', 'height']).where('object_id', 'in', ids).orderBy('id').execute()
    : [];
  const stops = await db
    .selectFrom('exhibition_stops')
    .select(['place', 'starts_on', 'ends_on'])
    .where('exhibition_id', '=', id)
    .orderBy('starts_on')
    .execute();
  return { ...x, items: items.map((i) => ({ ...i, images: images.filter((m) => m.object_id === i.id) })), stops };
}

export async function listExhibitions(db: DB, f: { institutionId?: number; publishedOnly?: boolean; limit?: number } = {}) {
  let q = db
    .selectFrom('exhibitions as x')
    .innerJoin('institutions as i', 'i.id', 'x.institution_id')
    .select(['x.id', 'x.kind', 'x.title', 'x.opens_on', 'x.closes_on', 'x.published', 'i.name as institution']);
  if (f.institutionId !== undefined) q = q.where('x.institution_id', '=', f.institutionId);
  if (f.publishedOnly) q = q.where('x.published', '=', 1);
  return q
    .orderBy('x.opens_on', 'desc')
    .limit(f.limit ?? 100)
    .execute();
}
