// Every query runs under a transaction timeout; one that runs out gets QUERY_TIMEOUT, and the server carries on.
import { describe, expect, inject, it } from 'vitest';
import { afterAll } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { serveForTests } from '../support/server.js';

const driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
afterAll(() => driver.close());
// A timeout no report can meet.
const server = serveForTests(() => new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 1 }));

describe('the transaction timeout', () => {
  it('stops a report that runs over it with QUERY_TIMEOUT', async () => {
    // Every section, so the report runs several statements that each read much of the graph: none ends within 1 ms
    // (shared entries alone can, on a warm database).
    const result = await server.graphql(
      '{ overlap(regimes: [WA, MTCR, NSG]) { dataVersion sharedEntries { entry { code } } links { kind } technologies { technology { id } } } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TIMEOUT');
    expect(result.errors?.[0]?.message).toMatch(/longer than the transaction timeout/);
    expect((await server.get('/healthz')).status).toBe(200);
  });
});
