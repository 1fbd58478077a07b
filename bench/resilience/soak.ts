// Soak: many clients for a while, on questions the cache answers and on varied ones it cannot; every answer must
// be a 200 without errors. Reports p50/p99 and the service's heap after a forced garbage collection, run after run.
import { describeLoad, errorCodes, runLoad, type LoadResult } from './load.js';
import { FIXED, FIXED_LABELS, varied } from './questions.js';

export interface SoakFigures {
  name: string;
  clients: number;
  result: LoadResult;
  errors: number;
}

const judge = (_ask: unknown, answer: { status: number; text: string; failure?: string }) => {
  if (answer.failure) return `no answer (${answer.failure})`;
  if (answer.status !== 200) return `HTTP ${answer.status} ${errorCodes(answer as never).join('+')}`;
  const codes = errorCodes(answer as never);
  return codes.length === 0 ? 'ok' : `error ${codes.join('+')}`;
};

/** `run` numbers the varied questions, so that each run asks new ones. */
export async function soak(base: string, clients: number, seconds: number, cached: boolean, log: (line: string) => void, run = 0): Promise<SoakFigures> {
  const name = `${cached ? 'cached' : 'uncached'}, ${clients} client${clients === 1 ? '' : 's'}, ${seconds} s`;
  const result = await runLoad({
    base,
    clients,
    seconds,
    next: (client, n) => (cached ? (FIXED[FIXED_LABELS[(client + n) % FIXED_LABELS.length] as string] as never) : varied(client, n, run)),
    judge,
  });
  const errors = result.requests - (result.outcomes.ok ?? 0);
  log(`  soak ${name}: ${describeLoad(result)}`);
  return { name, clients, result, errors };
}

/**
 * Asks `count` distinct varied questions (run 0, which no soak run uses) from `clients` clients, so that the
 * service's bounded stores (answers, parsed documents) are full before the heap is measured.
 */
export async function fill(base: string, clients: number, count: number): Promise<{ requests: number; errors: number; seconds: number }> {
  let asked = 0;
  const result = await runLoad({
    base,
    clients,
    seconds: 600,
    next: (client, n) => {
      asked++;
      return varied(client, n, 0);
    },
    judge,
    until: () => asked >= count,
  });
  return { requests: result.requests, errors: result.requests - (result.outcomes.ok ?? 0), seconds: result.seconds };
}
