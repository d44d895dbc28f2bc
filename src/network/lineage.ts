import type { DB } from '../core/db/database.ts';
import { formatDate, type Lang } from '../core/i18n/index.ts';
import { addDays } from '../core/time.ts';
import { networkText } from './messages.ts';
import { unitsByIds, validOn, type Unit } from './units.ts';

/**
 * A unit's lineage on the dated map: the units an ended unit passed into and the units a new one was formed from
 * (the merger links of `unit_successors`), and where an ended unit's people and institutions belong now.
 */
export interface LineageLink {
  unit: Unit;
  /** Only part of the unit went this way (a split). */
  partial: boolean;
  /** The link the predecessor's history rolls up along. */
  aggregate: boolean;
}

/** True when the unit has ended before `date` (ISO `YYYY-MM-DD`): its last day lies before it. */
export const endedBefore = (unit: Pick<Unit, 'validTo'>, date: string): boolean => unit.validTo !== null && unit.validTo < date;

/** The day after the unit's last one: from when its successors hold what it held (null while it is in force). */
export const dayAfterEnd = (unit: Pick<Unit, 'validTo'>): string | null => (unit.validTo === null ? null : addDays(unit.validTo, 1));

const byLink = (a: LineageLink, b: LineageLink) => Number(b.aggregate) - Number(a.aggregate) || a.unit.name.localeCompare(b.unit.name, 'vi');

async function links(db: DB, side: 'predecessor_id' | 'successor_id', unitIds: number[]): Promise<Map<number, LineageLink[]>> {
  const out = new Map<number, LineageLink[]>();
  if (unitIds.length === 0) return out;
  const other = side === 'predecessor_id' ? 'successor_id' : 'predecessor_id';
  const rows: { predecessor_id: number; successor_id: number; partial: number; aggregate: number }[] = [];
  const unique = [...new Set(unitIds)];
  for (let i = 0; i < unique.length; i += 1000)
    rows.push(
      ...(await db
        .selectFrom('unit_successors')
        .select(['predecessor_id', 'successor_id', 'partial', 'aggregate'])
        .where(side, 'in', unique.slice(i, i + 1000))
        .execute()),
    );
  const units = await unitsByIds(
    db,
    rows.map((r) => r[other]),
  );
  for (const r of rows) {
    const unit = units.get(r[other]);
    if (!unit) continue;
    const list = out.get(r[side]) ?? [];
    list.push({ unit, partial: r.partial === 1, aggregate: r.aggregate === 1 });
    out.set(r[side], list);
  }
  for (const list of out.values()) list.sort(byLink);
  return out;
}

/** The units each of these passed into, the one its history rolls up into first, then by name. */
export const successorLinks = (db: DB, unitIds: number[]) => links(db, 'predecessor_id', unitIds);

/** The units each of these was formed from, the whole ones first, then by name. */
export const predecessorLinks = (db: DB, unitIds: number[]) => links(db, 'successor_id', unitIds);

export async function successorsOf(db: DB, unitId: number): Promise<LineageLink[]> {
  return (await successorLinks(db, [unitId])).get(unitId) ?? [];
}

export async function predecessorsOf(db: DB, unitId: number): Promise<LineageLink[]> {
  return (await predecessorLinks(db, [unitId])).get(unitId) ?? [];
}

/**
 * Where an ended unit's people and institutions belong on `date`: its successors in force then; a successor that
 * has itself ended is followed on to its own (a unit reformed twice). Several when the unit was split.
 */
export async function successorsInForce(db: DB, unitIds: number[], date: string): Promise<Map<number, Unit[]>> {
  const out = new Map<number, Unit[]>();
  let frontier = new Map(unitIds.map((id) => [id, [id]] as [number, number[]]));
  const found = new Map<number, Map<number, Unit>>(unitIds.map((id) => [id, new Map()]));
  for (let depth = 0; depth < 5 && frontier.size > 0; depth++) {
    const all = [...frontier.values()].flat();
    const next = await successorLinks(db, all);
    const onward = new Map<number, number[]>();
    for (const [origin, ids] of frontier) {
      for (const id of ids)
        for (const l of next.get(id) ?? []) {
          if (validOn(l.unit, date)) found.get(origin)!.set(l.unit.id, l.unit);
          else if (l.unit.validTo !== null && l.unit.validTo < date) onward.set(origin, [...(onward.get(origin) ?? []), l.unit.id]);
        }
    }
    frontier = onward;
  }
  for (const [origin, units] of found)
    out.set(
      origin,
      [...units.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    );
  return out;
}

/**
 * What to say instead of a growth (this year against the last) for units that did not last the year: "đã sáp nhập vào
 * <successors>", or "đã kết thúc ngày …" without one. Units that lasted the year are not in the map.
 */
export async function endedNotes(db: DB, units: Pick<Unit, 'id' | 'validTo'>[], year: number, lang: Lang): Promise<Map<number, string>> {
  const gone = units.filter((u) => endedBefore(u, `${year}-12-31`));
  const links = await successorLinks(
    db,
    gone.map((u) => u.id),
  );
  const t = networkText(lang);
  return new Map(
    gone.map((u) => {
      const names = (links.get(u.id) ?? []).map((l) => l.unit.fullName ?? l.unit.name);
      return [u.id, names.length > 0 ? t.mergedInto({ units: names.join(', ') }) : t.endedOn({ date: formatDate(u.validTo!) })];
    }),
  );
}
