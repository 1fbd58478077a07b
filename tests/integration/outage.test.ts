// Neo4j going away and coming back: each request gets DATABASE_UNAVAILABLE, the server stays up, /readyz says
// not ready, and everything recovers by itself. The outage is a TCP proxy between the service and Neo4j that
// the test cuts and restores, so the shared test database keeps running.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createServer as createService, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { BoltProxy } from '../support/boltProxy.js';

const target = new URL(inject('neo4jUri'));
const proxy = new BoltProxy({ host: target.hostname, port: Number(target.port || 7687) });
let service: ConcordanceServer;
let base = '';
let driver: ReturnType<typeof createDriver>;

beforeAll(async () => {
  await proxy.open();
  driver = createDriver({ uri: `bolt://127.0.0.1:${proxy.port}`, user: inject('neo4jUser'), password: inject('neo4jPassword') });
  service = createService({
    executor: new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 10_000 }),
    log: silentLogger,
    cache: { versionTtlMs: 1, maxEntries: 50, maxBytes: 10_000_000 },
  });
  base = await service.listen(0);
});
afterAll(async () => {
  await service.close();
  await driver.close();
  await proxy.cut().catch(() => {});
});

// Each call asks something new (an alias of its own), so the cache never answers it.
let asked = 0;
const regimes = async () =>
  (await (
    await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ regimes: regimes { code } q${(asked += 1)}: __typename }` }) })
  ).json()) as { data?: { regimes: unknown[] } | null; errors?: { extensions?: { code?: string } }[] };
const lists = () => fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ lists { id } }"}' });

describe('a Neo4j outage', () => {
  it('is reported on each request, keeps the server up, and heals by itself', async () => {
    expect((await regimes()).data?.regimes).toHaveLength(5);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const listsBefore = await (await lists()).text();

    await proxy.cut();
    const during = await regimes();
    expect(during.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ ready: false, neo4j: 'unreachable', migrations: 'unknown' });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const exported = await fetch(`${base}/exports/gaps.csv?regime=NSG&against=WA`);
    expect(exported.status).toBe(503);
    expect(((await exported.json()) as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');
    // An answer computed before the outage, for the data version last read, is still served.
    const cachedDuring = await lists();
    expect(cachedDuring.headers.get('x-concordance-cache')).toBe('hit');
    expect(await cachedDuring.text()).toBe(listsBefore);

    await proxy.open(); // same port: Neo4j is back
    let healed = false;
    for (let i = 0; i < 40 && !healed; i++) {
      healed = (await regimes()).data?.regimes.length === 5;
      if (!healed) await new Promise((r) => setTimeout(r, 250));
    }
    expect(healed).toBe(true);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
