// How a process reaches its database, written once: the configured Neo4j, or the project's local one (started
// unless it already runs), a driver checked at boot, the migrations, and the executor every query goes through.
// The service, `npm run import`, `npm run report`, the benchmarks and the tests each say what differs in BootOptions.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { localStatus, startLocalNeo4j, stopLocalNeo4j, type LocalInstanceOptions } from '../graph/runtime/localNeo4j.js';
import { instanceHome } from '../graph/runtime/paths.js';
import type { Config } from './config.js';
import { createDriver, LOCAL_CONNECTION_TIMEOUT_MS, verifyDriver } from './db/driver.js';
import { Executor, type ExecutorOptions } from './db/executor.js';
import { migrate } from './db/migrate.js';

/** The local instance of `npm start`, `npm run import` and `npm run report`: they share its data. */
export const SERVICE_INSTANCE = 'service';

/** A database and how to log in to it. */
export interface DatabaseTarget {
  uri: string;
  user: string;
  password: string | undefined;
  database: string;
}

export interface BootOptions {
  /** The configured Neo4j (NEO4J_URI, NEO4J_USER …); without a uri, or without this, the local instance `local`. */
  neo4j?: Config['neo4j'];
  /** The local instance used when no uri is configured. */
  local: LocalInstanceOptions & {
    /** Start on an empty database unless the instance already runs (the tests, the benchmark). */
    fresh?: boolean;
    /** Whether this process stops the local Neo4j it started when it ends (the service, the tests), or leaves it running. */
    stopWhenDone?: boolean;
    /** New connections fail within LOCAL_CONNECTION_TIMEOUT_MS: the supervised service tells clients at once that the database is away. */
    failFastConnections?: boolean;
  };
  /** The executor's transaction timeout and the app name in the transaction metadata. */
  executor: Omit<ExecutorOptions, 'database'>;
  /** Apply the migrations missing from the database (a report only reads, and does not). */
  migrate: boolean;
  log: (line: string) => void;
}

export interface Database {
  target: DatabaseTarget;
  driver: Driver;
  executor: Executor;
  /** The local instance, when the database is the local Neo4j: its options, its pid, and whether this process started it. */
  local: { options: LocalInstanceOptions; pid: number; startedHere: boolean } | undefined;
  /** Another executor on the same driver, with other options (an import's longer timeout). */
  executorWith(options: Omit<ExecutorOptions, 'database'>): Executor;
  /** Closes the driver, then stops the local Neo4j if this process started it and `stopWhenDone` says so. */
  close(): Promise<void>;
}

/** The driver and executor on a database already running: the end of every boot, and the tests' connection. */
export function connect(target: DatabaseTarget, options: Omit<ExecutorOptions, 'database'>, connectionTimeoutMs?: number): Executor {
  const driver = createDriver({ uri: target.uri, user: target.user, password: target.password, ...(connectionTimeoutMs === undefined ? {} : { connectionTimeoutMs }) });
  return new Executor(driver, { ...options, database: target.database });
}

/** Configuration → local Neo4j (when no uri is configured) → driver, checked → migrations → executor. */
export async function bootDatabase(options: BootOptions): Promise<Database> {
  const { neo4j, local: localOptions, log } = options;
  const { fresh = false, stopWhenDone = false, failFastConnections = false, ...instance } = localOptions;
  let target: DatabaseTarget;
  let local: Database['local'];
  if (neo4j?.uri !== undefined) {
    target = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: neo4j.database };
  } else {
    if (fresh && !localStatus(instance.instance).running) rmSync(join(instanceHome(instance.instance), 'data'), { recursive: true, force: true });
    const running = await startLocalNeo4j(instance, log);
    local = { options: instance, pid: running.pid, startedHere: running.startedHere };
    // The local instance has its own generated password (none for one started before passwords were generated).
    const auth = running.auth ?? { user: neo4j?.user ?? 'neo4j', password: neo4j?.password };
    target = { uri: running.uri, ...auth, database: neo4j?.database ?? 'neo4j' };
  }
  const executor = connect(target, options.executor, local !== undefined && failFastConnections ? LOCAL_CONNECTION_TIMEOUT_MS : undefined);
  const { driver } = executor;
  const close = async () => {
    await driver.close();
    if (local?.startedHere && stopWhenDone) await stopLocalNeo4j(local.options.instance, log);
  };
  try {
    await verifyDriver(driver, target.uri);
    if (options.migrate) await migrate(executor, log);
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
  return {
    target,
    driver,
    executor,
    local,
    executorWith: (other) => new Executor(driver, { ...other, database: target.database }),
    close,
  };
}
