// The one door to the database. Every query passes through here: it names the database, opens a read (routed to
// followers in a cluster) or write transaction and retries it on transient errors within a budget of its own,
// fails at once while the database is known to be down, attaches transaction metadata so a slow query in Neo4j's
// log points back to its operation, applies the transaction timeout, and maps database errors to ConcordanceError
// in one place.
import { randomUUID } from 'node:crypto';
import { isRetryableError, ManagedTransaction, type Driver } from 'neo4j-driver';
import { ConcordanceError, toConcordanceError, unreachable, UNREACHABLE_MESSAGE } from '../errors.js';
import { cypher } from './queries.js';
import { noteReadVersion, readsConsistently } from './readVersions.js';
import { plain } from './values.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** What reads statements: the executor (a transaction each) or one read transaction (statements share it). */
export interface Reader {
  read(query: string, params?: Params, operation?: string): Promise<Row[]>;
}

/** A consistent read's answer and the data version it was read at. */
export interface Snapshot<T> {
  version: number;
  result: T;
}

/** Pauses before each new try of a consistent read an import disturbed; then it gives up (about 6 s in all). */
const SNAPSHOT_BACKOFF_MS = [0, 50, 100, 200, 400, 800, 1_600, 3_200];
/** How long a commit's announcement holds readers back if its writer dies before withdrawing it. */
const COMMIT_LEASE_MS = 60_000;

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  app?: string;
  /** Once the database is found unreachable, queries fail at once for this long instead of each trying to connect. */
  failFastMs?: number;
  /** Retries of a transient failure start within this of the first failure (1 s). */
  retryBudgetMs?: number;
}

const FAIL_FAST_MS = 1_000;
/** Retries of a transient failure (a deadlock, a lock timeout) start within this of the first failure. */
const RETRY_BUDGET_MS = 1_000;
/** Pauses before each retry of a transient failure; the last repeats. */
const RETRY_PAUSES_MS = [50, 100, 200, 400];
/**
 * A lost connection is tried once more only when it was lost this soon after the start: a pooled connection the
 * database had closed fails at once, and a fresh one may work. One lost later, or a connection that could not be
 * made, means the database is away, and the client is told so at once.
 */
const STALE_RETRY_MS = 500;
/** How long after a supervised restart a query's timeout is put down to the cold database (see `classify`). */
const WARMING_MS = 60_000;
const WARMING_MESSAGE = 'The graph database has just restarted and is still warming up; try again shortly.';

/** A query that failed in the database: the API's code for it and Neo4j's (or the driver's) own code, if any. */
export interface DatabaseFailure {
  code: string;
  neo4jCode: string;
}

export class Executor implements Reader {
  private readonly app: string;
  /** Until when queries fail at once: the database was unreachable a moment ago (a circuit breaker). */
  private unreachableUntil = 0;
  /** The supervisor of the local Neo4j is restarting it: queries fail at once until it is back. */
  private restarting = false;
  /** When the supervisor last brought the database back: its caches are cold for a while. */
  private backSince = Number.NEGATIVE_INFINITY;
  private readonly failureListeners = new Set<(failure: DatabaseFailure) => void>();
  /** Reads waiting on the driver, each with the function that gives it up. */
  private readonly waitingReads = new Set<(error: ConcordanceError) => void>();
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

  /** Runs queries/<query>.cypher in a read transaction of its own (auto-commit); rows come back with integers as numbers. */
  read(query: string, params: Params = {}, operation = query): Promise<Row[]> {
    // Beside a report, a lookup too is read consistently and states its version (readVersions.ts).
    if (readsConsistently()) return this.snapshot(operation, (tx) => tx.read(query, params)).then(({ result }) => result);
    return this.run('READ', () => this.autoCommit(operation, cypher(query), params));
  }

  write(query: string, params: Params = {}, operation = query): Promise<Row[]> {
    return this.transaction('WRITE', operation, (tx) => runRows(tx, cypher(query), params));
  }

  /** Several statements in one read transaction, one after another on its connection. */
  readTransaction<T>(operation: string, work: (tx: Reader) => Promise<T>): Promise<T> {
    if (readsConsistently()) return this.snapshot(operation, work).then(({ result }) => result);
    return this.plainReadTransaction(operation, work);
  }

  private plainReadTransaction<T>(operation: string, work: (tx: Reader) => Promise<T>): Promise<T> {
    return this.transaction('READ', operation, (tx) => work(readerOf(tx)));
  }

