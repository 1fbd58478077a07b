// The test database as the service sees it: an Executor on the Neo4j the global setup provides.
import { afterAll } from 'vitest';
import { inject } from 'vitest';
import { connect } from '../../src/boot.js';
import type { Executor } from '../../src/db/executor.js';
import { plain } from '../../src/db/values.js';

/** An executor for this test file; its driver closes after the file's tests. */
export function testExecutor(): Executor {
  const executor = connect({ uri: inject('neo4jUri'), user: inject('neo4jUser'), password: inject('neo4jPassword'), database: inject('neo4jDatabase') }, { timeoutMs: 60_000 });
  afterAll(() => executor.driver.close());
  return executor;
}

/** Re-reads the graph with plain Cypher, to check what an operation really did. */
export async function cypherRows(executor: Executor, statement: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await executor.driver.executeQuery(statement, params, { database: executor.database });
  return result.records.map((r) => plain(r.toObject()) as Record<string, unknown>);
}
