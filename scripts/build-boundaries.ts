/**
 * Builds the province boundaries `/ban-do` draws (`data/vn-boundaries/vn-provinces.topo.json`) from geoBoundaries'
 * Viet Nam ADM1 (VNM-ADM1-63759600; see data/vn-boundaries/README.md for origin and licence):
 *
 *   npx tsx scripts/build-boundaries.ts [--source geoBoundaries-VNM-ADM1.geojson] [--out file]
 *
 * Each shape is matched to an official province code of the 63-province map (`data/vn-units`, 2025-06) by its name
 * folded without diacritics; the fixes a name needs are listed below and printed. The 34 provinces in force from
 * 01/07/2025 are the 63 merged along the merger list (`vn-units-2025-mergers.json`, the same file the platform reads),
 * sharing the 63's arcs. Simplified for the screen (Visvalingam, topojson-simplify) and quantized: one topology,
 * objects `provinces63` and `provinces34`, each geometry's `id` the official code and `properties.name` its name.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { isUnchanged, nameKey, parseProvinceText } from '../src/network/merger-text.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.LIFELONG_SHARED_DIR ?? resolve(root, '..', 'shared');
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const source = arg('source') ?? resolve(shared, 'data', 'boundaries', 'geoBoundaries-VNM-ADM1.geojson');
const out = arg('out') ?? resolve(root, 'data', 'vn-boundaries', 'vn-provinces.topo.json');
/** The share of the simplification weights kept (Visvalingam areas): small enough for a page under 150 KB. */
const KEEP = Number(arg('keep') ?? 0.2);

/** Names the source spells otherwise than the platform's map, by the source's folded name. */
const NAME_FIXES: Record<string, string> = {
  // the city's short name in the source
  'tp ho chi minh': 'ho chi minh',
  // a city since 01/01/2025: the map of 2025-06 calls it Huế
  'thua thien hue': 'hue',
  // a district of Bà Rịa - Vũng Tàu drawn as its own shape
  'con dao': 'ba ria vung tau',
};

type Feature = { type: 'Feature'; properties: { shapeName: string }; geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon };
interface OldProvince {
  Code: string;
  Name: string;
}
interface Merger {
  ma: string;
  ten: string;
  magoc: string;
  truocsapnhap: string;
}
type GeoPolygon = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Twice the ring's planar area, positive when it turns anticlockwise (longitude right, latitude up). */
const area2 = (ring: number[][]) => ring.reduce((a, p, i) => a + p[0]! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * p[1]!, 0);
/**
 * d3-geo's winding: an outer ring clockwise, a hole anticlockwise (the source follows RFC 7946, the other way round;
 * read as d3 reads it, its outer ring would be the whole globe but the province).
 */
const clockwise = (polygon: number[][][]) => polygon.map((ring, i) => ((i === 0) === area2(ring) > 0 ? [...ring].reverse() : ring));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

const olds = readJson<OldProvince[]>(resolve(root, 'data/vn-units/vn-units-2025-06-3level.json'));
const news = readJson<OldProvince[]>(resolve(root, 'data/vn-units/vn-units-2025-07-2level.json'));
const mergers = readJson<Merger[]>(resolve(root, 'data/vn-units/vn-units-2025-mergers.json')).filter((m) => m.magoc === '0');
const features = readJson<{ features: Feature[] }>(source).features;

