// /metrics in the Prometheus text format, request ids, and JSON log lines, through HTTP against the real Neo4j.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { createLogger, silentLogger } from '../../src/log.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const server = serveForTests(() => testExecutor(), { versionTtlMs: 60_000, maxEntries: 50, maxBytes: 64 * 1024 * 1024 });

/** The value of one sample in a Prometheus text exposition, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(/,(?=[a-z_]+=")/).filter((part) => part.length > 0);
    if (wanted.every((label) => present.includes(label)) && present.length === wanted.length) return Number(match[3]);
  }
  return undefined;
}

async function metrics(): Promise<string> {
  const response = await server.get('/metrics');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe('/metrics', () => {
  it('counts GraphQL requests by operation name, or by root field when anonymous, with their latency', async () => {
    const before = await metrics();
    const named = (n: string) => sample(n, 'concordance_graphql_requests_total', { operation: 'RegimeNames', outcome: 'ok' }) ?? 0;
    const anonymous = (n: string) => sample(n, 'concordance_graphql_requests_total', { operation: 'lists,regimes', outcome: 'ok' }) ?? 0;
    const failed = (n: string) => sample(n, 'concordance_graphql_requests_total', { operation: 'gaps', outcome: 'error' }) ?? 0;
    await server.data('query RegimeNames { regimes { code } }');
    await server.data('query RegimeNames { regimes { name } }');
    await server.data('{ regimes { code } lists { id } }');
    expect((await server.graphql('{ gaps(regime: NSG, against: NSG) { total } }')).errors).toBeDefined();
    const after = await metrics();
    expect(named(after) - named(before)).toBe(2);
    expect(anonymous(after) - anonymous(before)).toBe(1);
    expect(failed(after) - failed(before)).toBe(1);
    expect(sample(after, 'concordance_graphql_request_duration_seconds_count', { operation: 'RegimeNames' })).toBe(named(after));
    expect(after).toMatch(/^concordance_graphql_request_duration_seconds_bucket\{le="0\.1",operation="RegimeNames"\} \d+$/m);
  });

  it('counts response-cache hits and misses, and shows the data version the GraphQL API reports', async () => {
    const lookups = (n: string, kind: string, result: string) => sample(n, 'concordance_response_cache_lookups_total', { kind, result }) ?? 0;
    const before = await metrics();
    const query = '{ gaps(regime: AG, against: WA, category: 1) { dataVersion total } }';
    const first = await server.post({ query });
    const second = await server.post({ query });
    expect([first.headers.get('x-concordance-cache'), second.headers.get('x-concordance-cache')]).toEqual(['miss', 'hit']);
    await server.get('/exports/gaps.csv?regime=AG&against=WA&category=1');
    await server.get('/exports/gaps.csv?regime=AG&against=WA&category=1');
    const after = await metrics();
    expect(lookups(after, 'graphql', 'miss') - lookups(before, 'graphql', 'miss')).toBe(1);
    expect(lookups(after, 'graphql', 'hit') - lookups(before, 'graphql', 'hit')).toBe(1);
    expect(lookups(after, 'export', 'miss') - lookups(before, 'export', 'miss')).toBe(1);
    expect(lookups(after, 'export', 'hit') - lookups(before, 'export', 'hit')).toBe(1);
    const { gaps: answer } = await server.data<{ gaps: { dataVersion: number } }>('{ gaps(regime: AG, against: WA, category: 2) { dataVersion } }');
    expect(sample(after, 'concordance_data_version', { database: inject('neo4jDatabase') })).toBe(answer.dataVersion);
  });
});

describe('database errors in /metrics', () => {
  let unreachable: ConcordanceServer;
  let base = '';
  const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
  beforeAll(async () => {
    unreachable = createServer({ executor: new Executor(driver, { database: 'neo4j', timeoutMs: 2_000 }), log: silentLogger });
    base = await unreachable.listen(0);
  });
  afterAll(async () => {
    await unreachable.close();
    await driver.close();
  });

  it('counts them by code when the database cannot be reached', async () => {
    const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ lists { id } }' }) });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('DATABASE_UNAVAILABLE');
    const text = await (await fetch(`${base}/metrics`)).text();
    const total = text
      .split('\n')
      .filter((line) => line.startsWith('concordance_database_errors_total{code="DATABASE_UNAVAILABLE"'))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    expect(total).toBeGreaterThanOrEqual(1);
    // No data version to show while the database cannot be read.
    expect(text).not.toMatch(/^concordance_data_version\{/m);
  });
});

describe('request ids and JSON logs', () => {
  const lines: string[] = [];
  let logged: ConcordanceServer;
  let base = '';
  beforeAll(async () => {
    logged = createServer({ executor: testExecutor(), log: createLogger('info', 'json', (line) => lines.push(line)) });
    base = await logged.listen(0);
  });
  afterAll(async () => {
    await logged.close();
  });

  it('echoes a sane incoming X-Request-Id, replaces anything else, and logs each request as one JSON line carrying it', async () => {
    const post = (id?: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(id === undefined ? {} : { 'x-request-id': id }) },
        body: JSON.stringify({ query: '{ regimes { code } }' }),
      });
    const kept = await post('analyst-7f3a.42');
    expect(kept.headers.get('x-request-id')).toBe('analyst-7f3a.42');
    const made = await post();
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await post('x'.repeat(300));
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const spaced = await post('two words');
    expect(spaced.headers.get('x-request-id')).not.toBe('two words');

    const exported = await fetch(`${base}/exports/gaps.csv?regime=NSG&against=NSG`, { headers: { 'x-request-id': 'export-1' } });
    expect(exported.status).toBe(400);
    await new Promise((resolve) => setImmediate(resolve));
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    for (const record of records) expect(Object.keys(record).slice(0, 3)).toEqual(['time', 'level', 'msg']);
    expect(records).toContainEqual(expect.objectContaining({ level: 'info', requestId: 'analyst-7f3a.42', method: 'POST', path: '/graphql', status: 200 }));
    expect(records).toContainEqual(expect.objectContaining({ requestId: made.headers.get('x-request-id'), path: '/graphql' }));
    expect(records).toContainEqual(expect.objectContaining({ requestId: 'export-1', path: '/exports/gaps.csv', status: 400 }));
  });
});
