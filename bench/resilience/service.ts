// The service as `npm start` composes it, on the resilience suite's private Neo4j ('resilience' instance, its own
// Bolt port) and its own HTTP port: the local Neo4j supervised and restarted when it dies, the seed data loaded
// once. Run by the suite as a child process with --expose-gc; over IPC (never HTTP) the suite asks it for its heap
// after a forced garbage collection, and tells it to stop. Its configuration otherwise comes from the environment,
// as the service's does (REPORTS_PER_CLIENT, QUERY_TIMEOUT_MS, REPORT_CACHE_TTL_MS …).
import { Neo4jSupervisor } from '../../graph/runtime/supervisor.js';
import { importAll } from '../../seed/importer.js';
import { IMPORT_TIMEOUT_MS } from '../../seed/load/writeList.js';
import { bootDatabase } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { createServer } from '../../src/http/server.js';
import { createLogger } from '../../src/log.js';
import { RESILIENCE_INSTANCE, type ServiceMessage, type SuiteMessage } from './ipc.js';


async function main(): Promise<void> {
  const [port, boltPort] = process.argv.slice(2).map(Number);
  if (!port || !boltPort) throw new Error('usage: service.ts <http port> <bolt port>');
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const local = { instance: RESILIENCE_INSTANCE, boltPort, heap: config.local.heap, pageCache: config.local.pageCache };
  // Always its own local Neo4j, whatever NEO4J_URI says: the suite kills and restarts it.
  const database = await bootDatabase({
    neo4j: { ...config.neo4j, uri: undefined },
    local: { ...local, failFastConnections: true },
    executor: { timeoutMs: config.queryTimeoutMs },
    migrate: true,
    log: (line) => log.info(line),
  });
  const { executor } = database;
  const importer = database.executorWith({ timeoutMs: IMPORT_TIMEOUT_MS, app: 'concordance-import' });
  await importAll(importer, { log: (line) => log.info(line) });
  const supervisor = new Neo4jSupervisor(local, (line) => log.warn(line)).start();
  const server = createServer({
    executor,
    supervisor,
    log,
    corsOrigins: config.corsOrigins,
    cache: { versionTtlMs: config.reportCacheTtlMs, maxEntries: 500, maxBytes: 256 * 1024 * 1024 },
    reportsPerClient: config.reportsPerClient,
  });
  const url = await server.listen(port);
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (message: SuiteMessage) => {
    if (message.type === 'heap') {
      gc?.();
      gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      process.send?.({ type: 'heap', heapUsed, rss, stores: server.stores() } satisfies ServiceMessage);
    } else if (message.type === 'stop') {
      void server
        .close()
        .then(() => supervisor.stop())
        .then(() => database.close())
        .finally(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url } satisfies ServiceMessage);
}

main().catch((error: unknown) => {
  console.error('resilience service failed to start:', error);
  process.exit(1);
});
