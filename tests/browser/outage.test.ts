/// <reference lib="dom" />
// The page when the database goes away and comes back: it says so, offers to try again, and recovers; at start it
// waits for the database and draws the view once it answers. The outage is a TCP proxy the test cuts and restores.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { BoltProxy } from '../support/boltProxy.js';
import { launchBrowser, openPage, openView, screenshot, seriousViolations, type WatchedPage } from '../support/browser.js';

const CCL = 'us-ccl@ecfr-2026';
const target = new URL(inject('neo4jUri'));
const proxy = new BoltProxy({ host: target.hostname, port: Number(target.port || 7687) });
let service: ConcordanceServer;
let driver: ReturnType<typeof createDriver>;
let base = '';
let browser: Browser;
let view: WatchedPage;

beforeAll(async () => {
  await proxy.open();
  driver = createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, user: inject('neo4jUser'), password: inject('neo4jPassword') });
  service = createServer({ executor: new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 30_000 }), log: silentLogger });
  base = await service.listen(0);
  browser = await launchBrowser();
  view = await openPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await service?.close();
  await driver?.close();
  await proxy.cut().catch(() => {});
});

describe('the page during a database outage', () => {
  it('says the database is unavailable, and a retry works once it is back', async () => {
    await openView(view, base, `overlap?list=${CCL}`);
    await proxy.cut();
    await view.page.click('td[data-row="NSG"][data-col="WA"] button');
    await view.page.waitForSelector('.pair-detail .state.error.unavailable', { timeout: 60_000 });
    expect(await view.page.$eval('.pair-detail [role="alert"]', (e) => e.textContent)).toContain('The database is unavailable right now.');
    await view.page.$eval('.pair-detail', (e) => e.scrollIntoView());
    await screenshot(view.page, '11-outage-database-unavailable');
    expect(await seriousViolations(view.page)).toEqual([]);

    await proxy.open();
    let healed = false;
    for (let i = 0; i < 20 && !healed; i++) {
      await view.page.click('.pair-detail button.retry');
      healed = await view.page
        .waitForSelector('#pair-heading', { timeout: 5_000 })
        .then(() => true)
        .catch(() => false);
    }
    expect(healed).toBe(true);
    expect(await view.page.$eval('#pair-heading', (e) => e.textContent)).toMatch(/^NSG and WA: \d+ shared entries, \d+ shared parts$/);
  });

  it('waits at start for a database that does not answer, saying so, and draws the view when it does', async () => {
    await proxy.cut();
    await view.page.goto('about:blank');
    await view.page.goto(`${base}/#/members`, { waitUntil: 'load' });
    await view.page.waitForFunction(() => document.querySelector('#status .banner')?.textContent?.includes('The database is unavailable') === true, { timeout: 30_000 });
    await screenshot(view.page, '12-outage-at-start');
    await proxy.open();
    await view.page.waitForSelector('main[data-ready="members"] table.matrix', { timeout: 60_000 });
    expect(await view.page.$eval('#status', (e) => e.textContent)).toBe('');
  });

  it('asked nothing of another origin, and logged no error but the service’s 503 answers', () => {
    const origin = new URL(base).origin;
    expect(view.requests.filter((url) => !url.startsWith(`${origin}/`) && url !== 'about:blank')).toEqual([]);
    expect(view.errors.filter((e) => !/status of 503/.test(e))).toEqual([]);
  });
});
