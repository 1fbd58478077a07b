// Vitest global setup: a real Neo4j for the whole run, migrated and loaded with the real seed data (an import
// that is already there is skipped). Without NEO4J_URI it starts the local 'test' instance on a fresh
// database (its own folder and port, so the service's data is never touched, and its own generated password)
// and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { stopLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { importAll } from '../../seed/importer.js';
import { IMPORT_TIMEOUT_MS } from '../../seed/load/writeList.js';
import { bootDatabase } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | undefined;
    neo4jDatabase: string;
  }
}

const TEST_INSTANCE = 'test';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  const boltPort = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688);
  // A fresh database for every run that starts its own instance: no state survives from an earlier run.
  const database = await bootDatabase({
    neo4j: config.neo4j,
    local: { instance: TEST_INSTANCE, boltPort, heap: config.local.heap, pageCache: config.local.pageCache, fresh: true },
    executor: { timeoutMs: IMPORT_TIMEOUT_MS },
    migrate: true,
    log: (line) => console.log(line),
  });
  try {
    const started = Date.now();
    await importAll(database.executor);
    console.log(`seed data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await database.close();
  }
  const { target } = database;
  project.provide('neo4jUri', target.uri);
  project.provide('neo4jUser', target.user);
  project.provide('neo4jPassword', target.password);
  project.provide('neo4jDatabase', target.database);

  return async () => {
    if (database.local?.startedHere) await stopLocalNeo4j(TEST_INSTANCE, (line) => console.log(line));
  };
}