const oldByKey = new Map(olds.map((p) => [nameKey(p.Name), p]));
const polygons = new Map<string, number[][][][]>();
const fixed: string[] = [];
const failed: string[] = [];
for (const f of features) {
  const key = nameKey(f.properties.shapeName);
  const province = oldByKey.get(key) ?? oldByKey.get(NAME_FIXES[key] ?? '');
  if (!province) {
    failed.push(f.properties.shapeName);
    continue;
  }
  if (!oldByKey.has(key)) fixed.push(`${f.properties.shapeName} → ${province.Name} (${province.Code})`);
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  polygons.set(province.Code, [...(polygons.get(province.Code) ?? []), ...(parts as number[][][][]).map(clockwise)]);
}
const missing = olds.filter((p) => !polygons.has(p.Code)).map((p) => `${p.Name} (${p.Code})`);
console.log(`${features.length} shapes → ${polygons.size} of ${olds.length} provinces`);
if (fixed.length > 0) console.log(`matched by a fix: ${fixed.join('; ')}`);
if (failed.length > 0 || missing.length > 0) {
  console.error(`not matched: ${failed.join('; ') || '—'}; provinces without a shape: ${missing.join('; ') || '—'}`);
  process.exit(1);
}

const collection = {
  type: 'FeatureCollection',
  features: olds.map((p) => ({
    type: 'Feature',
    id: p.Code,
    properties: { name: p.Name },
    geometry: { type: 'MultiPolygon', coordinates: polygons.get(p.Code)! } satisfies GeoPolygon,
  })),
};
// 1e5 steps snap the neighbours' shared borders onto the same points, so they become shared arcs
type Simplifiable = Parameters<typeof presimplify>[0];
const simple0 = presimplify(topology({ provinces63: collection as unknown as GeoJSON.FeatureCollection }, 1e5) as unknown as Simplifiable);
// an island is one closed arc: simplified to its two ends it would vanish, so two more of its points are kept (a triangle)
for (const arc of simple0.arcs as number[][][]) {
  const first = arc[0]!;
  const last = arc[arc.length - 1]!;
  if (arc.length < 4 || first[0] !== last[0] || first[1] !== last[1]) continue;
  arc[Math.floor(arc.length / 3)]![2] = Number.POSITIVE_INFINITY;
  arc[Math.floor((2 * arc.length) / 3)]![2] = Number.POSITIVE_INFINITY;
}
const minWeight = quantile(simple0, KEEP);
const simple = simplify(simple0, minWeight);
// no island is filtered out: Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) are small and must be on the map
const topo = quantize(simple, 1e4) as unknown as Topology;

const g63 = topo.objects.provinces63 as GeometryCollection<{ name: string }>;
const byCode = new Map(g63.geometries.map((g) => [String(g.id), g]));
const geometries34 = mergers
  .map((m) => {
    const into = news.find((p) => p.Code === m.ma);
    if (!into) throw new Error(`the merger list names ${m.ma} ${m.ten}, not on the map of 2025-07`);
    const names = isUnchanged(m.truocsapnhap) ? [nameKey(into.Name)] : parseProvinceText(m.truocsapnhap);
    const parts = names.map((n) => {
      const p = oldByKey.get(n);
      if (!p) throw new Error(`${m.ten}: "${n}" is no province of the map of 2025-06`);
      return byCode.get(p.Code)!;
    });
    const merged = mergeArcs(topo, parts as (Polygon | MultiPolygon)[]);
    return { ...merged, id: into.Code, properties: { name: into.Name, from: parts.map((p) => String(p.id)) } };
  })
  .sort((a, b) => a.id.localeCompare(b.id));
const covered = geometries34.flatMap((g) => g.properties.from);
const twice = covered.filter((c, i) => covered.indexOf(c) !== i);
const left = olds.filter((p) => !covered.includes(p.Code)).map((p) => p.Name);
if (geometries34.length !== news.length || twice.length > 0 || left.length > 0) {
  console.error(`the 34: ${geometries34.length}; named twice: ${twice.join(', ') || '—'}; not merged: ${left.join(', ') || '—'}`);
  process.exit(1);
}
topo.objects.provinces34 = { type: 'GeometryCollection', geometries: geometries34 } as GeometryCollection;

const text = JSON.stringify(topo);
writeFileSync(out, text);
console.log(`${out}: ${(text.length / 1024).toFixed(1)} KB, ${topo.arcs.length} arcs, ${topo.arcs.reduce((n, a) => n + a.length, 0)} points`);
