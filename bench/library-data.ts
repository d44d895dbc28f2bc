import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import pg from 'pg';
import { sql } from 'kysely';
import type { Store } from '../src/core/db/database.ts';
import { openPlatform } from '../src/setup.ts';
import { insertUnits } from '../src/network/unit-writes.ts';
import { rebuildClosure } from '../src/network/closure.ts';
import { createInstitution } from '../src/network/institutions.ts';
import { catalogue, type CatalogueEntry } from '../src/library/catalogue.ts';
import { placesById } from '../src/library/places.ts';
import { compactWordIndex } from '../src/search/index.ts';
import { rng } from '../src/seed/random.ts';
import type { Bib } from '../src/library/bib.ts';
import { BENCH_DIR, PG_ADMIN } from './dataset.ts';

/**
 * The library bench's own data set (never the national one): 1,000,000 catalogue records written through the
 * real catalogue path (records, copies, search documents) for 20 libraries of one province, generated from
 * Vietnamese words with a Zipf-like spread, the same on every run. `.bench/library.db` / lifelong_bench_library.
 */
export const LIBRARY_VERSION = 3;

export const WORDS = (
  'sách việt nam lịch sử văn hóa thiếu nhi truyện ngắn tiểu thuyết thơ khoa học kỹ thuật nông nghiệp giáo dục học tập suốt đời thư viện ' +
  'cộng đồng gia đình phụ nữ trẻ em sức khỏe y học kinh tế pháp luật chính trị địa lý du lịch ẩm thực âm nhạc mỹ thuật kiến trúc ' +
  'dân tộc miền núi đồng bằng biển đảo quê hương đất nước con người tình yêu chiến tranh hòa bình tuổi thơ mùa xuân mùa thu ' +
  'hà nội huế sài gòn đà nẵng cần thơ hải phòng tây nguyên mê kông sông hồng trường sơn làng xã thôn bản phố phường ' +
  'cây lúa cà phê cao su hồ tiêu chăn nuôi thủy sản rừng môi trường khí hậu năng lượng điện tử tin học máy tính lập trình ' +
  'toán học vật lý hóa học sinh học thiên văn triết học tâm lý xã hội học ngôn ngữ tiếng anh tiếng việt từ điển bách khoa ' +
  'hướng dẫn cẩm nang giáo trình bài tập tuyển tập hồi ký nhật ký truyện tranh cổ tích ngụ ngôn ca dao tục ngữ lễ hội ' +
  'phong tục tín ngưỡng đình chùa di tích bảo tàng nghề truyền thống gốm lụa thêu đan mây tre nón lá áo dài'
).split(' ');
const SURNAMES = 'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đoàn Đinh Trịnh Lò Hà'.split(' ');
const MIDDLE = 'Văn Thị Hữu Đức Minh Thanh Ngọc Quang Xuân Thu Hồng Kim'.split(' ');
const GIVEN = 'An Bình Châu Dũng Giang Hà Hải Hạnh Hiếu Hoa Hùng Khánh Lan Linh Long Mai Nam Nga Phong Phúc Quân Sơn Tâm Thảo Trang Tú Tuấn Vy Yến'.split(' ');
const SUBJECTS = [
  'Văn học -- Việt Nam',
  'Thiếu nhi',
  'Lịch sử -- Việt Nam',
  'Nông nghiệp',
  'Khoa học tự nhiên',
  'Pháp luật',
  'Y học',
  'Kinh tế',
  'Văn hóa dân gian',
  'Giáo dục',
  'Tin học',
  'Địa lý -- Việt Nam',
];
const LIBRARIES = 20;

