// An import of a new list version under load: clients ask reports over every list while the MTCR codes are loaded
// again as a new version. No answer may mix the data before and after: the lists an answer names must be those of
// the data version it states, answers to one question at one version must be the same, and an answer the cache
// keeps or serves must be kept under the version it was read at. The new list is removed afterwards.
import type { Executor } from '../../src/db/executor.js';
import { importSource } from '../../seed/importer.js';
import { describeLoad, errorCodes, runLoad, type Answer, type Ask, graphql } from './load.js';

export interface ImportFigures {
  requests: number;
  mixed: number;
  errors: number;
  versions: number;
  importMs: number;
}

interface Basis {
  dataVersion: number;
  lists: { id: string }[];
}

const QUESTIONS = (category: number): Ask[] => [
  graphql(`{ r: gaps(regime: MTCR, against: WA, category: ${category}) { dataVersion lists { id } total covered { entry { id } } } }`, undefined, `gaps ${category}`),
  graphql(`{ r: overlap(regimes: [MTCR, WA], category: ${category}) { dataVersion lists { id } sharedEntries { entry { id } } } }`, undefined, `overlap ${category}`),
  graphql(`{ r: thresholdComparison(regimes: [MTCR, WA], codes: ["9A012", "9A120"]) { dataVersion lists { id } comparisons { parameter verdict } } }`, undefined, 'thresholds'),
];

export async function importUnderLoad(base: string, executor: Executor, importer: Executor, clients: number, log: (line: string) => void): Promise<ImportFigures> {
  const version = `resilience-${Date.now()}`;
  const newList = `mtcr-annex@${version}`;
  const before = Number((await executor.read('data-version'))[0]?.version ?? 0);
  const answers = new Map<string, Set<string>>();
  let mixed = 0;
  let importing = true;
  let importMs = 0;
  const judge = (ask: Ask, answer: Answer): string => {
    const codes = errorCodes(answer);
    if (answer.status !== 200 || codes.length > 0) return `error ${answer.status} ${codes.join('+')}`;
    const basis = (JSON.parse(answer.text) as { data: { r: Basis } }).data.r;
    const hasNew = basis.lists.some((l) => l.id === newList);
    const kept = answer.headers['x-concordance-data-version'];
    const consistent = hasNew === basis.dataVersion > before && (kept === undefined || Number(kept) === basis.dataVersion);
    const key = `${ask.label} @${basis.dataVersion}`;
    answers.set(key, (answers.get(key) ?? new Set()).add(answer.text));
    if (!consistent) mixed++;
    return consistent ? 'ok' : 'mixed';
  };
  let extraRounds = 0;
  const load = runLoad({
    base,
    clients,
    firstClient: 200,
    seconds: 120,
    next: (client, n) => QUESTIONS(n % 2 === 0 ? 1 : 9)[(client + n) % 3] as Ask,
    judge,
    until: () => !importing && extraRounds++ > clients * 6,
  });
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  log(`  importing ${newList} under load of ${clients} clients`);
  await importSource(importer, 'mtcr', { version });
  importMs = performance.now() - started - 2_000;
  importing = false;
  const result = await load;
  const after = Number((await executor.read('data-version'))[0]?.version ?? 0);
  // Same question, same version: one answer (bodies compared whole).
  let split = 0;
  for (const bodies of answers.values()) if (bodies.size > 1) split += bodies.size - 1;
  const versions = new Set([...answers.keys()].map((k) => k.split('@')[1])).size;
  log(`  import under load: ${describeLoad(result)}; import took ${(importMs / 1000).toFixed(1)} s, data version ${before} → ${after}, answers at ${versions} versions; mixed ${mixed}, differing answers at one version ${split}`);
  // Leave the graph as it was, through an import's own door (announced commit, version bumped).
  await importer.writeTransaction('resilience:cleanup', async (tx) => {
    await tx.run(`MATCH (l:ControlList {id: $id}) OPTIONAL MATCH (e:Entry)-[:IN_LIST]->(l) OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t) DETACH DELETE t, e, l`, { id: newList });
    await tx.run(`MATCH (d:Dataset {id: 'current'}) SET d.version = d.version + 1`);
  });
  return { requests: result.requests, mixed: mixed + split, errors: result.requests - (result.outcomes.ok ?? 0) - (result.outcomes.mixed ?? 0), versions, importMs };
}
