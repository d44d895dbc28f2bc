import { escapeXml } from '../core/text/xlsx-write.ts';
import { chartNumber, type ChartOptions, PALETTE, type Series } from './charts.ts';

/**
 * A dashboard's trend (an indicator and its target over a few years) as SVG written directly: the axes, a line per
 * series (dashed for the target, broken where a year has no value), a point and its figure on each year, a legend.
 * What ECharts drew for it (charts.ts `lineChartSvg`, still used by the analysis page's many-series charts), at a
 * hundredth of the cost: ECharts took three quarters of a dashboard's rendering (10–15 ms a chart), and a dashboard is
 * rendered again after every write of values (docs/decisions.md). The caller puts the same numbers in a table beside it.
 */
export function trendChartSvg(labels: string[], series: Series[], opts: ChartOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const width = opts.width ?? 640;
  const height = opts.height ?? 260;
  const plot = { left: 56, right: width - 16, top: 40, bottom: height - 32 };
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const ticks = axisTicks(values);
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  const y = (v: number) => plot.bottom - ((v - low) / (high - low)) * (plot.bottom - plot.top);
  const band = (plot.right - plot.left) / Math.max(1, labels.length);
  const x = (i: number) => plot.left + band * (i + 0.5);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-hidden="true" focusable="false" font-family="sans-serif">`,
  ];
  // the value axis: a light line and a figure at each tick, the unit above
  for (const t of ticks) {
    const at = px(y(t));
    out.push(`<path d="M${plot.left} ${at}H${plot.right}" stroke="#e0e6f1" fill="none"/>`);
    out.push(
      `<text x="${plot.left - 8}" y="${at}" text-anchor="end" dominant-baseline="central" font-size="12" fill="#4a4d55">${escapeXml(chartNumber(lang, t))}</text>`,
    );
  }
  if (opts.unit) out.push(`<text x="${plot.left}" y="${plot.top - 12}" text-anchor="middle" font-size="12" fill="#4a4d55">${escapeXml(opts.unit)}</text>`);
  // the years: the axis line at zero, each year's label under the plot
  out.push(`<path d="M${plot.left} ${px(y(0))}H${plot.right}" stroke="#4a4d55" fill="none"/>`);
  labels.forEach((label, i) => {
    out.push(`<text x="${px(x(i))}" y="${plot.bottom + 18}" text-anchor="middle" font-size="12" fill="#4a4d55">${escapeXml(label)}</text>`);
  });
  // the legend, centred at the top: each series' line and point, then its name
  const items = series.map((s) => ({ s, w: 34 + textWidth(s.name) }));
  let lx = (width - items.reduce((sum, i) => sum + i.w + 12, -12)) / 2;
  items.forEach(({ s, w }, k) => {
    const color = PALETTE[k % PALETTE.length]!;
    out.push(`<path d="M${px(lx)} 12h25" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} fill="none"/>`);
    out.push(`<circle cx="${px(lx + 12.5)}" cy="12" r="3.5" fill="#fff" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${px(lx + 30)}" y="12" dominant-baseline="central" font-size="12" fill="#333">${escapeXml(s.name)}</text>`);
    lx += w + 12;
  });
  // each series: a line through its years (broken where a year has none), a point on each, its figures (not the target's)
  // above the point, or below it where a dashed line runs through the place above
  const dashed = series.filter((s) => s.dashed);
  series.forEach((s, k) => {
    const color = PALETTE[k % PALETTE.length]!;
    let d = '';
    let open = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return void (open = false);
      d += `${open ? 'L' : 'M'}${px(x(i))} ${px(y(v))}`;
      open = true;
    });
    if (d) out.push(`<path d="${d}" stroke="${color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ''} fill="none"/>`);
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      out.push(`<circle cx="${px(x(i))}" cy="${px(y(v))}" r="3" fill="#fff" stroke="${color}" stroke-width="2"/>`);
      if (s.dashed) return;
      const below = dashed.some((d) => crossesLabel(y(v), d.values[i], y)) && y(v) + 22 <= plot.bottom;
      const at = below ? y(v) + 17 : y(v) - 9;
      out.push(`<text x="${px(x(i))}" y="${px(at)}" text-anchor="middle" font-size="11" fill="#333">${escapeXml(chartNumber(lang, v))}</text>`);
    });
  });
  out.push('</svg>');
  return out.join('');
}

/**
 * Whether a line through `other` at the same year runs through the place of a figure written above a point at `at`
 * (its text, 11 px high, sits 9 px above the point).
 */
function crossesLabel(at: number, other: number | null | undefined, y: (v: number) => number): boolean {
  if (other === null || other === undefined || !Number.isFinite(other)) return false;
  const line = y(other);
  return line <= at + 2 && line >= at - 24;
}

/** Round ticks spanning the values and zero (1, 2 or 5 times a power of ten apart, about five of them); 0 to 1 when there is none. */
export function axisTicks(values: number[]): number[] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values) || (min === 0 ? 1 : 0); // nothing but zeros (or no value): 0 to 1
  const rough = (max - min) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const first = Math.floor(min / step + 1e-9) * step;
  const last = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = first; t <= last + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks.length >= 2 ? ticks : [first, first + step];
}

/** A coordinate to a tenth of a pixel (shorter text, the same picture). */
const px = (v: number) => Math.round(v * 10) / 10;

/** About how wide a text of 12 px is (the legend's spacing; Vietnamese letters average a little over half the size). */
const textWidth = (text: string) => Math.ceil(text.length * 6.6);
