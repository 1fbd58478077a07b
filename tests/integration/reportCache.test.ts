// Answers are cached until the data changes: an import bumps the data version and the next request recomputes.
import { describe, expect, it } from 'vitest';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
// A version trusted for 1 ms: every request re-reads it, so the test sees an import at once.
const server = serveForTests(() => executor, { versionTtlMs: 1, maxEntries: 50, maxBytes: 50_000_000 });
const GAPS = { query: 'query($c: Int) { gaps(regime: NSG, against: WA, category: $c) { total dataVersion } }', variables: { c: 2 } };

describe('the response cache', () => {
  it('answers a repeated report from the cache, the same bytes, until an import changes the data', async () => {
    const first = await server.post(GAPS);
    expect(first.headers.get('x-concordance-cache')).toBe('miss');
    const firstBody = await first.text();
    const second = await server.post(GAPS);
    expect(second.headers.get('x-concordance-cache')).toBe('hit');
    expect(await second.text()).toBe(firstBody);
    // No HTTP cache may keep an answer, computed or from this cache: only the service knows the data version.
    expect([first.headers.get('cache-control'), second.headers.get('cache-control')]).toEqual(['no-store', 'no-store']);

    await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
    const third = await server.post(GAPS);
    expect(third.headers.get('x-concordance-cache')).toBe('miss');
    const body = (await third.json()) as { data: { gaps: { dataVersion: number } } };
    expect(body.data.gaps.dataVersion).toBe((JSON.parse(firstBody) as typeof body).data.gaps.dataVersion + 1);
  });

  it('keys on the query and its variables, entry lookups included', async () => {
    expect((await server.post({ ...GAPS, variables: { c: 3 } })).headers.get('x-concordance-cache')).toBe('miss');
    const entry = { query: '{ entry(list: "us-ccl@ecfr-2026", code: "1C001") { code } }' };
    expect((await server.post(entry)).headers.get('x-concordance-cache')).toBe('miss');
    expect((await server.post(entry)).headers.get('x-concordance-cache')).toBe('hit');
    const other = { query: '{ entry(list: "us-ccl@ecfr-2026", code: "1C002") { code } }' };
    expect((await server.post(other)).headers.get('x-concordance-cache')).toBe('miss');
  });

  it('never caches an answer with errors', async () => {
    const bad = { query: '{ entries(first: 500) { totalCount } }' };
    await server.post(bad);
    expect((await server.post(bad)).headers.get('x-concordance-cache')).toBe('miss');
  });

  it('caches exports too, and never an error', async () => {
    await server.get('/exports/gaps.csv?regime=NSG&against=WA&category=2');
    expect((await server.get('/exports/gaps.csv?regime=NSG&against=WA&category=2')).headers.get('x-concordance-cache')).toBe('hit');
    await server.get('/exports/gaps.csv?regime=NSG&against=NSG');
    expect((await server.get('/exports/gaps.csv?regime=NSG&against=NSG')).headers.get('x-concordance-cache')).toBe('miss');
  });

  it('is consulted only after Apollo accepts the request: a text/plain POST is refused even when the answer is cached', async () => {
    const request = { query: '{ regimes { code } }' };
    await server.post(request);
    expect((await server.post(request)).headers.get('x-concordance-cache')).toBe('hit');
    const simple = await fetch(`${server.url()}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(request) });
    expect(simple.status).toBe(400);
    expect(simple.headers.get('x-concordance-cache')).toBeNull();
    const refused = (await simple.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(refused.data).toBeUndefined();
    expect(refused.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an operation name that names no operation with OPERATION_RESOLUTION_FAILURE, not an internal error', async () => {
    const response = await server.post({ query: 'query A { regimes { code } }', operationName: 'B' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'Unknown operation named "B".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
  });

  it('keys on the normalised query and the Accept header', async () => {
    const query = '{ entry(list: "us-ccl@ecfr-2026", code: "1C003") { code title } }';
    expect((await server.post({ query })).headers.get('x-concordance-cache')).toBe('miss');
    // The same operation, spaced and commented differently (900 KB of comment): the same key, so the key holds no query text.
    const padded = `# ${'x'.repeat(900_000)}\n{\n  entry(list: "us-ccl@ecfr-2026",\n        code: "1C003") {\n    code\n    title\n  }\n}`;
    const again = await server.post({ query: padded });
    expect(again.headers.get('x-concordance-cache')).toBe('hit');
    const graphqlJson = await fetch(`${server.url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    expect(graphqlJson.headers.get('x-concordance-cache')).toBe('miss');
    expect(graphqlJson.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await server.post({ query })).headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('keys on the answer the Accept header makes, not its spelling: none, */* and application/json share one', async () => {
    const query = '{ entry(list: "us-ccl@ecfr-2026", code: "1C004") { code } }';
    const ask = (accept?: string) =>
      fetch(`${server.url()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(accept === undefined ? {} : { accept }) }, body: JSON.stringify({ query }) });
    expect((await ask('*/*')).headers.get('x-concordance-cache')).toBe('miss');
    expect((await ask('application/json')).headers.get('x-concordance-cache')).toBe('hit');
    expect((await ask('application/json, */*;q=0.5')).headers.get('x-concordance-cache')).toBe('hit');
    expect((await ask('application/graphql-response+json')).headers.get('x-concordance-cache')).toBe('miss');
    expect((await ask('application/graphql-response+json;q=1, application/json;q=0.1')).headers.get('x-concordance-cache')).toBe('hit');
  });
});
