/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The analyst's page in Debian's Chromium against the real service on the real test database: each view's numbers
// are the API's, nothing leaves the service's origin, nothing logs an error, axe-core finds nothing serious.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';
import { launchBrowser, openPage, openView, screenshot, seriousViolations, type WatchedPage } from '../support/browser.js';

const executor = testExecutor();
const server = serveForTests(() => executor);
const CCL = 'us-ccl@ecfr-2026';
const REGIMES = ['WA', 'MTCR', 'NSG', 'AG', 'CWC'] as const;

let browser: Browser;
let view: WatchedPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each test gets its own tab; whatever it did, no request may have left the origin and nothing may have logged an error. */
function freshTab(): void {
  beforeAll(async () => {
    view = await openPage(browser);
  });
  afterEach(() => {
    const origin = new URL(server.url()).origin;
    const outside = view.requests.filter((url) => !url.startsWith(`${origin}/`) && url !== 'about:blank' && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(view.errors).toEqual([]);
  });
  afterAll(async () => {
    await view.page.close();
  });
}

async function expectAccessible(): Promise<void> {
  const violations = await seriousViolations(view.page);
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/**
 * The footer of the view under `scope`: the data version and list versions the API gives, and a GraphiQL link whose
 * query is the view's operation and answers, with the variables the view used.
 */
async function expectProvenance(scope: string, operation: string, lists: { id: string; version: string }[], { answers = true } = {}): Promise<{ query: string; variables: Record<string, unknown> }> {
  const api = await server.data<{ dataVersion: number }>('{ dataVersion }');
  const footer = `${scope} > .provenance`;
  expect(await view.page.$eval(`${footer} .data-version`, (e) => e.textContent)).toBe(`Data version ${api.dataVersion}`);
  expect(await view.page.$$eval(`${footer} .list-version`, (spans) => spans.map((e) => e.textContent))).toEqual(lists.map((l) => `${l.id} (version ${l.version})`));
  const url = new URL(await view.page.$eval(`${footer} .graphiql-link`, (a) => (a as HTMLAnchorElement).href));
  expect(url.origin).toBe(new URL(server.url()).origin);
  expect(url.pathname).toBe('/graphiql');
  const query = url.searchParams.get('query') ?? '';
  expect(query).toMatch(new RegExp(`^query ${operation}\\b`));
  const variables = JSON.parse(url.searchParams.get('variables') ?? '{}') as Record<string, unknown>;
  if (answers) {
    const answer = await server.graphql(query, variables);
    expect(answer.errors).toBeUndefined();
  }
  return { query, variables };
}

async function listVersions(...ids: string[]): Promise<{ id: string; version: string }[]> {
  const api = await server.data<{ lists: { id: string; version: string }[] }>('{ lists { id version } }');
  return ids.length === 0 ? api.lists : ids.map((id) => api.lists.find((l) => l.id === id) as { id: string; version: string });
}

describe('the page at /', () => {
  freshTab();

  it('is served by the service, with GraphiQL moved to /graphiql', async () => {
    const response = await server.get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const src of [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string)) {
      const asset = await server.get(src);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    }
    expect((await server.get('/graphiql')).status).toBe(200);
    expect((await server.get('/assets/../package.json')).status).toBe(404);
  });
});

describe('the overlap heatmap', () => {
  freshTab();

  it('shows the same numbers as the API, entries and parts, per pair and on the diagonal', async () => {
    await openView(view, server.url(), `overlap?list=${CCL}`);
    const cells = await view.page.$$eval('table.heatmap td[data-entries]', (tds) =>
      tds.map((td) => ({
        row: td.getAttribute('data-row') as string,
        col: td.getAttribute('data-col') as string,
        entries: Number(td.getAttribute('data-entries')),
        parts: Number(td.getAttribute('data-parts')),
        shown: [...td.querySelectorAll('.n, .sub')].map((e) => e.textContent ?? ''),
      })),
    );
    const pairs = REGIMES.flatMap((a, i) => REGIMES.slice(i + 1).map((b) => [a, b] as const));
    const api = await server.data<Record<string, { sharedEntries?: unknown[]; sharedPartCount?: number; totalCount?: number }>>(
      `query ($list: ID) {
        ${REGIMES.map((r) => `${r}: entries(filter: { regime: ${r}, kind: ENTRY, list: $list }) { totalCount } ${r}_parts: entries(filter: { regime: ${r}, kind: PART, list: $list }) { totalCount }`).join('\n')}
        ${pairs.map(([a, b]) => `${a}_${b}: overlap(regimes: [${a}, ${b}], list: $list) { sharedEntries { entry { id } } sharedPartCount }`).join('\n')}
      }`,
      { list: CCL },
    );
    const expected = (a: string, b: string): { entries: number; parts: number } => {
      if (a === b) return { entries: api[a]?.totalCount as number, parts: api[`${a}_parts`]?.totalCount as number };
      const key = REGIMES.indexOf(a as never) < REGIMES.indexOf(b as never) ? `${a}_${b}` : `${b}_${a}`;
      return { entries: (api[key]?.sharedEntries as unknown[]).length, parts: api[key]?.sharedPartCount as number };
    };
    const shown = REGIMES.filter((r) => (api[r]?.totalCount ?? 0) > 0);
    expect(cells).toHaveLength(shown.length * shown.length);
    for (const cell of cells) {
      const want = expected(cell.row, cell.col);
      expect({ entries: cell.entries, parts: cell.parts }, `${cell.row} × ${cell.col}`).toEqual(want);
      // What a person reads in the cell: the entries, then the parts.
      expect(cell.shown, `${cell.row} × ${cell.col}`).toEqual([String(want.entries), `${want.parts} ${want.parts === 1 ? 'part' : 'parts'}`]);
    }
    expect(expected('MTCR', 'WA').entries).toBeGreaterThan(0);
    expect(expected('MTCR', 'WA').parts).toBeGreaterThan(0);
    expect(expected('WA', 'WA').parts).toBeGreaterThan(expected('MTCR', 'WA').parts);
    const basis = await server.data<{ overlap: { dataVersion: number } }>(`{ overlap(regimes: [WA, MTCR], list: "${CCL}") { dataVersion } }`);
    expect(await view.page.$eval('.heatmap-area .provenance .data-version', (e) => e.textContent)).toBe(`Data version ${basis.overlap.dataVersion}`);
    // That the query answers is the GraphiQL test's, below.
    await expectProvenance('.heatmap-area', 'OverlapHeatmap', await listVersions(CCL), { answers: false });
    await screenshot(view.page, '01-overlap-heatmap');
    await expectAccessible();
    // The first view of a run is drawn from a cold database, while the other test files run beside it.
  }, 180_000);

  it('lists the overlap query’s shared entries when a cell is clicked (keyboard), with each regime’s words', async () => {
    await view.page.focus('td[data-row="MTCR"][data-col="WA"] button');
    await view.page.keyboard.press('Enter');
    await view.page.waitForSelector('#pair-heading');
    const shown = await view.page.$$eval('table.shared-entries tr[data-entry-id]', (rows) => rows.map((r) => r.getAttribute('data-entry-id')));
    const api = await server.data<{ overlap: { sharedEntries: { entry: { id: string } }[] } }>(
      `{ overlap(regimes: [MTCR, WA], list: "${CCL}") { sharedEntries { entry { id } } } }`,
    );
    expect(shown).toEqual(api.overlap.sharedEntries.map((s) => s.entry.id));
    const parts = await server.data<{ overlap: { sharedPartCount: number } }>(`{ overlap(regimes: [MTCR, WA], list: "${CCL}") { sharedPartCount } }`);
    expect(await view.page.$eval('#pair-heading', (e) => e.textContent)).toBe(`MTCR and WA: ${shown.length} shared entries, ${parts.overlap.sharedPartCount} shared parts`);
    // The keyboard lands on the answer.
    expect(await view.page.evaluate(() => document.activeElement?.id)).toBe('pair-heading');
    expect(await view.page.$eval('table.shared-entries', (t) => t.textContent)).toContain('applies to');
    expect(await view.page.evaluate(() => window.location.hash)).toBe(`#/overlap?list=${encodeURIComponent(CCL)}&a=MTCR&b=WA`);
    const { variables } = await expectProvenance('#pair-detail', 'OverlapPair', await listVersions(CCL));
    expect(variables).toEqual({ regimes: ['MTCR', 'WA'], list: CCL });
    // Scrolled down the pair's list, the heatmap is still in view beside it.
    await view.page.$eval('table.shared-entries tbody tr:nth-child(12)', (e) => e.scrollIntoView({ block: 'center' }));
    const heatmap = await view.page.$eval('table.heatmap', (t) => t.getBoundingClientRect().top);
    expect(heatmap).toBeGreaterThanOrEqual(0);
    await screenshot(view.page, '02-overlap-pair-MTCR-WA');
    await expectAccessible();
  });

  it('links to GraphiQL with the heatmap’s query filled in', async () => {
    const href = await view.page.$eval('.heatmap-area .graphiql-link', (a) => (a as HTMLAnchorElement).href);
    const url = new URL(href);
    expect(url.pathname).toBe('/graphiql');
    expect(url.searchParams.get('query')).toContain('query OverlapHeatmap');
    expect(JSON.parse(url.searchParams.get('variables') ?? '{}')).toEqual({ list: CCL });
    // The query itself answers.
    const answer = await server.graphql(url.searchParams.get('query') as string, { list: CCL });
    expect(answer.errors).toBeUndefined();
    await view.page.goto(href, { waitUntil: 'load' });
    await view.page.waitForSelector('.graphiql-query-editor .CodeMirror, .graphiql-query-editor', { timeout: 30_000 });
    await view.page.waitForFunction(() => document.body.innerText.includes('OverlapHeatmap'), { timeout: 30_000 });
    await screenshot(view.page, '03-graphiql-with-heatmap-query');
  });
});

describe('the gap list builder', () => {
  freshTab();

  it('shows the gaps report’s rows, and its CSV download has the same rows', async () => {
    await openView(view, server.url(), `gaps?regime=AG&against=WA&list=${CCL}`);
    const rows = await view.page.$$eval('tr[data-status]', (trs) => trs.map((tr) => [tr.getAttribute('data-status'), tr.getAttribute('data-list'), tr.getAttribute('data-code')].join(' ')));
    const api = await server.data<{ gaps: { dataVersion: number; total: number; groups: { rows: unknown[] }[]; partial: unknown[]; covered: unknown[]; elsewhere: unknown[] } }>(
      `{ gaps(regime: AG, against: WA, list: "${CCL}") { dataVersion total groups { rows { entry { id } } } partial { entry { id } } covered { entry { id } } elsewhere { entry { id } } } }`,
    );
    expect(rows.filter((r) => r.startsWith('GAP '))).toHaveLength(api.gaps.total);
    expect(rows).toHaveLength(api.gaps.total + api.gaps.partial.length + api.gaps.covered.length + api.gaps.elsewhere.length);
    expect(await view.page.$eval('.summary', (e) => e.textContent)).toContain(`${api.gaps.total} gaps`);

    // The download, as a person gets it: click the link, and read the file the browser saved.
    const folder = mkdtempSync(join(tmpdir(), 'concordance-download-'));
    const session = await view.page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    const href = await view.page.$eval('a.download-csv', (a) => a.getAttribute('href'));
    expect(href).toBe(`/exports/gaps.csv?regime=AG&against=WA&list=${encodeURIComponent(CCL)}`);
    await view.page.click('a.download-csv');
    let saved: string[] = [];
    for (let i = 0; i < 100 && saved.length === 0; i++) {
      saved = readdirSync(folder).filter((name) => name.endsWith('.csv'));
      if (saved.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(saved).toEqual([`gaps-AG-against-WA-us-ccl_ecfr-2026-data-v${api.gaps.dataVersion}.csv`]);
    const [header, ...csv] = parseCsv(readFileSync(join(folder, saved[0] as string), 'utf8'));
    const column = (name: string) => (header as string[]).indexOf(name);
    expect(csv.map((r) => [r[column('status')], r[column('list')], r[column('code')]].join(' '))).toEqual(rows);
    expect(await view.page.$eval('a.download-md', (a) => a.getAttribute('href'))).toBe(`/exports/gaps.md?regime=AG&against=WA&list=${encodeURIComponent(CCL)}`);
    expect(await view.page.$eval('a.download-json', (a) => a.getAttribute('href'))).toBe(`/exports/gaps.json?regime=AG&against=WA&list=${encodeURIComponent(CCL)}`);
    await expectProvenance('.gap-results', 'GapList', await listVersions(CCL));
    await screenshot(view.page, '04-gap-builder-AG-against-WA');
    await expectAccessible();
  });

  it('rebuilds from the form with another category, by keyboard', async () => {
    await view.page.select('#gap-regime', 'NSG');
    await view.page.select('#gap-category', '2');
    await view.page.focus('.controls button[type="submit"]');
    await view.page.keyboard.press('Enter');
    await view.page.waitForFunction(() => window.location.hash.includes('regime=NSG') && document.querySelector('main[data-ready="gaps"]') !== null);
    await view.page.waitForSelector('main[data-ready="gaps"] .summary');
    const codes = await view.page.$$eval('tr[data-status]', (trs) => trs.map((tr) => tr.getAttribute('data-code') ?? ''));
    const api = await server.data<{ gaps: { total: number } }>(`{ gaps(regime: NSG, against: WA, list: "${CCL}", category: 2) { total } }`);
    expect(codes.length).toBeGreaterThanOrEqual(api.gaps.total);
    for (const code of codes) expect(code.startsWith('2')).toBe(true);
    expect(await view.page.$eval('a.download-json', (a) => a.getAttribute('href'))).toBe(`/exports/gaps.json?regime=NSG&against=WA&list=${encodeURIComponent(CCL)}&category=2`);
  });
});

describe('ITT coverage', () => {
  freshTab();

  it('charts the report’s numbers by category and lists the uncovered hardware', async () => {
    await openView(view, server.url(), `itt?regime=MTCR&list=${CCL}`);
    const api = await server.data<{ ittCoverage: { summary: { hardware: number; technologyCovered: number }; byCategory: { category: number; summary: Record<string, number> }[]; uncovered: { id: string }[] } }>(
      `{ ittCoverage(regime: MTCR, list: "${CCL}") { summary { hardware technologyCovered } byCategory { category summary { hardware softwareCovered technologyCovered development production use } } uncovered { id } } }`,
    );
    const table = await view.page.$$eval('table.itt-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const expected = api.ittCoverage.byCategory
      .filter((c) => (c.summary.hardware ?? 0) > 0)
      .map((c) => [String(c.category), ...['hardware', 'softwareCovered', 'technologyCovered', 'development', 'production', 'use'].map((k) => String(c.summary[k]))]);
    expect(table).toEqual(expected);
    expect(await view.page.$$eval('figure.chart svg rect', (rects) => rects.length)).toBeGreaterThan(expected.length);
    expect(await view.page.$$eval('table.uncovered tr[data-entry-id]', (trs) => trs.map((tr) => tr.getAttribute('data-entry-id')))).toEqual(api.ittCoverage.uncovered.map((e) => e.id));
    expect(await view.page.$eval('.summary', (e) => e.textContent)).toContain(`${api.ittCoverage.summary.technologyCovered} of ${api.ittCoverage.summary.hardware} hardware entries`);
    await expectProvenance('.itt-results', 'IttCoverage', await listVersions(CCL));
    await screenshot(view.page, '05-itt-coverage-MTCR');
    await expectAccessible();
  });
});

describe('the entry page', () => {
  freshTab();

  it('finds a code typed in the search box and draws its neighbours', async () => {
    await openView(view, server.url(), 'entry');
    await view.page.type('#entry-search', '9a012');
    await view.page.keyboard.press('Enter');
    await view.page.waitForSelector('#entry-heading', { timeout: 60_000 });
    const id = await view.page.$eval('.hit-list a', (a) => decodeURIComponent((a.getAttribute('href') ?? '').split('id=')[1] ?? ''));
    const [list, code] = [id.slice(0, id.indexOf(':')), id.slice(id.indexOf(':') + 1)];
    expect(code).toBe('9A012');
    const api = await server.data<{ entry: { attributions: { regime: string }[]; references: { entry: { id: string } }[]; referencedBy: { entry: { id: string } }[]; supportedBy: { entry: { id: string } }[]; supports: { entry: { id: string } }[]; counterparts: { entry: { id: string } }[]; technologies: { technology: { id: string } }[] } }>(
      `query ($list: ID!, $code: String!) { entry(list: $list, code: $code) { attributions { regime } references { entry { id } } referencedBy { entry { id } } supportedBy { entry { id } } supports { entry { id } } counterparts(verdicts: [AGREES, UNCERTAIN, DIVERGES]) { entry { id } } technologies { technology { id } } } }`,
      { list, code },
    );
    const e = api.entry;
    const neighbours = new Set([...e.references, ...e.referencedBy, ...e.supportedBy, ...e.supports, ...e.counterparts].map((l) => l.entry.id));
    expect(neighbours.size).toBeGreaterThan(0);
    expect(Number(await view.page.$eval('#entry-graph', (g) => (g as HTMLElement).dataset.nodes))).toBe(1 + neighbours.size + e.technologies.length);
    // Cytoscape drew on its canvas: some pixels are not the background.
    const inked = await view.page.$$eval('#entry-graph canvas', (canvases) => {
      let count = 0;
      for (const canvas of canvases) {
        const c = canvas as HTMLCanvasElement;
        const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) count++;
      }
      return count;
    });
    expect(inked).toBeGreaterThan(100);
    const listed = new Set(await view.page.$$eval('.neighbours li[data-neighbour]', (lis) => lis.map((li) => li.getAttribute('data-neighbour'))));
    expect(listed).toEqual(neighbours);
    const attributions = await view.page.$$eval('table.attributions tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    expect(attributions).toEqual(e.attributions.map((a) => a.regime));
    // The entry's footer names its list's version and the data version; the search's folds with its hits.
    const { variables } = await expectProvenance('.entry-detail', 'EntryPage', await listVersions(list));
    expect(variables).toEqual({ list, code });
    await expectProvenance('.hits-folded', 'Search', await listVersions());
    await screenshot(view.page, '06-entry-9A012');
    await expectAccessible();

    // A neighbour opens its own entry page.
    const next = [...neighbours][0] as string;
    await view.page.click(`.neighbours li[data-neighbour="${next}"] a`);
    await view.page.waitForFunction((code) => document.querySelector('#entry-heading .code')?.textContent === code, {}, next.slice(next.indexOf(':') + 1));
  });

  it('reaches every node of the graph from the keyboard, and Enter opens the node’s entry', async () => {
    await openView(view, server.url(), `entry?id=${encodeURIComponent(`${CCL}:9A012`)}`);
    const api = await server.data<{ entry: Record<'references' | 'referencedBy' | 'supportedBy' | 'supports' | 'counterparts', { entry: { id: string } }[]> & { technologies: { technology: { id: string } }[] } }>(
      `{ entry(list: "${CCL}", code: "9A012") { references { entry { id } } referencedBy { entry { id } } supportedBy { entry { id } } supports { entry { id } } counterparts(verdicts: [AGREES, UNCERTAIN, DIVERGES]) { entry { id } } technologies { technology { id } } } }`,
    );
    const e = api.entry;
    const expected = new Set([...e.references, ...e.referencedBy, ...e.supportedBy, ...e.supports, ...e.counterparts].map((l) => l.entry.id));
    for (const t of e.technologies) expected.add(`technology:${t.technology.id}`);
    const nodes = await view.page.$$eval('.graph-nodes [data-node]', (controls) => controls.map((c) => ({ id: c.getAttribute('data-node') as string, tabindex: c.getAttribute('tabindex') })));
    expect(new Set(nodes.map((n) => n.id))).toEqual(expected);
    expect(nodes.length).toBe(Number(await view.page.$eval('#entry-graph', (g) => (g as HTMLElement).dataset.nodes)) - 1);
    // One Tab stop: only the first node is in the tab order; Tab from the control before the list lands on it, and
    // the next Tab leaves the list.
    expect(nodes.filter((n) => n.tabindex === '0').map((n) => n.id)).toEqual([nodes[0]?.id]);
    await view.page.evaluate(() => {
      const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]')].filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0);
      const first = document.querySelector('.graph-nodes [tabindex="0"]') as HTMLElement;
      tabbable[tabbable.indexOf(first) - 1]?.focus();
    });
    await view.page.keyboard.press('Tab');
    expect(await view.page.evaluate(() => document.activeElement?.getAttribute('data-node'))).toBe(nodes[0]?.id);
    await view.page.keyboard.press('Tab');
    expect(await view.page.evaluate(() => document.activeElement?.closest('.graph-nodes') !== null)).toBe(false);
    await view.page.focus('.graph-nodes [tabindex="0"]');
    const focused = () => view.page.evaluate(() => ({ node: document.activeElement?.getAttribute('data-node'), ringed: (document.getElementById('entry-graph') as HTMLElement).dataset.focused }));
    expect(await focused()).toEqual({ node: nodes[0]?.id, ringed: nodes[0]?.id });
    await view.page.keyboard.press('ArrowRight');
    expect(await focused()).toEqual({ node: nodes[1]?.id, ringed: nodes[1]?.id });
    await view.page.keyboard.press('End');
    expect(await focused()).toEqual({ node: nodes.at(-1)?.id, ringed: nodes.at(-1)?.id });
    await view.page.keyboard.press('Home');
    await view.page.keyboard.press('ArrowDown');
    const target = nodes[1]?.id as string;
    expect(target.startsWith('technology:')).toBe(false);
    expect(await view.page.$$eval('.graph-nodes [tabindex="0"]', (cs) => cs.map((c) => c.getAttribute('data-node')))).toEqual([target]);
    await screenshot(view.page, '07-entry-9A012-graph-keyboard');
    await expectAccessible();
    await view.page.keyboard.press('Enter');
    await view.page.waitForFunction((code) => document.querySelector('#entry-heading .code')?.textContent === code, {}, target.slice(target.indexOf(':') + 1));
    expect(await view.page.evaluate(() => window.location.hash)).toBe(`#/entry?id=${encodeURIComponent(target)}`);
  });

  it('flags a divergent counterpart (US and EU 9A120 name different items)', async () => {
    await openView(view, server.url(), `entry?id=${encodeURIComponent(`${CCL}:9A120`)}`);
    const flagged = await view.page.$$eval('.neighbours li', (lis) => lis.filter((li) => li.querySelector('.flag')).map((li) => li.textContent ?? ''));
    expect(flagged.some((text) => text.includes('9A120') && text.includes('divergent'))).toBe(true);
    await screenshot(view.page, '08-entry-9A120-divergent');
  });

  it('says so when a typed code is in no list', async () => {
    await openView(view, server.url(), 'entry?q=9Z999');
    const text = await view.page.$eval('.no-hits', (e) => e.textContent ?? '');
    expect(text).toContain('No list has an entry with the code “9Z999”');
    await expectProvenance('.hits', 'Search', await listVersions());
    await screenshot(view.page, '09-entry-bad-code');
    await expectAccessible();
  });
});

describe('the membership matrix', () => {
  freshTab();

  it('shows India’s years as the API gives them, and a pair’s membership gaps', async () => {
    await openView(view, server.url(), 'members?regime=NSG&against=MTCR');
    const api = await server.data<{ membershipMatrix: { regimes: string[]; rows: { country: { iso2: string }; cells: { regime: string; participation: { status: string; since: number | null } | null }[] }[] } }>(
      `{ membershipMatrix { regimes rows { country { iso2 } cells { regime participation { status since } } } } }`,
    );
    const india = api.membershipMatrix.rows.find((r) => r.country.iso2 === 'IN');
    expect(india).toBeDefined();
    const shown = await view.page.$$eval('tr[data-country="IN"] td', (tds) => tds.map((td) => ({ regime: td.getAttribute('data-regime'), status: td.getAttribute('data-status'), since: td.getAttribute('data-since'), text: td.textContent ?? '' })));
    expect(shown.map((c) => c.regime)).toEqual(api.membershipMatrix.regimes);
    for (const cell of india!.cells) {
      const td = shown.find((c) => c.regime === cell.regime)!;
      expect(td.status).toBe(cell.participation?.status ?? null);
      if (cell.participation?.since) expect(td.text).toContain(String(cell.participation.since));
    }
    // India joined the MTCR (2016), Wassenaar (2017) and the Australia Group (2018); it is not in the NSG.
    const years = india!.cells.filter((c) => c.participation?.since).map((c) => c.participation!.since);
    expect(years.length).toBeGreaterThanOrEqual(3);
    const gaps = await server.data<{ membershipGaps: { onlyInRegime: unknown[]; onlyInAgainst: { country: { name: string } }[] } }>(
      `{ membershipGaps(regime: NSG, against: MTCR) { onlyInRegime { country { name } } onlyInAgainst { country { name } } } }`,
    );
    const tables = await view.page.$$eval('.membership-gap-results table', (ts) => ts.map((t) => t.querySelectorAll('tbody tr').length));
    expect(tables.reduce((a, b) => a + b, 0)).toBe(gaps.membershipGaps.onlyInRegime.length + gaps.membershipGaps.onlyInAgainst.length);
    // No control list: the footers name the data version and the participant lists' sources, as the API gives them.
    await expectProvenance('.matrix-area', 'MembershipMatrix', []);
    await expectProvenance('.membership-gap-results', 'MembershipGaps', []);
    const sources = await server.data<{ membershipMatrix: { rows: { cells: { participation: { source: string } | null }[] }[] } }>(`{ membershipMatrix { rows { cells { participation { source } } } } }`);
    const distinct = new Set(sources.membershipMatrix.rows.flatMap((r) => r.cells.flatMap((c) => (c.participation ? [c.participation.source] : []))));
    expect(await view.page.$$eval('.matrix-area > .provenance .source', (lis) => lis.map((li) => li.textContent))).toEqual([...distinct]);
    // Every regime's column is in view beside the membership gaps, without scrolling sideways.
    const fits = await view.page.$eval('.matrix-area .scroll', (box) => box.scrollWidth <= box.clientWidth);
    expect(fits).toBe(true);
    await view.page.$eval('tr[data-country="IN"]', (tr) => tr.scrollIntoView({ block: 'nearest' }));
    await screenshot(view.page, '10-memberships');
    await expectAccessible();
  });

  it('switches to the US Country Groups view', async () => {
    await view.page.select('#member-view', 'US_COUNTRY_GROUP');
    await view.page.waitForSelector('main[data-ready="members"] table.matrix[data-view="US_COUNTRY_GROUP"]');
    const rows = await view.page.$$eval('table.matrix tbody tr', (trs) => trs.length);
    const api = await server.data<{ membershipMatrix: { rows: unknown[] } }>(`{ membershipMatrix(view: US_COUNTRY_GROUP) { rows { country { iso2 } } } }`);
    expect(rows).toBe(api.membershipMatrix.rows.length);
  });
});
