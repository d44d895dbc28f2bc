import { sql } from 'kysely';
import type { Store } from '../src/core/db/database.ts';
import { nowIso } from '../src/core/time.ts';
import { EVENT_KINDS } from '../src/events/catalogue.ts';
import { indexDocs, type SearchDoc } from '../src/search/public-docs.ts';

const TITLES = [
  'Ngày hội đọc sách',
  'Tọa đàm văn hóa đọc',
  'Trưng bày sách chuyên đề',
  'Cuộc thi kể chuyện theo sách',
  'Liên hoan văn nghệ quần chúng',
  'Lớp tin học cho người cao tuổi',
  'Tập huấn chuyển đổi số',
  'Nói chuyện chuyên đề di sản',
  'Chiếu phim tư liệu',
  'Hội thi tìm hiểu lịch sử địa phương',
];
const DAYS = ['21/4', '23/4', '18/5', '10/10', '23/11', '19/4', 'tuan-le-hoc-tap'];

/**
 * The portal's load on the national data set (generated, deterministic, once): `perInstitution`
 * events for every library, museum and cultural centre (dates across 2026–2027, tagged with the
 * commemorative days) and a club for every commune cultural centre, all indexed in the one search.
 */
export async function ensurePortalLoad(store: Store, opts: { events: number }): Promise<{ events: number; clubs: number; seconds: number }> {
  const { db } = store;
  const have = Number(
    (
      await db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const clubsHave = Number(
    (
      await db
        .selectFrom('clubs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  if (have >= opts.events) return { events: have, clubs: clubsHave, seconds: 0 };
  const t = performance.now();
  const hosts = await db
    .selectFrom('institutions as i')
    .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .select(['i.id', 'i.name', 'i.kind', 'iu.unit_id', 'k.sector'])
    .where('k.sector', 'in', ['library', 'museum', 'culture'])
    .where('i.kind', 'not in', ['library_school', 'book_cabinet', 'reading_space'])
    .orderBy('i.id')
    .execute();
  const created = nowIso();
  await db.transaction().execute(async (trx) => {
    for (let start = have; start < opts.events; start += 400) {
      const rows = [];
      for (let n = start; n < Math.min(opts.events, start + 400); n++) {
        const h = hosts[(n * 7919) % hosts.length]!;
        const day = new Date(Date.UTC(2026, 0, 1) + ((n * 37) % 730) * 86400_000).toISOString().slice(0, 10);
        rows.push({
          institution_id: h.id,
          unit_id: h.unit_id,
          kind: EVENT_KINDS[n % EVENT_KINDS.length]!.code,
          title: `${TITLES[n % TITLES.length]} ${n}`,
          description: `${h.name} tổ chức cho bạn đọc và người dân.`,
          place: h.name,
          starts_at: `${day}T08:00`,
          ends_at: `${day}T11:00`,
          capacity: n % 3 === 0 ? null : 100,
          status: 'published',
          walk_ins: 0,
          counted_held: 0,
          counted_participants: 0,
          created_by: null,
          created_at: created,
        });
      }
      const ids = await trx.insertInto('events').values(rows).returning(['id', 'institution_id', 'title', 'starts_at', 'description', 'kind']).execute();
      await trx
        .insertInto('event_day_tags')
        .values(ids.map((e, i) => ({ event_id: e.id, day_code: DAYS[(start + i) % DAYS.length]! })))
        .execute();
      const unitOf = new Map(hosts.map((h) => [h.id, h.unit_id]));
      const docs: SearchDoc[] = ids.map((e) => ({
        kind: 'event',
        refId: e.id,
        institutionId: e.institution_id,
        unitId: unitOf.get(e.institution_id) ?? null,
        title: e.title,
        body: e.description,
        year: Number(e.starts_at.slice(0, 4)),
        subjects: [e.kind],
        url: `/su-kien/${e.id}`,
      }));
      await indexDocs(trx, docs);
    }
    if (clubsHave === 0) {
      const centres = hosts.filter((h) => h.kind === 'culture_centre_commune');
      for (let i = 0; i < centres.length; i += 400) {
        const part = centres.slice(i, i + 400);
        const ids = await trx
          .insertInto('clubs')
          .values(
            part.map((c, j) => ({
              institution_id: c.id,
              kind: 'club',
              name: `Câu lạc bộ ${['Dân ca', 'Đọc sách', 'Cờ tướng', 'Thơ', 'Dưỡng sinh'][(i + j) % 5]} ${c.name}`,
              description: '',
              schedule: 'Tối thứ Bảy',
              created_at: created,
            })),
          )
          .returning(['id', 'institution_id', 'name'])
          .execute();
        await indexDocs(
          trx,
          ids.map((k, j) => ({
            kind: 'club',
            refId: k.id,
            institutionId: k.institution_id,
            unitId: part[j]!.unit_id,
            title: k.name,
            url: `/cau-lac-bo/${k.id}`,
          })),
        );
      }
    }
  });
  if (store.engine === 'postgres') await sql`ANALYZE`.execute(db);
  const clubs = Number(
    (
      await db
        .selectFrom('clubs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return { events: opts.events, clubs, seconds: (performance.now() - t) / 1000 };
}
