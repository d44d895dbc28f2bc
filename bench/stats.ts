/** Small helpers shared by the bench figures: timing, percentiles, the results table. */

export const now = (): number => performance.now();

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: number[]): number => percentile(samples, 50);

export interface Figure {
  /** a, b, c, d, d2 */
  id: string;
  name: string;
  engine: string;
  measured: number;
  unit: 'ms' | 's' | 'values/s' | 'records/s' | 'KB' | '%';
  /** human-readable target, e.g. "p95 ≤ 50 ms" */
  target: string;
  pass: boolean;
  /** Measured for comparison, with no target of its own (e.g. p1u/p2u, the portal without its cache): never a failure. */
  informational?: boolean;
  baseline?: { name: string; value: number; unit: 'ms' | 'values/s' };
  /** measured relative to the baseline, phrased by `ratioLabel` */
  ratio?: number;
  ratioLabel?: string;
  details: Record<string, unknown>;
}

const fmt = (v: number, unit: string) =>
  unit === 'KB'
    ? `${v.toFixed(1)} KB`
    : unit === '%'
      ? `${v.toFixed(1)} %`
      : unit === 's'
        ? `${v.toFixed(1)} s`
        : unit === 'ms'
          ? `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v).toLocaleString('en')} ms`
          : `${Math.round(v).toLocaleString('en')} ${unit}`;

/** PASS, FAIL or info (compared, with no target of its own), with the machine's load when the figure kept it. */
export const verdict = (f: Figure): string =>
  `${f.informational ? 'info' : f.pass ? 'PASS' : 'FAIL'}${typeof f.details.load === 'number' ? ` (load ${f.details.load.toFixed(1)})` : ''}`;

/** One figure as a progress line: its value and its verdict. */
export const progressLine = (f: Figure, where = ''): string =>
  `  ${f.id}) ${f.name}${where}: ${f.unit === 'ms' ? `${f.measured.toFixed(2)} ms` : `${Math.round(f.measured).toLocaleString('en')} ${f.unit}`} ${verdict(f)}`;

export function table(figures: Figure[]): string {
  const rows = [
    ['figure', 'engine', 'measured', 'target', 'baseline', 'ratio', 'result'],
    ...figures.map((f) => [
      `${f.id}) ${f.name}`,
      f.engine,
      fmt(f.measured, f.unit),
      f.target,
      f.baseline ? `${f.baseline.name} ${fmt(f.baseline.value, f.baseline.unit)}` : '—',
      f.ratio === undefined ? '—' : `${f.ratio >= 100 ? Math.round(f.ratio) : f.ratio.toFixed(f.ratio >= 10 ? 1 : 2)}× ${f.ratioLabel ?? ''}`.trim(),
      verdict(f),
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}
