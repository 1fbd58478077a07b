// Every report is one consistent read, and the response cache keeps it under the data version it was read at: an
// import of a new list version lands while reports run, and no answer mixes the data before and after it, nor is
// served from the cache under a version it was not read at; a lookup asked beside a report is read at the report's
// version. Whatever the interleaving, these must hold; the test asserts no timing.
import { afterAll, describe, expect, it } from 'vitest';
import { importSource } from '../../seed/importer.js';
import { cypherRows, testExecutor } from '../support/db.js';
import { serveForTests } from '../support/server.js';

const executor = testExecutor();
// A version trusted for 1 ms: every request re-reads it, so answers follow the import as closely as the cache allows.
const server = serveForTests(() => executor, { versionTtlMs: 1, maxEntries: 100, maxBytes: 50_000_000 });
const NEW_LIST = 'mtcr-annex@test-consistency';

afterAll(async () => {
  await cypherRows(executor, `MATCH (l:ControlList {id: $id}) OPTIONAL MATCH (e:Entry)-[:IN_LIST]->(l) OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t) DETACH DELETE t, e, l`, { id: NEW_LIST });
  await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
});

interface Basis {
  dataVersion: number;
  lists: { id: string }[];
}
interface Observed {
  field: string;
  question: string;
  cache: string | null;
  /** The version the cache served or kept the answer under, when it did. */
  keptAt: number | null;
  basis: Basis;
  /** The answer without its timestamp, to compare answers read at the same version. */
  body: string;
}

// Four reports, each over every list (so each says which lists it read), with a section that reads the graph.
const REPORTS: { field: string; query: (category: number) => string }[] = [
  { field: 'gaps', query: (c) => `{ gaps(regime: MTCR, against: WA, category: ${c}) { dataVersion lists { id } total covered { entry { id } } } }` },
  { field: 'overlap', query: (c) => `{ overlap(regimes: [MTCR, WA], category: ${c}) { dataVersion lists { id } sharedEntries { entry { id } } } }` },
  { field: 'thresholdComparison', query: () => `{ thresholdComparison(regimes: [MTCR, WA], codes: ["9A012", "9A120"]) { dataVersion lists { id } comparisons { parameter verdict } } }` },
  { field: 'ittCoverage', query: (c) => `{ ittCoverage(regime: MTCR, category: ${c}) { dataVersion lists { id } summary { hardware covered } } }` },
];

async function ask(field: string, query: string): Promise<Observed> {
  const response = await server.post({ query });
  const body = (await response.json()) as { data?: Record<string, Basis & { generatedAt?: string }>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  const answer = body.data?.[field] as Basis;
  const kept = response.headers.get('x-concordance-data-version');
  return { field, question: query, cache: response.headers.get('x-concordance-cache'), keptAt: kept === null ? null : Number(kept), basis: answer, body: JSON.stringify(answer) };
}

// A report and a lookup in one request: the lookup (every list) must be read at the report's version.
const MIXED = (c: number) => `{ gaps(regime: MTCR, against: WA, category: ${c}) { dataVersion lists { id } } lists { id } }`;
interface Mixed {
  keptAt: number | null;
  report: Basis;
  lookup: { id: string }[];
}
async function askMixed(category: number): Promise<Mixed> {
  const response = await server.post({ query: MIXED(category) });
  const body = (await response.json()) as { data?: { gaps: Basis; lists: { id: string }[] }; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  const kept = response.headers.get('x-concordance-data-version');
  return { keptAt: kept === null ? null : Number(kept), report: body.data!.gaps, lookup: body.data!.lists };
}

const hasNewList = (basis: Basis) => basis.lists.some((l) => l.id === NEW_LIST);
/** ITT coverage reads the national lists only, so the new regime list is never among its lists. */
const readsRegimeLists = (o: Observed) => o.field !== 'ittCoverage';

describe('reports while an import lands', () => {
  it('read each answer at one data version, and the cache keeps it under that version only', { timeout: 240_000 }, async () => {
    const [{ version: before }] = (await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) RETURN d.version AS version`)) as [{ version: number }];
    const observed: Observed[] = [];
    let importing = true;
    // Four clients ask reports over and over (two categories in turn, so answers are both computed and served from
    // the cache) until the import is done, and twice more after.
    // Each question once before the import starts, so that some answers are of the version before it whatever the
    // import's pace (on a cold database the first reports can take longer than the import's first commit).
    for (const { field, query } of REPORTS) observed.push(await ask(field, query(1)));
    // The gaps client also asks, after each of its reports, a report and a lookup together (one after the other, so
    // that the four clients stay within the per-client report limit).
    const mixed: Mixed[] = [];
    const clients = REPORTS.map(async ({ field, query }) => {
      let round = 0;
      let more = 2;
      while (importing || more-- > 0) {
        const category = round++ % 2 === 0 ? 1 : 9;
        observed.push(await ask(field, query(category)));
        if (field === 'gaps') mixed.push(await askMixed(category));
      }
    });
    const imported = importSource(executor, 'mtcr', { version: 'test-consistency' }).finally(() => {
      importing = false;
    });
    await Promise.all([imported, ...clients]);
    expect((await imported).list?.status).toBe('loaded');
    const [{ version: after }] = (await cypherRows(executor, `MATCH (d:Dataset {id: 'current'}) RETURN d.version AS version`)) as [{ version: number }];
    expect(after).toBeGreaterThan(before);
    // Every commit the import announced was withdrawn once it had landed.
    expect(await cypherRows(executor, `MATCH (c:ImportCommit) RETURN count(c) AS announced`)).toEqual([{ announced: 0 }]);

    for (const o of observed) {
      // The lists an answer names are those of its data version: the new one from the import's first version on.
      expect(hasNewList(o.basis)).toBe(readsRegimeLists(o) && o.basis.dataVersion > before);
      expect(o.basis.dataVersion).toBeGreaterThanOrEqual(before);
      expect(o.basis.dataVersion).toBeLessThanOrEqual(after);
      // A cached or kept answer is kept under the version it was read at, never another.
      if (o.keptAt !== null) expect(o.keptAt).toBe(o.basis.dataVersion);
    }
    // The lookup beside a report was read at the report's version: the new list in both or in neither.
    for (const m of mixed) {
      expect(m.lookup.some((l) => l.id === NEW_LIST)).toBe(m.report.dataVersion > before);
      expect(hasNewList(m.report)).toBe(m.report.dataVersion > before);
      if (m.keptAt !== null) expect(m.keptAt).toBe(m.report.dataVersion);
    }
    expect(mixed.length).toBeGreaterThan(0);
    // Answers to the same question at the same version are the same answer, whether computed or served.
    const answers = new Map<string, Set<string>>();
    for (const o of observed) {
      const key = `${o.question} @${o.basis.dataVersion}`;
      answers.set(key, (answers.get(key) ?? new Set()).add(o.body));
    }
    for (const [key, bodies] of answers) expect([key, bodies.size]).toEqual([key, 1]);
    expect(observed.some((o) => o.cache === 'hit')).toBe(true);
    expect(observed.some((o) => o.basis.dataVersion === before)).toBe(true);

    await new Promise((r) => setTimeout(r, 5)); // past the 1 ms the cache trusts a version for
    // Once the import is done, every answer, from the cache or not, is of the last version and names the new list.
    for (const { field, query } of REPORTS) {
      for (const category of [1, 9]) {
        const o = await ask(field, query(category));
        expect(o.basis.dataVersion).toBe(after);
        expect(hasNewList(o.basis)).toBe(readsRegimeLists(o));
      }
    }
  });
});
