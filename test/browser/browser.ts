import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/**
 * Browser tests drive Debian's chromium (never a downloaded browser). Without it they are
 * skipped with a warning on a workstation, and fail under CI.
 */
export const CHROMIUM = process.env.LIFELONG_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
const inCI = Boolean(process.env.CI) && !['false', '0'].includes(process.env.CI ?? '');
if (!hasChromium && inCI) throw new Error(`CI: ${CHROMIUM} is missing (apt-get install chromium); the browser tests must run.`);
if (!hasChromium) console.warn(`\n⚠ ${CHROMIUM} not found: browser tests SKIPPED. Install Debian's chromium (apt-get install chromium) to run them.\n`);

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

let shared: Promise<Browser> | undefined;

/** One browser for every describe block of a test file (close it in a top-level afterAll). */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launch();
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const b = shared;
  shared = undefined;
  if (b) await (await b).close();
}

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe on the page; returns every violation (the caller asserts on the serious ones). */
export async function axeFindings(page: Page, label: string): Promise<AxeFinding[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const findings = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  for (const f of findings) console.log(`axe [${label}] ${f.impact} ${f.id}: ${f.help} — ${f.nodes.join(', ')}`);
  if (findings.length === 0) console.log(`axe [${label}]: no violations`);
  return findings;
}

export const serious = (findings: AxeFinding[]) => findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');

/** The number in `data-value` of an indicator's value cell on a unit dashboard. */
export async function indicatorValue(page: Page, indicator: string): Promise<number | null> {
  const raw = await page.locator(`tr[data-indicator="${indicator}"] td[data-value]`).getAttribute('data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

/**
 * axe needs JavaScript: the page a browser without it shows, copied into a page of a context with it (at the same
 * site, so its styles load) and checked there. Returns the serious and critical findings in words.
 */
export async function seriousWithoutJs(page: Page, withJs: BrowserContext, label: string): Promise<string[]> {
  const html = await page.content();
  const copy = await withJs.newPage();
  await copy.goto(`${new URL(page.url()).origin}/dang-nhap`);
  await copy.setContent(html, { waitUntil: 'load' });
  const out = serious(await axeFindings(copy, label)).map((f) => `${f.impact} ${f.id}: ${f.nodes.join(', ')}`);
  await copy.close();
  return out;
}
