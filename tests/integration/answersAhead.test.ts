// Answers encoded ahead (docs/decisions/0025): once the base reports of a data version are kept, the page's documents
// with the variables the page sends, and the gap files it links to, are answered from the response cache on their
// first request, pinned there against a flood of other requests, and encoded again for a new data version. Asserted
// by the cache's headers and the readiness counters, never by timing.
import { afterAll, describe, expect, it } from 'vitest';
import { GAPS_QUERY, heatmapQuery, ITT_QUERY, MATRIX_QUERY, PAIR_QUERY, CATALOGUE_QUERY } from '../../src/graphql/pageDocuments.js';
import { pageRequests, type AnswersAheadStatus } from '../../src/http/answersAhead.js';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const CCL = 'us-ccl@ecfr-2026';
// Room for 20 other answers only, so that a flood of them would push out anything not pinned.
const server = serveForTests(() => executor, { versionTtlMs: 200, maxEntries: 20, maxBytes: 50_000_000, maxPinnedBytes: 200_000_000 }, {
  reportStore: { mode: 'precompute', maxBytes: 200_000_000, pollMs: 100, lists: [CCL] },
});

afterAll(async () => {
  await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
});

interface Ready {
  ready: boolean;
  answersAhead?: AnswersAheadStatus;
}

async function readiness(): Promise<Ready> {
  return (await (await server.get('/readyz')).json()) as Ready;
}

/** Waits (polling, no deadline but the test's) until `check` holds. */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** A POST as the page's fetch makes it (web/src/api.ts). */
function asThePage(query: string, variables: Record<string, unknown>): Promise<Response> {
  return fetch(`${server.url()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
}

/** The page's first requests: the heatmap over the catalogue's regimes, a pair, a gap list, ITT, the matrix. */
async function pageVisit(): Promise<Response[]> {
  const catalogue = (await (await asThePage(CATALOGUE_QUERY, {})).json()) as { data: { regimes: { code: string }[] } };
  const regimes = catalogue.data.regimes.map((r) => r.code);
  return Promise.all([
    asThePage(heatmapQuery(regimes), { list: null }),
    asThePage(heatmapQuery(regimes), { list: CCL }),
    asThePage(PAIR_QUERY, { regimes: ['MTCR', 'WA'], list: CCL }),
    asThePage(GAPS_QUERY, { regime: 'NSG', against: 'WA', list: null, category: null }),
    asThePage(GAPS_QUERY, { regime: 'AG', against: 'MTCR', list: CCL, category: null }),
    asThePage(ITT_QUERY, { regime: 'MTCR', list: null, category: null }),
    asThePage(MATRIX_QUERY, { view: 'US_COUNTRY_GROUP' }),
  ]);
}

describe('answers encoded ahead', () => {
  it('are ready with the service: the page’s first requests and gap files are cache hits', { timeout: 300_000 }, async () => {
    await until(async () => (await server.get('/readyz')).status === 200);
    const status = (await readiness()).answersAhead;
    const encodedKnown = server.server().stores().knownRequests;
    const regimes = ((await server.data<{ regimes: { code: string }[] }>('{ regimes { code } }')).regimes).map((r) => r.code);
    const requests = pageRequests([null, CCL], regimes);
    expect(status).toMatchObject({ state: 'ready', failed: 0, unpinned: 0, left: 0, pinned: requests.length });
    // Each document is known by the bytes the page sends; had one of the page's requests other bytes, it would be
    // answered through Apollo's pipeline and become known then, one more (as the query of regimes just above did).
    expect(encodedKnown).toBe(requests.filter((r) => 'query' in r).length);
    const known = server.server().stores().knownRequests;
    expect(known).toBe(encodedKnown + 1);
    for (const response of await pageVisit()) {
      expect(response.headers.get('x-concordance-cache')).toBe('hit');
      expect(response.headers.get('x-concordance-data-version')).toBe(String(status?.version));
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    expect(server.server().stores().knownRequests).toBe(known);
    // The parameters in another order than the page's links: the same file.
    const file = await server.get(`/exports/gaps.md?list=${encodeURIComponent(CCL)}&against=WA&regime=NSG`);
    expect(file.status).toBe(200);
    expect(file.headers.get('x-concordance-cache')).toBe('hit');
  });

  it('stay while a flood of other requests passes through the cache', async () => {
    const codes = ['1A001', '1A002', '1C001', '1C002', '1C010', '1C011', '2B001', '2B201', '3A001', '3A201', '4A001', '5A002', '6A001', '6A002', '6A003', '7A001', '7A002', '9A001', '9A004', '9A012', '9A101', '9A104', '0A521', '0B999', '1B001', '1B101', '1E001', '2A001', '2D001', '3B001'];
    for (const code of codes) {
      const response = await server.post({ query: `query($c: String!) { entry(list: "${CCL}", code: $c) { code } }`, variables: { c: code } });
      expect(response.status).toBe(200);
    }
    const { responses } = server.server().stores();
    expect(responses.entries - responses.pinned.entries).toBeLessThanOrEqual(20);
    for (const response of await pageVisit()) expect(response.headers.get('x-concordance-cache')).toBe('hit');
  });

  it('are encoded again for a new data version, and none of the old version is served', { timeout: 300_000 }, async () => {
    const before = (await readiness()).answersAhead?.version as number;
    await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
    // Until the new version's answers are encoded, an answer is computed for it or found under it, never the old one.
    await until(() => server.server().reportStore.status().version === before + 1);
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the cache's version TTL
    const meanwhile = await asThePage(GAPS_QUERY, { regime: 'NSG', against: 'WA', list: null, category: null });
    expect(meanwhile.headers.get('x-concordance-data-version')).toBe(String(before + 1));
    await until(async () => (await readiness()).answersAhead?.version === before + 1);
    const status = (await readiness()).answersAhead;
    expect(status).toMatchObject({ state: 'ready', failed: 0 });
    for (const response of await pageVisit()) {
      expect(response.headers.get('x-concordance-cache')).toBe('hit');
      expect(response.headers.get('x-concordance-data-version')).toBe(String(before + 1));
    }
    // The old version's pinned answers are gone: the pinned budget holds one version's.
    expect(server.server().stores().responses.pinned.entries).toBe(status?.pinned);
  });
});
