import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../support/engines.ts';
import { startServer, type TestServer } from '../support/server.ts';
import { axeFindings, closeSharedBrowser, Contexts, hasChromium, serious, sharedBrowser } from './browser.ts';

process.env.LIFELONG_IIIF_CACHE = mkdtempSync(join(tmpdir(), 'iiif-browser-'));

afterAll(closeSharedBrowser);

/** An image request of the IIIF service: a tile (`x,y,w,h/w,h`) or the whole image at a size cut (`full/w,h`). */
const TILE = /\/iiif\/images\/\d+\/(full|\d+,\d+,\d+,\d+)\/\d+,\d+\/0\/default\.jpg$/;
const REGION_TILE = /\/\d+,\d+,\d+,\d+\/\d+,\d+\/0\/default\.jpg$/;

describe.skipIf(!hasChromium).each(ENGINES)('browser: deep zoom and IIIF on an object page on %s', (engine) => {
  let server: TestServer;
  let contexts: Contexts;
  const context = (js: boolean, width = 1366) => contexts.open({ js, width });
  let objectPath: string;
  let imageId: number;
  let alt: string;
  beforeAll(async () => {
    const [s, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    server = s;
    contexts = new Contexts(browser, server.url);
    const o = await server.store.db
      .selectFrom('museum_objects as o')
      .innerJoin('object_images as m', 'm.object_id', 'o.id')
      .select(['o.id', 'm.id as imageId', 'm.alt'])
      .where('o.identifier', '=', 'BTH-0001')
      .executeTakeFirstOrThrow();
    objectPath = `/hien-vat/${o.id}`;
    imageId = o.imageId;
    alt = o.alt;
  });
  afterAll(async () => {
    await contexts?.close();
    await server?.close();
  });

  it('with JavaScript: OpenSeadragon is fetched only when the zoom is asked for, then loads IIIF tiles; the page fits a phone', async () => {
    for (const width of [1366, 390]) {
      const page = await (await context(true, width)).newPage();
      const asked: string[] = [];
      const tiles: { url: string; status: number; type: string | null }[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      page.on('response', (r) => {
        if (TILE.test(new URL(r.url()).pathname)) tiles.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? null });
      });
      await page.goto(objectPath);
      const zoom = page.getByRole('button', { name: `Phóng to ảnh "${alt}"` });
      await zoom.waitFor();
      // lazily: the page asked for our small script, not for OpenSeadragon nor any tile
      expect(asked).toContain('/tai-nguyen/deep-zoom.js');
      expect(asked.filter((p) => p.includes('openseadragon') || p.startsWith('/iiif/'))).toEqual([]);
      const firstTile = page.waitForResponse((r) => TILE.test(new URL(r.url()).pathname));
      await zoom.click();
      await firstTile;
      const viewer = page.getByRole('application', { name: /Khung xem phóng to/ });
      await viewer.waitFor();
      await expect.poll(() => page.locator('.zoom-view canvas').count()).toBeGreaterThan(0);
      expect(asked).toContain('/tai-nguyen/openseadragon.min.js');
      expect(asked).toContain(`/iiif/images/${imageId}/info.json`);
      expect(tiles.length).toBeGreaterThan(0);
      expect(tiles.every((t) => t.status === 200 && t.type === 'image/jpeg')).toBe(true);
      // on a wide screen the image is drawn from its full-resolution tiles (a phone's box needs only the smaller size)
      if (width === 1366) await expect.poll(() => tiles.filter((t) => REGION_TILE.test(t.url)).length).toBeGreaterThan(1);
      // the plain picture gives way to the viewer; our own buttons zoom (no button images are fetched)
      expect(await page.locator('.zoom-plain').isHidden()).toBe(true);
      await page.getByRole('button', { name: 'Phóng to', exact: true }).click();
      await page.getByRole('button', { name: 'Về toàn ảnh' }).click();
      expect(asked.filter((p) => p.endsWith('.png'))).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('without JavaScript: the plain image linked to its full size, no zoom button, and the manifest link', async () => {
    const page = await (await context(false, 390)).newPage();
    await page.goto(objectPath);
    const img = page.getByRole('img', { name: alt });
    await expect.poll(() => img.evaluate((e) => (e as HTMLImageElement).complete && (e as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await img.evaluate((e) => e.closest('a')?.getAttribute('href'))).toBe(`/anh/${imageId}.jpg`);
    expect(await page.getByRole('button', { name: /Phóng to/ }).count()).toBe(0);
    const link = page.getByRole('link', { name: /Bản mô tả IIIF/ });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/iiif\/objects\/\d+\/manifest\.json$/);
    const manifest = await (await page.request.get(href!)).json();
    expect(manifest.items[0].items[0].items[0].body.service[0].id).toBe(`${server.url}/iiif/images/${imageId}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('axe: the object page, before and with the zoom open, has no serious or critical violation', async () => {
    const page = await (await context(true)).newPage();
    await page.goto(objectPath);
    const before = serious(await axeFindings(page, 'object page'));
    const drawn = page.waitForResponse((r) => TILE.test(new URL(r.url()).pathname));
    await page.getByRole('button', { name: `Phóng to ảnh "${alt}"` }).click();
    await page.getByRole('application').waitFor();
    await drawn;
    const open = serious(await axeFindings(page, 'object page, zoom open'));
    expect([...before, ...open]).toEqual([]);
  });

  it("the object page's own weight stays small: HTML and the zoom script under 50 KB, OpenSeadragon not among them", async () => {
    const html = await (await fetch(`${server.url}${objectPath}`)).arrayBuffer();
    const script = await (await fetch(`${server.url}/tai-nguyen/deep-zoom.js`)).arrayBuffer();
    expect(html.byteLength + script.byteLength).toBeLessThan(50 * 1024);
  });
});
