// When every connection to Neo4j is taken, a request waits the acquisition timeout and gets DATABASE_UNAVAILABLE,
// a code a client can retry on, never INTERNAL_SERVER_ERROR. The pool here holds one connection, held by an open
// transaction of the test's own.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { holdTheConnection, onePoolDriver } from '../support/onePool.js';

let driver: Driver;
let service: ConcordanceServer;
let base = '';

beforeAll(async () => {
  driver = onePoolDriver(500);
  service = createServer({ executor: new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 10_000 }), log: silentLogger });
  base = await service.listen(0);
});
afterAll(async () => {
  await service.close();
  await driver.close();
});

const regimes = async () =>
  (await (await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regimes { code } }"}' })).json()) as {
    data?: { regimes: unknown[] } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };

describe('an exhausted connection pool', () => {
  it('gives DATABASE_UNAVAILABLE while every connection is taken, and answers once one is free', async () => {
    expect((await regimes()).data?.regimes).toHaveLength(5);
    const held = await holdTheConnection(driver);
    try {
      const during = await regimes();
      expect(during.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(during.errors?.[0]?.message).toBe('The graph database is busy: every connection is in use; try again shortly.');
    } finally {
      await held.release();
    }
    expect((await regimes()).data?.regimes).toHaveLength(5);
  });
});
