// The served path warmed before ready (docs/decisions/0029): once the page's answers are encoded ahead, the service
// sends itself the page's first document and one gap file a few thousand times over loopback, so that a client's first
// request meets compiled code. Those requests are answered from the cache and are no client's: they are left out of
// the metrics and of the info log, and a client cannot pass its own requests off as them. Asserted by the log, the
// metrics and the cache headers, never by timing.
import { describe, expect, it } from 'vitest';
import { CATALOGUE_QUERY } from '../../src/graphql/pageDocuments.js';
import { createLogger } from '../../src/log.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const CCL = 'us-ccl@ecfr-2026';
const lines: { level: string; msg: string; path?: string }[] = [];
const log = createLogger('info', 'json', (line) => lines.push(JSON.parse(line) as { level: string; msg: string }));
const executor = testExecutor();
const server = serveForTests(() => executor, { versionTtlMs: 60_000, maxEntries: 100, maxBytes: 50_000_000, maxPinnedBytes: 200_000_000 }, {
  log,
  warmUp: true,
  reportStore: { mode: 'precompute', maxBytes: 200_000_000, pollMs: 100, lists: [CCL] },
});

/** The value of a counter sample with exactly these labels (0 when absent). */
async function counter(name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await server.get('/metrics')).text();
  const wanted = `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(',')}}`;
  const line = text.split('\n').find((l) => l.startsWith(`${wanted} `));
  return line === undefined ? 0 : Number(line.slice(wanted.length + 1));
}

/** The catalogue as the page sends it (web/src/api.ts), with extra headers. */
const catalogue = (headers: Record<string, string> = {}) =>
  fetch(`${server.url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify({ query: CATALOGUE_QUERY, variables: {} }) });

describe('the served path warmed before ready', () => {
  it('sends the page’s first document and a gap file thousands of times, answered from the cache and not counted', { timeout: 300_000 }, async () => {
    while ((await server.get('/readyz')).status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
    const said = lines.find((line) => line.msg.startsWith('served path warmed'));
    expect(said?.msg).toMatch(/^served path warmed with 5000 requests in \d+ ms \(the last hundred's median: [\d.]+, [\d.]+ ms\)$/);
    // Counted are the answers-ahead pass's own two catalogue requests (one to learn the regimes, one with the page's
    // bytes), not the 2,500 of the warm-up; the gap file, pinned by that pass, was asked by nobody else.
    const operation = { operation: 'Catalogue', outcome: 'ok' };
    expect(await counter('concordance_graphql_requests_total', operation)).toBeLessThanOrEqual(2);
    expect(await counter('concordance_response_cache_lookups_total', { kind: 'export', result: 'hit' })).toBe(0);
    expect(lines.filter((line) => line.level === 'info' && /^(POST \/graphql|GET \/exports\/)/.test(line.msg)).length).toBeLessThan(10);

    // A client's request is counted and logged, whatever warm-up header it sends.
    const before = await counter('concordance_graphql_requests_total', operation);
    const logged = lines.length;
    for (const headers of [{}, { 'x-concordance-warm-up': 'a guess' }] as Record<string, string>[]) {
      const response = await catalogue(headers);
      expect(response.headers.get('x-concordance-cache')).toBe('hit');
      expect(((await response.json()) as { data: { lists: unknown[] } }).data.lists.length).toBeGreaterThan(0);
    }
    expect(await counter('concordance_graphql_requests_total', operation)).toBe(before + 2);
    expect(lines.slice(logged).filter((line) => line.level === 'info' && line.msg === 'POST /graphql 200')).toHaveLength(2);
  });
});
