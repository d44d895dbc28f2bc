import type { Indicator } from './catalogue.ts';
import { operandsOf } from './formula.ts';

const DEPTH: Record<string, number> = { nation: 0, province: 1, district: 2, commune: 3 };

/** The level an institution kind belongs to by its name (`…_province`, `…_district`, `…_commune`), if it says one. */
const kindLevel = (kind: string): number | undefined => DEPTH[/_(province|district|commune)$/.exec(kind)?.[1] ?? ''];

/**
 * Whether an indicator means something for a unit of `level`: one that counts only institutions of a higher level
 * (provincial libraries, district culture centres) has nothing to count in a commune, so it is not listed there.
 */
export function appliesAt(indicator: Pick<Indicator, 'formula'>, level: string): boolean {
  const depth = DEPTH[level];
  if (depth === undefined) return true;
  const kinds = operandsOf(indicator.formula).flatMap((o) => (o.type === 'population' ? [] : (o.kinds ?? [null])));
  if (kinds.length === 0 || kinds.includes(null)) return true;
  const levels = kinds.map((k) => kindLevel(k!));
  if (levels.some((l) => l === undefined)) return true;
  return levels.some((l) => l! >= depth);
}
