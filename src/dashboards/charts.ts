import { createRequire } from 'node:module';

type ECharts = typeof import('echarts');
let loaded: ECharts | undefined;
/**
 * echarts, loaded at the first chart and from its one-file CommonJS build: importing its ES modules took 630 ms of
 * every start (a third of `serve`'s), the bundled file 150 ms, paid by the first chart drawn instead.
 */
const echarts = (): ECharts => (loaded ??= createRequire(import.meta.url)('echarts') as ECharts);
import { formatNumber, type Lang } from '../core/i18n/index.ts';

export interface ChartOptions {
  width?: number;
  height?: number;
  unit?: string;
  /** Numbers on the chart as the table beside it writes them ("10,2", "1.234"): Vietnamese unless English is asked. */
  lang?: Lang;
}

/** One decimal for figures under 100 ("10,2"), none above ("1.234"): what a label on a chart can hold. */
export const chartNumber = (lang: Lang, v: number): string => formatNumber(lang, v, Math.abs(v) >= 100 ? 0 : 1);

export interface Series {
  name: string;
  values: (number | null)[];
  dashed?: boolean;
}

/**
 * A line chart rendered to SVG on the server (ECharts SSR): no script reaches the phone.
 * The caller puts the same numbers in a table beside it for screen readers.
 */
export function lineChartSvg(labels: string[], series: Series[], opts: ChartOptions = {}): string {
  // rendering costs tens of milliseconds; the same figures give the same picture
  const key = JSON.stringify([labels, series, opts]);
  const hit = cache.get(key);
  if (hit !== undefined) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const svg = render(labels, series, opts);
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return svg;
}

const CACHE_SIZE = 2000;
/** Dark enough on white for text (WCAG AA), told apart by the legend's names. */
/** The charts' colours, in series order (the trend chart's too). */
export const PALETTE = ['#0b4f8a', '#7a1b12', '#2e7d32', '#6a3d9a', '#8a5a00', '#00695c', '#ad1457', '#37474f'];

/**
 * Bars across places (one indicator, one year), rendered to SVG on the server like the line chart; the value at the
 * end of each bar in the reader's number format, the target as a dashed line when one is given.
 */
export function barChartSvg(labels: string[], values: (number | null)[], opts: ChartOptions & { target?: number | null } = {}): string {
  const key = JSON.stringify(['bar', labels, values, opts]);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const lang = opts.lang ?? 'vi';
  const height = opts.height ?? Math.max(160, 28 * labels.length + 60);
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width: opts.width ?? 640, height });
  chart.setOption({
    animation: false,
    grid: { left: 8, right: 56, top: 24, bottom: 24, containLabel: true },
    xAxis: { type: 'value', name: opts.unit ?? '', axisLabel: { formatter: (v: number) => chartNumber(lang, v) } },
    yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        data: values,
        itemStyle: { color: PALETTE[0] },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? chartNumber(lang, p.value) : ''),
        },
        markLine:
          opts.target !== undefined && opts.target !== null
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { type: 'dashed', color: PALETTE[1] },
                label: { formatter: () => chartNumber(lang, opts.target!) },
                data: [{ xAxis: opts.target }],
              }
            : undefined,
      },
    ],
  });
  const svg = chart.renderToSVGString().replace('<svg ', '<svg role="img" aria-hidden="true" focusable="false" ');
  chart.dispose();
  cache.set(key, svg);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return svg;
}
const cache = new Map<string, string>();

function render(labels: string[], series: Series[], opts: ChartOptions): string {
  const lang = opts.lang ?? 'vi';
  const chart = echarts().init(null, null, { renderer: 'svg', ssr: true, width: opts.width ?? 640, height: opts.height ?? 260 });
  chart.setOption({
    animation: false,
    // a legend of many places wraps: room for its lines above the plot
    grid: { left: 56, right: 16, top: series.length > 3 ? 64 : 32, bottom: 32 },
    legend: { top: 0, data: series.map((s) => s.name) },
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value', name: opts.unit ?? '', axisLabel: { formatter: (v: number) => chartNumber(lang, v) } },
    series: series.map((s) => ({
      name: s.name,
      type: 'line',
      data: s.values,
      connectNulls: false,
      symbolSize: 6,
      lineStyle: s.dashed ? { type: 'dashed' } : undefined,
      label: {
        show: !s.dashed,
        position: 'top',
        fontSize: 11,
        formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? chartNumber(lang, p.value) : ''),
      },
    })),
    color: PALETTE,
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // the figure is described by the data table next to it
  return svg.replace('<svg ', '<svg role="img" aria-hidden="true" focusable="false" ');
}
