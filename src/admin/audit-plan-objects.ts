import * as S from './audit-sources.ts';
import type { Kind } from './audit-object-parts.ts';
import { byId, day, enc, gone, joined, kind, T, unitName } from './audit-object-parts.ts';

/** The audited plans and reports named in words: a plan by its title and number, its tasks, a unit's report of a year, its cycle and reminders. */

/** `<unit code>:<year>`. */
const unitYear = (key: string) => {
  const m = /^(.+):(\d{4})$/.exec(key);
  return m ? { unit: m[1]!, year: m[2]! } : undefined;
};

const reportOf = kind<{ unit: string; year: string }>({
  parse: unitYear,
  needs: (k, need) => need(S.unitsByCode, k.unit),
  name: (k, got, s) => {
    const u = unitName(k.unit, got);
    const text = `${u ?? k.unit}, ${T(s.lang).year({ year: k.year })}`;
    return u ? { name: text, href: `/bao-cao/${enc(k.unit)}/${k.year}` } : gone(s, text);
  },
});

const planHref = (id: number) => `/ke-hoach/${id}`;
const planById = byId(
  S.plansById,
  (p) => (p.number ? `${p.title} (${p.number})` : p.title),
  (p) => planHref(p.id),
);

export const planObjects: Record<string, Kind<unknown>> = {
  plan: planById,
  plan_item: planById,
  plan_task: byId(
    S.tasksById,
    (t) => joined(t.text, t.plan),
    (t) => `${planHref(t.planId)}/nhiem-vu`,
  ),
  report: reportOf,
  data_lock: reportOf,
  report_cycle: byId(
    S.cyclesById,
    (c, s) => T(s.lang).cycle({ unit: c.unit, year: String(c.year) }),
    (c) => `/bao-cao/${enc(c.unitCode)}/${c.year}/tien-do`,
  ),
  report_reminder: kind<{ unit: string; year: string; day: string }>({
    parse: (key) => {
      const m = /^(.+):(\d{4}):(\d{4}-\d{2}-\d{2})$/.exec(key);
      return m ? { unit: m[1]!, year: m[2]!, day: m[3]! } : undefined;
    },
    needs: (k, need) => need(S.unitsByCode, k.unit),
    name: (k, got, s) => {
      const u = unitName(k.unit, got);
      const text = `${u ?? k.unit}, ${T(s.lang).year({ year: k.year })}, ${day(k.day)}`;
      return u ? { name: text, href: `/bao-cao/${enc(k.unit)}/${k.year}/tien-do` } : gone(s, text);
    },
  }),
};
