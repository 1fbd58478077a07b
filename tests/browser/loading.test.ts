/// <reference lib="dom" />
// The first start: while the seed data loads, the port already serves the page, which says what is being loaded
// and follows the progress; the API answers 503 DATABASE_UNAVAILABLE until the service proper starts.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWhileLoading, type LoadingServer } from '../../src/http/loading.js';
import { launchBrowser, openPage, screenshot, type WatchedPage } from '../support/browser.js';

let loading: LoadingServer;
let browser: Browser;
let view: WatchedPage;

beforeAll(async () => {
  loading = await serveWhileLoading(0);
  browser = await launchBrowser();
  view = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await loading?.close();
});

describe('the page during the first import', () => {
  it('answers the API with 503 and says so in /readyz', async () => {
    loading.progress('  us-ccl@ecfr-2026: entries 2000/5031');
    const ready = await fetch(`${loading.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { loading: { message: string } }).loading.message).toContain('us-ccl@ecfr-2026: entries 2000/5031');
    const answer = await fetch(`${loading.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regimes { code } }"}' });
    expect(answer.status).toBe(503);
    expect(((await answer.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect((await fetch(`${loading.url}/`)).status).toBe(200);
  });

  it('shows what is being loaded, and follows the progress', async () => {
    await view.page.goto(`${loading.url}/#/overlap`, { waitUntil: 'load' });
    await view.page.waitForFunction(() => document.querySelector('#status .banner')?.textContent?.includes('entries 2000/5031') === true, { timeout: 20_000 });
    expect(await view.page.$eval('#status .banner', (e) => e.textContent)).toContain('loading the control lists for the first time');
    await screenshot(view.page, '12-first-start-loading');
    loading.progress('  eu-annex-i@2025-11-15: entries 2400/2400');
    await view.page.waitForFunction(() => document.querySelector('#status .banner')?.textContent?.includes('eu-annex-i@2025-11-15: entries 2400/2400') === true, { timeout: 20_000 });
    // Nothing was drawn from an API that is not there yet.
    expect(await view.page.$('main[data-ready]')).toBeNull();
    const origin = new URL(loading.url).origin;
    expect(view.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(view.errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
  });
});
