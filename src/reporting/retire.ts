import type { DB } from '../core/db/database.ts';
import { audit } from '../core/audit.ts';
import { nowIso } from '../core/time.ts';
import { unitsByIds } from '../network/units.ts';
import { reportsDue } from './expected.ts';
import { isBlankNarrative, parseNarrative } from './narrative.ts';

/**
 * What an ended unit leaves open in reporting for the years it is no longer asked (`reportsDue`): the cycles in which
 * it would receive its children's reports, and the drafts of its own nobody typed into. The hand-over closes the one
 * and removes the other; its reports of earlier years (and any draft with text) stay as they are, readable.
 */
export interface OpenCycle {
  id: number;
  year: number;
  deadline: string;
}
export interface BlankDraft {
  id: number;
  year: number;
}
export interface LeftOpen {
  cycles: OpenCycle[];
  drafts: BlankDraft[];
}

/** Per unit: its open cycles and blank drafts of the years it is not asked for. */
export async function leftOpen(db: DB, unitIds: number[]): Promise<Map<number, LeftOpen>> {
  const out = new Map(unitIds.map((id) => [id, { cycles: [] as OpenCycle[], drafts: [] as BlankDraft[] }]));
  if (unitIds.length === 0) return out;
  const units = await unitsByIds(db, unitIds);
  for (let i = 0; i < unitIds.length; i += 1000) {
    const ids = unitIds.slice(i, i + 1000);
    const cycles = await db
      .selectFrom('report_cycles')
      .select(['id', 'unit_id', 'year', 'deadline'])
      .where('closed_at', 'is', null)
      .where('unit_id', 'in', ids)
      .orderBy('year')
      .execute();
    for (const c of cycles) {
      const unit = units.get(c.unit_id);
      if (unit && !reportsDue(unit, c.deadline)) out.get(c.unit_id)!.cycles.push({ id: c.id, year: c.year, deadline: c.deadline });
    }
    const drafts = await db
      .selectFrom('reports as r')
      .innerJoin('report_cycles as c', 'c.id', 'r.cycle_id')
      .select(['r.id', 'r.unit_id', 'r.year', 'r.narrative', 'r.number', 'c.deadline'])
      .where('r.status', '=', 'draft')
      .where('r.unit_id', 'in', ids)
      .orderBy('r.year')
      .execute();
    for (const d of drafts) {
      const unit = units.get(d.unit_id);
      if (unit && !reportsDue(unit, d.deadline) && !d.number?.trim() && isBlankNarrative(parseNarrative(d.narrative)))
        out.get(d.unit_id)!.drafts.push({ id: d.id, year: d.year });
    }
  }
  return out;
}

/** The units (ended before `today`) whose reporting has something left open (`leftOpen`). */
export async function unitsLeftOpen(db: DB, today: string): Promise<number[]> {
  const ended = db.selectFrom('units').select('id').where('valid_to', '<', today);
  const [cycles, drafts] = await Promise.all([
    db.selectFrom('report_cycles').select('unit_id as id').where('closed_at', 'is', null).where('unit_id', 'in', ended).distinct().execute(),
    db.selectFrom('reports').select('unit_id as id').where('status', '=', 'draft').where('unit_id', 'in', ended).distinct().execute(),
  ]);
  const open = await leftOpen(db, [...new Set([...cycles, ...drafts].map((r) => r.id))]);
  return [...open].filter(([, o]) => o.cycles.length > 0 || o.drafts.length > 0).map(([id]) => id);
}

/** Closes the cycles and removes the blank drafts (each audited); returns what it did, by year. */
export async function retire(db: DB, unitCode: string, open: LeftOpen, by: number | null): Promise<{ cycles: number[]; drafts: number[] }> {
  const done = { cycles: [] as number[], drafts: [] as number[] };
  const at = nowIso();
  for (const c of open.cycles) {
    const r = await db
      .updateTable('report_cycles')
      .set({ closed_at: at, closed_by: by })
      .where('id', '=', c.id)
      .where('closed_at', 'is', null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) continue;
    await audit(db, {
      userId: by,
      action: 'update',
      entity: 'report_cycle',
      key: String(c.id),
      newValue: { closed: true, unit: unitCode, year: c.year, unitEnded: true },
    });
    done.cycles.push(c.year);
  }
  for (const d of open.drafts) {
    const r = await db.deleteFrom('reports').where('id', '=', d.id).where('status', '=', 'draft').executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) continue;
    await audit(db, { userId: by, action: 'delete', entity: 'report', key: `${unitCode}:${d.year}`, oldValue: { status: 'draft', blank: true } });
    done.drafts.push(d.year);
  }
  return done;
}
