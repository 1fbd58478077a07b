// Reports answered by lookup (docs/decisions/0020): the base reports are computed before the service says it is
// ready and served from the store; a new data version (here written as another process's import would) has them
// computed again; concurrent identical requests compute once. Asserted by the store's counters, never by timing.
import { afterAll, describe, expect, it } from 'vitest';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
const CCL = 'us-ccl@ecfr-2026';
// The response cache off: every request reaches the report store. No per-client limit: the test sends many at once.
const server = serveForTests(() => executor, undefined, {
  reportStore: { mode: 'precompute', maxBytes: 200_000_000, pollMs: 50, lists: [CCL] },
  reportsPerClient: 0,
});

afterAll(async () => {
  await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
});

interface Ready {
  ready: boolean;
  reports?: { state: string; version: number; done: number; total: number; computedFor: number | null };
}

async function readiness(): Promise<{ status: number; body: Ready }> {
  const response = await server.get('/readyz');
  return { status: response.status, body: (await response.json()) as Ready };
}

/** Waits (polling, no deadline but the test's) until `check` holds. */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

const store = () => server.server().reportStore;
const GAPS = '{ gaps(regime: NSG, against: WA) { dataVersion total } }';

describe('the report store', () => {
  it('is not ready until the base reports are computed, then serves them without computing', { timeout: 240_000 }, async () => {
    await until(async () => (await readiness()).status === 200);
    const { body } = await readiness();
    expect(body.reports?.state).toBe('ready');
    // Across lists and for the one list asked: ITT per regime, each pair's overlap and both gaps; two matrices.
    expect(body.reports?.total).toBe(2 + 2 * (4 + 6 * 3));
    expect(body.reports?.done).toBe(body.reports?.total);

    const before = store().stats();
    const answer = await server.data<{ gaps: { dataVersion: number } }>(GAPS);
    const inList = await server.data<{ overlap: { sharedEntries: unknown[] } }>(`{ overlap(regimes: [WA, MTCR], list: "${CCL}") { sharedEntries { entry { id } } } }`);
    const matrix = await server.data<{ membershipMatrix: { rows: unknown[] } }>('{ membershipMatrix { rows { country { iso2 } } } }');
    const after = store().stats();
    expect(after.computed).toEqual(before.computed);
    expect(after.hits - before.hits).toBe(3);
    expect(answer.gaps.dataVersion).toBe(body.reports?.version);
    expect(inList.overlap.sharedEntries.length).toBeGreaterThan(0);
    expect(matrix.membershipMatrix.rows.length).toBeGreaterThan(0);

    const metrics = await (await server.get('/metrics')).text();
    expect(metrics).toMatch(/concordance_report_store_lookups_total\{kind="gaps",result="hit"\} [1-9]/);
  });

  it('computes the base reports again when the data version changes, also by another process', { timeout: 240_000 }, async () => {
    const version = store().status().version;
    const computedBefore = store().stats().computed.gaps;
    // What an import in another process leaves behind: a new data version.
    await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
    await until(() => store().status().base.version === version + 1);
    // Every base gap report (12 ordered pairs, across lists and in the CCL) was computed again.
    expect(store().stats().computed.gaps - computedBefore).toBeGreaterThanOrEqual(24);

    const hits = store().stats().hits;
    const answer = await server.data<{ gaps: { dataVersion: number } }>(GAPS);
    expect(answer.gaps.dataVersion).toBe(version + 1);
    expect(store().stats().hits).toBe(hits + 1);
  });

  it('computes a report once for concurrent identical requests', { timeout: 120_000 }, async () => {
    const N = 8;
    const query = `{ ittCoverage(regime: MTCR, category: 9) { dataVersion summary { hardware covered } } }`;
    const before = store().stats();
    const answers = await Promise.all(Array.from({ length: N }, () => server.data<{ ittCoverage: { summary: { hardware: number } } }>(query)));
    const after = store().stats();
    expect(after.computed.ittCoverage - before.computed.ittCoverage).toBe(1);
    // The others joined the computation, or (when they came after it) were served what it kept.
    expect(after.joined - before.joined + (after.hits - before.hits)).toBe(N - 1);
    expect(new Set(answers.map((a) => JSON.stringify(a.ittCoverage.summary))).size).toBe(1);
  });

  it('never serves a report kept for an older version', { timeout: 120_000 }, async () => {
    const query = `{ gaps(regime: MTCR, against: WA, category: 1) { dataVersion } }`;
    const first = await server.data<{ gaps: { dataVersion: number } }>(query);
    await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
    await until(() => store().status().version === first.gaps.dataVersion + 1);
    const second = await server.data<{ gaps: { dataVersion: number } }>(query);
    expect(second.gaps.dataVersion).toBe(first.gaps.dataVersion + 1);
  });
});
