// A driver whose pool holds one connection, and a way for a test to hold that connection: every request that reaches
// the database then waits for it (pool exhaustion, requests kept running on purpose).
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';

export function onePoolDriver(connectionAcquisitionTimeout: number): Driver {
  const password = inject('neo4jPassword');
  return neo4j.driver(inject('neo4jUri'), password === undefined ? undefined : neo4j.auth.basic(inject('neo4jUser'), password), {
    maxConnectionPoolSize: 1,
    connectionAcquisitionTimeout,
    logging: undefined,
  });
}

/** Takes the pool's only connection with an open transaction; `release` rolls it back and gives the connection back. */
export async function holdTheConnection(driver: Driver): Promise<{ release: () => Promise<void> }> {
  const session = driver.session({ database: inject('neo4jDatabase') });
  const tx = session.beginTransaction();
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await tx.rollback().catch(() => {});
    await session.close();
  };
  try {
    await tx.run('RETURN 1');
  } catch (error) {
    await release();
    throw error;
  }
  return { release };
}
