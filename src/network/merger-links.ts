import {
  ACCENTED,
  bareName,
  editDistance,
  isUnchanged,
  looseKey,
  nameKey,
  parseMergerText,
  parseProvinceText,
  toneKey,
  typeOf,
  type MergerItem,
  type Mode,
} from './merger-text.ts';

/**
 * Matches the parsed merger list against the two maps and turns it into successor links.
 * Pure (no database), so it is tested on its own. Names are matched among the old units of
 * the old provinces that formed the new province: by folded name, then by a looser spelling
 * (spaces, y/i), then within one or two letters; the type word, the district in parentheses,
 * the districts of the other units named and the exact accents tell duplicates apart.
 */
export interface MergerEntry {
  ma: string;
  ten: string;
  magoc: string;
  truocsapnhap: string;
}
export interface MapUnitRef {
  id: number;
  officialCode: string | null;
  name: string;
  fullName: string | null;
  parentId: number | null;
}
export interface MergerMaps {
  oldProvinces: MapUnitRef[];
  oldDistricts: MapUnitRef[];
  oldCommunes: MapUnitRef[];
  newProvinces: MapUnitRef[];
  newCommunes: MapUnitRef[];
}
export interface MergerLink {
  predecessorId: number;
  successorId: number;
  partial: boolean;
  aggregate: boolean;
  note: string | null;
}
export interface MergerReport {
  links: MergerLink[];
  /** text items naming no old unit, as "item → new unit (code)" */
  unmatchedItems: string[];
  /** entries whose new unit (or old province) is not in the database */
  missingNew: string[];
  /** old communes that no entry names: "full name (code), district" */
  orphanCommunes: string[];
  oldCommunes: number;
  linkedCommunes: number;
  /** names that stayed ambiguous after every hint (the first candidate was taken) */
  ambiguous: number;
}

interface Mention {
  successorId: number;
  mode: Mode;
  order: number;
  sameName: boolean;
}
const RANK: Record<Mode, number> = { whole: 0, remainder: 1, partial: 2 };

function groupBy<T, K>(list: T[], key: (t: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const g = m.get(k);
    if (g) g.push(t);
    else m.set(k, [t]);
  }
  return m;
}

/** A matcher over old units: keys computed once. */
function indexUnits(units: MapUnitRef[]) {
  const keys = new Map(units.map((u) => [u.id, nameKey(bareName(u.name, u.fullName))]));
  const loose = new Map(units.map((u) => [u.id, looseKey(keys.get(u.id)!)]));
  const types = new Map(units.map((u) => [u.id, typeOf(u.fullName)]));
  return { byKey: groupBy(units, (u) => keys.get(u.id)!), keys, loose, types };
}

/** Candidates for a name among `scope`: exact key, else loose key, else the nearest within 1–2 edits. */
function findByName(
  item: MergerItem,
  idx: ReturnType<typeof indexUnits>,
  scope: MapUnitRef[],
  inScope: (u: MapUnitRef) => boolean,
  inDistrict: ((u: MapUnitRef) => boolean) | null,
): MapUnitRef[] {
  const exact = (idx.byKey.get(item.key) ?? []).filter(inScope);
  if (exact.length > 0 && (!inDistrict || exact.some(inDistrict))) return exact;
  const lk = looseKey(item.key);
  const pool = inDistrict ? scope.filter(inDistrict) : scope; // "Xã Ea Bar (huyện Sông Hinh)" is "EaBar" there
  const loose = pool.filter((u) => idx.loose.get(u.id) === lk);
  if (loose.length > 0) return loose;
  const max = lk.length >= 8 ? 2 : lk.length >= 4 ? 1 : 0;
  let best = max + 1;
  let found: MapUnitRef[] = [];
  for (const u of max > 0 ? pool : []) {
    const d = editDistance(lk, idx.loose.get(u.id)!, best);
    if (d < best) (best = d), (found = [u]);
    else if (d === best) found.push(u);
  }
  return best <= max ? found : exact;
}

