import { z } from 'zod';
import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { notFound, UserError } from '../core/errors.ts';
import { isoDate, parseInput, text } from '../core/validate.ts';
import { recordHappenings } from '../statistics/feed.ts';
import { indexDocs, removeDocs } from '../search/public-docs.ts';
import { unitOfInstitution } from '../network/institutions.ts';
import { museumErrors as E } from './messages.ts';
import { KIND_ELEMENT, type ExhibitionKind } from './exhibitions.ts';

const ExhibitionPatch = z.object({
  title: text(300),
  intro: z.string().trim().max(10000, 'Tối đa 10000 ký tự').default(''),
  opensOn: isoDate,
  closesOn: isoDate.nullable().default(null),
});

/**
 * Edits an exhibition's title, introduction and days (its kind stays). Audited with the old and new values; a published
 * one's search entry follows, and its statistic moves to the new opening month (taken from the old, added to the new).
 */
export async function updateExhibition(db: DB, id: number, input: z.input<typeof ExhibitionPatch>, userId: number | null): Promise<void> {
  const v = parseInput(ExhibitionPatch, input, 'Triển lãm');
  if (v.closesOn && v.closesOn < v.opensOn) throw new UserError(E.closesBeforeOpens(), 422, [{ field: 'closesOn', said: E.beforeOpening() }]);
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    const before = { title: x.title, intro: x.intro, opensOn: x.opens_on, closesOn: x.closes_on };
    if (JSON.stringify(before) === JSON.stringify(v)) return;
    await trx.updateTable('exhibitions').set({ title: v.title, intro: v.intro, opens_on: v.opensOn, closes_on: v.closesOn }).where('id', '=', id).execute();
    await audit(trx, { userId, action: 'update', entity: 'exhibition', key: String(id), oldValue: before, newValue: v });
    if (!x.published) return;
    // what publishing counted moves with the opening day
    const element = KIND_ELEMENT[x.kind as ExhibitionKind];
    if (element && x.opens_on.slice(0, 7) !== v.opensOn.slice(0, 7))
      await recordHappenings(
        trx,
        [
          { institutionId: x.institution_id, element, date: x.opens_on, count: -1 },
          { institutionId: x.institution_id, element, date: v.opensOn, count: 1 },
        ],
        userId,
      );
    await indexDocs(trx, [
      {
        kind: 'exhibition',
        refId: id,
        institutionId: x.institution_id,
        unitId: await unitOfInstitution(trx, x.institution_id),
        title: v.title,
        body: v.intro,
        year: Number(v.opensOn.slice(0, 4)),
        subjects: [x.kind],
        url: `/trien-lam/${id}`,
      },
    ]);
  });
}

/**
 * Deletes a draft exhibition with the reason why: the audit keeps what it was (title, days, its items in order, its
 * stops) and the reason; the objects stay in the collection. A published one is refused (409): unpublish it first.
 */
export async function deleteExhibition(db: DB, id: number, reason: string, userId: number | null): Promise<void> {
  const why = parseInput(z.object({ reason: text(1000) }), { reason }, 'Xóa triển lãm').reason;
  await inTransaction(db, async (trx) => {
    const x = await trx.selectFrom('exhibitions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!x) throw notFound('triển lãm', 'Exhibition');
    if (x.published) throw new UserError(E.exhibitionPublished(), 409, [{ field: 'reason', said: E.onShow() }]);
    const items = await trx
      .selectFrom('exhibition_items')
      .select(['object_id', 'position', 'caption'])
      .where('exhibition_id', '=', id)
      .orderBy('position')
      .execute();
    const stops = await trx.selectFrom('exhibition_stops').select(['place', 'starts_on', 'ends_on']).where('exhibition_id', '=', id).execute();
    await trx.deleteFrom('exhibition_items').where('exhibition_id', '=', id).execute();
    await trx.deleteFrom('exhibition_stops').where('exhibition_id', '=', id).execute();
    await trx.deleteFrom('exhibitions').where('id', '=', id).execute();
    const { created_by: _b, ...was } = x;
    await audit(trx, { userId, action: 'delete', entity: 'exhibition', key: String(id), oldValue: { ...was, items, stops }, newValue: { reason: why } });
    await removeDocs(trx, 'exhibition', [id]);
  });
}
