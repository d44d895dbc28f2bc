import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll } from 'vitest';
import type { EngineName } from '../support/engines.ts';
import { DEMO_PASSWORD, startServer, type TestServer } from '../support/server.ts';

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

/** axe's serious and critical findings on the page, in words (`serious color-contrast: main a`): an empty list passes. */
export async function seriousIn(page: Page, label: string): Promise<string[]> {
  return serious(await axeFindings(page, label)).map((f) => `${f.impact} ${f.id}: ${f.nodes.join(', ')}`);
}

/**
 * Signs `username` in through the login page (a demo user's password unless another is given) and waits for the page
 * the login leads to (the person's home, or `?next=`); returns that page's path.
 */
export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<string> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/dang-nhap', { waitUntil: 'load' }), page.locator('main button[type=submit]').click()]);
  return new URL(page.url()).pathname;
}

/**
 * Acts (a click, a key press) and waits for the navigation that starts, to its load event; returns the path and query
 * it led to. A `waitForURL` whose pattern the current URL already matches returns at once (a form that redirects back
 * to its own page, or `/trien-lam/7$` matching `/quan-ly/trien-lam/7`), leaving the navigation running: the next click
 * or `page.close()` then raced it, and chromium could stall for ~90 s in `close()`.
 */
export async function submitting(page: Page, act: () => Promise<void>): Promise<string> {
  const navigated = page.waitForNavigation({ waitUntil: 'load' });
  await Promise.all([navigated, act()]);
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

/**
 * The field a loaded page gave the focus to (its id, or its name when it has no id): where the next keystroke or
 * scanner's characters go. The browser applies `autofocus` at a rendering step after the load event, so this waits
 * for it; headless Chromium under CI's load has twice left it unapplied for more than 10 s, so then the page must still
 * ask for it, and the field that asks first (the one the browser would choose) is focused here as the browser would.
 */
export async function loadFocus(page: Page): Promise<string> {
  const name = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el && el !== document.body ? el.id || el.getAttribute('name') || '' : '';
    });
  const given = await page
    .waitForFunction(() => document.activeElement !== null && document.activeElement !== document.body, undefined, { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    );
  if (!given) {
    const asked = page.locator('[autofocus]');
    if ((await asked.count()) === 0) return '';
    await asked.first().focus();
  }
  return name();
}

/** A new page of `context` with `username` signed in (the context keeps the session for its other pages). */
export async function loggedInPage(context: BrowserContext, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await context.newPage();
  await logIn(page, username, password);
  return page;
}

/**
 * The browser contexts of one describe block: each at the test server's address, in Vietnamese, at 1366 × 900 unless
 * told a width, waiting 20 s at most; without JavaScript unless asked (the pages must work without it). `close()`
 * closes them all.
 */
export class Contexts {
  private readonly opened: BrowserContext[] = [];
  private axeContext: Promise<BrowserContext> | undefined;

  constructor(
    private readonly browser: Browser,
    private readonly baseURL: string,
  ) {}

  /** A browser context; `locale` is the browser's own language (Vietnamese unless a test says, e.g. an English Chrome). */
  async open(opts: { js?: boolean; width?: number; height?: number; locale?: string } = {}): Promise<BrowserContext> {
    const { js = false, width = 1366, height = 900, locale = 'vi-VN' } = opts;
    const c = await this.browser.newContext({ baseURL: this.baseURL, javaScriptEnabled: js, locale, viewport: { width, height } });
    c.setDefaultTimeout(20_000);
    this.opened.push(c);
    return c;
  }

  /**
   * axe runs as a script: it checks `path` in a context with JavaScript that carries the session of `from`.
   * Returns the serious and critical findings.
   */
  async axeAt(from: BrowserContext, path: string, label: string): Promise<AxeFinding[]> {
    this.axeContext ??= this.open({ js: true });
    const withJs = await this.axeContext;
    await withJs.clearCookies();
    await withJs.addCookies(await from.cookies());
    const page = await withJs.newPage();
    await page.goto(path);
    const found = serious(await axeFindings(page, label));
    await page.close();
    return found;
  }

  async close(): Promise<void> {
    await Promise.all(this.opened.splice(0).map((c) => c.close()));
  }
}

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
  const out = await seriousIn(copy, label);
  await copy.close();
  return out;
}

/** What `signedInBrowser` sets up for a describe block. */
export interface SignedInBrowser {
  server: TestServer;
  contexts: Contexts;
  /** A context without JavaScript where the person is signed in. */
  signedIn: BrowserContext;
  /** A context with JavaScript, for `seriousWithoutJs`. */
  withJs: BrowserContext;
}

/**
 * The set-up of a describe block where one person works without JavaScript: the demo server on `engine`, `username`
 * signed in to a context without JavaScript, and a context with it for axe. Registers its own `beforeAll` and
 * `afterAll` (close the shared browser in a top-level `afterAll`); the fields are there once `beforeAll` has run.
 */
export function signedInBrowser(engine: EngineName, username: string): SignedInBrowser {
  const set = {} as SignedInBrowser;
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startServer(engine), sharedBrowser()]);
    set.server = server;
    set.contexts = new Contexts(browser, server.url);
    [set.signedIn, set.withJs] = await Promise.all([set.contexts.open(), set.contexts.open({ js: true })]);
    await (await loggedInPage(set.signedIn, username)).close();
  });
  afterAll(async () => {
    await set.contexts?.close();
    await set.server?.close();
  });
  return set;
}
