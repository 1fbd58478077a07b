// One driver per process: created from the configuration, checked at boot, closed on shutdown.
import neo4j, { type Driver } from 'neo4j-driver';
import { SetupError } from '../../graph/runtime/setupError.js';

export interface DriverTarget {
  uri: string;
  user: string;
  password: string | undefined;
  /** How long a new connection may take; the default suits a remote database, a loopback one needs far less. */
  connectionTimeoutMs?: number;
}

/** For the local Neo4j on loopback: a connection that is not made within 1 s will not be (the process is gone). */
export const LOCAL_CONNECTION_TIMEOUT_MS = 1_000;

export function createDriver(target: DriverTarget): Driver {
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.user, target.password);
  return neo4j.driver(target.uri, auth, {
    // Fail fast when the database is away: a client is better served by DATABASE_UNAVAILABLE in a few seconds
    // than by a request that hangs (the executor then fails at once for a moment, see failFastMs).
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: target.connectionTimeoutMs ?? 3_000,
    // The executor runs explicit transactions and owns their retries (its retry budget); this bounds only the
    // driver's own managed transactions, which the service does not use.
    maxTransactionRetryTime: 1_000,
    userAgent: 'concordance',
  });
}

/** Fails fast with one line when the database cannot be reached at boot. */
export async function verifyDriver(driver: Driver, uri: string): Promise<void> {
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SetupError(`cannot reach Neo4j at ${uri}: ${reason}`);
  }
}
