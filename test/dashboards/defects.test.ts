import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { Client, DEMO_PASSWORD, indicatorsOf, startServer, type TestServer } from '../support/server.ts';
import { thisMonth, thisYear } from '../../src/core/time.ts';
import { CSS } from '../../src/core/web/styles.ts';

/** The text of a page without its tags, white space collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ');

/** The drill-down tables of a page: level → rows (unit code, the values of its cells). */
function drillTables(html: string): Map<string, { unit: string; values: (number | null)[] }[]> {
  const out = new Map<string, { unit: string; values: (number | null)[] }[]>();
  for (const part of html.split('data-level="').slice(1)) {
    const level = part.slice(0, part.indexOf('"'));
    const table = part.slice(0, part.indexOf('</table>'));
    const rows = [...table.matchAll(/<tr data-unit="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => ({
      unit: m[1]!,
      values: [...m[2]!.matchAll(/data-value="([^"]*)"/g)].map((v) => (v[1] === '' ? null : Number(v[1]))),
    }));
    out.set(level, rows);
  }
  return out;
}

/** Issue 18: the dashboard defects found by a new user, each as it was seen. */
describe.each(ENGINES)('dashboards that read right (%s)', (engine) => {
  let server: TestServer;
  let admin: Client;
  const page = async (path: string, who?: Client) => {
    const res = await (who ?? new Client(server.url)).get(path);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    server = await startServer(engine);
    admin = new Client(server.url);
    expect((await admin.login('admin', DEMO_PASSWORD)).status).toBe(303);
  }, 120_000);
  afterAll(() => server?.close());

  it('opens on the last complete year, and marks the current year with its months, growth not compared with a whole year', async () => {
    const now = thisYear();
    const opened = await page('/don-vi/46');
    expect(text(opened)).toContain(`Huế — ${now - 1}`);
    expect(opened).not.toContain('data-partial-year');
    const current = await page(`/don-vi/46?nam=${now}`);
    const months = Number(thisMonth().slice(5, 7)) - 1;
    expect(current).toContain(`data-partial-year="${months}"`);
    if (months > 0) expect(text(current)).toContain(`số liệu mới đến tháng ${months}/${now}`);
    const growth = /<tr id="ind-LIB_USERS_GROWTH"[\s\S]*?<\/tr>/.exec(current)![0];
    expect(text(growth)).toContain('chưa đủ năm');
    expect(text(growth)).not.toMatch(/−|-\d/);
    expect(text(await page('/tong-quan'))).toContain(`Việt Nam, ${now - 1}`);
  });

  it('writes the chart’s numbers the Vietnamese way, with one decimal', async () => {
    const html = await page('/don-vi/46?nam=2024&chi-so=LIB_USERS_GROWTH');
    const svg = /<div class="chart">([\s\S]*?)<\/div>/.exec(html)![1]!;
    const labels = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.trim());
    expect(labels.some((l) => /^\d+,\d$/.test(l))).toBe(true);
    expect(labels.filter((l) => /\d\.\d{2,}$|\d,\d{2,}$/.test(l) && !/^\d{1,3}(\.\d{3})+$/.test(l))).toEqual([]);
  });

  it('groups the drill-down by level, names the level and sorts by any column', async () => {
    const html = await page('/don-vi/46?nam=2024&sap-xep=LIB_USERS_GROWTH&chieu=giam');
    const tables = drillTables(html);
    expect([...tables.keys()]).toEqual(['district', 'commune']);
    expect(text(html)).toMatch(/Cấp huyện \(\d+\)/);
    expect(text(html)).toMatch(/Cấp xã \(\d+\)/);
    for (const rows of tables.values()) {
      const growth = rows.map((r) => r.values[1]).filter((v): v is number => v !== null);
      expect(growth.length).toBeGreaterThan(1);
      expect(growth).toEqual([...growth].sort((a, b) => b - a));
    }
    expect(html).toContain('aria-sort="descending"');
    // the other direction, by a link in the heading (no script)
    expect(html).toContain('sap-xep=LIB_USERS_GROWTH&amp;chieu=tang');
    const byName = drillTables(await page('/don-vi/46?nam=2024&sap-xep=name&chieu=giam')).get('commune')!;
    expect(byName.length).toBeGreaterThan(2);
    // each value carries its status in words beside its colour
    expect(/<tr data-unit="[^"]+">[\s\S]*?class="light (met|near|behind|no-data)"/.test(html)).toBe(true);
  });

  it('labels institutions by name and kind in words, never by code', async () => {
    const html = await page('/don-vi/19777?nam=2025', admin);
    const list = /<h2 id="inst-h">[\s\S]*?<\/ul>/.exec(html)![0];
    expect(text(list)).toContain('Tủ sách, phòng đọc cơ sở');
    expect(text(list)).not.toMatch(/\([a-z]+_[a-z_]+\)/);
  });

  it('does not show a unit without a place in the map as a province; tells the admin', async () => {
    const anon = await page('/don-vi/VN?nam=2025');
    expect(drillTables(anon).get('province')!.length).toBeGreaterThan(3);
    expect(anon).not.toContain('data-unit="QUANG-NGHIEP"');
    expect(anon).not.toContain('data-misplaced');
    expect(drillTables(anon).has('commune')).toBe(false);
    const asAdmin = await page('/don-vi/VN?nam=2025', admin);
    expect(text(/<div class="notice" data-misplaced[\s\S]*?<\/div>/.exec(asAdmin)![0])).toContain('Quảng Nghiệp');
    expect(text(await page('/tong-quan?nam=2025'))).not.toContain('Quảng Nghiệp');
  });

  it('keeps the targets of the plans above when a unit has its own plan, naming the plan', async () => {
    const hue = await indicatorsOf(server.url, '46', 2025);
    expect(hue.get('LIB_LLL_COMMUNE')?.target).toBe(40);
    const row = /<tr id="ind-LIB_LLL_COMMUNE"[\s\S]*?<\/tr>/.exec(await page('/don-vi/46?nam=2025'))![0];
    expect(text(row)).toContain('1520/QĐ-TTg');
  });

  it('lists on a commune no indicator of provincial institutions it does not have', async () => {
    const html = await page('/don-vi/19777?nam=2025');
    expect(html).toContain('id="ind-LIB_LLL_COMMUNE"');
    expect(html).not.toContain('id="ind-LIB_LLL_PROVINCE"');
    expect(html).not.toContain('id="ind-LIB_IT_PROVINCE"');
  });

  it('ranks the national overview by the share of targets met, and shows how many the plans set', async () => {
    const html = await page('/tong-quan?nam=2025');
    expect(text(html)).toContain('Số chỉ tiêu kế hoạch đặt ra');
    const shares = [...html.matchAll(/data-share-met="([^"]*)"/g)].map((m) => (m[1] === '' ? 2 : Number(m[1])));
    expect(shares.length).toBeGreaterThan(3);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    // the map in force at the end of the year: no province merged on 01/07/2025 ranked at 0 %
    expect(html).not.toContain('href="/don-vi/46-2025?nam=2025"');
  });

  it('has a print style that leaves the navigation and forms off the paper', () => {
    expect(CSS).toMatch(/@media print\{header,footer,form[^}]*\{display:none!important\}/);
  });
});
