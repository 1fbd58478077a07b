// A client may run only so many expensive reports at once; past that it gets TOO_MANY_REQUESTS (HTTP 429) at once,
// while its cheap queries and other clients carry on. A client is the connection's remote address: the test speaks
// from two loopback addresses (127.0.0.1 and 127.0.0.2), two clients by that rule, no header needed.
// The reports are held where they wait for a database connection: the server's pool has one, which the test keeps
// in an open transaction, so none of them can finish before the test lets it.
import { request } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { holdTheConnection, onePoolDriver } from '../support/onePool.js';

const LIMIT = 2;
let driver: Driver;
let service: ConcordanceServer;
let port = 0;

beforeAll(async () => {
  driver = onePoolDriver(50_000);
  service = createServer({ executor: new Executor(driver, { database: inject('neo4jDatabase'), timeoutMs: 30_000 }), log: silentLogger, reportsPerClient: LIMIT });
  port = Number(new URL(await service.listen(0)).port);
});
afterAll(async () => {
  await service.close();
  await driver.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string; limit?: number } }[]; error?: { code: string; message: string } };
}

/** A request from the loopback address `from`, so the service sees it as that client. */
function ask(from: string, path: string, query?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = query === undefined ? undefined : JSON.stringify({ query });
    const req = request(
      { host: '127.0.0.1', port, path, localAddress: from, method: body === undefined ? 'GET' : 'POST', headers: body === undefined ? {} : { 'content-type': 'application/json' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(text) as Answer['body'] }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const report = (from: string, category: number) => ask(from, '/graphql', `{ gaps(regime: NSG, against: WA, category: ${category}) { total dataVersion } }`);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 20));
}

describe('the per-client limit on expensive reports', () => {
  it('refuses a client’s excess reports with 429 while its cheap queries and another client’s reports run', async () => {
    const A = '127.0.0.1';
    const B = '127.0.0.2';
    // The pool's only connection is taken: every request that reaches the database waits for it.
    const held = await holdTheConnection(driver);
    try {

      // Three reports at once from A: none can finish, so two take A's slots and exactly one is refused.
      const burst = [2, 3, 4].map((category) => report(A, category));
      const refused = await Promise.race(burst);
      expect(refused.status).toBe(429);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_REQUESTS', limit: LIMIT });
      expect(refused.body.errors?.[0]?.message).toMatch(/already has 2 reports .* running, the most one client may run at once; wait for one to finish/);
      expect(service.reports.runningByClient.get(A)).toBe(LIMIT);

      // A's export of a report is refused too; its cheap query and B's report are not.
      const exported = await ask(A, '/exports/gaps.csv?regime=AG&against=WA');
      expect(exported.status).toBe(429);
      expect(exported.body.error?.code).toBe('TOO_MANY_REQUESTS');
      const cheap = ask(A, '/graphql', '{ regimes { code } }');
      const other = report(B, 5);
      await until(() => service.reports.runningByClient.get(B) === 1);
      expect(service.reports.runningByClient.get(A)).toBe(LIMIT);

      await held.release();
      const answers = await Promise.all(burst);
      expect(answers.filter((a) => a.status === 429)).toHaveLength(1);
      for (const answer of answers.filter((a) => a.status !== 429)) {
        expect(answer.status).toBe(200);
        expect(answer.body.errors).toBeUndefined();
      }
      expect((await cheap).body.data?.regimes).toHaveLength(5);
      const fromB = await other;
      expect(fromB.status).toBe(200);
      expect(fromB.body.errors).toBeUndefined();
    } finally {
      await held.release();
    }
    // Every slot is given back once its report is answered.
    expect(service.reports.runningByClient.size).toBe(0);
    const again = await report(A, 2);
    expect(again.status).toBe(200);
    expect(again.body.errors).toBeUndefined();
  });
});
