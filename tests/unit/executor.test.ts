// The executor's own retries and its classification of failures, against a stand-in driver whose transactions fail
// as told: no database, and no timing asserted (only what each query ends with, and how often it was tried).
import { Neo4jError, type Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { ConcordanceError } from '../../src/errors.js';

/**
 * A driver whose n-th transaction (explicit, or a read's auto-commit one) does what `outcomes[n]` says (the last
 * repeats): answer, or fail with a code.
 */
function standIn(outcomes: ('ok' | string)[]): { driver: Driver; tries: () => number; autoCommits: () => number } {
  let tries = 0;
  let autoCommits = 0;
  const answer = async (outcome: string) => {
    if (outcome !== 'ok') throw new Neo4jError(`failed with ${outcome}`, outcome, '50N42', 'error');
    return { records: [{ toObject: () => ({ answer: 1 }) }] };
  };
  const next = () => outcomes[Math.min(tries++, outcomes.length - 1)] as string;
  const driver = {
    session: () => ({
      run: (_statement: string, _params: unknown, config: { timeout?: number; metadata?: Record<string, unknown> }) => {
        autoCommits++;
        const outcome = next();
        if (config.timeout !== 1_000 || config.metadata?.operation === undefined) throw new Error('an auto-commit read without its timeout and metadata');
        return answer(outcome);
      },
      beginTransaction: async () => {
        const outcome = next();
        let open = true;
        return {
          run: () => answer(outcome),
          isOpen: () => open,
          commit: async () => {
            open = false;
          },
          rollback: async () => {
            open = false;
          },
        };
      },
      close: async () => {},
    }),
  } as unknown as Driver;
  return { driver, tries: () => tries, autoCommits: () => autoCommits };
}

const executorOf = (driver: Driver) => new Executor(driver, { database: 'neo4j', timeoutMs: 1_000 });
const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as ConcordanceError);

describe('the executor', () => {
  it('reads one statement in an auto-commit transaction (one round trip), with its timeout and metadata', async () => {
    const { driver, tries, autoCommits } = standIn(['ok']);
    expect(await executorOf(driver).read('data-version')).toEqual([{ answer: 1 }]);
    expect([tries(), autoCommits()]).toEqual([1, 1]);
  });

  it('sends a statement with no stack trace captured, and sets the limit back whether it answers or fails', async () => {
    const limits: number[] = [];
    const { driver } = standIn(['ok']);
    const session = driver.session.bind(driver);
    (driver as { session: Driver['session'] }).session = (...args) => {
      const s = session(...args);
      const run = s.run.bind(s);
      s.run = ((...runArgs: Parameters<typeof run>) => {
        limits.push(Error.stackTraceLimit);
        return run(...runArgs);
      }) as typeof s.run;
      return s;
    };
    const before = Error.stackTraceLimit;
    await executorOf(driver).read('data-version');
    expect(limits).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
    const failing = standIn(['Neo.ClientError.Statement.SyntaxError']).driver;
    expect((await failure(executorOf(failing).read('data-version')))?.code).toBeDefined();
    expect(Error.stackTraceLimit).toBe(before);
  });

  it('tries a transient error again and answers', async () => {
    const { driver, tries } = standIn(['Neo.TransientError.Transaction.DeadlockDetected', 'ok']);
    expect(await executorOf(driver).read('data-version')).toEqual([{ answer: 1 }]);
    expect(tries()).toBe(2);
  });

  it('tries a lost connection once more, then answers DATABASE_UNAVAILABLE and fails at once for a moment', async () => {
    const { driver, tries } = standIn(['ServiceUnavailable']);
    const executor = executorOf(driver);
    expect((await failure(executor.read('data-version')))?.code).toBe('DATABASE_UNAVAILABLE');
    expect(tries()).toBe(2);
    expect((await failure(executor.read('data-version')))?.code).toBe('DATABASE_UNAVAILABLE');
    expect(tries()).toBe(2); // the breaker: no new connection
  });

  it('answers a stale pooled connection with a fresh one', async () => {
    const { driver, tries } = standIn(['SessionExpired', 'ok']);
    expect(await executorOf(driver).read('data-version')).toEqual([{ answer: 1 }]);
    expect(tries()).toBe(2);
  });

  it('never tries a query that timed out again, and calls it QUERY_TIMEOUT', async () => {
    const { driver, tries } = standIn(['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
    expect((await failure(executorOf(driver).read('data-version')))?.code).toBe('QUERY_TIMEOUT');
    expect(tries()).toBe(1);
  });

  it('refuses every query while the supervisor restarts the database, without asking the driver', async () => {
    const { driver, tries } = standIn(['ok']);
    const executor = executorOf(driver);
    executor.databaseRestarting(true);
    expect((await failure(executor.read('data-version')))?.code).toBe('DATABASE_UNAVAILABLE');
    expect((await failure(executor.write('data-version')))?.code).toBe('DATABASE_UNAVAILABLE');
    expect(tries()).toBe(0);
    executor.databaseRestarting(false);
    expect(await executor.read('data-version')).toEqual([{ answer: 1 }]);
  });

  it('puts a timeout on a database just brought back down to the cold database: DATABASE_UNAVAILABLE', async () => {
    const { driver } = standIn(['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
    const executor = executorOf(driver);
    executor.databaseRestarting(true);
    executor.databaseRestarting(false);
    const error = await failure(executor.read('data-version'));
    expect(error?.code).toBe('DATABASE_UNAVAILABLE');
    expect(error?.message).toMatch(/just restarted/);
  });
});