  /**
   * A consistent read: `work`'s statements run in one read transaction between two reads of the data version, and
   * the answer counts only when both agree. Neo4j reads at read-committed isolation, so one transaction alone does
   * not stop a statement from seeing an import that committed after the one before it; every import increments
   * the version in the transaction that writes its data, so equal versions before and after mean no import landed
   * in between. When one did, the read is done again. The version is noted for the request (readVersions.ts), so
   * the response cache keeps the answer under the version it was read at (docs/decisions/0017).
   */
  async snapshot<T>(operation: string, work: (tx: Reader) => Promise<T>): Promise<Snapshot<T>> {
    for (const pause of SNAPSHOT_BACKOFF_MS) {
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      const read = await this.plainReadTransaction(operation, async (tx) => {
        const before = versionOf(await tx.read('data-version', {}));
        let outcome: { result: T } | { error: unknown };
        try {
          outcome = { result: await work(tx) };
        } catch (error) {
          // Part of a commit can look like malformed data: the failure counts only if nothing disturbed the read.
          outcome = { error };
        }
        const after = versionOf(await tx.read('data-version', {}));
        return { before, after, outcome };
      });
      const undisturbed = read.before.version === read.after.version && !read.before.committing && !read.after.committing;
      if (!undisturbed) continue;
      if ('error' in read.outcome) throw read.outcome.error;
      noteReadVersion(read.after.version);
      return { version: read.after.version, result: read.outcome.result };
    }
    throw new ConcordanceError('DATABASE_UNAVAILABLE', 'The data changed under every attempt to read it (an import is landing); try again shortly.');
  }

  /**
   * Several statements in one write transaction: all of them land, or none (imports use this). Its commit is
   * announced in a transaction of its own, closed before this one commits and withdrawn once it has: Neo4j applies
   * a commit record by record, and a read running meanwhile can see part of it, so consistent reads wait while a
   * commit is announced (see `snapshot`). The transaction must increment the data version (import/dataset-touch).
   */
  async writeTransaction<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const id = randomUUID();
    let announced = false;
    try {
      return await this.transaction('WRITE', operation, async (tx) => {
        const result = await work(tx);
        await this.transaction('WRITE', `${operation}:commit`, (own) => runRows(own, cypher('import/commit-begin'), { id, leaseMs: COMMIT_LEASE_MS }));
        announced = true;
        return result;
      });
    } finally {
      if (announced) await this.transaction('WRITE', `${operation}:committed`, (own) => runRows(own, cypher('import/commit-end'), { id })).catch(() => {});
    }
  }

  /** A schema statement (constraint, index) runs alone in its own transaction, as Neo4j requires. */
  schema(statement: string, operation: string): Promise<Row[]> {
    return this.transaction('WRITE', operation, (tx) => runRows(tx, statement, {}));
  }

  /**
   * Told by the supervisor of the local Neo4j (docs/decisions/0017): while it restarts the database, every query
   * fails at once with DATABASE_UNAVAILABLE, and reads already waiting on the driver are given up; nothing waits
   * for a connection to a database that is known to be starting.
   */
  databaseRestarting(restarting: boolean): void {
    if (this.restarting && !restarting) this.backSince = Date.now();
    this.restarting = restarting;
    if (restarting) this.abandonWaitingReads();
  }

  /** One transaction function (`once`), tried again on a transient failure (`run`). */
  private transaction<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.run(mode, () => this.once(mode, operation, work));
  }

  /**
   * One try (a transaction, or an auto-commit statement), tried again on a transient failure. The executor owns the retries: the driver's
   * managed transactions wait about a second before each retry whatever the error, which alone took a request
   * past 2 s when Neo4j was killed. Here a transient error (a deadlock, a lock timeout) is tried again after a short
   * pause while the retries stay within `retryBudgetMs` of the first failure; a lost connection (the database
   * unreachable, a session expired) is tried once more at once, only if it failed within `STALE_RETRY_MS` of the
   * start (a pooled connection the database had closed) and the database is not known to be down; anything else
   * fails at once.
   */
  private async run<T>(mode: 'READ' | 'WRITE', tryOnce: () => Promise<T>): Promise<T> {
    const started = Date.now();
    const attempts = (async () => {
      let firstFailure: number | undefined;
      for (let attempt = 0; ; attempt++) {
        this.refuseWhileDown();
        try {
          return await tryOnce();
        } catch (error) {
          const now = Date.now();
          firstFailure ??= now;
          const pause = this.retryPause(error, attempt, now - started, now - firstFailure);
          if (pause === null) throw error;
          if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }
    })();
    // A read still waiting on the driver (a connection, a retry) is given up as soon as another finds the database
    // unreachable or the supervisor says it is restarting, so that it too gets DATABASE_UNAVAILABLE at once. Writes
    // are always waited for: one given up on could still commit.
    let abandon: ((error: ConcordanceError) => void) | undefined;
    const abandoned = new Promise<never>((_, reject) => {
      abandon = reject;
    });
    if (mode === 'READ' && abandon) this.waitingReads.add(abandon);
    try {
      return await (mode === 'READ' ? Promise.race([attempts, abandoned]) : attempts);
    } catch (error) {
      const mapped = this.classify(error, started);
      // Our own errors raised inside the work (bad input found there), and refusals while the database is down, are
      // counted where they arise.
      if (!(error instanceof ConcordanceError)) this.failed(mapped.code, error);
      if (mapped.message === UNREACHABLE_MESSAGE && !(error instanceof ConcordanceError)) this.openBreaker();
      throw mapped;
    } finally {
      if (abandon) this.waitingReads.delete(abandon);
      attempts.catch(() => {});
    }
  }

  /**
   * The API's error for a failed query. A query that timed out on a database the supervisor had brought back less
   * than `WARMING_MS` before it started is DATABASE_UNAVAILABLE, not QUERY_TIMEOUT: its time went to a cold database
   * (empty page cache, no query plans) under the load that waited for it, not to its size, and asked again shortly it
   * is answered; "narrow it" would be the wrong advice.
   */
  private classify(error: unknown, started: number): ConcordanceError {
    const mapped = toConcordanceError(error);
    if (mapped.code !== 'QUERY_TIMEOUT' || started - this.backSince >= WARMING_MS) return mapped;
    return new ConcordanceError('DATABASE_UNAVAILABLE', WARMING_MESSAGE, { cause: error });
  }

  /** Fails at once while the database is known to be down: the breaker is open, or the supervisor is restarting it. */
  private refuseWhileDown(): void {
    if (this.restarting || Date.now() < this.unreachableUntil) {
      this.failed('DATABASE_UNAVAILABLE', null);
      throw unreachable();
    }
  }

  /** How long to pause before trying `error`'s transaction again, or null when it is not tried again. */
  private retryPause(error: unknown, attempt: number, sinceStartMs: number, sinceFirstFailureMs: number): number | null {
    if (error instanceof ConcordanceError || !isRetryableError(error)) return null;
    if (toConcordanceError(error).message === UNREACHABLE_MESSAGE) {
      return attempt === 0 && sinceStartMs <= STALE_RETRY_MS && !this.restarting && Date.now() >= this.unreachableUntil ? 0 : null;
    }
    const pause = RETRY_PAUSES_MS[Math.min(attempt, RETRY_PAUSES_MS.length - 1)] as number;
    return sinceFirstFailureMs + pause <= (this.options.retryBudgetMs ?? RETRY_BUDGET_MS) ? pause : null;
  }

  /**
   * One try: a transaction of its own session, committed when `work` succeeds and rolled back when it fails. An
   * explicit transaction, not the driver's managed one, so that the driver never retries it (see `run`).
   */
  private async once<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    try {
      const tx = await session.beginTransaction({ timeout: this.options.timeoutMs, metadata: { app: this.app, operation } });
      let result: T;
      try {
        result = await work(ManagedTransaction.fromTransaction(tx));
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => {});
        throw error;
      }
      if (tx.isOpen()) await tx.commit();
      return result;
    } finally {
      await session.close().catch(() => {});
    }
  }

  /**
   * One try of a read that is a single statement: an auto-commit transaction, so that the statement and its
   * transaction go to the database in one message and one round trip, where an explicit transaction takes three
   * (BEGIN, RUN, COMMIT, each awaited). It reads at the same isolation, with the same timeout and metadata; the
   * driver does not retry an auto-commit transaction, so the retries stay `run`'s.
   */
  private async autoCommit(operation: string, statement: string, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: 'READ' });
    try {
      const result = await unstacked(() => session.run(statement, params, { timeout: this.options.timeoutMs, metadata: { app: this.app, operation } }));
      return result.records.map((record) => plain(record.toObject()) as Row);
    } finally {
      await session.close().catch(() => {});
    }
  }

  /** Fails queries at once for a moment, and the reads already waiting now. */
  private openBreaker(): void {
    this.unreachableUntil = Date.now() + (this.options.failFastMs ?? FAIL_FAST_MS);
    this.abandonWaitingReads();
  }

  private abandonWaitingReads(): void {
    const waiting = [...this.waitingReads];
    this.waitingReads.clear();
    for (const abandon of waiting) abandon(unreachable());
  }
}

