import { sql } from 'kysely';
import type { DB } from '../core/db/database.ts';
import { cycleOf } from './cycles.ts';
import { expectedToReport } from './expected.ts';

/** How many of the units expected to report sent their report (at least once), sent it on time, had it approved. */
export interface Rate {
  total: number;
  submitted: number;
  onTime: number;
  approved: number;
}

/** The rate of one level of the map below a unit (`depth` 1: its children, 2: their children…). */
export interface LevelRate extends Rate {
  level: string;
  depth: number;
}

export interface RatesBelow {
  /** Every level below the unit, nearest first. */
  levels: LevelRate[];
  /** For each child (by id): the levels below it, nearest first (depth counted from the child). */
  byChild: Map<number, LevelRate[]>;
}

/** Statuses of a report that has gone up at least once: a returned report was sent (and on time or not). */
const SENT = sql`('submitted', 'returned', 'approved')`;
/** The map is three levels deep at most; the bound only stops a cycle in bad data. */
const MAX_DEPTH = 8;

type Row = {
  top: number;
  depth: number;
  level: string;
  total: number | string;
  submitted: number | string;
  on_time: number | string;
  approved: number | string;
};

/**
 * The rates of every level below `unitId` for `year`, on the dated map: one recursive query down the parent links,
 * keeping at each step only the units expected to report (expected.ts), grouped by the child each unit is under, its
 * depth and level — so the nation's 10,000 communes take one query, not one per unit.
 */
export async function ratesBelow(db: DB, unitId: number, year: number): Promise<RatesBelow> {
  // every level judged on the deadline of the unit's own cycle: a unit ended in the reform (30/06) is asked at no level's deadline
  const { deadline } = await cycleOf(db, unitId, year);
  const { rows } = await sql<Row>`
    WITH RECURSIVE below (id, top, depth) AS (
      SELECT u.id, u.id, 1 FROM units u WHERE u.parent_id = ${unitId} AND ${expectedToReport(deadline, 'u')}
      UNION ALL
      SELECT u.id, b.top, b.depth + 1 FROM below b JOIN units u ON u.parent_id = b.id
      WHERE b.depth < ${MAX_DEPTH} AND ${expectedToReport(deadline, 'u')}
    )
    SELECT b.top, b.depth, u.level,
      COUNT(*) AS total,
      SUM(CASE WHEN r.status IN ${SENT} THEN 1 ELSE 0 END) AS submitted,
      SUM(CASE WHEN r.status IN ${SENT} AND r.on_time = 1 THEN 1 ELSE 0 END) AS on_time,
      SUM(CASE WHEN r.status = 'approved' THEN 1 ELSE 0 END) AS approved
    FROM below b
    JOIN units u ON u.id = b.id
    LEFT JOIN reports r ON r.unit_id = b.id AND r.year = ${year}
    GROUP BY b.top, b.depth, u.level`.execute(db);
  const levels = new Map<string, LevelRate>();
  const byChild = new Map<number, Map<string, LevelRate>>();
  const add = (into: Map<string, LevelRate>, level: string, depth: number, r: Rate) => {
    const at = into.get(level) ?? { level, depth, total: 0, submitted: 0, onTime: 0, approved: 0 };
    into.set(level, {
      level,
      depth: Math.min(at.depth, depth),
      total: at.total + r.total,
      submitted: at.submitted + r.submitted,
      onTime: at.onTime + r.onTime,
      approved: at.approved + r.approved,
    });
  };
  for (const row of rows) {
    const depth = Number(row.depth);
    const r: Rate = { total: Number(row.total), submitted: Number(row.submitted), onTime: Number(row.on_time), approved: Number(row.approved) };
    add(levels, row.level, depth, r);
    if (depth > 1) {
      const top = Number(row.top);
      if (!byChild.has(top)) byChild.set(top, new Map());
      add(byChild.get(top)!, row.level, depth - 1, r);
    }
  }
  const ordered = (m: Map<string, LevelRate>) => [...m.values()].sort((a, b) => a.depth - b.depth);
  return { levels: ordered(levels), byChild: new Map([...byChild].map(([id, m]) => [id, ordered(m)])) };
}

/** A rate in per cent (one decimal), or null when no unit is expected. */
export const percent = (part: number, total: number): number | null => (total === 0 ? null : Math.round((part / total) * 1000) / 10);

/** How a rate reads: every unit (`full`), at least half (`part`), fewer (`low`); `none` when no unit is expected. */
export type RateTone = 'full' | 'part' | 'low' | 'none';
export function rateTone(part: number, total: number): RateTone {
  if (total === 0) return 'none';
  if (part >= total) return 'full';
  return part * 2 >= total ? 'part' : 'low';
}