/** Turns the merger list into successor links; each old unit gets exactly one `aggregate` link. */
export function linkMergers(entries: MergerEntry[], maps: MergerMaps): MergerReport {
  const report: MergerReport = {
    links: [],
    unmatchedItems: [],
    missingNew: [],
    orphanCommunes: [],
    oldCommunes: maps.oldCommunes.length,
    linkedCommunes: 0,
    ambiguous: 0,
  };
  const newProvByCode = new Map(maps.newProvinces.map((p) => [p.officialCode, p]));
  const oldProvByKey = groupBy(maps.oldProvinces, (p) => nameKey(p.name));

  // provinces: "giữ nguyên" = the old province of the same code (or name); else the provinces named
  const provinceOf = new Map<number, number>();
  for (const e of entries.filter((x) => x.magoc === '0')) {
    const np = newProvByCode.get(e.ma);
    if (!np) {
      report.missingNew.push(`${e.ma} ${e.ten}`);
      continue;
    }
    const olds = isUnchanged(e.truocsapnhap)
      ? [maps.oldProvinces.find((p) => p.officialCode === e.ma) ?? maps.oldProvinces.find((p) => nameKey(p.name) === nameKey(np.name))]
      : parseProvinceText(e.truocsapnhap).map((k) => oldProvByKey.get(k)?.[0] ?? (report.unmatchedItems.push(`${k} → ${e.ten} (${e.ma})`), undefined));
    for (const p of olds) if (p) provinceOf.set(p.id, np.id);
  }
  for (const p of maps.oldProvinces) {
    if (provinceOf.has(p.id)) continue;
    const same = maps.newProvinces.find((n) => nameKey(n.name) === nameKey(p.name));
    if (same) provinceOf.set(p.id, same.id);
  }

  const districtById = new Map(maps.oldDistricts.map((d) => [d.id, d]));
  const provinceOfUnit = (u: MapUnitRef): number => (u.parentId === null ? -1 : (districtById.get(u.parentId)?.parentId ?? u.parentId ?? -1));
  const communes = indexUnits(maps.oldCommunes);
  const districts = indexUnits(maps.oldDistricts);
  const districtKeys = districts.keys;
  const communesOfDistrict = groupBy(maps.oldCommunes, (c) => c.parentId);
  const newCommuneByCode = new Map(maps.newCommunes.map((c) => [c.officialCode, c]));
  const scopes = new Map<number, { provinces: Set<number>; communes: MapUnitRef[]; districts: MapUnitRef[] }>();
  const scopeOf = (newProvinceId: number | null) => {
    const key = newProvinceId ?? -1;
    let s = scopes.get(key);
    if (!s) {
      const provinces = new Set([...provinceOf].filter(([, n]) => n === newProvinceId).map(([o]) => o));
      const all = provinces.size === 0; // a province the list does not explain: search the whole map
      s = {
        provinces,
        communes: maps.oldCommunes.filter((c) => all || provinces.has(provinceOfUnit(c))),
        districts: maps.oldDistricts.filter((d) => all || provinces.has(d.parentId ?? -1)),
      };
      scopes.set(key, s);
    }
    return s;
  };

  const mentions = new Map<number, Mention[]>();
  const mention = (oldId: number, successorId: number, mode: Mode, sameName: boolean) => {
    const list = mentions.get(oldId) ?? [];
    const same = list.find((m) => m.successorId === successorId);
    if (same) same.mode = RANK[mode] < RANK[same.mode] ? mode : same.mode;
    else list.push({ successorId, mode, order: list.length, sameName });
    mentions.set(oldId, list);
  };
  const districtLinks = new Map<number, { successorId: number; mode: Mode }>();

  for (const e of entries.filter((x) => x.magoc !== '0')) {
    const provinceId = newProvByCode.get(e.magoc)?.id ?? null;
    const target = newCommuneByCode.get(e.ma) ?? maps.newCommunes.find((c) => c.parentId === provinceId && nameKey(c.fullName ?? c.name) === nameKey(e.ten));
    if (!target) {
      report.missingNew.push(`${e.ma} ${e.ten}`);
      continue;
    }
    const scope = scopeOf(provinceId ?? target.parentId);
    const targetKey = nameKey(target.name);
    const inScope = (u: MapUnitRef) => scope.provinces.size === 0 || scope.provinces.has(provinceOfUnit(u));
    const items: MergerItem[] = isUnchanged(e.truocsapnhap)
      ? [{ kind: 'commune', type: typeOf(target.fullName), name: target.name, key: nameKey(target.name), district: null, mode: 'whole' }]
      : parseMergerText(e.truocsapnhap);
    const candidates = items.map((item) => {
      if (item.kind === 'other') return [];
      const idx = item.kind === 'district' ? districts : communes;
      const inDistrict = item.district ? (u: MapUnitRef) => u.parentId !== null && districtKeys.get(u.parentId) === item.district : null;
      let c = findByName(item, idx, item.kind === 'district' ? scope.districts : scope.communes, inScope, inDistrict);
      const narrow = (f: (u: MapUnitRef) => boolean) => {
        const n = c.filter(f);
        if (n.length > 0) c = n;
      };
      if (item.type) narrow((u) => idx.types.get(u.id) === item.type);
      if (inDistrict) narrow(inDistrict);
      if (c.length > 1) narrow((u) => toneKey(u.name) === toneKey(item.name)); // "Văn Tự" is not "Vân Từ"
      return c;
    });
    // a name found twice is most likely the one near the other units named, and not one already taken
    const near = new Map<number | null, number>();
    for (const [u, ...more] of candidates) if (u && more.length === 0) near.set(u.parentId, (near.get(u.parentId) ?? 0) + 1);
    const taken = new Set(candidates.filter((c) => c.length === 1).map(([u]) => u!.id));
    items.forEach((item, i) => {
      let c = candidates[i]!;
      const narrow = (f: (u: MapUnitRef) => boolean) => {
        const n = c.filter(f);
        if (n.length > 0) c = n;
      };
      const votes = Math.max(0, ...c.map((u) => near.get(u.parentId) ?? 0));
      if (c.length > 1 && votes > 0) narrow((u) => near.get(u.parentId) === votes);
      if (c.length > 1) narrow((u) => !taken.has(u.id));
      if (c.length > 1) narrow((u) => u.officialCode === target.officialCode);
      if (c.length > 1) report.ambiguous++;
      const u = c[0];
      if (item.kind === 'other') return;
      if (!u) {
        report.unmatchedItems.push(`${item.type ? `${ACCENTED[item.type] ?? item.type} ` : ''}${item.name} → ${e.ten} (${e.ma})`);
        return;
      }
      taken.add(u.id);
      if (item.kind === 'district') {
        districtLinks.set(u.id, { successorId: target.id, mode: item.mode });
        for (const x of communesOfDistrict.get(u.id) ?? []) mention(x.id, target.id, item.mode, false);
      } else mention(u.id, target.id, item.mode, communes.keys.get(u.id) === targetKey);
    });
  }

  // communes: the whole link, else the remainder, else the first mention; the same name breaks ties
  const newCommuneById = new Map(maps.newCommunes.map((c) => [c.id, c]));
  const provinceVotes = new Map<number, Map<number, number>>(); // old district → new province → communes
  for (const c of maps.oldCommunes) {
    const list = mentions.get(c.id);
    if (!list) {
      const d = c.parentId !== null ? districtById.get(c.parentId) : undefined;
      report.orphanCommunes.push(`${c.fullName ?? c.name} (${c.officialCode ?? c.id}), ${d?.fullName ?? d?.name ?? '?'}`);
      continue;
    }
    report.linkedCommunes++;
    const main = [...list].sort((a, b) => RANK[a.mode] - RANK[b.mode] || Number(b.sameName) - Number(a.sameName) || a.order - b.order)[0]!;
    for (const m of list) {
      report.links.push({
        predecessorId: c.id,
        successorId: m.successorId,
        partial: m.mode !== 'whole' || list.length > 1,
        aggregate: m === main,
        note: m.mode === 'whole' ? null : m.mode,
      });
    }
    const np = newCommuneById.get(main.successorId)?.parentId;
    if (np != null && c.parentId !== null) {
      const votes = provinceVotes.get(c.parentId) ?? new Map<number, number>();
      votes.set(np, (votes.get(np) ?? 0) + 1);
      provinceVotes.set(c.parentId, votes);
    }
  }
  // districts: the new unit that took it whole (island districts), else the new province most of its communes went to
  for (const d of maps.oldDistricts) {
    const named = districtLinks.get(d.id);
    const votes = [...(provinceVotes.get(d.id) ?? new Map<number, number>())].sort((a, b) => b[1] - a[1]);
    const successorId = named?.successorId ?? votes[0]?.[0] ?? (d.parentId !== null ? provinceOf.get(d.parentId) : undefined);
    if (successorId === undefined) continue;
    report.links.push({ predecessorId: d.id, successorId, partial: named ? named.mode !== 'whole' : votes.length > 1, aggregate: true, note: null });
  }
  for (const [oldId, newId] of provinceOf) report.links.push({ predecessorId: oldId, successorId: newId, partial: false, aggregate: true, note: null });
  return report;
}
