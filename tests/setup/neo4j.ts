// Vitest global setup: a real Neo4j for the whole run, migrated and loaded with the real seed data (an import
// that is already there is skipped). Without NEO4J_URI it starts the local 'test' instance on a fresh
// database (its own folder and port, so the service's data is never touched, and its own generated password)
// and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { migrate } from '../../graph/migrate.js';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { localStatus, startLocalNeo4j, stopLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { instanceHome } from '../../graph/runtime/paths.js';
import { importAll } from '../../seed/importer.js';
import { IMPORT_TIMEOUT_MS } from '../../seed/load/writeList.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';

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
  let uri = config.neo4j.uri;
  let credentials = { user: config.neo4j.user, password: config.neo4j.password };
  let startedHere = false;
  if (uri === undefined) {
    // A fresh database for every run that starts its own instance: no state survives from an earlier run.
    if (!localStatus(TEST_INSTANCE).running) rmSync(join(instanceHome(TEST_INSTANCE), 'data'), { recursive: true, force: true });
    const local = await startLocalNeo4j({ instance: TEST_INSTANCE, boltPort, heap: config.local.heap, pageCache: config.local.pageCache }, (line) =>
      console.log(line),
    );
    uri = local.uri;
    startedHere = local.startedHere;
    if (local.auth) credentials = local.auth;
  }
  const driver = createDriver({ uri, ...credentials });
  try {
    const executor = new Executor(driver, { database: config.neo4j.database, timeoutMs: IMPORT_TIMEOUT_MS });
    await migrate(executor);
    const started = Date.now();
    await importAll(executor);
    console.log(`seed data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', credentials.user);
  project.provide('neo4jPassword', credentials.password);
  project.provide('neo4jDatabase', config.neo4j.database);

  return async () => {
    if (startedHere) await stopLocalNeo4j(TEST_INSTANCE, (line) => console.log(line));
  };
}
