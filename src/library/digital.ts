import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso, thisYear } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type Problem } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { indexDocuments } from '../search/index.ts';
import { recordSnapshots } from '../statistics/feed.ts';
import { AUDIENCES, type Audience } from './bib.ts';
import { placesById } from './places.ts';
import { digitalFormatText, type DigitalFormat } from './desk-messages.ts';
import { libraryErrors as E } from './errors.ts';

export type { DigitalFormat } from './desk-messages.ts';
/** The kinds of digital resource, in the order forms list them (their names: `digitalFormatText`). */
export const DIGITAL_FORMATS = Object.keys(digitalFormatText.entries) as DigitalFormat[];

export interface NewDigital {
  institutionId: number;
  title: string;
  creator?: string | null;
  format: DigitalFormat;
  /** A link (http/https) or the name of a stored file. */
  url?: string | null;
  fileName?: string | null;
  licence: string;
  language?: string | null;
  year?: number | null;
  audience: Audience[];
  subjects?: string[];
}

/** Adds an e-book, audio book, video lesson or open learning resource; it is found in the one search at once. */
export async function addDigital(db: DB, d: NewDigital, userId: number | null): Promise<number> {
  const problems: Problem[] = [];
  if (!clean(d.title)) problems.push({ field: 'title', said: E.titleRequired() });
  if (!DIGITAL_FORMATS.includes(d.format)) problems.push({ field: 'format', said: E.formatUnknown() });
  if (!d.url && !d.fileName) problems.push({ field: 'url', said: E.linkOrFile() });
  if (d.url && !/^https?:\/\/\S+$/i.test(d.url)) problems.push({ field: 'url', said: E.linkScheme() });
  if (!clean(d.licence)) problems.push({ field: 'licence', said: E.licenceRequired() });
  for (const a of d.audience) if (!AUDIENCES.includes(a)) problems.push({ field: 'audience', said: E.audienceUnknown({ audience: a }) });
  if (problems.length) throw new UserError(E.digitalInvalid(), 422, problems);
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('lib_digital')
      .values({
        institution_id: d.institutionId,
        title: clean(d.title),
        creator: d.creator ? clean(d.creator) : null,
        format: d.format,
        url: d.url ?? null,
        file_name: d.fileName ?? null,
        licence: clean(d.licence),
        language: d.language ?? null,
        year: d.year ?? null,
        audience: JSON.stringify(d.audience),
        subjects: JSON.stringify(d.subjects ?? []),
        created_by: userId,
        created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const place = (await placesById(trx, [d.institutionId])).get(d.institutionId);
    await indexDocuments(trx, [
      {
        kind: 'digital',
        refId: row.id,
        institutionId: d.institutionId,
        unitId: place?.unitId ?? null,
        title: d.title,
        creator: d.creator ?? null,
        body: `${digitalFormatText('vi')[d.format]} · ${d.licence}`,
        year: d.year ?? null,
        language: d.language ?? null,
        subjects: d.subjects ?? [],
        audience: d.audience,
        facets: { library: place ? [place.code] : [], type: [d.format] },
        url: d.url ?? `/tra-cuu/so/${row.id}`,
      },
    ]);
    await audit(trx, { userId, action: 'create', entity: 'lib_digital', key: String(row.id), newValue: d });
    const count = async (on: DB) => {
      const n = await on
        .selectFrom('lib_digital')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('institution_id', '=', d.institutionId)
        .executeTakeFirst();
      return Number(n?.n ?? 0);
    };
    await recordSnapshots(trx, [{ institutionId: d.institutionId, element: 'LIB_DIGITAL_RESOURCES', year: thisYear(), count }], userId);
    return row.id;
  });
}
