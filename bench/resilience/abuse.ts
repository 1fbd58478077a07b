// Hostile and careless requests: 1,000 fuzzed ones and the known abuse cases. None may get an internal error or
// show a stack trace or a server path, none may change the data, each expensive one must be refused before it runs,
// and a cheap question asked all the while must keep being answered.
import type { Executor } from '../../src/db/executor.js';
import { graphCounts } from '../../seed/load/graphCounts.js';
import { errorCodes, graphql, ms, percentile, runLoad, send, type Answer, type Ask } from './load.js';
import { fuzzedRequest, random } from './fuzz.js';

export interface AbuseFigures {
  fuzzed: number;
  byStatus: Record<string, number>;
  internalErrors: number;
  leaks: number;
  cases: { name: string; status: number; code: string; ms: number; refused: boolean }[];
  dataChanged: boolean;
  cheap: { requests: number; failures: number; p99Ms: number };
}

/** What a stack trace or a server path looks like in a response. */
const LEAK = /stacktrace|\.(ts|js):\d+|node_modules|\/src\/|\bat \S+ \(\S+:\d+:\d+\)/i;

const isInternal = (answer: Answer) => answer.status >= 500 || answer.failure !== undefined || errorCodes(answer).some((c) => c === 'INTERNAL_SERVER_ERROR' || c === 'NO_CODE');

function aliases(count: number, field: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`a${i}: ${field(i)}`);
  return `{ ${parts.join(' ')} }`;
}

/** 20,000 aliased reports, as many as fit in a 1 MB body. */
function manyReports(): string {
  const parts: string[] = [];
  let size = 4;
  for (let i = 0; i < 20_000; i++) {
    const part = `a${i}:gaps(regime:NSG,against:WA){total}`;
    if (size + part.length + 1 > 990_000) break;
    parts.push(part);
    size += part.length + 1;
  }
  return `{${parts.join(' ')}}`;
}

/** Fragments that each spread the next twice, 40 deep: 2^40 fields once expanded, from a 1 KB query. */
function fragmentBomb(): string {
  const depth = 40;
  const fragments = Array.from({ length: depth }, (_, i) => `fragment F${i} on Query { ${i === depth - 1 ? 'regimes { code }' : `...F${i + 1} a${i}: __typename ...F${i + 1}`} }`);
  return `{ ...F0 } ${fragments.join(' ')}`;
}

export const ABUSE_CASES: { name: string; ask: Ask; expect: string[] }[] = [
  { name: '500 aliases of overlap', ask: graphql(aliases(500, () => 'overlap(regimes: [WA, MTCR]) { sharedEntries { entry { code } } }')), expect: ['QUERY_TOO_COMPLEX'] },
  { name: '20,000 aliased reports in 1 MB', ask: graphql(manyReports()), expect: ['QUERY_TOO_COMPLEX'] },
  { name: 'nested-fragment bomb', ask: graphql(fragmentBomb()), expect: ['QUERY_TOO_COMPLEX'] },
  { name: '45,000 __typename aliases', ask: graphql(aliases(45_000, () => '__typename')), expect: ['QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE'] },
  { name: 'six whole reports in one request', ask: graphql(aliases(6, (i) => `gaps(regime: NSG, against: WA, category: ${i}) { total }`)), expect: ['QUERY_TOO_COMPLEX'] },
  { name: 'a 2 MB body', ask: { method: 'POST', path: '/graphql', body: JSON.stringify({ query: `{ regimes { code } } # ${'x'.repeat(2_000_000)}` }) }, expect: ['PAYLOAD_TOO_LARGE'] },
  { name: 'text/plain POST', ask: { method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ gaps(regime: NSG, against: WA) { total } }"}' }, expect: ['BAD_REQUEST'] },
];

export async function abuse(base: string, executor: Executor, log: (line: string) => void): Promise<AbuseFigures> {
  const countsBefore = await graphCounts(executor);
  const versionBefore = (await executor.read('data-version'))[0]?.version;
  let abusing = true;
  // The cheap question, asked by a client of its own all the while (uncached: an alias of its own each time).
  const cheap = runLoad({
    base,
    clients: 1,
    firstClient: 240,
    seconds: 600,
    next: (_client, n) => graphql(`{ r${n}: regimes { code name } }`),
    judge: (_ask, answer) => (answer.status === 200 && errorCodes(answer).length === 0 ? 'ok' : 'failed'),
    until: () => !abusing,
  });

  const figures: AbuseFigures = { fuzzed: 0, byStatus: {}, internalErrors: 0, leaks: 0, cases: [], dataChanged: false, cheap: { requests: 0, failures: 0, p99Ms: 0 } };
  const next = random(20260514);
  const fuzzed = Array.from({ length: 1000 }, (_, n) => fuzzedRequest(next, n));
  const examples: string[] = [];
  // Four fuzzing clients, 250 requests each.
  await Promise.all(
    [0, 1, 2, 3].map(async (client) => {
      for (let n = client; n < fuzzed.length; n += 4) {
        const ask = fuzzed[n] as Ask;
        const answer = await send(base, ask, 230 + client, 60_000);
        figures.fuzzed++;
        const key = `HTTP ${answer.status}`;
        figures.byStatus[key] = (figures.byStatus[key] ?? 0) + 1;
        if (isInternal(answer)) {
          figures.internalErrors++;
          if (examples.length < 3) examples.push(`${answer.status} ${answer.failure ?? answer.text.slice(0, 200)} ← ${String(ask.body ?? ask.path).slice(0, 200)}`);
        }
        if (LEAK.test(answer.text)) {
          figures.leaks++;
          if (examples.length < 6) examples.push(`leak? ${answer.status} ${answer.text.slice(0, 300)}`);
        }
      }
    }),
  );
  for (const example of examples) log(`  internal error: ${example}`);
  for (const { name, ask, expect } of ABUSE_CASES) {
    const answer = await send(base, ask, 235);
    const code = errorCodes(answer).join('+');
    let hasData = false;
    try {
      hasData = (JSON.parse(answer.text) as { data?: unknown }).data !== undefined;
    } catch {
      hasData = false;
    }
    // Refused before it ran: the expected code, and no data at all (nothing was resolved).
    const refused = expect.includes(code) && !hasData;
    if (LEAK.test(answer.text)) {
      figures.leaks++;
      log(`  ${name}: the answer shows a stack trace or path: ${answer.text.slice(0, 300)}`);
    }
    if (isInternal(answer)) figures.internalErrors++;
    figures.cases.push({ name, status: answer.status, code, ms: answer.ms, refused });
  }
  abusing = false;
  const cheapResult = await cheap;
  figures.cheap = { requests: cheapResult.requests, failures: cheapResult.requests - (cheapResult.outcomes.ok ?? 0), p99Ms: percentile(cheapResult.latencies, 99) };
  figures.dataChanged = (await graphCounts(executor)) !== countsBefore || (await executor.read('data-version'))[0]?.version !== versionBefore;
  log(`  fuzz: ${figures.fuzzed} requests, ${JSON.stringify(figures.byStatus)}; internal errors ${figures.internalErrors}, stack traces or paths shown ${figures.leaks}`);
  for (const c of figures.cases) log(`  ${c.name}: HTTP ${c.status} ${c.code} in ${ms(c.ms)}${c.refused ? ', refused before it ran' : ', NOT REFUSED AS EXPECTED'}`);
  log(`  cheap question meanwhile: ${figures.cheap.requests} asked, ${figures.cheap.failures} failed, p99 ${ms(figures.cheap.p99Ms)}; data changed: ${figures.dataChanged ? 'YES' : 'no'}`);
  return figures;
}
