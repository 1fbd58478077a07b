// The pass that encodes the page's answers ahead stops once the pinned budget is spent: at 100x an answer across
// lists is many MB, and readiness waits for the pass. The endpoints here are stand-ins answering with a fixed size,
// so the test counts what the pass asks and pins; the real endpoints are exercised in
// tests/integration/answersAhead.test.ts.
import { describe, expect, it } from 'vitest';
import type { Executor } from '../../src/db/executor.js';
import { AnswersAhead, pageRequests } from '../../src/http/answersAhead.js';
import type { ExportsEndpoint } from '../../src/http/exportsEndpoint.js';
import type { GraphQLEndpoint } from '../../src/http/graphqlEndpoint.js';
import { ResponseCache } from '../../src/http/responseCache.js';
import { silentLogger } from '../../src/log.js';
import type { ReportStore } from '../../src/services/reports/store.js';

const REGIMES = ['WA', 'MTCR', 'NSG', 'AG', 'CWC'];

describe('the answers encoded ahead', () => {
  it('stop at the first answer the pinned budget cannot hold, and say how many were left', async () => {
    const cache = new ResponseCache({} as Executor, { versionTtlMs: 1_000, maxEntries: 10, maxBytes: 1_000_000, maxPinnedBytes: 5_000 });
    let asked = 0;
    // Each answer is 1,000 bytes, pinned while the budget holds it (the catalogue is asked once more first, unpinned).
    const respond = (key: string, pin: boolean) => {
      asked++;
      const response = { status: 200, headers: {}, body: Buffer.from(JSON.stringify({ data: { regimes: REGIMES.map((code) => ({ code })) } }).padEnd(1_000)) };
      const pinned = pin && cache.set(ResponseCache.key(key), 1, response, { pinned: true });
      return { response, cache: 'miss' as const, keptAt: 1, pinned, complete: true };
    };
    const graphql = { answer: async (request: { body: unknown }, options?: { pin?: boolean }) => respond(JSON.stringify(request.body), options?.pin === true) } as unknown as GraphQLEndpoint;
    const exports = { answer: async (url: URL, _client: string, options?: { pin?: boolean }) => respond(url.href, options?.pin === true) } as unknown as ExportsEndpoint;
    const reportStore = { mode: 'precompute', baseScopes: async () => [null] } as unknown as ReportStore;
    const ahead = new AnswersAhead({ graphql, exports, reportStore, cache, log: silentLogger });
    ahead.encode(1);
    await ahead.firstPass;
    const total = pageRequests([null], REGIMES).length;
    // Each holds 1,066 bytes (body, 64-byte key, headers): 4 fit in 5,000, the 5th does not and the pass stops.
    expect(ahead.status()).toMatchObject({ state: 'ready', version: 1, pinned: 4, unpinned: 1, failed: 0, left: total - 5 });
    expect(asked).toBe(1 + 5);
  });
  it('count an answer with errors as failed, and say which one and what it said', async () => {
    const cache = new ResponseCache({} as Executor, { versionTtlMs: 1_000, maxEntries: 1_000, maxBytes: 10_000_000, maxPinnedBytes: 10_000_000 });
    const catalogue = Buffer.from(JSON.stringify({ data: { regimes: REGIMES.map((code) => ({ code })) } }));
    const refused = Buffer.from(JSON.stringify({ errors: [{ message: 'the answer is larger than the 64 MB a response may be', extensions: { code: 'RESPONSE_TOO_LARGE' } }] }));
    const graphql = {
      answer: async (request: { body: { query: string; variables: Record<string, unknown> } }, options?: { pin?: boolean }) => {
        const heatmap = /^query OverlapHeatmap/.test(request.body.query);
        const response = { status: 200, headers: {}, body: heatmap ? refused : catalogue };
        const pinned = !heatmap && options?.pin === true && cache.set(ResponseCache.key(JSON.stringify(request.body)), 1, response, { pinned: true });
        return { response, cache: 'miss' as const, keptAt: heatmap ? null : 1, pinned, complete: !heatmap };
      },
    } as unknown as GraphQLEndpoint;
    const exports = { answer: async (url: URL) => ({ response: { status: 200, headers: {}, body: catalogue }, keptAt: 1, pinned: cache.set(ResponseCache.key(url.href), 1, { status: 200, headers: {}, body: catalogue }, { pinned: true }), complete: true }) } as unknown as ExportsEndpoint;
    const reportStore = { mode: 'precompute', baseScopes: async () => [null] } as unknown as ReportStore;
    const warnings: string[] = [];
    const ahead = new AnswersAhead({ graphql, exports, reportStore, cache, log: { ...silentLogger, warn: (line: string) => warnings.push(line) } });
    ahead.encode(1);
    await ahead.firstPass;
    expect(ahead.status()).toMatchObject({ state: 'ready', failed: 1, left: 0 });
    expect(warnings).toEqual(['answers ahead: OverlapHeatmap {"list":null} was not kept (HTTP 200): the answer is larger than the 64 MB a response may be']);
  });
});
