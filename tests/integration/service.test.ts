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

  it('0006 gives CONTROLS edges written before it their entry\'s list and area; an import writes both itself', async () => {
    // A graph imported before 0006: an edge without the two properties (scratch nodes, removed after).
    const scratch = { entry: 'migration-test@0006:9A012', list: 'migration-test@0006', area: 'migration-test-0006' };
    await executor.driver.executeQuery(
      `CREATE (:Entry {id: $entry, listId: $list, code: '9A012', kind: 'ENTRY'})-[:CONTROLS {ruleId: 'r'}]->(:Technology {id: $area})`,
      scratch, { database: executor.database },
    );
    try {
      const [setEdges] = loadMigrations().find((m) => m.id === '0006-controls-list-technology')!.statements;
      await executor.schema(setEdges!, 'test:migration-0006');
      const { records } = await executor.driver.executeQuery(
        `MATCH (:Entry {id: $entry})-[c:CONTROLS]->() RETURN c.listId AS listId, c.technology AS technology`, scratch, { database: executor.database },
      );
      expect(records.map((r) => r.toObject())).toEqual([{ listId: scratch.list, technology: scratch.area }]);
    } finally {
      await executor.driver.executeQuery(
        `MATCH (e:Entry {id: $entry})-[:CONTROLS]->(t:Technology {id: $area}) DETACH DELETE e, t`, scratch, { database: executor.database },
      );
    }
    // The imported graph: every edge carries what the index needs.
    const { records } = await executor.driver.executeQuery(
      `MATCH (e:Entry)-[c:CONTROLS]->(t:Technology) RETURN count(*) AS edges, count(CASE WHEN c.listId = e.listId AND c.technology = t.id THEN 1 END) AS carrying`,
      {}, { database: executor.database },
    );
    const counts = records[0]!.toObject();
    expect(counts.edges.toNumber()).toBeGreaterThan(1000);
    expect(counts.carrying.toNumber()).toBe(counts.edges.toNumber());
  });

  it('created the constraints and the full-text index', async () => {
    const rows = await executor.read('schema-indexes');
    const names = rows.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['entry_id', 'control_list_id', 'regime_code', 'entry_text', 'controls_list_technology']));
  });
});
