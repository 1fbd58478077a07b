// Requests a careless or hostile client sends: each gets a clear error, and none of them shows the server's
// internals (stack traces, file paths) unless the operator asked for stack traces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);

const json = { 'content-type': 'application/json' };
const BAD_REQUESTS: [string, RequestInit & { path?: string }][] = [
  ['a syntax error', { method: 'POST', headers: json, body: '{"query":"{ regimes {"}' }],
  ['an unknown field', { method: 'POST', headers: json, body: '{"query":"{ nothingHere }"}' }],
  ['a mutation the schema does not have', { method: 'POST', headers: json, body: '{"query":"mutation { drop }"}' }],
  ['an unknown enum value', { method: 'POST', headers: json, body: '{"query":"{ ittCoverage(regime: XX) { summary { hardware } } }"}' }],
  ['a variable of the wrong type', { method: 'POST', headers: json, body: JSON.stringify({ query: 'query($c: Int) { gaps(regime: NSG, against: WA, category: $c) { total } }', variables: { c: 'two' } }) }],
  ['variables that are not an object', { method: 'POST', headers: json, body: '{"query":"{ regimes { code } }","variables":[1,2]}' }],
  ['a query that is not a string', { method: 'POST', headers: json, body: '{"query":5}' }],
  ['a body that is not JSON', { method: 'POST', headers: json, body: '{"query": "{ regimes' }],
  ['an empty body', { method: 'POST', headers: json, body: '' }],
  ['a batch', { method: 'POST', headers: json, body: '[{"query":"{ regimes { code } }"}]' }],
  ['an unknown operation name', { method: 'POST', headers: json, body: '{"query":"query A { regimes { code } }","operationName":"B"}' }],
  ['a bad argument caught by a resolver', { method: 'POST', headers: json, body: '{"query":"{ entries(first: 0) { totalCount } }"}' }],
  ['a text/plain POST', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ regimes { code } }"}' }],
  ['a GET without a query', { method: 'GET', path: '/graphql' }],
  ['a GET with a broken query', { method: 'GET', path: '/graphql?query=%7B%20regimes%20%7B' }],
  ['an over-deep query', { method: 'POST', headers: json, body: JSON.stringify({ query: `{ entry(list: "us-ccl@ecfr-2026", code: "1C001") { ${'parts { '.repeat(14)}code${' }'.repeat(14)} } }` }) }],
  ['a binary body', { method: 'POST', headers: json, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff, 0xfe]) }],
];

describe('error responses by default', () => {
  it.each(BAD_REQUESTS)('%s: an error with a code, and no stack trace or server path', async (_name, { path = '/graphql', ...init }) => {
    const response = await fetch(`${server.url()}${path}`, init);
    const text = await response.text();
    expect(text).not.toMatch(/stacktrace/i);
    expect(text).not.toMatch(/\.(ts|js):\d+|node_modules|\/src\//);
    const body = JSON.parse(text) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    for (const error of body.errors ?? []) expect(error.extensions?.code).toEqual(expect.any(String));
  });
});

describe('with GRAPHQL_STACKTRACES=1', () => {
  let debugging: ConcordanceServer;
  let base = '';
  beforeAll(async () => {
    debugging = createServer({ executor, log: silentLogger, stacktraces: true });
    base = await debugging.listen(0);
  });
  afterAll(() => debugging.close());

  it('error responses carry the stack trace the operator asked for', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: json, body: '{"query":"{ regimes {"}' });
    const body = (await response.json()) as { errors: { extensions: { code: string; stacktrace?: string[] } }[] };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0]?.extensions.stacktrace?.length).toBeGreaterThan(0);
  });
});

describe('an oversized body', () => {
  it('gets HTTP 413 with a JSON error, not a reset connection, and the service keeps answering', async () => {
    const query = `{ ${Array.from({ length: 60_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const body = JSON.stringify({ query });
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_000_000);
    const response = await fetch(`${server.url()}/graphql`, { method: 'POST', headers: json, body });
    expect(response.status).toBe(413);
    const error = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(error.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.errors[0]?.message).toMatch(/larger than 1000000 bytes/);
    expect((await server.graphql('{ regimes { code } }')).errors).toBeUndefined();
  });
});

describe('CORS', () => {
  const preflight = (base: string, origin: string) =>
    fetch(`${base}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  const post = (base: string, origin: string) => fetch(`${base}/graphql`, { method: 'POST', headers: { ...json, origin }, body: '{"query":"{ regimes { code } }"}' });

  it('is off by default: a preflight is answered with 403 and responses allow no origin', async () => {
    const answer = await preflight(server.url(), 'https://elsewhere.example');
    expect(answer.status).toBe(403);
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
    expect((await post(server.url(), 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    const options = await fetch(`${server.url()}/graphql`, { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  describe('with CORS_ORIGINS set', () => {
    let open: ConcordanceServer;
    let base = '';
    beforeAll(async () => {
      open = createServer({ executor, log: silentLogger, corsOrigins: ['https://tools.example'] });
      base = await open.listen(0);
    });
    afterAll(() => open.close());

    it('answers the preflight of a listed origin, without credentials', async () => {
      const answer = await preflight(base, 'https://tools.example');
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://tools.example');
      expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
      expect(answer.headers.get('access-control-allow-headers')).toMatch(/content-type/);
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      const response = await post(base, 'https://tools.example');
      expect(response.headers.get('access-control-allow-origin')).toBe('https://tools.example');
      expect(response.headers.get('vary')).toMatch(/Origin/);
      expect(((await response.json()) as { data: { regimes: unknown[] } }).data.regimes.length).toBeGreaterThan(0);
    });

    it('refuses an origin it does not list', async () => {
      expect((await preflight(base, 'https://evil.example')).status).toBe(403);
      expect((await post(base, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});
