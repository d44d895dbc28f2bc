import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';
import type { DemoUnits } from './demo-network.ts';
import { REFORM, OLD_END } from './demo-network.ts';
import { rng } from './random.ts';

export interface DemoInstitution {
  id: number;
  code: string;
  kind: string;
  /** the unit before the reform, and after it */
  before: number;
  after: number;
}

type Spec = { kind: string; prefix: string; name: (place: string, n: number) => string; ownership?: 'public' | 'non_public' };

const S = (kind: string, prefix: string, name: Spec['name'], ownership: Spec['ownership'] = 'public'): Spec => ({ kind, prefix, name, ownership });

const PROVINCE: Spec[] = [
  S('library_public_province', 'TVTINH', (p) => `Thư viện tỉnh ${p}`),
  S('museum_public', 'BTTINH', (p) => `Bảo tàng tỉnh ${p}`),
  S('culture_centre_province', 'TTVHTINH', (p) => `Trung tâm Văn hóa - Điện ảnh tỉnh ${p}`),
  S('library_university', 'TVDH', (p) => `Thư viện Trường Đại học ${p}`),
  S('library_specialised', 'TVCN', (p) => `Thư viện Bệnh viện Đa khoa tỉnh ${p}`),
  S('library_armed_forces', 'TVLLVT', (p) => `Thư viện Bộ Chỉ huy Quân sự tỉnh ${p}`),
];
const DISTRICT: Spec[] = [
  S('library_public_district', 'TVHUYEN', (d) => `Thư viện huyện ${d}`),
  S('culture_centre_district', 'TTVHHUYEN', (d) => `Trung tâm Văn hóa - Thể thao huyện ${d}`),
  S('relic_display', 'NTT', (d) => `Nhà truyền thống huyện ${d}`),
  S('library_vocational', 'TVGDNN', (d) => `Thư viện Trung tâm GDNN-GDTX ${d}`),
  S('museum_non_public', 'BTTN', (d) => `Bảo tàng tư nhân Văn hóa ${d}`, 'non_public'),
];
const COMMUNE: Spec[] = [
  S('library_public_commune', 'TVXA', (c) => `Thư viện xã ${c}`),
  S('culture_centre_commune', 'TTVHXA', (c) => `Trung tâm Văn hóa - Thể thao xã ${c}`),
  S('village_cultural_house', 'NVH', (c, n) => `Nhà văn hóa thôn ${n}, ${c}`),
  S('village_cultural_house', 'NVH', (c, n) => `Nhà văn hóa thôn ${n}, ${c}`),
  S('library_school', 'TVTRUONG', (c) => `Thư viện Trường THCS ${c}`),
  S('library_school', 'TVTRUONG', (c, n) => `Thư viện Trường Tiểu học ${c} ${n}`),
  S('community_learning_centre', 'TTHTCD', (c) => `Trung tâm học tập cộng đồng ${c}`),
  S('book_cabinet', 'TUSACH', (c) => `Tủ sách cộng đồng ${c}`, 'non_public'),
  S('post_office_cultural_point', 'BDVHX', (c) => `Điểm Bưu điện - Văn hóa xã ${c}`),
  S('library_community', 'TVCD', (c) => `Thư viện cộng đồng ${c}`, 'non_public'),
];

/** Creates the demo institutions in bulk; each moves to the successor unit on 2025-07-01. */
export async function buildDemoInstitutions(db: DB, units: DemoUnits, extra: { unitId: number; place: string; code: string }[]): Promise<DemoInstitution[]> {
  const r = rng(2030);
  const rows: { code: string; name: string; kind: string; ownership: string; before: number; after: number }[] = [];
  const counters = new Map<string, number>();
  const add = (spec: Spec, place: string, placeCode: string, before: number, after: number) => {
    const key = `${spec.prefix}-${placeCode}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    rows.push({ code: n === 1 ? key : `${key}-${n}`, name: spec.name(place, n), kind: spec.kind, ownership: spec.ownership ?? 'public', before, after });
  };
  const provinceNames = new Map([
    ['46', 'Thừa Thiên Huế'],
    ['62', 'Kon Tum'],
    ['20', 'Lạng Sơn'],
    ['45', 'Quảng Trị'],
  ]);
  for (const p of units.oldProvinces) for (const spec of PROVINCE) add(spec, provinceNames.get(p.code) ?? p.code, p.code, p.id, p.newProvinceId);
  for (const d of units.oldDistricts) {
    const after = units.successorOf.get(d.communeIds[0]!)!;
    for (const spec of DISTRICT) if (spec.kind !== 'museum_non_public' || r() < 0.3) add(spec, d.name, d.code, d.id, after);
  }
  for (const c of units.oldCommunes) {
    const after = units.successorOf.get(c.id)!;
    for (const spec of COMMUNE) {
      const optional = { library_public_commune: 0.75, book_cabinet: 0.5, post_office_cultural_point: 0.3, library_community: 0.2 }[spec.kind as string];
      if (optional !== undefined && r() > optional) continue;
      add(spec, c.name, c.code, c.id, after);
    }
  }
  for (const e of extra) for (const spec of COMMUNE.slice(0, 5)) add(spec, e.place, e.code, e.unitId, e.unitId);

  const created = nowIso();
  const out: DemoInstitution[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const ids = await db
      .insertInto('institutions')
      .values(chunk.map((x) => ({ code: x.code, name: x.name, kind: x.kind, ownership: x.ownership, address: null, created_at: created })))
      .returning(['id', 'code'])
      .execute();
    const idOf = new Map(ids.map((x) => [x.code, x.id]));
    const links = chunk.flatMap((x) =>
      x.before === x.after
        ? [{ institution_id: idOf.get(x.code)!, unit_id: x.before, valid_from: '2000-01-01', valid_to: null }]
        : [
            { institution_id: idOf.get(x.code)!, unit_id: x.before, valid_from: '2000-01-01', valid_to: OLD_END },
            { institution_id: idOf.get(x.code)!, unit_id: x.after, valid_from: REFORM, valid_to: null },
          ],
    );
    await db.insertInto('institution_units').values(links).execute();
    for (const x of chunk) out.push({ id: idOf.get(x.code)!, code: x.code, kind: x.kind, before: x.before, after: x.after });
  }
  return out;
}
