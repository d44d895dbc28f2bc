import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso, thisYear } from '../core/time.ts';
import { inTransaction } from '../core/db/transaction.ts';
import { UserError, type LegacyProblem as Problem } from '../core/errors.ts';
import { clean } from '../core/text/vietnamese.ts';
import { indexDocuments } from '../search/index.ts';
import { recordSnapshots } from '../statistics/feed.ts';
import { AUDIENCES, type Audience } from './bib.ts';
import { placesById } from './places.ts';

export const DIGITAL_FORMATS = {
  ebook: { vi: 'Sách điện tử', en: 'E-book' },
  audio: { vi: 'Sách nói, tài liệu âm thanh', en: 'Audio book' },
  video: { vi: 'Bài giảng video', en: 'Video lesson' },
  oer: { vi: 'Học liệu mở', en: 'Open learning resource' },
  other: { vi: 'Tài nguyên số khác', en: 'Other digital resource' },
} as const;
export type DigitalFormat = keyof typeof DIGITAL_FORMATS;

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
  if (!clean(d.title)) problems.push({ field: 'title', message: 'Cần nhan đề.', messageEn: 'Title is required.' });
  if (!(d.format in DIGITAL_FORMATS)) problems.push({ field: 'format', message: 'Loại tài nguyên không hợp lệ.', messageEn: 'Unknown format.' });
  if (!d.url && !d.fileName) problems.push({ field: 'url', message: 'Cần đường dẫn hoặc tệp.', messageEn: 'A link or a file is required.' });
  if (d.url && !/^https?:\/\/\S+$/i.test(d.url)) problems.push({ field: 'url', message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://', messageEn: 'The link must start with http:// or https://' });
  if (!clean(d.licence)) problems.push({ field: 'licence', message: 'Cần ghi giấy phép (ví dụ CC BY 4.0).', messageEn: 'A licence is required (e.g. CC BY 4.0).' });
  for (const a of d.audience) if (!AUDIENCES.includes(a)) problems.push({ field: 'audience', message: `Đối tượng không hợp lệ: ${a}`, messageEn: `Unknown audience: ${a}` });
  if (problems.length) throw new UserError('Tài nguyên số chưa hợp lệ.', 422, problems, 'The digital resource is not valid.');
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('lib_digital')
      .values({
        institution_id: d.institutionId, title: clean(d.title), creator: d.creator ? clean(d.creator) : null, format: d.format, url: d.url ?? null, file_name: d.fileName ?? null,
        licence: clean(d.licence), language: d.language ?? null, year: d.year ?? null, audience: JSON.stringify(d.audience), subjects: JSON.stringify(d.subjects ?? []), created_by: userId, created_at: nowIso(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const place = (await placesById(trx, [d.institutionId])).get(d.institutionId);
    await indexDocuments(trx, [{
      kind: 'digital', refId: row.id, institutionId: d.institutionId, unitId: place?.unitId ?? null, title: d.title, creator: d.creator ?? null,
      body: `${DIGITAL_FORMATS[d.format].vi} · ${d.licence}`, year: d.year ?? null, language: d.language ?? null, subjects: d.subjects ?? [], audience: d.audience,
      facets: { library: place ? [place.code] : [], type: [d.format] }, url: d.url ?? `/tra-cuu/so/${row.id}`,
    }]);
    await audit(trx, { userId, action: 'create', entity: 'lib_digital', key: String(row.id), newValue: d });
    const n = await trx.selectFrom('lib_digital').select((eb) => eb.fn.countAll<number>().as('n')).where('institution_id', '=', d.institutionId).executeTakeFirst();
    await recordSnapshots(trx, [{ institutionId: d.institutionId, element: 'LIB_DIGITAL_RESOURCES', year: thisYear(), value: Number(n?.n ?? 0) }], userId);
    return row.id;
  });
}
