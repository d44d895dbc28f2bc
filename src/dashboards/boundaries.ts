import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Which map of provinces: the 63 before the reform of 01/07/2025, the 34 after. */
export type ProvinceMap = 63 | 34;

/** One province drawn: its official code, its name on that map, its outline as an SVG path. */
export interface Area {
  code: string;
  name: string;
  d: string;
}

export interface DrawnMap {
  map: ProvinceMap;
  width: number;
  height: number;
  areas: Area[];
  /** Where the two archipelagos' names go (Hoàng Sa of Đà Nẵng, Trường Sa of Khánh Hòa): their islands are specks. */
  islands: { hoangSa: [number, number]; truongSa: [number, number] };
}

/** The drawing's size in SVG units; the page scales it to its column (a phone's 390 px too). */
export const MAP_WIDTH = 480;

/**
 * The map in force for a year's figures: the one of 31 December, as the overview ranks places (a year from 2025 on is
 * drawn with the 34 provinces, whose figures carry their predecessors' first half year).
 */
export const mapForYear = (year: number): ProvinceMap => (year >= 2025 ? 34 : 63);

/**
 * The simplified boundaries built by `scripts/build-boundaries.ts` (geoBoundaries VNM ADM1, see
 * data/vn-boundaries/README.md): `LIFELONG_BOUNDARIES`, else the built file beside the administrative maps.
 */
export const boundariesFile = (): string =>
  process.env.LIFELONG_BOUNDARIES ?? fileURLToPath(new URL('../../data/vn-boundaries/vn-provinces.topo.json', import.meta.url));

let loaded: { file: string; maps: Map<ProvinceMap, DrawnMap> | null } | null = null;

/**
 * Both maps drawn once (projected and turned into path strings when first asked: the outlines never change while
 * the server runs, only their colours); null when the boundaries are not installed.
 */
export function drawnMaps(): Map<ProvinceMap, DrawnMap> | null {
  const file = boundariesFile();
  if (loaded?.file === file) return loaded.maps;
  loaded = { file, maps: existsSync(file) ? draw(JSON.parse(readFileSync(file, 'utf8')) as Topology) : null };
  return loaded.maps;
}

function draw(topo: Topology): Map<ProvinceMap, DrawnMap> {
  const out = new Map<ProvinceMap, DrawnMap>();
  const all = feature(topo, topo.objects.provinces63 as GeometryCollection);
  // one projection for both maps: a province keeps its place and size from one year to the next
  const projection = geoMercator().fitWidth(MAP_WIDTH, all);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(all);
  const height = Math.ceil(y1 - Math.min(0, y0));
  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return [Math.round(x), Math.round(y)];
  };
  const islands = { hoangSa: at(111.2, 17.3), truongSa: at(115, 11.7) };
  for (const map of [63, 34] as const) {
    const fc = feature(topo, topo.objects[`provinces${map}`] as GeometryCollection<{ name: string }>);
    const areas = fc.features.map((f) => ({ code: String(f.id), name: f.properties.name, d: path(f) ?? '' })).sort((a, b) => a.code.localeCompare(b.code));
    out.set(map, { map, width: MAP_WIDTH, height, areas, islands });
  }
  return out;
}