function readerOf(tx: ManagedTransaction): Reader {
  // Statements run one after another, whoever asks them at once (Promise.all): the first failure is the one that
  // surfaces, not the "transaction rolled back" of the statements queued behind it. The operation names the
  // transaction (its metadata), not each statement in it.
  let previous: Promise<unknown> = Promise.resolve();
  return {
    read: (query, params = {}) => {
      const current = previous.then(() => runRows(tx, cypher(query), params));
      previous = current;
      return current;
    },
  };
}

function versionOf(rows: Row[]): { version: number; committing: boolean } {
  return { version: Number(rows[0]?.version ?? 0), committing: rows[0]?.committing === true };
}

/**
 * Runs `start` (a statement sent through the driver) with no stack trace captured meanwhile. The driver captures one
 * for every result it makes, to put its caller's frames on the stack of a failure; formatting it took about 30 µs a
 * statement here, 3% of an entry lookup. A failure is mapped to the API's error (errors.ts), whose stack is not the
 * driver's, so nothing is lost; the limit is set back before anything else runs.
 */
function unstacked<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export async function runRows(tx: ManagedTransaction, statement: string, params: Params): Promise<Row[]> {
  const result = await unstacked(() => tx.run(statement, params));
  return result.records.map((record) => plain(record.toObject()) as Row);
}
