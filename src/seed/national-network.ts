import type { DB } from '../core/db/database.ts';
import { PROFILES } from './activity-profiles.ts';
import { allocate, DEFAULT_YEARS, FIRST_YEAR, yearList, type Commune, type Places, type Province, type SeedYears } from './national-places.ts';
import { rng } from './random.ts';

/** Every row the national seed writes carries this time, so two runs give the same database. */
export const SEED_AT = '2026-01-15T00:00:00.000Z';

export interface SeedInstitution {
  id: number;
  kind: string;
  unitId: number;
  /** the province it lies in: activity levels vary by province */
  provinceCode: string;
}

type Level = 'province' | 'commune';
interface KindSpec {
  kind: string;
  prefix: string;
  /** how many the whole country has (DOMAIN.md "Scale", 2017 Ministry statistics, rounded) */
  full: number;
  level: Level;
  /** the public network (libraries, centres, museums): kept whole when the total allows, only the grassroots kinds shrink */
  core?: boolean;
  ownership?: 'public' | 'non_public';
  weight: (c: Commune & Province) => number;
  name: (place: string, n: number, bare: string) => string;
}

const rural = (c: Commune) => c.pop2024 * (c.ruralShare + 0.1);
const urban = (c: Commune) => c.pop2024 * (c.type === 'phuong' ? 3 : 1);
const no = (n: number) => (n > 1 ? ` (cơ sở ${n})` : '');
const SCHOOLS = ['Tiểu học', 'Trung học cơ sở', 'Tiểu học và THCS', 'Trung học phổ thông', 'Mầm non'];
const ARMED = ['Bộ Chỉ huy Quân sự', 'Công an', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Trại giam', 'Trường Quân sự'];

/** Commune-level kinds are spread by population; province-level kinds go to provinces. */
const SPECS: KindSpec[] = [
  { kind: 'library_public_province', prefix: 'TVTINH', full: 63, level: 'province', weight: (p) => p.old, name: (p, n) => `Thư viện ${p}${no(n)}` },
  {
    kind: 'culture_centre_province',
    prefix: 'TTVHTINH',
    full: 63,
    level: 'province',
    weight: (p) => p.old,
    name: (p, n) => `Trung tâm Văn hóa - Điện ảnh ${p}${no(n)}`,
  },
  {
    kind: 'museum_public',
    prefix: 'BTTINH',
    full: 127,
    level: 'province',
    weight: (p) => p.old + p.pop2024 / 2e6,
    name: (p, n) => (n === 1 ? `Bảo tàng ${p}` : `Bảo tàng chuyên đề số ${n - 1}, ${p}`),
  },
  {
    kind: 'library_university',
    prefix: 'TVDH',
    full: 240,
    level: 'province',
    weight: (p) => (p.pop2024 / 1e6) ** 2 * (p.code === '01' ? 3 : 1),
    name: (p, n) => `Thư viện Trường Đại học ${p} ${n}`,
  },
  { kind: 'library_specialised', prefix: 'TVCN', full: 300, level: 'province', weight: (p) => p.pop2024, name: (p, n) => `Thư viện chuyên ngành ${n}, ${p}` },
  {
    kind: 'library_armed_forces',
    prefix: 'TVLLVT',
    full: 500,
    level: 'province',
    weight: (p) => p.old * 10 + p.pop2024 / 5e5,
    name: (p, n) => `Thư viện ${ARMED[(n - 1) % ARMED.length]} ${p} ${Math.ceil(n / ARMED.length)}`,
  },

  {
    kind: 'library_public_commune',
    core: true,
    prefix: 'TVXA',
    full: 3257,
    level: 'commune',
    weight: (c) => (c.type === 'phuong' ? 0.9 : 1),
    name: (p, n) => `Thư viện ${p}${no(n)}`,
  },
  {
    kind: 'library_public_district',
    core: true,
    prefix: 'TVKV',
    full: 663,
    level: 'commune',
    weight: () => 1,
    name: (_p, n, b) => `Thư viện khu vực ${b}${no(n)}`,
  },
  {
    kind: 'culture_centre_district',
    core: true,
    prefix: 'TTVHKV',
    full: 613,
    level: 'commune',
    weight: () => 1,
    name: (_p, n, b) => `Trung tâm Văn hóa - Thể thao khu vực ${b}${no(n)}`,
  },
  {
    kind: 'culture_centre_commune',
    core: true,
    prefix: 'TTVHXA',
    full: 5996,
    level: 'commune',
    weight: (c) => 1 + c.pop2024 / 40000,
    name: (p, n) => `Trung tâm Văn hóa - Thể thao ${p}${no(n)}`,
  },
  {
    kind: 'village_cultural_house',
    prefix: 'NVH',
    full: 66513,
    level: 'commune',
    weight: rural,
    name: (p, n) => `Nhà văn hóa ${p.startsWith('phường') ? 'tổ dân phố' : 'thôn'} ${n}, ${p}`,
  },
  {
    kind: 'book_cabinet',
    prefix: 'TUSACH',
    full: 10000,
    level: 'commune',
    ownership: 'non_public',
    weight: rural,
    name: (p, n) => `Tủ sách cộng đồng ${n}, ${p}`,
  },
  { kind: 'reading_space', prefix: 'KGD', full: 6727, level: 'commune', weight: rural, name: (p, n) => `Không gian đọc cơ sở ${n}, ${p}` },
  {
    kind: 'library_school',
    prefix: 'TVTRUONG',
    full: 19000,
    level: 'commune',
    weight: (c) => c.pop2024,
    name: (_p, n, b) => `Thư viện Trường ${SCHOOLS[(n - 1) % SCHOOLS.length]} ${b}${n > SCHOOLS.length ? ` ${Math.ceil(n / SCHOOLS.length)}` : ''}`,
  },
  {
    kind: 'library_vocational',
    core: true,
    prefix: 'TVGDNN',
    full: 400,
    level: 'commune',
    weight: urban,
    name: (_p, n, b) => `Thư viện Trường Cao đẳng nghề ${b}${no(n)}`,
  },
  {
    kind: 'library_education_other',
    core: true,
    prefix: 'TVGDK',
    full: 600,
    level: 'commune',
    weight: (c) => c.pop2024,
    name: (_p, n, b) => `Thư viện Trung tâm GDNN-GDTX ${b}${no(n)}`,
  },
  {
    kind: 'library_community',
    prefix: 'TVCD',
    full: 1500,
    level: 'commune',
    ownership: 'non_public',
    weight: urban,
    name: (p, n) => `Thư viện cộng đồng ${n}, ${p}`,
  },
  {
    kind: 'community_learning_centre',
    prefix: 'TTHTCD',
    full: 10500,
    level: 'commune',
    weight: (c) => 1 + c.pop2024 / 20000,
    name: (p, n) => `Trung tâm học tập cộng đồng ${p}${no(n)}`,
  },
  { kind: 'post_office_cultural_point', prefix: 'BDVHX', full: 5000, level: 'commune', weight: rural, name: (p, n) => `Điểm Bưu điện - Văn hóa ${p}${no(n)}` },
  {
    kind: 'legal_bookcase',
    prefix: 'TSPL',
    full: 6000,
    level: 'commune',
    weight: (c) => 1 + c.pop2024 / 30000,
    name: (p, n) => `Tủ sách pháp luật ${p}${no(n)}`,
  },
  { kind: 'relic_display', core: true, prefix: 'NTT', full: 900, level: 'commune', weight: () => 1, name: (p, n) => `Nhà truyền thống ${p}${no(n)}` },
  {
    kind: 'museum_non_public',
    core: true,
    prefix: 'BTTN',
    full: 32,
    level: 'commune',
    ownership: 'non_public',
    weight: urban,
    name: (_p, n, b) => `Bảo tàng tư nhân ${b}${no(n)}`,
  },
];

/** Institutions of the whole country at full scale (≈139,000). */
export const FULL_NETWORK = SPECS.reduce((s, k) => s + k.full, 0);

const placeLabel = (c: Commune) => `${c.type === 'phuong' ? 'phường' : c.type === 'dac_khu' ? 'đặc khu' : 'xã'} ${c.name}`;

interface Planned {
  code: string;
  name: string;
  kind: string;
  ownership: string;
  unitId: number;
  provinceCode: string;
}

/**
 * Exactly `total` institutions: province-level kinds in full (~1,300) and the commune-level
 * public network in full (~12,800: commune and former district libraries, culture centres,
 * museums) unless `total` is smaller; the rest split over the grassroots kinds (village houses,
 * reading rooms, school libraries, learning centres…) in their national proportions, then over
 * the communes by population (rural population for village houses and reading rooms).
 */
export function planNetwork(places: Places, total: number): Planned[] {
  const r = rng(48_000);
  const provinceSpecs = SPECS.filter((s) => s.level === 'province');
  const communeSpecs = SPECS.filter((s) => s.level === 'commune');
  const provinceFull = provinceSpecs.reduce((s, k) => s + k.full, 0);
  const provinceTotals =
    total >= provinceFull
      ? provinceSpecs.map((s) => s.full)
      : allocate(
          total,
          provinceSpecs.map((s) => s.full),
          r,
        );
  const rest = Math.max(0, total - provinceFull);
  const coreFull = communeSpecs.reduce((sum, k) => sum + (k.core ? k.full : 0), 0);
  const communeTotals =
    rest >= coreFull
      ? (() => {
          const grassroots = allocate(
            rest - coreFull,
            communeSpecs.map((k) => (k.core ? 0 : k.full)),
            r,
          );
          return communeSpecs.map((k, i) => (k.core ? k.full : grassroots[i]!));
        })()
      : allocate(
          rest,
          communeSpecs.map((k) => k.full),
          r,
        );
  const out: Planned[] = [];
  const place = <T extends Province | Commune>(spec: KindSpec, n: number, p: T, label: string, bare: string, unitId: number, provinceCode: string) => {
    for (let i = 1; i <= n; i++) {
      out.push({
        code: i === 1 ? `${spec.prefix}-${p.code}` : `${spec.prefix}-${p.code}-${i}`,
        name: spec.name(label, i, bare),
        kind: spec.kind,
        ownership: spec.ownership ?? 'public',
        unitId,
        provinceCode,
      });
    }
  };
  provinceSpecs.forEach((spec, k) => {
    const counts = allocate(
      provinceTotals[k]!,
      places.provinces.map((p) => spec.weight(p as Commune & Province)),
      r,
    );
    places.provinces.forEach((p, i) => place(spec, counts[i]!, p, p.name, p.name, p.id, p.code));
  });
  communeSpecs.forEach((spec, k) => {
    const counts = allocate(
      communeTotals[k]!,
      places.communes.map((c) => spec.weight(c as Commune & Province)),
      r,
    );
    places.communes.forEach((c, i) => place(spec, counts[i]!, c, placeLabel(c), c.name, c.id, c.province.code));
  });
  return out;
}

/** Inserts the planned institutions, each belonging to its unit since 2000; returns them with their ids. */
export async function insertNetwork(db: DB, planned: Planned[], onChunk: (n: number) => void): Promise<SeedInstitution[]> {
  const out: SeedInstitution[] = [];
  for (let i = 0; i < planned.length; i += 1000) {
    const chunk = planned.slice(i, i + 1000);
    const ids = await db
      .insertInto('institutions')
      .values(chunk.map((x) => ({ code: x.code, name: x.name, kind: x.kind, ownership: x.ownership, address: null, created_at: SEED_AT })))
      .returning(['id', 'code'])
      .execute();
    const idOf = new Map(ids.map((x) => [x.code, x.id]));
    await db
      .insertInto('institution_units')
      .values(chunk.map((x) => ({ institution_id: idOf.get(x.code)!, unit_id: x.unitId, valid_from: '2000-01-01', valid_to: null })))
      .execute();
    for (const x of chunk) out.push({ id: idOf.get(x.code)!, kind: x.kind, unitId: x.unitId, provinceCode: x.provinceCode });
    onChunk(chunk.length);
  }
  return out;
}

/** Yearly status attributes (PROFILES' base rates, rising 7 points a year), with evidence. */
export async function insertAttributes(db: DB, institutions: SeedInstitution[], years: SeedYears = DEFAULT_YEARS): Promise<number> {
  const r = rng(1520_2030);
  let n = 0;
  let rows: { institution_id: number; attribute: string; year: number; value: number; evidence: string | null; set_by: null; set_at: string }[] = [];
  const flush = async () => {
    if (rows.length > 0) await db.insertInto('institution_attributes').values(rows).execute();
    n += rows.length;
    rows = [];
  };
  for (const inst of institutions) {
    for (const [attribute, base] of Object.entries(PROFILES[inst.kind]?.attributes ?? {})) {
      const threshold = r();
      for (const year of yearList(years)) {
        const yes = threshold < Math.min(0.98, base + 0.07 * (year - FIRST_YEAR));
        rows.push({
          institution_id: inst.id,
          attribute,
          year,
          value: yes ? 1 : 0,
          evidence: yes ? `Báo cáo kết quả hoạt động năm ${year}` : null,
          set_by: null,
          set_at: SEED_AT,
        });
        if (rows.length >= 1000) await flush();
      }
    }
  }
  await flush();
  return n;
}
