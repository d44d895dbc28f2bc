import type { DB } from '../core/db/database.ts';
import { rebuildClosure } from '../network/closure.ts';
import { insertSuccessors, insertUnits, setPopulation, type SuccessorLink } from '../network/unit-writes.ts';
import { NEW_MAP, OLD_MAP } from './demo-map.ts';
import { intBetween, rng } from './random.ts';

export const REFORM = '2025-07-01';
export const OLD_END = '2025-06-30';

export interface DemoUnits {
  vn: number;
  /** official code → id, for the current (post-reform) units and the non-colliding old ones */
  byCode: Map<string, number>;
  /** old commune id → its new commune id (the aggregate successor) */
  successorOf: Map<number, number>;
  oldCommunes: { id: number; code: string; name: string; districtId: number; mountainous: boolean }[];
  oldDistricts: { id: number; code: string; name: string; provinceId: number; communeIds: number[] }[];
  oldProvinces: { id: number; code: string; newProvinceId: number }[];
  newCommuneIds: number[];
}

/** Districts in the mountains, where more people live in disadvantaged areas. */
const MOUNTAIN_DISTRICTS = new Set(['481', '615', '465', '181']);

/** Builds the demo map: old (until 2025-06-30) and new (from 2025-07-01), with successor links and population. */
export async function buildDemoUnits(db: DB): Promise<DemoUnits> {
  const r = rng(1520);
  const [vn] = await insertUnits(db, [{ code: 'VN', name: 'Việt Nam', fullName: 'Nước Cộng hòa xã hội chủ nghĩa Việt Nam', level: 'nation', parentId: null }]);
  const byCode = new Map<string, number>();
  const newCodes = new Set([...NEW_MAP.map((p) => p.code), ...NEW_MAP.flatMap((p) => p.communes.map((c) => c.code))]);
  const oldCode = (code: string) => (newCodes.has(code) ? `${code}-2025` : code);
  const out: DemoUnits = { vn: vn!, byCode, successorOf: new Map(), oldCommunes: [], oldDistricts: [], oldProvinces: [], newCommuneIds: [] };

  const newProvinceIds = new Map<string, number>();
  for (const p of NEW_MAP) {
    const [pid] = await insertUnits(db, [{ code: p.code, name: p.name, fullName: p.fullName, level: 'province', parentId: vn!, validFrom: REFORM }]);
    newProvinceIds.set(p.code, pid!);
    byCode.set(p.code, pid!);
    const ids = await insertUnits(
      db,
      p.communes.map((c) => ({ code: c.code, name: c.name, fullName: c.fullName, level: 'commune', parentId: pid!, validFrom: REFORM })),
    );
    p.communes.forEach((c, i) => byCode.set(c.code, ids[i]!));
    out.newCommuneIds.push(...ids);
  }
  const links: SuccessorLink[] = [];
  const oldIds = new Map<string, number>();
  for (const p of OLD_MAP) {
    const [pid] = await insertUnits(db, [
      { code: oldCode(p.code), officialCode: p.code, name: p.name, fullName: p.fullName, level: 'province', parentId: vn!, validTo: OLD_END },
    ]);
    const newProvinceId = newProvinceIds.get(p.newProvince)!;
    out.oldProvinces.push({ id: pid!, code: p.code, newProvinceId });
    links.push({ predecessorId: pid!, successorId: newProvinceId, partial: false, aggregate: true });
    for (const d of p.districts) {
      const [did] = await insertUnits(db, [
        { code: oldCode(d.code), officialCode: d.code, name: d.name, fullName: d.fullName, level: 'district', parentId: pid!, validTo: OLD_END },
      ]);
      if (!newCodes.has(d.code)) byCode.set(d.code, did!);
      const ids = await insertUnits(
        db,
        d.communes.map((c) => ({
          code: oldCode(c.code),
          officialCode: c.code,
          name: c.name,
          fullName: c.fullName,
          level: 'commune',
          parentId: did!,
          validTo: OLD_END,
        })),
      );
      d.communes.forEach((c, i) => {
        oldIds.set(c.code, ids[i]!);
        if (!newCodes.has(c.code)) byCode.set(c.code, ids[i]!);
        out.oldCommunes.push({ id: ids[i]!, code: c.code, name: c.name, districtId: did!, mountainous: MOUNTAIN_DISTRICTS.has(d.code) });
      });
      out.oldDistricts.push({ id: did!, code: d.code, name: d.name, provinceId: pid!, communeIds: ids });
      links.push({ predecessorId: did!, successorId: newProvinceId, partial: true, aggregate: true });
    }
  }
  // each old commune rolls up along one link: the first whole one, else the first mention
  const mentions = new Map<number, { successorId: number; partial: boolean }[]>();
  for (const p of NEW_MAP)
    for (const c of p.communes)
      for (const f of c.from) {
        const pred = oldIds.get(f.code);
        if (pred === undefined) continue;
        mentions.set(pred, [...(mentions.get(pred) ?? []), { successorId: byCode.get(c.code)!, partial: f.partial }]);
      }
  for (const [pred, list] of mentions) {
    const main = list.find((m) => !m.partial) ?? list[0]!;
    out.successorOf.set(pred, main.successorId);
    for (const m of list) links.push({ predecessorId: pred, successorId: m.successorId, partial: m.partial, aggregate: m === main });
  }
  // an old commune the merger list did not name goes to the first new commune of its new province
  for (const c of out.oldCommunes) {
    if (out.successorOf.has(c.id)) continue;
    const province = OLD_MAP.find((p) => p.districts.some((d) => d.communes.some((x) => x.code === c.code)))!;
    const fallback = byCode.get(NEW_MAP.find((p) => p.code === province.newProvince)!.communes[0]!.code)!;
    out.successorOf.set(c.id, fallback);
    links.push({ predecessorId: c.id, successorId: fallback, partial: true, aggregate: true, note: 'demo: not named in the merger list' });
  }
  await insertSuccessors(db, links);
  await rebuildClosure(db);

  // population: old communes until 2024, new communes from 2025 (the sum of their predecessors)
  const pop: { unitId: number; year: number; total: number; rural: number; disadvantaged: number }[] = [];
  const newPop = new Map<number, Map<number, { total: number; rural: number; disadvantaged: number }>>();
  for (const c of out.oldCommunes) {
    const base = intBetween(r, 4000, 16000);
    const ruralShare = c.mountainous ? 0.9 : 0.55;
    const disShare = c.mountainous ? 0.45 : 0.08;
    for (let year = 2022; year <= 2026; year++) {
      const total = Math.round(base * Math.pow(1.011, year - 2022));
      const row = { total, rural: Math.round(total * ruralShare), disadvantaged: Math.round(total * disShare) };
      if (year <= 2024) pop.push({ unitId: c.id, year, ...row });
      else {
        const succ = out.successorOf.get(c.id)!;
        const m = newPop.get(succ) ?? new Map();
        const prev = m.get(year) ?? { total: 0, rural: 0, disadvantaged: 0 };
        m.set(year, { total: prev.total + row.total, rural: prev.rural + row.rural, disadvantaged: prev.disadvantaged + row.disadvantaged });
        newPop.set(succ, m);
      }
    }
  }
  for (const [unitId, years] of newPop) for (const [year, row] of years) pop.push({ unitId, year, ...row });
  await setPopulation(db, pop);
  return out;
}
