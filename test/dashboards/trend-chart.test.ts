import { describe, expect, it } from 'vitest';
import { axisTicks, trendChartSvg } from '../../src/dashboards/trend-chart.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
const paths = (svg: string) => [...svg.matchAll(/<path d="([^"]+)" stroke="([^"]+)"([^>]*)\/>/g)].map((m) => ({ d: m[1]!, stroke: m[2]!, rest: m[3]! }));

describe('a dashboard’s trend chart, written as SVG', () => {
  const labels = ['2021', '2022', '2023', '2024', '2025'];
  const svg = trendChartSvg(
    labels,
    [
      { name: 'Giá trị', values: [9.3, 1234.5, null, 0.25, -2.1] },
      { name: 'Chỉ tiêu <mục tiêu> & "khác"', values: [10, 10, 10, 10, 10], dashed: true },
    ],
    { unit: '%', lang: 'vi' },
  );

  it('is one svg, hidden from screen readers (the table beside it says the same), every text escaped', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="260"')).toBe(true);
    expect(svg).toContain('role="img" aria-hidden="true" focusable="false"');
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(texts(svg)).toContain('Chỉ tiêu &lt;mục tiêu&gt; &amp; &quot;khác&quot;');
    expect(svg).not.toContain('<mục tiêu>');
  });

  it('labels the years, the unit, and each value (not the target) in the Vietnamese way, one decimal under 100', () => {
    const t = texts(svg);
    for (const year of labels) expect(t).toContain(year);
    expect(t).toContain('%');
    for (const v of ['9,3', '1.235', '0,3', '-2,1']) expect(t).toContain(v);
    expect(t.filter((x) => x === '10')).toHaveLength(0); // the target's points carry no figure
    // the value axis: round steps from below the lowest value to above the highest
    expect(t).toEqual(expect.arrayContaining(['-500', '0', '500', '1.000', '1.500']));
  });

  it('breaks the value line where a year has none; the target line is dashed and unbroken', () => {
    const lines = paths(svg).filter((p) => p.rest.includes('stroke-width="2"') && !/h25$/.test(p.d));
    const [value, target] = lines;
    expect(value!.d.match(/M/g)).toHaveLength(2); // 2021–2022, then 2024–2025
    expect(value!.d.match(/L/g)).toHaveLength(2);
    expect(value!.rest).not.toContain('dasharray');
    expect(target!.d.match(/M/g)).toHaveLength(1);
    expect(target!.d.match(/L/g)).toHaveLength(4);
    expect(target!.rest).toContain('stroke-dasharray');
    expect(svg.match(/<circle /g)).toHaveLength(4 + 5 + 2); // the values' points, the target's, the legend's
  });

  it('places higher values higher, all inside the drawing', () => {
    const points = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="3"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const [p2021, p2022] = points;
    expect(p2022![1]).toBeLessThan(p2021![1]); // 1234.5 above 9.3
    for (const [x, y] of points) {
      expect(x).toBeGreaterThan(56);
      expect(x).toBeLessThan(640 - 16);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(260 - 32);
    }
  });

  it('chooses round ticks (1, 2 or 5 times a power of ten) that span zero and every value', () => {
    expect(axisTicks([1.5, 9.3])).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks([-2.1, 10.9])).toEqual([-5, 0, 5, 10, 15]);
    expect(axisTicks([960854, 1157446])).toEqual([0, 500000, 1000000, 1500000]);
    expect(axisTicks([])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(axisTicks([0, 0])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(axisTicks([-3, -1])).toEqual([-3, -2, -1, 0]);
  });

  it('writes a value’s figure below its point where the target’s line runs through the place above, else above it', () => {
    const near = trendChartSvg(
      ['2023', '2024', '2025'],
      [
        { name: 'Giá trị', values: [50, 79, 23] },
        { name: 'Chỉ tiêu', values: [80, 80, 80], dashed: true },
      ],
    );
    const point = (svgText: string, value: string) => {
      const label = [...svgText.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].find((m) => m[3] === value)!;
      const circle = [...svgText.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="3"/g)].find((m) => m[1] === label[1])!;
      return { label: Number(label[2]), point: Number(circle[2]) };
    };
    const crossed = point(near, '79'); // the target's line, at 80, passes just above the point
    expect(crossed.label).toBeGreaterThan(crossed.point);
    for (const v of ['50', '23']) {
      const free = point(near, v); // the target's line is far above: the figure stays above its point
      expect(free.label).toBeLessThan(free.point);
    }
  });
});
