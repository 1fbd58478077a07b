// Starts Concordance: configuration, the database (its own local Neo4j unless NEO4J_URI is set),
// migrations, the seed data when the graph holds none, then the HTTP service. Ctrl-C or SIGTERM stops all of it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { servicePidFile } from '../graph/runtime/paths.js';
import { portIsFree } from '../graph/runtime/localNeo4j.js';
import { SetupError } from '../graph/runtime/setupError.js';
import { Neo4jSupervisor } from '../graph/runtime/supervisor.js';
import { bootDatabase, SERVICE_INSTANCE } from './boot.js';
import { ConfigError, loadConfig } from './config.js';
import { serveWhileLoading } from './http/loading.js';
import { createServer } from './http/server.js';
import { createLogger } from './log.js';
import { allLists } from './repositories/lists.js';
import { importAll } from '../seed/importer.js';
import { IMPORT_TIMEOUT_MS, staleListCount } from '../seed/load/writeList.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel, config.logFormat);
  if (!(await portIsFree(config.port))) {
    throw new SetupError(`PORT ${config.port} is already in use by another process: stop it, or choose another port with PORT=…`);
  }

  const database = await bootDatabase({
    neo4j: config.neo4j,
    local: { instance: SERVICE_INSTANCE, ...config.local, stopWhenDone: true, failFastConnections: true },
    executor: { timeoutMs: config.queryTimeoutMs },
    migrate: true,
    log: (line) => log.info(line),
  });
  const { executor } = database;
  let supervisor: Neo4jSupervisor | undefined;
  const stopDatabase = async () => {
    await supervisor?.stop();
    await database.close();
  };
  try {
    const empty = (await allLists(executor)).length === 0;
    const stale = !empty && (await staleListCount(executor)) > 0;
    if (empty || stale) {
      log.info(
        empty
          ? 'The graph holds no control list yet: loading the seed data (once) …'
          : 'Lists in the graph were derived by an older version: loading the seed data again …',
      );
      // An import writes a list in one transaction: it runs under the import timeout, not the one meant for questions.
      const importer = database.executorWith({ timeoutMs: IMPORT_TIMEOUT_MS, app: 'concordance-import' });
      // Meanwhile the port answers: the page says what is being loaded instead of failing to connect.
      const loading = await serveWhileLoading(config.port);
      try {
        const results = await importAll(importer, {
          log: (line) => {
            log.info(line);
            loading.progress(line);
          },
        });
        log.info(`Seed data loaded: ${results.length} sources.`);
      } finally {
        await loading.close();
      }
    }
    // The service that started the local Neo4j keeps it running: restarted with backoff if it dies.
    if (database.local?.startedHere) supervisor = new Neo4jSupervisor(database.local.options, (line) => log.warn(line)).start();
    const server = createServer({
      executor,
      supervisor,
      log,
      stacktraces: config.stacktraces,
      corsOrigins: config.corsOrigins,
      // One budget (ANSWER_MEMORY, 512 MB unless set): a quarter for encoded responses, a quarter for the reports kept per
      // data version, half pinned for the page's answers encoded ahead (answersAhead.ts: 368 answers, 24 MB, for the
      // real lists; tens of MB each across 400 lists, decision 0028).
      cache: { versionTtlMs: config.reportCacheTtlMs, maxEntries: 500, maxBytes: config.answerMemoryBytes / 4, maxPinnedBytes: config.answerMemoryBytes / 2 },
      reportStore: {
        mode: config.reportStore,
        maxBytes: config.answerMemoryBytes / 4,
        // The data version is polled as often as the response cache re-reads it, to see another process's import.
        pollMs: config.reportCacheTtlMs > 0 ? config.reportCacheTtlMs : 1_000,
        lists: config.reportStoreLists,
      },
      warmUp: true,
      reportsPerClient: config.reportsPerClient,
    });
    const url = await server.listen(config.port);
    log.info(`Concordance is serving GraphQL at ${url}/graphql (Neo4j at ${database.target.uri}, database ${database.target.database})`);
    mkdirSync(dirname(servicePidFile), { recursive: true });
    writeFileSync(servicePidFile, String(process.pid));

    let stopping = false;
    const shutdown = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info(`${signal} received: shutting down`);
      server
        .close()
        .then(stopDatabase)
        .then(() => rmSync(servicePidFile, { force: true }))
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          log.error(`shutdown failed: ${String(error)}`);
          process.exit(1);
        });
    };
    process.on('SIGINT', () => shutdown('SIGINT'));
    process.on('SIGTERM', () => shutdown('SIGTERM'));
  } catch (error) {
    await stopDatabase().catch(() => {});
    throw error;
  }
}

main().catch((error: unknown) => {
  // Set-up problems are one line a person can act on; anything else keeps its stack.
  if (error instanceof ConfigError || error instanceof SetupError) console.error(`concordance: ${error.message}`);
  else console.error('concordance: failed to start:', error);
  process.exit(1);
});