/** A word by a Zipf-like rank: the first words are common, the last rare. */
export function zipfWord(r: () => number): string {
  return WORDS[Math.min(WORDS.length - 1, Math.floor(WORDS.length * r() ** 2.2))]!;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** The ISBN-13 of entry n (Vietnam's prefix 978-604 and n's six last digits; unique within a million), or null for 3 in 10 entries. */
export function benchIsbn(n: number): string | null {
  if (n % 10 >= 7) return null;
  const body = `978604${String(n % 1_000_000).padStart(6, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}

export function makeBib(r: () => number, n: number): Bib {
  const words = Array.from({ length: 2 + Math.floor(r() * 5) }, () => zipfWord(r));
  const title = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + (r() < 0.3 ? ` tập ${1 + (n % 9)}` : '');
  return {
    isbn: benchIsbn(n),
    title,
    author: `${pick(r, SURNAMES)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`,
    publisher: pick(r, ['Kim Đồng', 'Trẻ', 'Giáo dục Việt Nam', 'Văn học', 'Thuận Hóa', 'Nông nghiệp', 'Khoa học xã hội']),
    year: 1960 + Math.floor(r() * 66),
    language: r() < 0.92 ? 'vie' : pick(r, ['eng', 'fre', 'hmn', 'khm']),
    material: r() < 0.95 ? 'book' : 'serial',
    subjects: [pick(r, SUBJECTS)],
    audience: r() < 0.15 ? ['children'] : [],
    notes: null,
    controlNumber: `B${n}`,
  };
}

interface Note {
  version: number;
  records: number;
  builtAt: string;
  seconds: number;
}

async function build(store: Store, records: number, log: (s: string) => void): Promise<number> {
  const started = performance.now();
  const db = store.db;
  const [vn] = await insertUnits(db, [{ code: 'VN', name: 'Việt Nam', level: 'nation', parentId: null }]);
  const [p] = await insertUnits(db, [{ code: 'P46', name: 'Tỉnh Thử', level: 'province', parentId: vn! }]);
  const communes = await insertUnits(
    db,
    Array.from({ length: LIBRARIES }, (_, i) => ({ code: `X${i}`, name: `Xã ${i}`, level: 'commune', parentId: p! })),
  );
  await rebuildClosure(db);
  const libs: number[] = [];
  for (let i = 0; i < LIBRARIES; i++)
    libs.push(
      await createInstitution(
        db,
        {
          code: `TV-${i}`,
          name: `Thư viện ${i}`,
          kind: i === 0 ? 'library_public_province' : 'library_public_commune',
          ownership: 'public',
          unitId: communes[i]!,
          since: '2000-01-01',
        },
        null,
      ),
    );
  await createInstitution(
    db,
    { code: 'TRUONG-1', name: 'Thư viện trường 1', kind: 'library_school', ownership: 'public', unitId: communes[0]!, since: '2000-01-01' },
    null,
  );
  const places = await placesById(db, libs);
  const r = rng(20261204);
  const CHUNK = 10_000;
  for (let done = 0; done < records; done += CHUNK) {
    const lib = places.get(libs[(done / CHUNK) % LIBRARIES]!)!;
    const entries: CatalogueEntry[] = Array.from({ length: Math.min(CHUNK, records - done) }, (_, i) => ({
      bib: makeBib(r, done + i),
      copies: [{ barcode: `B${done + i}`, location: null }],
      generate: 0,
    }));
    await db.transaction().execute((trx) => catalogue(trx, lib, entries, { userId: null, source: 'bench', date: '2026-01-01', feed: false }));
    if ((done / CHUNK) % 10 === 9) log(`    ${(done + CHUNK).toLocaleString('en')} records, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return (performance.now() - started) / 1000;
}

/** Opens (building when missing or stale) the library data set on an engine. */
export async function libraryDataset(
  engine: 'sqlite' | 'postgres',
  records: number,
  rebuild: boolean,
  log: (s: string) => void,
): Promise<{ store: Store; built: boolean; seconds: number; records: number }> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const notePath = `${BENCH_DIR}/library-${records}.${engine}.json`;
  const note = existsSync(notePath) ? (JSON.parse(readFileSync(notePath, 'utf8')) as Note) : undefined;
  const fresh = !rebuild && note?.version === LIBRARY_VERSION && note.records === records;
  let url: string;
  if (engine === 'sqlite') {
    url = `${BENCH_DIR}/library-${records}.db`;
    if (!fresh) for (const f of [url, `${url}-wal`, `${url}-shm`]) rmSync(f, { force: true });
  } else {
    // LIFELONG_BENCH_PG_DB: a database of one's own when several worktrees share the server
    const name = process.env.LIFELONG_BENCH_PG_DB ?? `lifelong_bench_library_${records}`;
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    url = u.toString();
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!fresh || !exists) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
  }
  const store = await openPlatform(url);
  const n = Number(
    (
      await store.db
        .selectFrom('lib_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  // generated titles repeat now and then, and a repeated title and author joins the existing record (the catalogue's
  // duplicate rule): the set holds slightly fewer records than entries, each entry a copy
  if (fresh && n > 0) {
    // a set built before the nightly compaction existed (or written to since) is brought to the form a night leaves
    if ((await compactWordIndex(store.db)) > 0) {
      log(`  ${engine}: the search's word index compacted, as the nightly run leaves it`);
      if (engine === 'sqlite') await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
    }
    return { store, built: false, seconds: note!.seconds, records: n };
  }
  if (n > 0) throw new Error(`${url}: a half-built library data set; run with --rebuild`);
  log(`  ${engine}: building the library data set (${records.toLocaleString('en')} records)…`);
  const seconds = await build(store, records, log);
  const built = Number(
    (
      await store.db
        .selectFrom('lib_records')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst()
    )?.n ?? 0,
  );
  // settled before anything is measured: a figure taken while the server still writes the build out (PostgreSQL's
  // checkpointer, SQLite's checkpoint thread folding a WAL of a million records) measured the build, not the figure;
  // the search's word index as the server's nightly run leaves it (server/nightly.ts)
  await compactWordIndex(store.db);
  if (engine === 'postgres') {
    await sql`VACUUM ANALYZE`.execute(store.db);
    await sql`CHECKPOINT`.execute(store.db);
  } else {
    await sql`PRAGMA optimize`.execute(store.db);
    await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(store.db);
  }
  writeFileSync(notePath, JSON.stringify({ version: LIBRARY_VERSION, records, builtAt: new Date().toISOString(), seconds } satisfies Note, null, 2));
  return { store, built: true, seconds, records: built };
}
