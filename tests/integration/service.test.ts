// The service as a client sees it: health, readiness and a first GraphQL query over HTTP, on the real Neo4j.
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../graph/migrations.js';
import { appliedMigrations, migrate } from '../../src/db/migrate.js';
import { testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const server = serveForTests(() => executor);

describe('the running service', () => {
  it('answers /healthz while the process is up', async () => {
    const response = await server.get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'up' });
  });

  it('reports ready on /readyz when Neo4j answers and the migrations are applied', async () => {
    const response = await server.get('/readyz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, neo4j: 'reachable', migrations: 'applied' });
  });

  it('answers a GraphQL query over HTTP', async () => {
    const result = await server.graphql<{ regimes: { code: string }[] }>('{ regimes { code } }');
    expect(result.errors).toBeUndefined();
    expect(Array.isArray(result.data?.regimes)).toBe(true);
  });

  it('names unknown routes', async () => {
    const response = await server.get('/nowhere');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'no route for /nowhere; GraphQL is served at /graphql' });
  });
});

describe('migrations', () => {
  it('are recorded in the graph, so a re-run applies nothing', async () => {
    const applied = await appliedMigrations(executor);
    expect([...applied.keys()]).toEqual(loadMigrations().map((m) => m.id));
    expect(await migrate(executor)).toEqual([]);
  });

  it('created the constraints and the full-text index', async () => {
    const rows = await executor.read('schema-indexes');
    const names = rows.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['entry_id', 'control_list_id', 'regime_code', 'entry_text']));
  });
});
