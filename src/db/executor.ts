// The one door to the database. Every query passes through here: it names the database, picks a read
// (routed to followers in a cluster) or write transaction function (retried on transient errors by the
// driver), attaches transaction metadata so a slow query in Neo4j's log points back to its operation,
// applies the transaction timeout, and maps database errors to ConcordanceError in one place.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ConcordanceError, toConcordanceError, unreachable, UNREACHABLE_MESSAGE } from '../errors.js';
import { cypher } from './queries.js';
import { plain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  app?: string;
  /** Once the database is found unreachable, queries fail at once for this long instead of each waiting out the driver's retries. */
  failFastMs?: number;
}

const FAIL_FAST_MS = 1_000;

/** A query that failed in the database: the API's code for it and Neo4j's (or the driver's) own code, if any. */
export interface DatabaseFailure {
  code: string;
  neo4jCode: string;
}

export class Executor {
  private readonly app: string;
  /** Until when queries fail at once: the database was unreachable a moment ago (a circuit breaker). */
  private unreachableUntil = 0;
  private readonly failureListeners = new Set<(failure: DatabaseFailure) => void>();
  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions,
  ) {
    this.app = options.app ?? 'concordance';
  }

  get database(): string {
    return this.options.database;
  }

  /** Calls `listener` with every query that fails (metrics count them by code); returns the function that stops it. */
  onFailure(listener: (failure: DatabaseFailure) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  private failed(code: string, error: unknown): void {
    const neo4jCode = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
    for (const listener of this.failureListeners) listener({ code, neo4jCode });
  }

  /** Runs queries/<query>.cypher in a read transaction; rows come back with integers as numbers. */
  read(query: string, params: Params = {}, operation = query): Promise<Row[]> {
    return this.run('READ', operation, (tx) => runRows(tx, cypher(query), params));
  }

  write(query: string, params: Params = {}, operation = query): Promise<Row[]> {
    return this.run('WRITE', operation, (tx) => runRows(tx, cypher(query), params));
  }

  /** Several statements in one write transaction: all of them land, or none (imports use this). */
  writeTransaction<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run('WRITE', operation, work);
  }

  /** A schema statement (constraint, index) runs alone in its own transaction, as Neo4j requires. */
  schema(statement: string, operation: string): Promise<Row[]> {
    return this.run('WRITE', operation, (tx) => runRows(tx, statement, {}));
  }

  private async run<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (Date.now() < this.unreachableUntil) {
      this.failed('DATABASE_UNAVAILABLE', null);
      throw unreachable();
    }
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    const txConfig = { timeout: this.options.timeoutMs, metadata: { app: this.app, operation } };
    try {
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      const mapped = toConcordanceError(error);
      // Our own errors raised inside the work (bad input found there) are not the database's.
      if (!(error instanceof ConcordanceError)) this.failed(mapped.code, error);
      if (mapped.message === UNREACHABLE_MESSAGE) this.unreachableUntil = Date.now() + (this.options.failFastMs ?? FAIL_FAST_MS);
      throw mapped;
    } finally {
      await session.close();
    }
  }
}

export async function runRows(tx: ManagedTransaction, statement: string, params: Params): Promise<Row[]> {
  const result = await tx.run(statement, params);
  return result.records.map((record) => plain(record.toObject()) as Row);
}
