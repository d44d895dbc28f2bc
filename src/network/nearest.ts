import type { DB } from '../core/db/database.ts';

/** An open institution near a point, with what a visitor needs: kind, address, hours, its place, how far. */
export interface NearInstitution {
  code: string;
  name: string;
  kind: string;
  kindVi: string;
  kindEn: string;
  address: string | null;
  openingHours: string | null;
  latitude: number;
  longitude: number;
  /** kilometres in a straight line */
  km: number;
  unitCode: string;
  unitName: string;
}

const EARTH_KM = 6371;
const rad = (d: number) => (d * Math.PI) / 180;

/** The great-circle distance (haversine) in kilometres. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The open institutions nearest a point, among those that recorded their latitude and longitude, each with the
 * place (unit) it belongs to today. Only a box of ±`withinKm` around the point is read from the database (an index
 * is not needed at tens of thousands of rows), then sorted by the true distance. The point itself is not kept.
 */
export async function nearestInstitutions(db: DB, at: { lat: number; lng: number }, o: { limit?: number; withinKm?: number } = {}): Promise<NearInstitution[]> {
  const within = o.withinKm ?? 50;
  const dLat = within / 111;
  const dLng = within / (111 * Math.max(0.1, Math.cos(rad(at.lat))));
  const rows = await db
    .selectFrom('institutions as i')
    .innerJoin('institution_units as iu', (j) => j.onRef('iu.institution_id', '=', 'i.id').on('iu.valid_to', 'is', null))
    .innerJoin('units as u', 'u.id', 'iu.unit_id')
    .innerJoin('institution_kinds as k', 'k.code', 'i.kind')
    .select([
      'i.code',
      'i.name',
      'i.kind',
      'k.name_vi',
      'k.name_en',
      'i.address',
      'i.opening_hours',
      'i.latitude',
      'i.longitude',
      'u.code as unitCode',
      'u.full_name as unitFullName',
      'u.name as unitName',
    ])
    .where('i.closed_on', 'is', null)
    .where('i.latitude', 'is not', null)
    .where('i.longitude', 'is not', null)
    .where('i.latitude', '>=', at.lat - dLat)
    .where('i.latitude', '<=', at.lat + dLat)
    .where('i.longitude', '>=', at.lng - dLng)
    .where('i.longitude', '<=', at.lng + dLng)
    .execute();
  return rows
    .map((r) => ({
      code: r.code,
      name: r.name,
      kind: r.kind,
      kindVi: r.name_vi,
      kindEn: r.name_en,
      address: r.address,
      openingHours: r.opening_hours,
      latitude: Number(r.latitude),
      longitude: Number(r.longitude),
      km: distanceKm(at, { lat: Number(r.latitude), lng: Number(r.longitude) }),
      unitCode: r.unitCode,
      unitName: r.unitFullName ?? r.unitName,
    }))
    .filter((r) => r.km <= within)
    .sort((a, b) => a.km - b.km || a.name.localeCompare(b.name, 'vi'))
    .slice(0, o.limit ?? 10);
}
