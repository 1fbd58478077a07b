// One driver per process: created from the configuration, checked at boot, closed on shutdown.
import neo4j, { type Driver } from 'neo4j-driver';
import { SetupError } from '../../graph/runtime/setupError.js';

export interface DriverTarget {
  uri: string;
  user: string;
  password: string | undefined;
}

export function createDriver(target: DriverTarget): Driver {
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.user, target.password);
  return neo4j.driver(target.uri, auth, {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
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
