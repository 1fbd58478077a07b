/// <reference lib="dom" />
// Debian's Chromium, driven by puppeteer-core, against a service a test started: every request the page makes,
// every console error, an axe-core check, and a screenshot per test in a folder the run prints.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { projectRoot } from '../../graph/runtime/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotFolder = process.env.PAGE_SCREENSHOTS ?? join(projectRoot, 'dist', 'browser-screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`);
  if (!existsSync(join(projectRoot, 'dist', 'page', 'index.html'))) throw new Error('the page is not built: run npm run build');
  mkdirSync(screenshotFolder, { recursive: true });
  console.log(`browser screenshots: ${screenshotFolder}`);
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--lang=en-GB'] });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

export async function openPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const watched: WatchedPage = { page, requests: [], errors: [] };
  page.on('request', (request) => watched.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(`console: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => watched.errors.push(`page error: ${error instanceof Error ? error.message : String(error)}`));
  return watched;
}

/** Opens a view by its hash and waits until it has drawn (main[data-ready] names the view). */
export async function openView(watched: WatchedPage, base: string, hash: string, timeout = 120_000): Promise<void> {
  await watched.page.goto('about:blank');
  await watched.page.goto(`${base}/#/${hash}`, { waitUntil: 'load' });
  const view = hash.split('?')[0] as string;
  await watched.page.waitForSelector(`main[data-ready="${view}"]`, { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(screenshotFolder, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2 A/AA rules on the page as it is; evaluated through the DevTools protocol, so the page's CSP does not apply. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

/** The serious and critical ones, which the tests do not accept. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
