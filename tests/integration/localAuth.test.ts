// The local Neo4j has its own generated password: a process that does not read it from the instance folder
// (readable by its owner only) cannot read or write the graph.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { localCredentials, passwordFile } from '../../graph/runtime/localNeo4j.js';
import { instanceHome } from '../../graph/runtime/paths.js';

const local = process.env.NEO4J_URI === undefined || process.env.NEO4J_URI === '';

async function attempt(auth: ReturnType<typeof neo4j.auth.basic> | undefined): Promise<string> {
  const driver = neo4j.driver(inject('neo4jUri'), auth, { logging: undefined });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: inject('neo4jDatabase') });
    return 'answered';
  } catch (error) {
    return String((error as { code?: unknown }).code);
  } finally {
    await driver.close();
  }
}

describe.runIf(local)('the local Neo4j', () => {
  it('keeps its generated password in the instance folder, readable by its owner only', () => {
    const file = passwordFile(instanceHome('test'));
    expect(file).toBe(join(instanceHome('test'), 'neo4j-password'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const credentials = localCredentials('test');
    expect(credentials?.password.length).toBeGreaterThanOrEqual(24);
    expect(inject('neo4jPassword')).toBe(credentials?.password);
  });

  it('refuses a client without the password, or with another one', async () => {
    expect(await attempt(undefined)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await attempt(neo4j.auth.basic(inject('neo4jUser'), inject('neo4jPassword') ?? ''))).toBe('answered');
  });
});
