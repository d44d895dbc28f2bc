import type { DB } from '../core/db/database.ts';
import { nowIso } from '../core/time.ts';
import { applyValues, type ResolvedValue } from '../statistics/write.ts';
import { PROFILES, season } from './activity-profiles.ts';
import type { DemoInstitution } from './demo-institutions.ts';
import { REFORM } from './demo-network.ts';
import { between, rng } from './random.ts';

export const FIRST_YEAR = 2022;
/** The demo's data runs to October 2026, the last month complete when it was written. */
export const LAST_MONTH = '2026-10';

/** Monthly and yearly values for every demo institution, with growth, seasonality and noise. */
export async function buildDemoValues(db: DB, institutions: DemoInstitution[], adminId: number | null): Promise<number> {
  const r = rng(2025);
  const elementIds = new Map((await db.selectFrom('data_elements').select(['id', 'code']).execute()).map((e) => [e.code, e.id]));
  const lastYear = Number(LAST_MONTH.slice(0, 4));
  const values: ResolvedValue[] = [];
  for (const inst of institutions) {
    const profile = PROFILES[inst.kind];
    if (!profile) continue;
    const scale = between(r, 0.6, 1.5);
    const growth = between(r, 0.04, 0.14);
    const unitAt = (date: string) => (date < REFORM ? inst.before : inst.after);
    const push = (code: string, period: string, year: number, value: number, date: string) => {
      const elementId = elementIds.get(code);
      if (elementId === undefined || value <= 0) return;
      values.push({ institutionId: inst.id, elementId, period, year, unitId: unitAt(date), kind: inst.kind, value: Math.round(value) });
    };
    for (let year = FIRST_YEAR; year <= lastYear; year++) {
      const level = scale * Math.pow(1 + growth, year - FIRST_YEAR);
      for (let month = 1; month <= 12; month++) {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        if (period > LAST_MONTH) break;
        for (const [code, base] of Object.entries(profile.monthly)) {
          const expected = base * level * season(inst.kind, month) * between(r, 0.85, 1.15);
          // rare events (an exhibition, a contest) happen or not; large counts are rounded
          const v = expected < 1 ? (r() < expected ? 1 : 0) : expected;
          push(code, period, year, v, `${period}-15`);
        }
      }
      if (year < lastYear)
        for (const [code, base] of Object.entries(profile.yearly))
          push(code, String(year), year, Math.max(base < 1 ? (r() < base ? 1 : 0) : base * level, 0), `${year}-12-31`);
    }
  }
  await applyValues(db, values, { userId: adminId, mode: 'set', audit: 'none' });
  return values.length;
}

/** Yearly status attributes, more institutions qualifying each year, each with its evidence note. */
export async function buildDemoAttributes(db: DB, institutions: DemoInstitution[], adminId: number | null): Promise<number> {
  const r = rng(1520_2030);
  const rows: { institution_id: number; attribute: string; year: number; value: number; evidence: string | null; set_by: number | null; set_at: string }[] = [];
  const at = nowIso();
  for (const inst of institutions) {
    const profile = PROFILES[inst.kind];
    if (!profile) continue;
    for (const [attribute, base] of Object.entries(profile.attributes)) {
      const threshold = r();
      for (let year = FIRST_YEAR; year <= Number(LAST_MONTH.slice(0, 4)); year++) {
        const p = Math.min(0.98, base + 0.07 * (year - FIRST_YEAR));
        const yes = threshold < p;
        rows.push({
          institution_id: inst.id,
          attribute,
          year,
          value: yes ? 1 : 0,
          evidence: yes ? `Báo cáo kết quả hoạt động năm ${year}` : null,
          set_by: adminId,
          set_at: at,
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('institution_attributes')
      .values(rows.slice(i, i + 1000))
      .execute();
  return rows.length;
}
