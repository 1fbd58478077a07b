// The service supervises the local Neo4j it started: killed with SIGKILL, the database is started again by the
// supervisor, /readyz says so meanwhile, and the service answers again unaided. This test starts and kills an
// instance of its own (its own folder and port), never the shared test database.
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localStatus, stopLocalNeo4j } from '../../graph/runtime/localNeo4j.js';
import { instanceHome } from '../../graph/runtime/paths.js';
import { Neo4jSupervisor } from '../../graph/runtime/supervisor.js';
import { bootDatabase } from '../../src/boot.js';
import { createServer, type ConcordanceServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';

const local = process.env.NEO4J_URI === undefined || process.env.NEO4J_URI === '';
const INSTANCE = 'supervised-test';
const options = { instance: INSTANCE, boltPort: Number(process.env.NEO4J_SUPERVISED_TEST_BOLT_PORT ?? 7713), heap: '512m', pageCache: '64m' };

describe.runIf(local)('the supervised local Neo4j', () => {
  const lines: string[] = [];
  let supervisor: Neo4jSupervisor;
  let service: ConcordanceServer;
  let driver: Driver;
  let base = '';

  beforeAll(async () => {
    await stopLocalNeo4j(INSTANCE, () => {});
    rmSync(instanceHome(INSTANCE), { recursive: true, force: true });
    // Always its own local instance, whatever NEO4J_URI says.
    const database = await bootDatabase({ local: options, executor: { timeoutMs: 10_000 }, migrate: true, log: () => {} });
    driver = database.driver;
    const { executor } = database;
    supervisor = new Neo4jSupervisor(options, (line) => lines.push(line), { checkEveryMs: 200, backoffMs: [200, 1_000] }).start();
    service = createServer({ executor, log: silentLogger, supervisor });
    base = await service.listen(0);
  });

  afterAll(async () => {
    await supervisor?.stop();
    await service?.close();
    await driver?.close();
    await stopLocalNeo4j(INSTANCE, () => {});
    rmSync(instanceHome(INSTANCE), { recursive: true, force: true });
  });

  const readyz = async () => {
    const response = await fetch(`${base}/readyz`);
    return { status: response.status, body: (await response.json()) as { ready: boolean; neo4j: string; supervisor?: { state: string; restarts: number } } };
  };
  const until = async <T>(probe: () => Promise<T>, done: (value: T) => boolean, tries: number): Promise<T> => {
    let value = await probe();
    for (let i = 0; i < tries && !done(value); i++) {
      await new Promise((r) => setTimeout(r, 250));
      value = await probe();
    }
    return value;
  };

  it('is restarted after kill -9, reported in /readyz meanwhile, and the service answers again', { timeout: 300_000 }, async () => {
    const before = await readyz();
    expect(before.status).toBe(200);
    expect(before.body.supervisor).toEqual({ state: 'running', restarts: 0 });
    const pid = localStatus(INSTANCE).pid!;

    process.kill(pid, 'SIGKILL');
    const during = await until(readyz, (r) => r.body.supervisor?.state === 'restarting', 40);
    expect(during.status).toBe(503);
    expect(during.body).toMatchObject({ ready: false, neo4j: 'restarting', supervisor: { state: 'restarting', restarts: 0 } });
    // Meanwhile a question is refused as DATABASE_UNAVAILABLE (the executor knows the database is restarting).
    const refused = (await (
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regimes { code } }"}' })
    ).json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);

    const after = await until(readyz, (r) => r.status === 200, 1_000);
    expect(after.body).toMatchObject({ ready: true, neo4j: 'reachable', supervisor: { state: 'running', restarts: 1 } });
    expect(localStatus(INSTANCE).pid).not.toBe(pid);
    const answer = (await (
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ regimes { code } }"}' })
    ).json()) as { data?: { regimes: unknown[] }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.regimes).toEqual([]);
    expect(lines.join('\n')).toMatch(new RegExp(`The local Neo4j '${INSTANCE}' \\(pid ${pid}\\) is not running: restarting it\\.`));
    expect(lines.join('\n')).toMatch(new RegExp(`The local Neo4j '${INSTANCE}' is back \\(pid \\d+\\) after 1 restart\\(s\\)\\.`));
  });
});
