// The test database as the service sees it: an Executor on the Neo4j the global setup provides.
import { afterAll } from 'vitest';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';

/** An executor for this test file; its driver closes after the file's tests. */
export function testExecutor(): Executor {
  const driver = createDriver({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword') });
  afterAll(() => driver.close());
  return new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 60_000 });
}
